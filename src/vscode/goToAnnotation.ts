// Go to Next / Previous Annotation: every entity mention and quote of the merged view in text
// order, wrapping around at the ends, as Go to Next Problem does.
import * as vscode from 'vscode';
import type { ArticleAnalysis, CodePointRange } from '../core';
import { selectSpan, selectionOf, wireDocument, type CommandContext } from './commandContext';

function stops(view: ArticleAnalysis): CodePointRange[] {
  const all = [
    ...view.entities.flatMap(e => e.mentions),
    ...view.quotes.filter(q => q.start < q.end),
  ].map(s => ({ start: s.start, end: s.end }));
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return all.filter((s, i) => i === 0 || s.start !== all[i - 1].start || s.end !== all[i - 1].end);
}

async function go(ctx: CommandContext, direction: 1 | -1): Promise<CodePointRange | undefined> {
  const doc = await wireDocument(ctx);
  const selection = doc && selectionOf(ctx, doc);
  if (!doc || !selection) return undefined;
  const all = stops(ctx.cache.current(doc).analysis);
  if (all.length === 0) { void ctx.ui.info(vscode.l10n.t('Wirelens: this article has no annotations yet.')); return undefined; }
  const after = (s: CodePointRange) => s.start > selection.start || (s.start === selection.start && s.end > selection.end);
  const before = (s: CodePointRange) => s.start < selection.start || (s.start === selection.start && s.end < selection.end);
  const target = direction === 1
    ? all.find(after) ?? all[0]
    : [...all].reverse().find(before) ?? all[all.length - 1];
  selectSpan(ctx, doc, target);
  return target;
}

export function registerGoToAnnotation(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('wirelens.nextAnnotation', () => go(ctx, 1)),
    vscode.commands.registerCommand('wirelens.previousAnnotation', () => go(ctx, -1)),
  );
}
