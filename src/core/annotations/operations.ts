// What the user does, as functions from a set to a new set. They take `view`, the merged
// analysis the user is looking at (mergeAnnotations(analysis, set)): its text anchors new spans
// and its ids name what the user picked. Entity ids are either a record's (m1) or an untouched
// detected entity's (e3); touching a detected entity creates the record that corrects it.
import { TextIndex } from '../text/codePoints';
import type { ArticleAnalysis, EntityType, ParagraphRole, QuoteKind } from '../types';
import { anchorAt } from './anchor';
import { findDetected } from './entityIds';
import { isLive, type Anchor, type AnnotationSet, type EntityRecord, type MentionAnnotation, type QuoteAnnotation } from './model';
import { nextId, normalizeSet } from './order';

export interface CodePointRange { readonly start: number; readonly end: number }

const sameRange = (a: CodePointRange, b: CodePointRange) => a.start === b.start && a.end === b.end;
const overlaps = (a: CodePointRange, b: CodePointRange) => a.start < b.end && b.start < a.end;

function docOf(view: ArticleAnalysis): TextIndex { return new TextIndex(view.text); }

function updateRecord(set: AnnotationSet, id: string, change: Partial<EntityRecord>): AnnotationSet {
  return { ...set, entities: set.entities.map(r => (r.id === id ? { ...r, ...change } : r)) };
}

/** The id a record id ends up under after merges (itself when not merged). */
function terminal(set: AnnotationSet, id: string): string {
  const seen = new Set<string>();
  for (let r = set.entities.find(x => x.id === id); r?.mergedInto && !seen.has(r.id); r = set.entities.find(x => x.id === r!.mergedInto)) {
    seen.add(r.id);
    id = r.mergedInto;
  }
  return id;
}

/**
 * The record for an entity of the view: the record itself for m-ids, else a new record that
 * names the untouched detected entity by its first mention, name and type.
 */
export function ensureEntityRecord(set: AnnotationSet, view: ArticleAnalysis, entityId: string): { set: AnnotationSet; id: string } {
  if (set.entities.some(r => r.id === entityId)) return { set, id: terminal(set, entityId) };
  const e = view.entities.find(x => x.id === entityId);
  if (!e || e.mentions.length === 0) throw new RangeError(`no entity ${entityId} with a mention in this view`);
  // A view older than the set (several changes from one view) may still show the detected id.
  const existing = set.entities.find(r => r.detected && findDetected([e], r.detected, a => isLive(a)));
  if (existing) return { set, id: terminal(set, existing.id) };
  const id = nextId(set, 'entity');
  const record: EntityRecord = {
    id, detected: { name: e.name, type: e.type, mention: anchorAt(docOf(view), e.mentions[0].start, e.mentions[0].end) },
    type: null, name: null, aliases: [], role: null, mergedInto: null,
  };
  return { set: normalizeSet({ ...set, entities: [...set.entities, record] }), id };
}

/** A new entity of the user's, with no mention yet. */
export function createEntity(set: AnnotationSet, entity: { type: EntityType; name: string; aliases?: readonly string[] }): { set: AnnotationSet; id: string } {
  const id = nextId(set, 'entity');
  const record: EntityRecord = { id, detected: null, type: entity.type, name: entity.name, aliases: [...(entity.aliases ?? [])], role: null, mergedInto: null };
  return { set: normalizeSet({ ...set, entities: [...set.entities, record] }), id };
}

export function retypeEntity(set: AnnotationSet, view: ArticleAnalysis, entityId: string, type: EntityType): AnnotationSet {
  const r = ensureEntityRecord(set, view, entityId);
  return updateRecord(r.set, r.id, { type });
}

export function renameEntity(set: AnnotationSet, view: ArticleAnalysis, entityId: string, name: string): AnnotationSet {
  const r = ensureEntityRecord(set, view, entityId);
  return updateRecord(r.set, r.id, { name });
}

export function addEntityAlias(set: AnnotationSet, view: ArticleAnalysis, entityId: string, alias: string): AnnotationSet {
  const r = ensureEntityRecord(set, view, entityId);
  const rec = r.set.entities.find(x => x.id === r.id)!;
  return rec.aliases.includes(alias) ? r.set : updateRecord(r.set, r.id, { aliases: [...rec.aliases, alias] });
}

/** The apposition or title of an entity (a span of the text), or null to go back to the analyzer's. */
export function setEntityRole(set: AnnotationSet, view: ArticleAnalysis, entityId: string, role: CodePointRange | null): AnnotationSet {
  const r = ensureEntityRecord(set, view, entityId);
  return updateRecord(r.set, r.id, { role: role && anchorAt(docOf(view), role.start, role.end) });
}

