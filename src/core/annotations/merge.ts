// The user's set over an automatic analysis: manual wins on the same or an overlapping span,
// rejected detections stay out, entity records retype/rename/extend/merge the entities they
// name, the user's speakers and paragraph roles win. The result keeps the schema's invariants:
// every span's text is the source slice (anchors that no longer hold are left out and reported),
// lists sorted by start.
import { TextIndex } from '../text/codePoints';
import type { ArticleAnalysis, Cue, Diagnostic, Entity, Paragraph, Quote, Span } from '../types';
import { contextScore, fullContext, holds } from './anchor';
import { resolveEntityIds, type EntityIds } from './entityIds';
import { isLive, type Anchor, type AnnotationSet, type EntityRecord, type QuoteAnnotation, type RejectionTarget } from './model';
import { findQuoteMarks } from './quoteMarks';
import { listAnchors } from './traverse';

type Range = { readonly start: number; readonly end: number };

const spanOf = (a: Span): Span => ({ text: a.text, start: a.start, end: a.end });
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const byStart = (a: Range, b: Range) => a.start - b.start || a.end - b.end;

export function mergeAnnotations(analysis: ArticleAnalysis, set: AnnotationSet): ArticleAnalysis {
  const doc = new TextIndex(analysis.text);
  const usable = (a: Anchor | null): a is Anchor => !!a && isLive(a) && holds(doc, a);
  const rejected = rejectionMatcher(doc, set, usable);
  const ids = resolveEntityIds(analysis.entities, set, usable);

  const manualMentions = set.mentions.filter(m => usable(m.anchor) && ids.ofRecord.has(m.entity));
  const manualQuotes = set.quotes.filter(q => usable(q.anchor));

  const entities = mergeEntities(analysis, set, ids, usable,
    m => !rejected(m, 'mention') && !manualMentions.some(x => overlaps(x.anchor, m)), manualMentions);
  const quotes = mergeQuotes(analysis, doc, ids, usable, entities,
    q => !rejected(q, 'quote') && !manualQuotes.some(x => overlaps(x.anchor, q.outer)), manualQuotes);
  const spoken = new Set(quotes.map(q => q.speaker));
  // An entity left with no mention is gone, unless a quote still names it as its speaker.
  const keptEntities = entities.filter(e => e.mentions.length > 0 || spoken.has(e.id));

  const paragraphs = mergeParagraphRoles(analysis.paragraphs, set, usable);
  const roleChanged = (role: string) => paragraphs.some((p, i) => p.role !== analysis.paragraphs[i].role && (p.role === role || analysis.paragraphs[i].role === role));
  const firstWith = (role: string) => { const p = paragraphs.find(x => x.role === role); return p ? spanOf(p) : null; };

  return {
    ...analysis,
    headline: roleChanged('headline') ? firstWith('headline') : analysis.headline,
    deck: roleChanged('deck') ? firstWith('deck') : analysis.deck,
    paragraphs,
    quotes,
    entities: keptEntities,
    cues: mergeCues(analysis.cues, quotes, manualQuotes, usable),
    diagnostics: [...analysis.diagnostics, ...orphanDiagnostics(analysis.length, set, usable)].sort(byStart),
  };
}

/**
 * Whether the user rejected a detection: a rejection of the same kind on the same span, or,
 * when the rejection's offsets no longer hold (the set is older than the text), on a span
 * with the same text and at least half of the rejection's context around it.
 */
function rejectionMatcher(doc: TextIndex, set: AnnotationSet, usable: (a: Anchor) => boolean) {
  return (s: Range, what: RejectionTarget) => set.rejections.some(r => {
    if (r.what !== what) return false;
    const a = r.anchor;
    if (usable(a)) return a.start === s.start && a.end === s.end;
    return s.start < s.end && doc.slice(s.start, s.end) === a.text && 2 * contextScore(doc, a, s.start, s.end) >= fullContext(a);
  });
}

interface Bucket { record?: EntityRecord; base?: Entity; members: Array<{ name: string; aliases: readonly string[] }>; mentions: Span[] }

function mergeEntities(
  analysis: ArticleAnalysis, set: AnnotationSet, ids: EntityIds, usable: (a: Anchor | null) => a is Anchor,
  keepMention: (m: Span) => boolean, manualMentions: AnnotationSet['mentions'],
): Entity[] {
  const buckets = new Map<string, Bucket>();
  const bucket = (id: string) => { let b = buckets.get(id); if (!b) buckets.set(id, b = { members: [], mentions: [] }); return b; };

  const recordIds = new Set(set.entities.map(r => r.id));
  // Detected entities first, in the analyzer's order; then the user's own.
  for (const e of analysis.entities) {
    const id = ids.ofDetected.get(e.id)!;
    const b = bucket(id);
    if (!recordIds.has(id)) b.base = e;
    b.mentions.push(...e.mentions.filter(keepMention).map(spanOf));
  }
  for (const r of set.entities) {
    const id = ids.ofRecord.get(r.id)!;
    const b = bucket(id);
    const claimed = ids.claimed.get(r.id);
    if (id === r.id) { b.record = r; b.base = claimed; }
    else b.members.push({ name: r.name ?? claimed?.name ?? r.detected?.name ?? '', aliases: [...(claimed?.aliases ?? []), ...r.aliases] });
  }
  for (const m of manualMentions) bucket(ids.ofRecord.get(m.entity)!).mentions.push(spanOf(m.anchor));

  const out: Entity[] = [];
  for (const [id, b] of buckets) {
    const r = b.record, base = b.base;
    if (!r && !base) continue; // not reached: every bucket is keyed by a record or a detected entity
    const name = r?.name ?? base?.name ?? r?.detected?.name ?? b.mentions[0]?.text ?? '';
    const aliases = [...new Set([...(base?.aliases ?? []), ...(r?.aliases ?? []), ...b.members.flatMap(m => [m.name, ...m.aliases])])]
      .filter(a => a && a !== name);
    const mentions = b.mentions.sort(byStart).filter((m, i, xs) => i === 0 || m.start !== xs[i - 1].start || m.end !== xs[i - 1].end);
    out.push({
      id,
      type: r?.type ?? base?.type ?? r?.detected?.type ?? 'OTHER',
      name,
      role: r && usable(r.role) ? spanOf(r.role) : base?.role ?? null,
      aliases,
      mentions,
      origin: r ? 'manual' : base!.origin,
    });
  }
  return out;
}

