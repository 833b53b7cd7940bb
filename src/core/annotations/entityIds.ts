// Which detected entity each entity record names, and the id every entity has in the merged
// analysis. A record takes over the id of the detected entity it corrects (m1 instead of e3), so
// the editor can tell touched entities apart and the id survives the analyzer renumbering.
import type { Entity } from '../types';
import type { Anchor, AnnotationSet, DetectedRef } from './model';

export interface EntityIds {
  /** Merged-analysis id of each detected entity id. */
  readonly ofDetected: ReadonlyMap<string, string>;
  /** Merged-analysis id of each record id: the end of its `mergedInto` chain. */
  readonly ofRecord: ReadonlyMap<string, string>;
  /** The detected entity each record claimed. */
  readonly claimed: ReadonlyMap<string, Entity>;
}

/**
 * The detected entity a reference names: the one with a mention where the reference's mention
 * is, else the one with the same canonical name and type, else the same name.
 */
export function findDetected(entities: readonly Entity[], ref: DetectedRef, usable: (a: Anchor) => boolean): Entity | undefined {
  const m = ref.mention;
  return (usable(m) ? entities.find(e => e.mentions.some(x => x.start === m.start && x.end === m.end)) : undefined)
    ?? entities.find(e => e.name === ref.name && e.type === ref.type)
    ?? entities.find(e => e.name === ref.name);
}

export function resolveEntityIds(detected: readonly Entity[], set: AnnotationSet, usable: (a: Anchor) => boolean): EntityIds {
  const claimedBy = new Map<string, string>();
  const claimed = new Map<string, Entity>();
  for (const r of set.entities) {
    if (!r.detected) continue;
    // Two records naming one entity: the first keeps it, the second stands alone with its own name.
    const e = findDetected(detected, r.detected, usable);
    if (e && !claimedBy.has(e.id)) { claimedBy.set(e.id, r.id); claimed.set(r.id, e); }
  }
  const records = new Map(set.entities.map(r => [r.id, r]));
  const end = (id: string): string => {
    const seen = new Set([id]);
    let cur = id;
    for (let next = records.get(cur)?.mergedInto; next && records.has(next) && !seen.has(next); next = records.get(cur)?.mergedInto) {
      seen.add(next);
      cur = next;
    }
    return cur;
  };
  const ofRecord = new Map(set.entities.map(r => [r.id, end(r.id)]));
  const ofDetected = new Map(detected.map(e => {
    const r = claimedBy.get(e.id);
    // An analyzer id that happens to equal a record id must not make two entities one.
    return [e.id, r ? ofRecord.get(r)! : records.has(e.id) ? `${e.id}-auto` : e.id];
  }));
  return { ofDetected, ofRecord, claimed };
}
