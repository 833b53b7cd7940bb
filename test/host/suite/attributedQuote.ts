// A speech quote the analyzer attributes to a named entity, in an Arabic fixture: which fixture and
// which entity depend on the analyzer of the day, so tests that need one look for it instead of naming it.
import * as vscode from 'vscode';
import type { Entity, Quote, Span } from '../../../src/core';
import { expectedExports, workspaceUri } from './testWorkspace';
import { wirelens } from './wirelensApi';

export interface AttributedQuote {
  readonly doc: vscode.TextDocument;
  readonly quote: Quote;
  readonly entity: Entity;
  /** The mention the quote is attributed to: one of the entity's mentions. */
  readonly mention: Span;
}

export async function attributedArabicQuote(): Promise<AttributedQuote> {
  const api = await wirelens();
  const articles = (await expectedExports()).map(e => e.article).filter(a => /^\d+-ar-/.test(a));
  for (const article of articles) {
    const doc = await vscode.workspace.openTextDocument(workspaceUri(article));
    const { analysis } = api.cache.get(doc);
    for (const quote of analysis.quotes) {
      const entity = analysis.entities.find(e => e.id === quote.speaker);
      const mention = entity?.mentions.find(m => m.start === quote.speakerMention?.start && m.end === quote.speakerMention.end);
      if (quote.kind === 'speech' && entity && mention) return { doc, quote, entity, mention };
    }
  }
  throw new Error(`the analyzer attributes no speech quote to a named entity in ${articles.join(', ')}`);
}

/** A code point offset as an editor position, counted here from the text rather than by the extension. */
export function positionOfCodePoint(doc: vscode.TextDocument, cp: number): vscode.Position {
  return doc.positionAt([...doc.getText()].slice(0, cp).join('').length);
}
