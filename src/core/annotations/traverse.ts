// Every anchor of a set, in one place: edits, re-anchoring and the sidecar all walk the same list,
// so a new kind of anchored field needs adding here only.
import type { Anchor, AnnotationSet } from './model';

export type AnchorOwner = 'entity' | 'mention' | 'quote' | 'paragraph' | 'rejection';
export type AnchorField = 'span' | 'cue' | 'speaker-mention' | 'role' | 'detected-mention';

/** Where an anchor sits: the owning record's id and kind, and which of its fields. */
export interface AnchorPlace {
  readonly owner: AnchorOwner;
  readonly id: string;
  readonly field: AnchorField;
}

export type AnchorMapper = (a: Anchor, place: AnchorPlace) => Anchor;

const same = <T>(xs: readonly T[], ys: T[]) => xs.length === ys.length && xs.every((x, i) => x === ys[i]);

/** A new set with every anchor passed through `f`; records whose anchors did not change are kept as they were. */
export function mapAnchors(set: AnnotationSet, f: AnchorMapper): AnnotationSet {
  const opt = (a: Anchor | null, place: AnchorPlace) => (a ? f(a, place) : null);
  const entities = set.entities.map(e => {
    const mention = e.detected && f(e.detected.mention, { owner: 'entity', id: e.id, field: 'detected-mention' });
    const role = opt(e.role, { owner: 'entity', id: e.id, field: 'role' });
    if (mention === (e.detected?.mention ?? null) && role === e.role) return e;
    return { ...e, detected: e.detected && { ...e.detected, mention: mention! }, role };
  });
  const mentions = set.mentions.map(m => {
    const anchor = f(m.anchor, { owner: 'mention', id: m.id, field: 'span' });
    return anchor === m.anchor ? m : { ...m, anchor };
  });
  const quotes = set.quotes.map(q => {
    const anchor = f(q.anchor, { owner: 'quote', id: q.id, field: 'span' });
    const cue = opt(q.cue, { owner: 'quote', id: q.id, field: 'cue' });
    const speakerMention = opt(q.speakerMention, { owner: 'quote', id: q.id, field: 'speaker-mention' });
    return anchor === q.anchor && cue === q.cue && speakerMention === q.speakerMention ? q : { ...q, anchor, cue, speakerMention };
  });
  const paragraphs = set.paragraphs.map(p => {
    const anchor = f(p.anchor, { owner: 'paragraph', id: p.id, field: 'span' });
    return anchor === p.anchor ? p : { ...p, anchor };
  });
  const rejections = set.rejections.map(r => {
    const anchor = f(r.anchor, { owner: 'rejection', id: r.id, field: 'span' });
    return anchor === r.anchor ? r : { ...r, anchor };
  });
  if (same(set.entities, entities) && same(set.mentions, mentions) && same(set.quotes, quotes)
    && same(set.paragraphs, paragraphs) && same(set.rejections, rejections)) return set;
  return { entities, mentions, quotes, paragraphs, rejections };
}

/** Every anchor with its place, in the set's order. */
export function listAnchors(set: AnnotationSet): Array<{ anchor: Anchor; place: AnchorPlace }> {
  const out: Array<{ anchor: Anchor; place: AnchorPlace }> = [];
  mapAnchors(set, (anchor, place) => { out.push({ anchor, place }); return anchor; });
  return out;
}
