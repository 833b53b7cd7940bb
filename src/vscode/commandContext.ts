// What the annotation commands share: the state they act on, the document a command is about (its
// uri argument — a Uri, or a string from a hover card's command link — or the active editor), the
// cursor and selection in code points, and applying a change to the user's set as one undo step.
import * as vscode from 'vscode';
import type { AnnotationSet, ArticleAnalysis, CodePointRange, Entity, Quote, Span } from '../core';
import { isWireDocument, type AnalysisCache } from './analysisCache';
import type { AnnotationStore } from './annotationStore';
import { toUri } from './navigation';
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

/** The wire article a command is about, loaded and ready; undefined (the user told) when there is none. */
export async function wireDocument(ctx: CommandContext, uriArg?: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = toUri(uriArg);
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
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

export function cursorOf(ctx: CommandContext, doc: vscode.TextDocument): number | undefined {
  const editor = editorOf(doc);
  return editor && toOffset(ctx.cache.get(doc).index, editor.selection.active);
}

export function selectionOf(ctx: CommandContext, doc: vscode.TextDocument): CodePointRange | undefined {
  const editor = editorOf(doc);
  if (!editor) return undefined;
  const index = ctx.cache.get(doc).index;
  return { start: toOffset(index, editor.selection.start), end: toOffset(index, editor.selection.end) };
}

/** Selects a span in the document's editor and scrolls to it. */
export function selectSpan(ctx: CommandContext, doc: vscode.TextDocument, span: CodePointRange): void {
  const editor = editorOf(doc);
  if (!editor) return;
  const range = toRange(ctx.cache.get(doc).index, span);
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
    next = change(ctx.store.annotationsOf(doc), ctx.cache.get(doc).analysis);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    void ctx.ui.warn(vscode.l10n.t('Wirelens: {0}: {1}', label, e.message), {});
    return false;
  }
  return ctx.store.change(doc, label, next);
}

const within = (s: CodePointRange, cp: number) => s.start <= cp && cp <= s.end;
const width = (s: CodePointRange) => s.end - s.start;

/**
 * The mention under the cursor (the narrowest, when mentions nest) with its entity. Unlike the
 * hover's lookup, the end counts: after a double-click the cursor sits right after the word.
 */
export function mentionAt(view: ArticleAnalysis, cp: number): { entity: Entity; mention: Span } | undefined {
  let best: { entity: Entity; mention: Span } | undefined;
  for (const entity of view.entities) {
    for (const mention of entity.mentions) {
      if (within(mention, cp) && (!best || width(mention) < width(best.mention))) best = { entity, mention };
    }
  }
  return best;
}

/** The quote under the cursor, marks included (the innermost, when quotes nest). */
export function quoteAt(view: ArticleAnalysis, cp: number): Quote | undefined {
  let best: Quote | undefined;
  for (const q of view.quotes) if (within(q.outer, cp) && (!best || width(q.outer) < width(best.outer))) best = q;
  return best;
}

/** The entity a command names by id, or the one under the cursor; undefined (the user told) when none. */
export function entityOf(ctx: CommandContext, doc: vscode.TextDocument, entityId: unknown): Entity | undefined {
  const view = ctx.cache.get(doc).analysis;
  if (typeof entityId === 'string') {
    const e = view.entities.find(x => x.id === entityId);
    if (!e) void ctx.ui.info(vscode.l10n.t('Wirelens: entity {0} is no longer in the article.', entityId));
    return e;
  }
  const cp = cursorOf(ctx, doc);
  const found = cp === undefined ? undefined : mentionAt(view, cp)?.entity;
  if (!found) void ctx.ui.info(vscode.l10n.t('Wirelens: place the cursor on an entity mention first.'));
  return found;
}