/** Entity `fromId` becomes part of `intoId`: its mentions move there, its name becomes an alias. */
export function mergeEntity(set: AnnotationSet, view: ArticleAnalysis, fromId: string, intoId: string): AnnotationSet {
  const from = ensureEntityRecord(set, view, fromId);
  const into = ensureEntityRecord(from.set, view, intoId);
  if (from.id === into.id) return into.set;
  return updateRecord(into.set, from.id, { mergedInto: into.id });
}

/** Drops the rejections of `what` on exactly this range: marking it again means the user wants it. */
function unreject(set: AnnotationSet, what: 'mention' | 'quote', range: CodePointRange): AnnotationSet {
  const rejections = set.rejections.filter(r => !(r.what === what && sameRange(r.anchor, range)));
  return rejections.length === set.rejections.length ? set : { ...set, rejections };
}

/** A mention of an entity of the view (or of a record) over `range`; one on the same range is replaced. */
export function addMention(set: AnnotationSet, view: ArticleAnalysis, range: CodePointRange, entityId: string): { set: AnnotationSet; id: string } {
  const anchor = anchorAt(docOf(view), range.start, range.end);
  const r = ensureEntityRecord(set, view, entityId);
  const base = unreject(r.set, 'mention', range);
  const id = nextId(base, 'annotation');
  const mention: MentionAnnotation = { id, anchor, entity: r.id };
  return { set: normalizeSet({ ...base, mentions: [...base.mentions.filter(m => !sameRange(m.anchor, range)), mention] }), id };
}

/** A mention of a new entity named by the mention's text (or `name`). */
export function addMentionOfNewEntity(
  set: AnnotationSet, view: ArticleAnalysis, range: CodePointRange, type: EntityType, name?: string,
): { set: AnnotationSet; id: string; entity: string } {
  const text = docOf(view).slice(range.start, range.end);
  const e = createEntity(set, { type, name: name ?? text });
  const m = addMention(e.set, view, range, e.id);
  return { set: m.set, id: m.id, entity: e.id };
}

export interface QuoteFields {
  readonly kind: QuoteKind;
  /** Entity id (view or record) of the speaker, or null. */
  readonly speaker?: string | null;
  readonly speakerMention?: CodePointRange | null;
  readonly cue?: CodePointRange | null;
}

/** A quote over `range` (the words between the marks); the user's quotes overlapping it are replaced. */
export function addQuote(set: AnnotationSet, view: ArticleAnalysis, range: CodePointRange, fields: QuoteFields): { set: AnnotationSet; id: string } {
  const doc = docOf(view);
  const anchor = anchorAt(doc, range.start, range.end);
  let base = unreject(set, 'quote', range);
  let speaker: string | null = null;
  if (fields.speaker) ({ set: base, id: speaker } = ensureEntityRecord(base, view, fields.speaker));
  const id = nextId(base, 'annotation');
  const quote: QuoteAnnotation = {
    id, anchor, kind: fields.kind, speaker,
    speakerMention: fields.speakerMention ? anchorAt(doc, fields.speakerMention.start, fields.speakerMention.end) : null,
    cue: fields.cue ? anchorAt(doc, fields.cue.start, fields.cue.end) : null,
  };
  return { set: normalizeSet({ ...base, quotes: [...base.quotes.filter(q => !overlaps(q.anchor, range)), quote] }), id };
}

/** Accepts a detected quote as the user's (copying kind, speaker, cue); a manual one is returned as is. */
export function acceptQuote(set: AnnotationSet, view: ArticleAnalysis, quoteId: string): { set: AnnotationSet; id: string } {
  if (set.quotes.some(q => q.id === quoteId)) return { set, id: quoteId };
  const q = view.quotes.find(x => x.id === quoteId);
  if (!q) throw new RangeError(`no quote ${quoteId} in this view`);
  return addQuote(set, view, q, { kind: q.kind, speaker: q.speaker, speakerMention: q.speakerMention, cue: q.cue });
}

/** Sets who said a quote (null: nobody); a detected quote is accepted with the new speaker. */
export function setQuoteSpeaker(set: AnnotationSet, view: ArticleAnalysis, quoteId: string, speakerId: string | null, speakerMention: CodePointRange | null = null): AnnotationSet {
  const accepted = acceptQuote(set, view, quoteId);
  let base = accepted.set;
  let speaker: string | null = null;
  if (speakerId) ({ set: base, id: speaker } = ensureEntityRecord(base, view, speakerId));
  const mention: Anchor | null = speakerMention && anchorAt(docOf(view), speakerMention.start, speakerMention.end);
  return { ...base, quotes: base.quotes.map(q => (q.id === accepted.id ? { ...q, speaker, speakerMention: mention } : q)) };
}

