// Finding a set's anchors again in a text that changed outside the editor (another tool, git,
// a re-saved file). Each anchor is looked up by its quote selector, most trustworthy match first:
//   1. its exact text where the most of its prefix/suffix context is (the nearest on a tie);
//   2. the same on a loose view of the text (white space, tatweel, diacritics, alef forms, case);
//   3. its prefix and suffix context with something close to its text between them (bounded edit distance);
//   4. its exact (then loose) text without its context, the occurrence nearest its old offset,
//      unless an annotation of the same kind already sits there.
// What none of these finds becomes an orphan and is reported, never dropped.
import { TextIndex } from '../text/codePoints';
import { anchorAt, contextScore, fullContext, holds, orphaned } from './anchor';
import { boundedDistance, looseFind, looseKey, looseText, originalRange, type LooseText } from './fuzzyText';
import { isLive, type Anchor, type AnnotationSet, type OrphanReason } from './model';
import { normalizeSet } from './order';
import { mapAnchors, type AnchorPlace } from './traverse';

export type AnchorMatch = 'exact' | 'normalised' | 'fuzzy';

interface Range { readonly start: number; readonly end: number }

export interface MovedAnchor {
  readonly place: AnchorPlace;
  /** The anchor's text before and after (they differ for normalised and fuzzy matches). */
  readonly text: string;
  readonly newText: string;
  readonly from: Range;
  readonly to: Range;
  readonly how: AnchorMatch;
}

export interface LostAnchor {
  readonly place: AnchorPlace;
  readonly text: string;
  readonly reason: OrphanReason;
  readonly message: string;
}

export interface ReanchorReport {
  /** Anchors found at another offset or with other text. */
  readonly moved: readonly MovedAnchor[];
  /** Anchors that became orphans in this pass (earlier orphans stay as they were and are not listed). */
  readonly orphans: readonly LostAnchor[];
}

export function reanchor(set: AnnotationSet, newText: string): { set: AnnotationSet; report: ReanchorReport } {
  const doc = new TextIndex(newText);
  let loose: LooseText | undefined;
  const moved: MovedAnchor[] = [], orphans: LostAnchor[] = [];
  const settle = (a: Anchor, place: AnchorPlace, found: Found): Anchor => {
    if ('lost' in found) {
      orphans.push({ place, text: a.text, reason: found.lost, message: lostMessage(a, place, found.lost) });
      return orphaned(a, found.lost);
    }
    const b = anchorAt(doc, found.start, found.end);
    if (b.start !== a.start || b.end !== a.end || b.text !== a.text) {
      moved.push({ place, text: a.text, newText: b.text, from: { start: a.start, end: a.end }, to: { start: b.start, end: b.end }, how: found.how });
    }
    return b;
  };
  // First every anchor that its context (or its unchanged place) vouches for; then the rest,
  // which may not land where an annotation of the same kind already sits: a mention whose
  // sentence was deleted must not become a twin of another mention of the same name.
  const weak = new Map<Anchor, Candidates>();
  const first = mapAnchors(set, (a, place) => {
    if (!isLive(a)) return a;
    if (holds(doc, a) && contextScore(doc, a, a.start, a.end) === fullContext(a)) return a;
    const found = locate(doc, loose ??= looseText(newText), a);
    if ('exact' in found) { weak.set(a, found); return a; }
    return settle(a, place, found);
  });
  if (weak.size === 0) return { set: normalizeSet(first), report: { moved, orphans } };
  const key = (place: AnchorPlace, r: Range) => `${place.owner} ${place.field} ${r.start} ${r.end}`;
  const taken = new Set<string>();
  mapAnchors(first, (a, place) => { if (isLive(a) && !weak.has(a)) taken.add(key(place, a)); return a; });
  const second = mapAnchors(first, (a, place) => {
    const cands = weak.get(a);
    if (!cands) return a;
    const free = (cs: Candidate[]) => cs.filter(c => !taken.has(key(place, c)));
    const exact = free(cands.exact), normalised = free(cands.normalised);
    const found = exact.length ? pick(exact, 'exact', false) : normalised.length ? pick(normalised, 'normalised', false) : { lost: 'not-found' as const };
    const b = settle(a, place, found);
    if (isLive(b)) taken.add(key(place, b));
    return b;
  });
  return { set: normalizeSet(second), report: { moved, orphans } };
}

type Found = (Range & { how: AnchorMatch }) | { lost: 'not-found' | 'ambiguous' };

