// Undo and redo for the user's annotation changes. Sets are immutable and share their unchanged
// records, so a step is just the set before it: undo gives that set back.
import { editMapper, type TextEdit } from './edit';
import type { AnnotationSet } from './model';
import type { TextIndex } from '../text/codePoints';

export interface HistoryStep {
  readonly set: AnnotationSet;
  /** What the change did, for "Undo Reject Mention". */
  readonly label: string;
}

export interface AnnotationHistory {
  readonly present: AnnotationSet;
  readonly past: readonly HistoryStep[];
  readonly future: readonly HistoryStep[];
}

/** Steps kept; older ones fall off (a set is small, but an afternoon of edits is long). */
export const HISTORY_LIMIT = 200;

export function startHistory(set: AnnotationSet): AnnotationHistory {
  return { present: set, past: [], future: [] };
}

/** Makes `next` the present; a change that changed nothing is not a step. */
export function record(h: AnnotationHistory, next: AnnotationSet, label: string): AnnotationHistory {
  if (next === h.present) return h;
  return { present: next, past: [...h.past, { set: h.present, label }].slice(-HISTORY_LIMIT), future: [] };
}

/** The history one step back: `undo(h).present` is the set before the last change (h itself when there is none). */
export function undo(h: AnnotationHistory): AnnotationHistory {
  const step = h.past[h.past.length - 1];
  if (!step) return h;
  return { present: step.set, past: h.past.slice(0, -1), future: [{ set: h.present, label: step.label }, ...h.future] };
}

export function redo(h: AnnotationHistory): AnnotationHistory {
  const [step, ...rest] = h.future;
  if (!step) return h;
  return { present: step.set, past: [...h.past, { set: h.present, label: step.label }], future: rest };
}

/** Label of the change `undo` would revert, or null. */
export function undoLabel(h: AnnotationHistory): string | null {
  return h.past[h.past.length - 1]?.label ?? null;
}

/**
 * The history after the user typed: every step's set follows the edits too, so that undoing an
 * annotation change after typing gives back a set that fits the text. (Re-anchoring after an
 * outside change is no step either; start a new history from its result.)
 */
export function followEdits(h: AnnotationHistory, edits: readonly TextEdit[], newText: string | TextIndex): AnnotationHistory {
  const map = editMapper(edits, newText);
  const step = (s: HistoryStep): HistoryStep => ({ set: map(s.set), label: s.label });
  return { present: map(h.present), past: h.past.map(step), future: h.future.map(step) };
}
