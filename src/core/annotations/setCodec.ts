// The `annotations:` section of a sidecar: an AnnotationSet as plain data and back. Reading
// checks every field and reference and says where the first problem is; it never throws.
import { codePointLength } from '../text/codePoints';
import { ENTITY_TYPES, type EntityType } from '../types';
import { Invalid, PARAGRAPH_ROLES, QUOTE_KINDS, int, list, obj, oneOf, optStr, str } from './dataReader';
import type { Anchor, AnnotationSet, DetectedRef, EntityRecord, OrphanReason, RejectionTarget } from './model';
import { normalizeSet } from './order';

/** An anchor as one flow map: `{text, start, end, prefix, suffix}` plus `orphan` for a lost one. */
function anchorData(a: Anchor) {
  return { text: a.text, start: a.start, end: a.end, prefix: a.prefix, suffix: a.suffix, ...(a.orphan ? { orphan: a.orphan } : {}) };
}

export function annotationsToData(set: AnnotationSet) {
  const s = normalizeSet(set);
  return {
    entities: s.entities.map(r => ({
      id: r.id,
      detected: r.detected && { name: r.detected.name, type: r.detected.type, mention: anchorData(r.detected.mention) },
      type: r.type, name: r.name, aliases: [...r.aliases], role: r.role && anchorData(r.role), merged_into: r.mergedInto,
    })),
    mentions: s.mentions.map(m => ({ id: m.id, entity: m.entity, ...anchorData(m.anchor) })),
    quotes: s.quotes.map(q => ({
      id: q.id, kind: q.kind, speaker: q.speaker, span: anchorData(q.anchor),
      speaker_mention: q.speakerMention && anchorData(q.speakerMention), cue: q.cue && anchorData(q.cue),
    })),
    paragraphs: s.paragraphs.map(p => ({ id: p.id, role: p.role, ...anchorData(p.anchor) })),
    rejections: s.rejections.map(r => ({ id: r.id, what: r.what, label: r.label, ...anchorData(r.anchor) })),
  };
}

export type SetDecode = { readonly ok: true; readonly set: AnnotationSet } | { readonly ok: false; readonly path: string; readonly message: string };

const ORPHAN_REASONS: readonly OrphanReason[] = ['deleted', 'replaced', 'cut', 'not-found', 'ambiguous', 'stale'];
const TARGETS: readonly RejectionTarget[] = ['mention', 'quote'];

function anchor(v: unknown, path: string): Anchor {
  const o = obj(v, path);
  const text = str(o.text, `${path}.text`), start = int(o.start, `${path}.start`), end = int(o.end, `${path}.end`);
  if (end <= start) throw new Invalid(`${path}.end`, 'must be greater than start');
  if (codePointLength(text) !== end - start) throw new Invalid(`${path}.text`, `has ${codePointLength(text)} code points, but end - start is ${end - start}`);
  const a: Anchor = { text, start, end, prefix: optStr(o.prefix, `${path}.prefix`) ?? '', suffix: optStr(o.suffix, `${path}.suffix`) ?? '' };
  return o.orphan === undefined || o.orphan === null ? a : { ...a, orphan: oneOf(o.orphan, ORPHAN_REASONS, `${path}.orphan`) };
}
const optAnchor = (v: unknown, path: string) => (v === null || v === undefined ? null : anchor(v, path));

function record(v: unknown, path: string): EntityRecord {
  const o = obj(v, path);
  const type = o.type === null || o.type === undefined ? null : oneOf<EntityType>(o.type, ENTITY_TYPES, `${path}.type`);
  const name = optStr(o.name, `${path}.name`);
  let detected: DetectedRef | null = null;
  if (o.detected !== null && o.detected !== undefined) {
    const d = obj(o.detected, `${path}.detected`);
    detected = { name: str(d.name, `${path}.detected.name`), type: oneOf<EntityType>(d.type, ENTITY_TYPES, `${path}.detected.type`), mention: anchor(d.mention, `${path}.detected.mention`) };
  } else if (type === null || name === null) {
    throw new Invalid(path, 'an entity the user created needs a type and a name');
  }
  return {
    id: str(o.id, `${path}.id`), detected, type, name,
    aliases: list(o.aliases, `${path}.aliases`).map((a, i) => str(a, `${path}.aliases[${i}]`)),
    role: optAnchor(o.role, `${path}.role`), mergedInto: optStr(o.merged_into, `${path}.merged_into`),
  };
}

/** An AnnotationSet from the plain `annotations:` data, in canonical order, or where it is wrong. */
export function annotationsFromData(data: unknown): SetDecode {
  try {
    const o = obj(data, 'annotations');
    const items = (key: string) => list(o[key], `annotations.${key}`).map((v, i) => [obj(v, `annotations.${key}[${i}]`), `annotations.${key}[${i}]`] as const);
    const entities = items('entities').map(([v, p]) => record(v, p));
    const mentions = items('mentions').map(([v, p]) => ({ id: str(v.id, `${p}.id`), anchor: anchor(v, p), entity: str(v.entity, `${p}.entity`) }));
    const quotes = items('quotes').map(([v, p]) => ({
      id: str(v.id, `${p}.id`), anchor: anchor(v.span, `${p}.span`), kind: oneOf(v.kind, QUOTE_KINDS, `${p}.kind`),
      speaker: optStr(v.speaker, `${p}.speaker`),
      speakerMention: optAnchor(v.speaker_mention, `${p}.speaker_mention`), cue: optAnchor(v.cue, `${p}.cue`),
    }));
    const paragraphs = items('paragraphs').map(([v, p]) => ({ id: str(v.id, `${p}.id`), anchor: anchor(v, p), role: oneOf(v.role, PARAGRAPH_ROLES, `${p}.role`) }));
    const rejections = items('rejections').map(([v, p]) => ({
      id: str(v.id, `${p}.id`), what: oneOf(v.what, TARGETS, `${p}.what`), anchor: anchor(v, p), label: optStr(v.label, `${p}.label`) ?? '',
    }));
    const set: AnnotationSet = { entities, mentions, quotes, paragraphs, rejections };
    checkReferences(set);
    return { ok: true, set: normalizeSet(set) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: e.path, message: `${e.path}: ${e.message}` };
    throw e;
  }
}

function checkReferences(set: AnnotationSet): void {
  const records = new Set<string>();
  set.entities.forEach((r, i) => {
    if (records.has(r.id)) throw new Invalid(`annotations.entities[${i}].id`, `${r.id} is used twice`);
    records.add(r.id);
  });
  set.entities.forEach((r, i) => {
    if (r.mergedInto !== null && !records.has(r.mergedInto)) throw new Invalid(`annotations.entities[${i}].merged_into`, `no entity ${r.mergedInto}`);
  });
  const ids = new Set<string>();
  const lists = [['mentions', set.mentions], ['quotes', set.quotes], ['paragraphs', set.paragraphs], ['rejections', set.rejections]] as const;
  for (const [key, xs] of lists) {
    xs.forEach((a, i) => {
      if (ids.has(a.id)) throw new Invalid(`annotations.${key}[${i}].id`, `${a.id} is used twice`);
      ids.add(a.id);
    });
  }
  set.mentions.forEach((m, i) => {
    if (!records.has(m.entity)) throw new Invalid(`annotations.mentions[${i}].entity`, `no entity ${m.entity}`);
  });
  set.quotes.forEach((q, i) => {
    if (q.speaker !== null && !records.has(q.speaker)) throw new Invalid(`annotations.quotes[${i}].speaker`, `no entity ${q.speaker}`);
  });
}