function mergeQuotes(
  analysis: ArticleAnalysis, doc: TextIndex, ids: EntityIds, usable: (a: Anchor | null) => a is Anchor,
  entities: readonly Entity[], keep: (q: Quote) => boolean, manual: readonly QuoteAnnotation[],
): Quote[] {
  const mentionsOf = new Map(entities.map(e => [e.id, e.mentions]));
  const detected = analysis.quotes.filter(keep).map((q): Quote => {
    const speaker = q.speaker === null ? null : ids.ofDetected.get(q.speaker) ?? null;
    // The attributing mention stays only while it is still one of the speaker's mentions.
    const sm = q.speakerMention;
    const speakerMention = sm && speaker && mentionsOf.get(speaker)?.some(m => m.start === sm.start && m.end === sm.end) ? sm : null;
    return { ...q, speaker, speakerMention };
  });
  const manualQuotes = manual.map((q): Quote => {
    const marks = findQuoteMarks(doc, q.anchor.start, q.anchor.end);
    return {
      id: q.id, kind: q.kind, text: q.anchor.text, start: q.anchor.start, end: q.anchor.end,
      open: marks.open, close: marks.close, outer: marks.outer,
      paragraph: paragraphAt(analysis.paragraphs, q.anchor.start),
      speaker: q.speaker === null ? null : ids.ofRecord.get(q.speaker) ?? null,
      speakerMention: usable(q.speakerMention) ? spanOf(q.speakerMention) : null,
      cue: usable(q.cue) ? spanOf(q.cue) : null,
    };
  });
  return [...detected, ...manualQuotes].sort(byStart);
}

/** Line index of the paragraph holding an offset (the last one starting at or before it). */
function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let index = paragraphs[0]?.index ?? 0;
  for (const p of paragraphs) { if (p.start > offset) break; index = p.index; }
  return index;
}

/** Each paragraph takes the role of the user's mark that overlaps it most. */
function mergeParagraphRoles(paragraphs: readonly Paragraph[], set: AnnotationSet, usable: (a: Anchor) => boolean): Paragraph[] {
  const marks = set.paragraphs.filter(m => usable(m.anchor));
  return paragraphs.map(p => {
    let best: { role: Paragraph['role']; overlap: number } | null = null;
    for (const m of marks) {
      const overlap = Math.min(p.end, m.anchor.end) - Math.max(p.start, m.anchor.start);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { role: m.role, overlap };
    }
    return best && best.role !== p.role ? { ...p, role: best.role } : p;
  });
}

/** Cues of dropped quotes point at the manual quote that replaced them; the user's cues are added. */
function mergeCues(cues: readonly Cue[], quotes: readonly Quote[], manual: readonly QuoteAnnotation[], usable: (a: Anchor | null) => a is Anchor): Cue[] {
  const kept = new Set(quotes.map(q => q.id));
  const out: Cue[] = cues.map(c => {
    if (c.quote === null || kept.has(c.quote)) return c;
    const q = quotes.find(x => x.cue && x.cue.start === c.start && x.cue.end === c.end);
    return { ...c, quote: q ? q.id : null };
  });
  for (const q of manual) {
    const cue = q.cue;
    if (usable(cue) && !out.some(c => c.start === cue.start && c.end === cue.end)) out.push({ ...spanOf(cue), quote: q.id });
  }
  return out.sort(byStart);
}

const WHAT = { mention: 'Entity mention', quote: 'Quote', paragraph: 'Paragraph role' } as const;

/** One warning per annotation that lost its place, at its last known offset. */
function orphanDiagnostics(length: number, set: AnnotationSet, usable: (a: Anchor) => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { anchor, place } of listAnchors(set)) {
    if (place.field !== 'span' || place.owner === 'rejection' || place.owner === 'entity' || usable(anchor)) continue;
    const at = Math.min(Math.max(0, anchor.start), length);
    const text = anchor.text.length > 40 ? anchor.text.slice(0, 39) + '…' : anchor.text;
    out.push({
      code: 'orphan-annotation', severity: 'warning', start: at, end: at,
      message: `${WHAT[place.owner]} “${text}” (${place.id}) lost its place in the text (${anchor.orphan ?? 'stale'}): re-attach or remove it.`,
    });
  }
  return out;
}
