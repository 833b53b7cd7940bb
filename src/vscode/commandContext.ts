// What the annotation commands share: the state they act on, the document a command is about (its
// uri argument — a Uri, or a string from a hover card's command link — or the active editor), the
// cursor and selection in code points, and applying a change to the user's set as one undo step.
// Commands work on `cache.current`: the analysis of the text as it is now, so that a position
// converted, a span found and a change computed all speak of the same text (a big document's `get`
// may still be the analysis of the text before the last keystrokes).
// A command that asks the user something (a quick pick, an input box) holds what it found across
// the wait only by its place in the text: detected entities are renumbered by every analysis, so
// `e3` before the question may be another entity after it. The text's version is noted before the
// question; after it, a changed text stops the command, and the entity or quote is found again by
// its span. Hover cards and the sidebar name an entity the same way: a mention's span and the
// version of the text it was found in (`EntityRef`).
import * as vscode from 'vscode';
import type { AnnotationSet, ArticleAnalysis, CodePointRange, Entity, Quote } from '../core';
import { isWireDocument, type AnalysisCache } from './analysisCache';
import type { AnnotationStore } from './annotationStore';
import { mentionAt } from './hitTest';
import { documentOf } from './documents';
import { plain } from './plainMessage';
import { toOffset, toRange } from './positions';
import type { SidecarSync } from './sidecarSync';
import type { WirelensUi } from './ui';

export interface CommandContext {
  readonly cache: AnalysisCache;
  readonly store: AnnotationStore;
  readonly sidecars: SidecarSync;
  readonly ui: WirelensUi;
  /** Per-workspace memory (the last entity type chosen). */
  readonly memento: vscode.Memento;
}

/** What the commands that only read need. */
export type ReadContext = Pick<CommandContext, 'cache' | 'ui'>;

/**
 * How a caller names an entity: its id (from code and tests: `m1` is stable, a detected `e3` is only
 * good for the analysis it came from), or a mention of it, `{ start, end }` in code points, with the
 * `version` of the text the span was found in (hover cards and the sidebar).
 */
export type EntityRef = string | { readonly start: number; readonly end: number; readonly version?: number };

/** An entity reference for a command link or a menu: a mention of the entity in the text of `version`. */
export function entityRef(entity: Entity, version: number | undefined): EntityRef {
  const first = entity.mentions[0];
  return first ? { start: first.start, end: first.end, ...(version === undefined ? {} : { version }) } : entity.id;
}

/** The wire article a command is about, loaded and ready; undefined (the user told) when there is none. */
export async function wireDocument(ctx: Pick<CommandContext, 'store' | 'ui'>, uriArg?: unknown): Promise<vscode.TextDocument | undefined> {
  const doc = await documentOf(uriArg);
  if (!doc || !isWireDocument(doc)) {
    void ctx.ui.info(vscode.l10n.t('Wirelens: open a wire article first.'));
    return undefined;
  }
  await ctx.store.ready(doc);
  return doc;
}

/** The editor showing the document (the active one first). */
export function editorOf(doc: vscode.TextDocument): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active?.document === doc) return active;
  return vscode.window.visibleTextEditors.find(e => e.document === doc);
}

export function cursorOf(ctx: ReadContext, doc: vscode.TextDocument): number | undefined {
  const editor = editorOf(doc);
  return editor && toOffset(ctx.cache.current(doc).index, editor.selection.active);
}

export function selectionOf(ctx: ReadContext, doc: vscode.TextDocument): CodePointRange | undefined {
  const editor = editorOf(doc);
  if (!editor) return undefined;
  const index = ctx.cache.current(doc).index;
  return { start: toOffset(index, editor.selection.start), end: toOffset(index, editor.selection.end) };
}

