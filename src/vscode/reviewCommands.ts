// Reviewing what the analyzer found: accepting a detection (it becomes the user's and survives
// analyzer changes), accepting everything, rejecting one (it never comes back), setting a
// paragraph's role, and undoing or redoing these changes (the editor's own Undo is for the text).
import * as vscode from 'vscode';
import {
  acceptEntity, acceptMention, acceptQuote, rejectMention, rejectQuote, setParagraphRole,
  type ArticleAnalysis, type CodePointRange, type ParagraphRole, type Quote, type Span, type TextIndex,
} from '../core';
import {
  applyChange, cursorOf, selectionOf, staleSpan, wireDocument, type CommandContext,
} from './commandContext';
import { mentionAt, quoteAt } from './hitTest';

type Target = { kind: 'mention'; entityId: string; span: Span } | { kind: 'quote'; quote: Quote };

const same = (a: CodePointRange, b: CodePointRange) => a.start === b.start && a.end === b.end;

/** What is at the cursor: a mention before the quote around it, since a mention is the narrower thing. */
function targetAt(view: ArticleAnalysis, index: TextIndex, cp: number): Target | undefined {
  const m = mentionAt(view, index, cp);
  if (m) return { kind: 'mention', entityId: m.entity.id, span: m.mention };
  const q = quoteAt(view, cp);
  return q && { kind: 'quote', quote: q };
}

/** What a caller names by its code point range: a mention on exactly it, else a quote (its words or with its marks). */
function targetOn(view: ArticleAnalysis, range: CodePointRange): Target | undefined {
  for (const e of view.entities) {
    const span = e.mentions.find(m => same(m, range));
    if (span) return { kind: 'mention', entityId: e.id, span };
  }
  const q = view.quotes.find(x => same(x, range) || same(x.outer, range));
  return q && { kind: 'quote', quote: q };
}

async function acceptAtCursor(ctx: CommandContext): Promise<boolean> {
  const doc = await wireDocument(ctx);
  const cp = doc && cursorOf(ctx, doc);
  if (!doc || cp === undefined) return false;
  const { analysis, index } = ctx.cache.current(doc);
  const target = targetAt(analysis, index, cp);
  if (!target) { void ctx.ui.info(vscode.l10n.t('Wirelens: there is no entity mention or quote at the cursor to accept.')); return false; }
  const changed = target.kind === 'mention'
    ? applyChange(ctx, doc, vscode.l10n.t('Accept Mention'), (set, view) => acceptMention(set, view, target.entityId, target.span))
    : applyChange(ctx, doc, vscode.l10n.t('Accept Quote'), (set, view) => acceptQuote(set, view, target.quote.id).set);
  if (!changed) void ctx.ui.info(vscode.l10n.t('Wirelens: that annotation is already yours.'));
  return changed;
}

async function acceptAll(ctx: CommandContext): Promise<boolean> {
  const doc = await wireDocument(ctx);
  if (!doc) return false;
  return applyChange(ctx, doc, vscode.l10n.t('Accept All'), (set, view) => {
    let next = view.entities.reduce((s, e) => acceptEntity(s, view, e.id), set);
    // Accepting a quote replaces the user's quotes it overlaps: of nested quotes, the outer one is kept.
    for (const q of view.quotes) {
      if (q.start < q.end && !next.quotes.some(x => x.anchor.start < q.end && q.start < x.anchor.end)) next = acceptQuote(next, view, q.id).set;
    }
    return next;
  });
}

/**
 * Rejects the mention or quote on [startCp, endCp) (hover cards and the tree pass them, with the
 * version of the text they were found in), or the one at the cursor. The analyzer never brings a
 * rejected detection back on that span.
 */