interface Candidate extends Range { score: number; distance: number }

/** Occurrences without enough context around them, for the second pass to choose from. */
interface Candidates { exact: Candidate[]; normalised: Candidate[] }

function locate(doc: TextIndex, loose: LooseText, a: Anchor): Found | Candidates {
  const full = fullContext(a);
  // A match "with context" has at least a quarter of it; an anchor with no context (the whole text) always has.
  const enough = full === 0 ? 0 : Math.max(1, Math.ceil(full / 4));
  const rank = (ranges: Range[]) => ranges
    .map(r => ({ ...r, score: contextScore(doc, a, r.start, r.end), distance: Math.abs(r.start - a.start) }))
    .sort((x, y) => y.score - x.score || x.distance - y.distance);

  const exact = rank(exactOccurrences(doc, a.text));
  if (exact.length && exact[0].score >= enough) return pick(exact, 'exact', true);
  const key = looseKey(a.text);
  const normalised = rank(looseFind(loose, key).map(s => originalRange(loose, s, s + key.length)));
  if (normalised.length && normalised[0].score >= enough) return pick(normalised, 'normalised', true);
  const fuzzy = contextMatch(loose, a, key);
  if (fuzzy) return { ...fuzzy, how: 'fuzzy' };
  if (exact.length || normalised.length) return { exact, normalised };
  return { lost: 'not-found' };
}

/** The best candidate, or `ambiguous` when the runner-up is exactly as good. */
function pick(cands: Candidate[], how: AnchorMatch, byContext: boolean): Found {
  const sorted = byContext ? cands : [...cands].sort((x, y) => x.distance - y.distance);
  const [best, second] = sorted;
  if (second && second.distance === best.distance && (!byContext || second.score === best.score)) return { lost: 'ambiguous' };
  return { start: best.start, end: best.end, how };
}

function exactOccurrences(doc: TextIndex, text: string): Range[] {
  const out: Range[] = [];
  if (!text) return out;
  const n = [...text].length;
  for (let i = doc.text.indexOf(text); i >= 0; i = doc.text.indexOf(text, i + 1)) {
    const start = doc.toCodePoint(i);
    // indexOf can land between the halves of a surrogate pair only for a text starting with a lone low surrogate.
    if (doc.toUtf16(start) === i) out.push({ start, end: start + n });
  }
  return out;
}

const CONTEXT_KEY = 12;

/**
 * The anchor's context found again (the last code points of its prefix, the first of its suffix,
 * on the loose view) with text between them within a bounded edit distance of the anchor's.
 */
function contextMatch(loose: LooseText, a: Anchor, key: readonly string[]): Range | null {
  if (key.length === 0) return null;
  const before = looseText(a.prefix).chars, after = looseText(a.suffix).chars;
  const p = before.slice(Math.max(0, before.length - CONTEXT_KEY)), s = after.slice(0, CONTEXT_KEY);
  const bound = Math.max(2, Math.ceil(key.length / 3));
  const longest = key.length + bound + 2;
  const starts = p.length ? looseFind(loose, p).map(i => i + p.length) : [0];
  let best: (Range & { d: number; distance: number }) | null = null;
  for (const from of starts) {
    const ends = s.length
      ? looseFind(loose, s, from, Math.min(loose.chars.length, from + longest + s.length))
      : loose.chars.length - from <= longest ? [loose.chars.length] : [];
    for (const to of ends) {
      let i = from, j = to;
      while (i < j && loose.chars[i] === ' ') i++;
      while (j > i && loose.chars[j - 1] === ' ') j--;
      if (i === j) continue;
      const d = boundedDistance(loose.chars.slice(i, j), key, bound);
      if (d > bound) continue;
      const r = originalRange(loose, i, j);
      const distance = Math.abs(r.start - a.start);
      if (!best || d < best.d || (d === best.d && distance < best.distance)) best = { ...r, d, distance };
    }
  }
  return best && { start: best.start, end: best.end };
}

function lostMessage(a: Anchor, place: AnchorPlace, reason: 'not-found' | 'ambiguous'): string {
  const what = `${place.owner} ${place.id}${place.field === 'span' ? '' : ` (${place.field})`}`;
  return reason === 'ambiguous'
    ? `“${a.text}” (${what}) occurs several times with the same context; left for you to place.`
    : `“${a.text}” (${what}) was not found in the new text, even loosely or by its context.`;
}