export function setQuoteKind(set: AnnotationSet, view: ArticleAnalysis, quoteId: string, kind: QuoteKind): AnnotationSet {
  const accepted = acceptQuote(set, view, quoteId);
  return { ...accepted.set, quotes: accepted.set.quotes.map(q => (q.id === accepted.id ? { ...q, kind } : q)) };
}

/** Accepts a detected mention (the mention of `entityId` at `range`) as the user's. */
export function acceptMention(set: AnnotationSet, view: ArticleAnalysis, entityId: string, range: CodePointRange): AnnotationSet {
  if (set.mentions.some(m => sameRange(m.anchor, range))) return set;
  return addMention(set, view, range, entityId).set;
}

/** Accepts a detected entity with all its mentions as shown. */
export function acceptEntity(set: AnnotationSet, view: ArticleAnalysis, entityId: string): AnnotationSet {
  const e = view.entities.find(x => x.id === entityId);
  if (!e) throw new RangeError(`no entity ${entityId} in this view`);
  return e.mentions.reduce((s, m) => acceptMention(s, view, entityId, m), set);
}

/** Sets the role of the paragraph on line `index`, replacing the user's earlier role for it. */
export function setParagraphRole(set: AnnotationSet, view: ArticleAnalysis, index: number, role: ParagraphRole): AnnotationSet {
  const p = view.paragraphs.find(x => x.index === index);
  if (!p) throw new RangeError(`no paragraph on line ${index}`);
  const anchor = anchorAt(docOf(view), p.start, p.end);
  const kept = set.paragraphs.filter(m => !overlaps(m.anchor, p));
  const base = { ...set, paragraphs: kept };
  return normalizeSet({ ...base, paragraphs: [...kept, { id: nextId(base, 'annotation'), anchor, role }] });
}

/**
 * Rejects the mention at `range`: the user's mention there goes, and no detected mention may
 * come back on it. The label keeps what it was, for the user to read in the sidecar.
 */
export function rejectMention(set: AnnotationSet, view: ArticleAnalysis, range: CodePointRange): AnnotationSet {
  const e = view.entities.find(x => x.mentions.some(m => sameRange(m, range)));
  const base = { ...set, mentions: set.mentions.filter(m => !sameRange(m.anchor, range)) };
  if (base.rejections.some(r => r.what === 'mention' && sameRange(r.anchor, range))) return base;
  const rejection = { id: nextId(base, 'annotation'), what: 'mention' as const, anchor: anchorAt(docOf(view), range.start, range.end), label: e ? `${e.type} ${e.name}` : 'mention' };
  return normalizeSet({ ...base, rejections: [...base.rejections, rejection] });
}

/** Rejects a quote of the view: the user's quote goes, a detected one may not come back. */
export function rejectQuote(set: AnnotationSet, view: ArticleAnalysis, quoteId: string): AnnotationSet {
  const q = view.quotes.find(x => x.id === quoteId);
  if (!q) throw new RangeError(`no quote ${quoteId} in this view`);
  const base = { ...set, quotes: set.quotes.filter(x => x.id !== quoteId) };
  if (q.start === q.end || base.rejections.some(r => r.what === 'quote' && sameRange(r.anchor, q))) return base;
  const rejection = { id: nextId(base, 'annotation'), what: 'quote' as const, anchor: anchorAt(docOf(view), q.start, q.end), label: q.kind };
  return normalizeSet({ ...base, rejections: [...base.rejections, rejection] });
}

/** Removes one annotation by id (a mention, quote, paragraph mark, or a rejection: un-rejecting). */
export function removeAnnotation(set: AnnotationSet, id: string): AnnotationSet {
  const drop = <T extends { id: string }>(xs: readonly T[]) => xs.filter(x => x.id !== id);
  return { ...set, mentions: drop(set.mentions), quotes: drop(set.quotes), paragraphs: drop(set.paragraphs), rejections: drop(set.rejections) };
}

/** Puts an annotation (an orphan, typically) on the range the user chose, with a fresh selector. */
export function reattach(set: AnnotationSet, view: ArticleAnalysis, id: string, range: CodePointRange): AnnotationSet {
  const anchor = anchorAt(docOf(view), range.start, range.end);
  const move = <T extends { id: string; anchor: Anchor }>(xs: readonly T[]) => xs.map(x => (x.id === id ? { ...x, anchor } : x));
  return normalizeSet({ ...set, mentions: move(set.mentions), quotes: move(set.quotes), paragraphs: move(set.paragraphs), rejections: move(set.rejections) });
}