async function reject(ctx: CommandContext, uriArg?: unknown, startCp?: unknown, endCp?: unknown, version?: unknown): Promise<boolean> {
  const doc = await wireDocument(ctx, uriArg);
  if (!doc) return false;
  const { analysis: view, index } = ctx.cache.current(doc);
  let target: Target | undefined;
  if (typeof startCp === 'number' && typeof endCp === 'number') {
    if (staleSpan(ctx, doc, version)) return false;
    target = targetOn(view, { start: startCp, end: endCp });
  } else {
    const cp = cursorOf(ctx, doc);
    target = cp === undefined ? undefined : targetAt(view, index, cp);
  }
  if (!target) { void ctx.ui.info(vscode.l10n.t('Wirelens: there is no entity mention or quote there to reject.')); return false; }
  return target.kind === 'mention'
    ? applyChange(ctx, doc, vscode.l10n.t('Reject Mention'), (set, v) => rejectMention(set, v, target.span))
    : applyChange(ctx, doc, vscode.l10n.t('Reject Quote'), (set, v) => rejectQuote(set, v, target.quote.id));
}

/** The undo step's name for each role a command gives. */
type MarkedRole = Extract<ParagraphRole, 'lead' | 'body' | 'background'>;
const MARK_AS: Readonly<Record<MarkedRole, string>> = {
  lead: vscode.l10n.t('Mark as Lead'), body: vscode.l10n.t('Mark as Body'), background: vscode.l10n.t('Mark as Background'),
};

/**
 * Gives every paragraph the selection overlaps the role; returns their line numbers. A selection's ends
 * are exclusive (a whole line selected ends at the start of the next, which is not marked); a cursor
 * marks the paragraph it is in, at either end of it.
 */
async function markParagraphs(ctx: CommandContext, role: MarkedRole): Promise<number[]> {
  const doc = await wireDocument(ctx);
  const selection = doc && selectionOf(ctx, doc);
  if (!doc || !selection) return [];
  const view = ctx.cache.current(doc).analysis;
  const touched = selection.start === selection.end
    ? (p: CodePointRange) => p.start <= selection.end && selection.start <= p.end
    : (p: CodePointRange) => p.start < selection.end && selection.start < p.end;
  const lines = view.paragraphs.filter(touched).map(p => p.index);
  if (lines.length === 0) { void ctx.ui.info(vscode.l10n.t('Wirelens: place the cursor on a paragraph first.')); return []; }
  applyChange(ctx, doc, MARK_AS[role], (set, v) => lines.reduce((s, line) => setParagraphRole(s, v, line, role), set));
  return lines;
}

async function undoOrRedo(ctx: CommandContext, which: 'undo' | 'redo'): Promise<string | null> {
  const doc = await wireDocument(ctx);
  if (!doc) return null;
  const label = which === 'undo' ? ctx.store.undo(doc) : ctx.store.redo(doc);
  if (label === null) void ctx.ui.info(which === 'undo' ? vscode.l10n.t('Wirelens: no annotation change to undo.') : vscode.l10n.t('Wirelens: no annotation change to redo.'));
  else vscode.window.setStatusBarMessage(which === 'undo' ? vscode.l10n.t('Wirelens: undid {0}', label) : vscode.l10n.t('Wirelens: redid {0}', label), 4000);
  return label;
}

export const PARAGRAPH_COMMANDS: ReadonlyArray<readonly [string, MarkedRole]> = [
  ['wirelens.markParagraphBackground', 'background'],
  ['wirelens.markParagraphBody', 'body'],
  ['wirelens.markParagraphLead', 'lead'],
];

export function registerReviewCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('wirelens.acceptAnnotation', () => acceptAtCursor(ctx)),
    vscode.commands.registerCommand('wirelens.acceptAll', () => acceptAll(ctx)),
    vscode.commands.registerCommand('wirelens.rejectAnnotation', (uri?: unknown, start?: unknown, end?: unknown, version?: unknown) => reject(ctx, uri, start, end, version)),
    ...PARAGRAPH_COMMANDS.map(([id, role]) => vscode.commands.registerCommand(id, () => markParagraphs(ctx, role))),
    vscode.commands.registerCommand('wirelens.undoAnnotation', () => undoOrRedo(ctx, 'undo')),
    vscode.commands.registerCommand('wirelens.redoAnnotation', () => undoOrRedo(ctx, 'redo')),
  );
}
