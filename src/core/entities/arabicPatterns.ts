// Names in Arabic-script copy, which has no capitals to go by: titles followed by names
// (رئيس الوزراء البلجيكي ألكسندر دي كرو), given names followed by family names (إسماعيل هنية),
// organisation names built on a head noun (وزارة الخارجية, الوكالة التركية للتعاون والتنسيق)
// and places after a trigger word (منطقة الروشة). Offsets are UTF-16; clitics stay outside spans.
import type { Token } from '../text/tokens';
import { cliticReadings, normalizeArabic } from '../text/arabic';
import type { EntityType } from '../types';
import type { GazetteerMatch } from './gazetteer';
import { STOP, GENERIC, DIRECTION, PLACE_TRIGGERS } from './arabicLexicon';
import { TITLE_HEADS, HONORIFIC_KEYS, ORG_HEAD_KEYS, GIVEN_AR, GIVEN_AR_AMBIGUOUS, nameKey } from './lexicon';

export interface Candidate {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** The title phrase that introduced a person (its role), if any. */
  readonly role: { readonly start: number; readonly end: number } | null;
  readonly source: 'title' | 'given-name' | 'org' | 'place' | 'role';
}

export interface Context {
  readonly tokens: readonly Token[];
  /** Known name starting at each token (gazetteer), if any. */
  readonly gazetteerAt: ReadonlyArray<GazetteerMatch | null>;
  /** Is token i a speech verb (قال, أكد …)? Verbs end names. */
  readonly isCue: (i: number) => boolean;
}

const CONNECTORS = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ابي', 'ال', 'عبد', 'دي', 'دا', 'فان', 'ولد', 'بو', 'ام'].map(normalizeArabic));

/** The word without و/ف/ب/ل/ك proclitics, as the key of its best reading, and how many units they take. */
function peel(t: Token): { key: string; skip: number }[] {
  return cliticReadings(t.text).map(r => ({ key: r.key, skip: r.skip }));
}
const keyOf = (t: Token) => normalizeArabic(t.text);
const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && /[\u0600-\u06FF]/.test(t.text);
const isDefinite = (k: string) => k.startsWith('ال') && k.length > 3;
const adjacent = (a: Token, b: Token) => b.start - a.end <= 2;

function isTitleHead(k: string): boolean { return TITLE_HEADS.has(k); }
function isOrgHead(k: string): boolean { return ORG_HEAD_KEYS.has(k); }

/**
 * Extends a title or organisation phrase from its head at token i: genitives and adjectives
 * (definite words), known places, construct nouns, "لدى/في + place", direction + place,
 * and for organisations "ل/و + definite" (للتعاون والتنسيق). Returns the last token, or i.
 */
function extendPhrase(ctx: Context, i: number, org: boolean): number {
  const { tokens, gazetteerAt } = ctx;
  let last = i, j = i + 1, count = 0;
  while (j < tokens.length && count < 8) {
    const t = tokens[j];
    if (!isWord(t) || !adjacent(tokens[j - 1], t)) break;
    const k = keyOf(t);
    const gz = gazetteerAt[j];
    if (gz && gz.first === j && !STOP.has(k)) {
      // a known place or organisation inside the phrase: رئيس حكومة إقليم كردستان
      if (org && peel(t)[0].key !== k) break;
      last = j = gz.last; j++; count++; continue;
    }
    if (STOP.has(k)) {
      // "سفير السودان لدى تركيا": a preposition joining a place to a title
      const next = tokens[j + 1];
      if (!org && (k === 'لدي' || k === 'في') && next && gazetteerAt[j + 1] && gazetteerAt[j + 1]!.entry.type !== 'PERSON') { last = j = gazetteerAt[j + 1]!.last; j++; count++; continue; }
      break;
    }
    if (ctx.isCue(j)) break;
    if (DIRECTION.has(k) && gazetteerAt[j + 1]) { last = j = gazetteerAt[j + 1]!.last; j++; count++; continue; }
    if (isTitleHead(k) || isOrgHead(k) || PLACE_TRIGGERS.has(k)) {
      if (org && isTitleHead(k) && !isOrgHead(k)) break;
      last = j++; count++; continue;
    }
    if (isDefinite(k) && !GENERIC.has(k)) { last = j++; count++; continue; }
    if (org && /^(لل|ول|وال|لا)/.test(k) && k.length > 4 && last > i) { last = j++; count++; continue; }
    if (!org && /^لل/.test(k) && k.length > 4) { last = j++; count++; continue; }
    break;
  }
  return last;
}

