// Making anchors and judging how well a place in a text matches one.
import { TextIndex } from '../text/codePoints';
import type { Anchor, OrphanReason } from './model';

/** Code points of context kept either side of an anchor (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

/** A live anchor over [start, end) of the indexed text; a bad range is a caller's bug and throws. */
export function anchorAt(doc: TextIndex, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > doc.length || start >= end) {
    throw new RangeError(`no anchor over [${start}, ${end}) in a text of ${doc.length} code points`);
  }
  return {
    start, end,
    text: doc.slice(start, end),
    prefix: doc.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: doc.slice(end, Math.min(doc.length, end + CONTEXT_LENGTH)),
  };
}

/** The same anchor flagged as lost; its offsets and selector stay as they were last seen. */
export function orphaned(a: Anchor, reason: OrphanReason): Anchor {
  return { start: a.start, end: a.end, text: a.text, prefix: a.prefix, suffix: a.suffix, orphan: reason };
}

/** True when the document holds exactly the anchor's text at the anchor's offsets. */
export function holds(doc: TextIndex, a: Anchor): boolean {
  return a.start >= 0 && a.end <= doc.length && a.start < a.end && doc.slice(a.start, a.end) === a.text;
}

/**
 * How much of the anchor's context surrounds [start, end) in the document: code points of its
 * prefix found just before (read backwards) plus code points of its suffix found just after.
 */
export function contextScore(doc: TextIndex, a: Pick<Anchor, 'prefix' | 'suffix'>, start: number, end: number): number {
  const before = [...doc.slice(Math.max(0, start - CONTEXT_LENGTH), start)];
  const after = [...doc.slice(end, Math.min(doc.length, end + CONTEXT_LENGTH))];
  const prefix = [...a.prefix], suffix = [...a.suffix];
  let p = 0;
  while (p < prefix.length && p < before.length && prefix[prefix.length - 1 - p] === before[before.length - 1 - p]) p++;
  let s = 0;
  while (s < suffix.length && s < after.length && suffix[s] === after[s]) s++;
  return p + s;
}

/** The best context score an anchor can get: all of its prefix and suffix found. */
export function fullContext(a: Pick<Anchor, 'prefix' | 'suffix'>): number {
  return [...a.prefix].length + [...a.suffix].length;
}