/** Selects a span in the document's editor and scrolls to it. */
export function selectSpan(ctx: ReadContext, doc: vscode.TextDocument, span: CodePointRange): void {
  const editor = editorOf(doc);
  if (!editor) return;
  const range = toRange(ctx.cache.current(doc).index, span);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Applies one change (computed from the set and the merged view the user sees) as one undoable
 * step. A change the core refuses (a RangeError: the thing is gone) is reported, not thrown.
 */
export function applyChange(ctx: CommandContext, doc: vscode.TextDocument, label: string, change: (set: AnnotationSet, view: ArticleAnalysis) => AnnotationSet): boolean {
  let next: AnnotationSet;
  try {
    next = change(ctx.store.annotationsOf(doc), ctx.cache.current(doc).analysis);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    void ctx.ui.warn(vscode.l10n.t('Wirelens: {0}: {1}', plain(label), plain(e.message)), {});
    return false;
  }
  return ctx.store.change(doc, label, next);
}

const sameSpan = (a: CodePointRange, b: CodePointRange) => a.start === b.start && a.end === b.end;

/**
 * After a question: whether the text is still the one of `version` (the user told when it is not).
 * A command that computed offsets before asking must not apply them to other text.
 */
export function unchangedSince(ctx: ReadContext, doc: vscode.TextDocument, version: number): boolean {
  if (!doc.isClosed && doc.version === version) return true;
  void ctx.ui.info(vscode.l10n.t('Wirelens: the article changed while you were answering, so nothing was changed. Try again.'));
  return false;
}

/** The entity in the view now that has `before`'s first mention (or, without mentions, its id). */
export function sameEntity(view: ArticleAnalysis, before: Entity): Entity | undefined {
  const first = before.mentions[0];
  return first ? view.entities.find(e => e.mentions.some(m => sameSpan(m, first))) : view.entities.find(e => e.id === before.id);
}

/** `before` found again after a question (see the top of the file); undefined, the user told, when it cannot be. */
export function entityAfterQuestion(ctx: ReadContext, doc: vscode.TextDocument, version: number, before: Entity): Entity | undefined {
  if (!unchangedSince(ctx, doc, version)) return undefined;
  const found = sameEntity(ctx.cache.current(doc).analysis, before);
  if (!found) void ctx.ui.info(vscode.l10n.t('Wirelens: {0} is no longer in the article, so nothing was changed.', plain(before.name)));
  return found;
}

/** The quote with `before`'s span in the view now, after a question; undefined, the user told, when it cannot be. */
export function quoteAfterQuestion(ctx: ReadContext, doc: vscode.TextDocument, version: number, before: Quote): Quote | undefined {
  if (!unchangedSince(ctx, doc, version)) return undefined;
  const found = ctx.cache.current(doc).analysis.quotes.find(q => sameSpan(q, before));
  if (!found) void ctx.ui.info(vscode.l10n.t('Wirelens: that quote is no longer in the article, so nothing was changed.'));
  return found;
}

/** The quote under the cursor, marks included (hitTest.ts). */
export { quoteAt } from './hitTest';

/** The entity a command names (`EntityRef`), or the one under the cursor; undefined (the user told) when none. */
export function entityOf(ctx: ReadContext, doc: vscode.TextDocument, ref: unknown): Entity | undefined {
  const { analysis: view, index } = ctx.cache.current(doc);
  if (typeof ref === 'string') {
    const e = view.entities.find(x => x.id === ref);
    if (!e) void ctx.ui.info(vscode.l10n.t('Wirelens: entity {0} is no longer in the article.', plain(ref)));
    return e;
  }
  const span = spanRef(ref);
  if (span) {
    if (span.version !== undefined && span.version !== doc.version) {
      void ctx.ui.info(vscode.l10n.t('Wirelens: the article changed since that entity was shown. Try again.'));
      return undefined;
    }
    const e = view.entities.find(x => x.mentions.some(m => sameSpan(m, span)));
    if (!e) void ctx.ui.info(vscode.l10n.t('Wirelens: that entity is no longer in the article.'));
    return e;
  }
  const cp = cursorOf(ctx, doc);
  const found = cp === undefined ? undefined : mentionAt(view, index, cp)?.entity;
  if (!found) void ctx.ui.info(vscode.l10n.t('Wirelens: place the cursor on an entity mention first.'));
  return found;
}

/** A `{ start, end, version? }` argument (command links carry it as JSON), checked. */
function spanRef(value: unknown): { start: number; end: number; version?: number } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { start, end, version } = value as Record<string, unknown>;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return undefined;
  return { start: start as number, end: end as number, ...(Number.isSafeInteger(version) ? { version: version as number } : {}) };
}

/** Whether a span a caller passed was found in the text of another version (the user told). */
export function staleSpan(ctx: ReadContext, doc: vscode.TextDocument, version: unknown): boolean {
  if (!Number.isSafeInteger(version) || version === doc.version) return false;
  void ctx.ui.info(vscode.l10n.t('Wirelens: the article changed since that was shown. Try again.'));
  return true;
}
