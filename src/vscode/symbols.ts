// Document symbols for wire articles: the sidebar's outline, for VS Code's Outline view, the
// breadcrumbs and Go to Symbol. Problems are left out: the Outline marks them already.
//
// Kinds, chosen so that each icon reads sensibly next to the text:
//   dateline Event; its date, place, reporters and agency Field (parts of one record)
//   headline, deck, quote, background paragraph String (runs of the article's text)
//   quotes, entities, background, an entity type, unattributed quotes, terms Namespace (headings)
//   speaker Object (someone the quotes belong to); entity Class, each mention Variable (an instance of it)
import * as vscode from 'vscode';
import type { TextIndex } from '../core';
import { buildOutline, type OutlineKind, type OutlineNode } from '../core/outline';
import { WIRE_LANGUAGE, type AnalysisCache } from './analysisCache';
import { isolatePair, outlineDescription, outlineLabel } from './outlineText';
import { toRange } from './positions';

const K = vscode.SymbolKind;
export const SYMBOL_KIND: Readonly<Record<Exclude<OutlineKind, 'problems' | 'problem'>, vscode.SymbolKind>> = {
  dateline: K.Event, date: K.Field, place: K.Field, reporter: K.Field, agency: K.Field,
  headline: K.String, deck: K.String, quote: K.String, paragraph: K.String,
  quotes: K.Namespace, unattributed: K.Namespace, terms: K.Namespace, entities: K.Namespace, entityType: K.Namespace, background: K.Namespace,
  speaker: K.Object, entity: K.Class, mention: K.Variable,
};

function toSymbol(node: OutlineNode, index: TextIndex): vscode.DocumentSymbol | null {
  if (node.kind === 'problems' || node.kind === 'problem') return null;
  const line = (cp: number) => index.positionAt(cp).line + 1;
  // The name stays plain for Go to Symbol's filter; the detail is isolated from an Arabic name before it.
  const name = outlineLabel(node);
  const symbol = new vscode.DocumentSymbol(name, isolatePair(name, outlineDescription(node, line)).description, SYMBOL_KIND[node.kind],
    toRange(index, node.range), toRange(index, node.selection));
  symbol.children = node.children.map(c => toSymbol(c, index)).filter((s): s is vscode.DocumentSymbol => s !== null);
  return symbol;
}

export function registerDocumentSymbols(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider({ language: WIRE_LANGUAGE }, {
    async provideDocumentSymbols(doc, token) {
      // Never the ranges of older text: a big document being typed in is outlined once the typing pauses.
      const entry = await cache.settled(doc, token);
      if (!entry) return undefined;
      return buildOutline(entry.analysis).map(n => toSymbol(n, entry.index)).filter((s): s is vscode.DocumentSymbol => s !== null);
    },
  }, { label: 'Wirelens' });
}
