// One canonical order for a set, so that equal states are equal records and serialise to the
// same bytes: annotations by position then id, entity records by id. Every operation returns
// a set in this order.
import type { Anchor, AnnotationSet } from './model';

/** Numeric part of an id (`a12` -> 12), so that a10 sorts after a9. */
function idNumber(id: string): number {
  const m = /(\d+)$/.exec(id);
  return m ? Number(m[1]) : 0;
}

export function compareIds(a: string, b: string): number {
  return idNumber(a) - idNumber(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const byAnchor = (x: { id: string; anchor: Anchor }, y: { id: string; anchor: Anchor }) =>
  x.anchor.start - y.anchor.start || x.anchor.end - y.anchor.end || compareIds(x.id, y.id);

function sorted<T>(xs: readonly T[], cmp: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < xs.length; i++) if (cmp(xs[i - 1], xs[i]) > 0) return [...xs].sort(cmp);
  return xs;
}

export function normalizeSet(set: AnnotationSet): AnnotationSet {
  const entities = sorted(set.entities, (x, y) => compareIds(x.id, y.id));
  const mentions = sorted(set.mentions, byAnchor);
  const quotes = sorted(set.quotes, byAnchor);
  const paragraphs = sorted(set.paragraphs, byAnchor);
  const rejections = sorted(set.rejections, byAnchor);
  if (entities === set.entities && mentions === set.mentions && quotes === set.quotes
    && paragraphs === set.paragraphs && rejections === set.rejections) return set;
  return { entities, mentions, quotes, paragraphs, rejections };
}

/**
 * A fresh id: `m<n>` for entity records, `a<n>` for annotations (one counter for mentions,
 * quotes, paragraph marks and rejections, so an id names one thing in the sidecar).
 */
export function nextId(set: AnnotationSet, kind: 'entity' | 'annotation'): string {
  const ids = kind === 'entity'
    ? set.entities.map(e => e.id)
    : [...set.mentions, ...set.quotes, ...set.paragraphs, ...set.rejections].map(a => a.id);
  const prefix = kind === 'entity' ? 'm' : 'a';
  return prefix + (ids.reduce((n, id) => Math.max(n, idNumber(id)), 0) + 1);
}
