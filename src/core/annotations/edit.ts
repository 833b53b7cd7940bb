// Keeping a set in step with edits made in the editor. Spans after an edit shift; an edit inside
// a span changes its text and keeps it; an edit that deletes a span or crosses one of its ends
// orphans it (kept, flagged, never moved onto other text).
import { TextIndex, codePointLength } from '../text/codePoints';
import { CONTEXT_LENGTH, orphaned } from './anchor';
import { isLive, type Anchor, type AnnotationSet } from './model';
import { normalizeSet } from './order';
import { mapAnchors } from './traverse';

/** The range [start, end) of the text before the edit (code points) was replaced by `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function applyEdit(set: AnnotationSet, edit: TextEdit, newText: string): AnnotationSet {
  return applyEdits(set, [edit], newText);
}

/**
 * Several edits made one after the other (each in the coordinates left by the previous one, as
 * an editor reports a change event's parts in order), then `newText` is the document after all.
 */
export function applyEdits(set: AnnotationSet, edits: readonly TextEdit[], newText: string): AnnotationSet {
  return editMapper(edits, newText)(set);
}

/**
 * applyEdits for many sets over one document (the undo history), indexing the text once; a caller
 * that has the new text indexed already (the editor keeps one per document) passes the index.
 */
export function editMapper(edits: readonly TextEdit[], newText: string | TextIndex): (set: AnnotationSet) => AnnotationSet {
  const doc = typeof newText === 'string' ? new TextIndex(newText) : newText;
  const moves = edits.map(e => ({ from: e.start, to: e.end, inserted: codePointLength(e.text) }));
  return set => {
    let moved = set;
    for (const { from, to, inserted } of moves) moved = mapAnchors(moved, a => moveAnchor(a, from, to, inserted));
    return normalizeSet(mapAnchors(moved, a => refresh(doc, a)));
  };
}

/** Where one anchor goes when [from, to) is replaced by `inserted` code points. */
function moveAnchor(a: Anchor, from: number, to: number, inserted: number): Anchor {
  const delta = inserted - (to - from);
  if (!isLive(a)) {
    // An orphan keeps its last selector; its offsets follow the text roughly, for the user to find it.
    const point = (p: number) => (p <= from ? p : p >= to ? p + delta : from);
    const start = point(a.start), end = Math.max(start, point(a.end));
    return start === a.start && end === a.end ? a : { ...a, start, end };
  }
  if (to <= a.start) {
    // Wholly before the span, or an insertion right at its start: the span shifts.
    return delta === 0 ? a : { ...a, start: a.start + delta, end: a.end + delta };
  }
  if (from >= a.end) return a; // after it, or an insertion right at its end
  if (from >= a.start && to <= a.end) {
    if (from === a.start && to === a.end) return orphaned(a, inserted === 0 ? 'deleted' : 'replaced');
    return { ...a, end: a.end + delta };
  }
  return orphaned(a, from <= a.start && to >= a.end ? 'deleted' : 'cut');
}

/** Text and context of a live anchor read again from the new document. */
function refresh(doc: TextIndex, a: Anchor): Anchor {
  if (!isLive(a)) return a;
  if (a.end > doc.length) return orphaned(a, 'stale'); // the edits did not describe this document
  const text = doc.slice(a.start, a.end);
  const prefix = doc.slice(Math.max(0, a.start - CONTEXT_LENGTH), a.start);
  const suffix = doc.slice(a.end, Math.min(doc.length, a.end + CONTEXT_LENGTH));
  return text === a.text && prefix === a.prefix && suffix === a.suffix ? a : { ...a, text, prefix, suffix };
}