/** A person's name from token p: given name (unless a title vouches for it) and up to four more words. */
function nameFrom(ctx: Context, p: number, vouched: boolean): number {
  const { tokens } = ctx;
  const t = tokens[p];
  if (!isWord(t)) return -1;
  const k = keyOf(t);
  const nk = nameKey(t.text);
  if (STOP.has(k) || GENERIC.has(k) || isTitleHead(k) || isOrgHead(k) || PLACE_TRIGGERS.has(k) || ctx.isCue(p)) return -1;
  const given = GIVEN_AR.has(nk) || GIVEN_AR.has(nameKey(t.text.replace(/^[وف]/, '')));
  if (!vouched && !given) return -1;
  // After a title, an unknown word followed by a definite one is a noun phrase (دول الحصار), not a name.
  const next = tokens[p + 1];
  if (!given && isWord(next) && adjacent(t, next) && isDefinite(keyOf(next)) && !CONNECTORS.has(k)) return -1;
  if (isDefinite(k) && !vouched) return -1;
  let last = p, words = 1;
  let j = p + 1;
  // compound given names: عبد الله, أبو بكر
  while (j < tokens.length && words < 6) {
    const u = tokens[j];
    if (!isWord(u) || !adjacent(tokens[j - 1], u)) break;
    const uk = keyOf(u);
    if (CONNECTORS.has(uk)) {
      const v = tokens[j + 1];
      if (!isWord(v) || !adjacent(u, v) || STOP.has(keyOf(v))) break;
      last = j + 1; j += 2; words++; continue;
    }
    if (STOP.has(uk) || GENERIC.has(uk) || isTitleHead(uk) || isOrgHead(uk) || PLACE_TRIGGERS.has(uk) || ctx.isCue(j) || DIRECTION.has(uk)) break;
    if (/^[وف]/.test(u.text) && !GIVEN_AR.has(nameKey(u.text))) break; // "و…" starts the next item
    if (/^[بلك]ال/.test(uk)) break;
    if (ctx.gazetteerAt[j] && ctx.gazetteerAt[j]!.entry.type !== 'PERSON') break;
    last = j++; words++;
    if (isDefinite(uk)) break; // a family name with the article ends the name: مسعود البارزاني
  }
  // A lone word after a title is a name only if it is not an everyday definite word.
  if (last === p && GIVEN_AR_AMBIGUOUS.has(nk) && !vouched) return -1;
  return last;
}

/** Skips honorifics (الأمير, الشيخ, الدكتور) at p. */
function skipHonorifics(ctx: Context, p: number): number {
  while (p < ctx.tokens.length && isWord(ctx.tokens[p]) && HONORIFIC_KEYS.has(keyOf(ctx.tokens[p]))) p++;
  return p;
}

export function arabicCandidates(ctx: Context): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const readings = peel(t);
    const head = readings.find(r => isTitleHead(r.key) || isOrgHead(r.key) || PLACE_TRIGGERS.has(r.key));
    if (head) {
      // Title (+ name): رئيس الوزراء البلجيكي ألكسندر دي كرو / رئيس حكومة إقليم كردستان، مسرور بارزاني
      if (isTitleHead(head.key)) {
        const last = extendPhrase(ctx, i, false);
        const role = { start: t.start + head.skip, end: tokens[last].end };
        let p = last + 1;
        if (tokens[p]?.text === '،' || tokens[p]?.text === ',') p++;
        p = skipHonorifics(ctx, p);
        const end = nameFrom(ctx, p, true);
        if (end >= p) {
          out.push({ first: p, last: end, start: tokens[p].start, end: tokens[end].end, type: 'PERSON', role, source: 'title' });
          i = end;
          continue;
        }
        if (last > i) out.push({ first: i, last, start: role.start, end: role.end, type: 'PERSON', role, source: 'role' });
        i = last;
        continue;
      }
      if (isOrgHead(head.key)) {
        const next = tokens[i + 1];
        if (next && next.kind === 'punct') continue; // حركة "حماس": the quoted name is the organisation
        const last = extendPhrase(ctx, i, true);
        if (last > i && isDefinite(keyOf(tokens[last])) || last > i && ctx.gazetteerAt[last]) {
          out.push({ first: i, last, start: t.start + head.skip, end: tokens[last].end, type: 'ORG', role: null, source: 'org' });
          i = last;
        }
        continue;
      }
      const placeType = PLACE_TRIGGERS.get(head.key);
      const n = tokens[i + 1];
      if (placeType && isWord(n) && adjacent(t, n) && !STOP.has(keyOf(n)) && !GENERIC.has(keyOf(n)) && !ctx.gazetteerAt[i + 1]) {
        out.push({ first: i + 1, last: i + 1, start: n.start, end: n.end, type: placeType, role: null, source: 'place' });
        i++;
      }
      continue;
    }
    // Given name + family name anywhere: إسماعيل هنية, وغازي حمد
    const skip = /^[وف]/.test(t.text) && GIVEN_AR.has(nameKey(t.text.slice(1))) ? 1 : 0;
    if (GIVEN_AR.has(nameKey(t.text.slice(skip))) && !ctx.gazetteerAt[i]) {
      const end = nameFrom(ctx, i, false);
      if (end > i) {
        out.push({ first: i, last: end, start: t.start + skip, end: tokens[end].end, type: 'PERSON', role: null, source: 'given-name' });
        i = end;
      }
    }
  }
  return out;
}
