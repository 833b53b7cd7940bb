// Names in Arabic-script copy, which has no capitals to go by: titles followed by names
// (رئيس الوزراء البلجيكي ألكسندر دي كرو), given names followed by family names (إسماعيل هنية),
// organisation names built on a head noun (وزارة الخارجية, الوكالة التركية للتعاون والتنسيق)
// and places after a trigger word (منطقة الروشة). Offsets are UTF-16; clitics stay outside spans.
import type { Token } from '../text/tokens';
import { memoise, normalizeArabic } from '../text/arabic';
import { readingsOf, type Reading, type Word } from './readings';
import type { EntityType } from '../types';
import type { GazetteerMatch } from './gazetteer';
import { STOP, GENERIC, DIRECTION, PLACE_TRIGGERS } from './arabicLexicon';
import { TITLE_HEADS, TITLE_PHRASES_BY_FIRST, HONORIFIC_KEYS, ORG_HEAD_KEYS, GIVEN_AR, GIVEN_AR_AMBIGUOUS, DEMONYM_COUNTRY, nameKey } from './lexicon';

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
  /** Each word token's record (wordOf), null for other tokens. */
  readonly words: ReadonlyArray<Word | null>;
  /** Known name starting at each token (gazetteer), if any. */
  readonly gazetteerAt: ReadonlyArray<GazetteerMatch | null>;
  /** Is token i a speech verb (قال, أكد …)? Verbs end names. */
  readonly isCue: (i: number) => boolean;
  /** Persian has no article to tell a name from a noun after a title: only known given names start names. */
  readonly persian?: boolean;
}

const PATRONYMIC = new Set(['بن', 'ابن', 'بنت'].map(normalizeArabic));
const PRESENT_VERB = /^[يت](?:ت|س|ل|ب|ؤ|ز|د|ن|ع|ق|ح)\S{2,}$/;
const CONNECTORS = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ابي', 'ال', 'عبد', 'دي', 'دا', 'فان', 'ولد', 'بو', 'ام'].map(normalizeArabic));
/** Second halves of compound given names: نور الدين, عصام الدين, عبد الله (the article does not end these). */
const COMPOUND_TAILS = new Set(['الدين', 'الله', 'الرحمن', 'الاسلام', 'الحق'].map(normalizeArabic));
/** Administrative words that are part of a place's name (إقليم كردستان, قطاع غزة, مدينة غزة). */
const NAMED_UNITS = new Set(['إقليم', 'قطاع', 'مدينة'].map(normalizeArabic));
/** Built places named with their head word: مطار إسطنبول, سد النهضة, المسجد الأقصى, قصر الإليزيه. */
const SITE_HEADS = new Set(['مطار', 'ميناء', 'سد', 'جسر', 'ساحة', 'ميدان', 'قصر', 'مسجد', 'جامع', 'كنيسة', 'ملعب', 'استاد', 'معبر', 'قاعدة'].map(normalizeArabic));

/** The word without و/ف/ب/ل/ك proclitics, as the key of its best reading, and how many units they take. */
function peel(t: Token): readonly { key: string; skip: number }[] {
  return readingsOf(t.text, false);
}
const keyOf = (t: Token) => normalizeArabic(t.text);
// (made once: a regex literal inside a function makes a new RegExp object every time it is evaluated)
const ARABIC = /[\u0600-\u06FF]/, CONJUNCTION_FIRST = /^[وف]/, WAW_FIRST = /^و/, ACCUSATIVE = /[\u064B]|اً$/;
const AND_DEFINITE = /^و(ال|لل)/, LAM_FIRST = /^ل/, LAM_LAM_FIRST = /^لل/, LAM_THEN_NOT_LAM = /^ل[^ل]/, PREPOSITION_ARTICLE = /^[بلك]ال/, NISBA = /(يه|ي)$/;
const NO_PHRASES: readonly string[][] = [];
const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && ARABIC.test(t.text);
const isDefinite = (k: string) => k.startsWith('ال') && k.length > 3;
const adjacent = (a: Token, b: Token) => b.start - a.end <= 2;
// (kept per word: asked of nearly every word of the copy)
const givenName = memoise(w => GIVEN_AR.has(nameKey(w)) || (CONJUNCTION_FIRST.test(w) && GIVEN_AR.has(nameKey(w.slice(1)))));
const isGivenName = (t: Token) => givenName(t.text);
/** A given name that is also an everyday word (حازم "firm", أمل "hope"): a name when a title vouches for it. */
const isAmbiguousName = (t: Token) => GIVEN_AR_AMBIGUOUS.has(nameKey(t.text));
/** "وغازي": 1 when the name's first letter is the conjunction و or ف (not when it is the name's own: فاتح, وليد). */
const conjunctionSkip = (t: Token) => (CONJUNCTION_FIRST.test(t.text) && !GIVEN_AR.has(nameKey(t.text)) && !isAmbiguousName(t) ? 1 : 0);
/** Nationality adjectives (إثيوبي، البلجيكي) qualify a title; they are never a name. */
const isDemonym = (k: string) => DEMONYM_COUNTRY.has(k);

function isTitleHead(k: string): boolean { return TITLE_HEADS.has(k); }
function isOrgHead(k: string): boolean { return ORG_HEAD_KEYS.has(k); }
// Word classes asked together of nearly every word, joined into one set each (one lookup, not four or five):
/** the head of a title, a site, an organisation or a place */
const HEADS = new Set([...TITLE_HEADS, ...SITE_HEADS, ...ORG_HEAD_KEYS, ...PLACE_TRIGGERS.keys()]);
/** words that are never (part of) a person's name: stop words, generic nouns, heads of titles, organisations, places */
const NOT_A_NAME = new Set([...STOP, ...GENERIC, ...TITLE_HEADS, ...ORG_HEAD_KEYS, ...PLACE_TRIGGERS.keys()]);
// What the loop below asks of every Arabic word, kept on its record. (An Arabic word's readings do not
// depend on the language's Turkic suffixes, so the record's are peel()'s.)
const headOf = (w: Word): Reading | null => (w.head !== undefined ? w.head : (w.head = w.readings.find(r => HEADS.has(r.key)) ?? null));
const givenNameOf = (w: Word, t: Token): boolean => (w.givenName ??= givenName(t.text));

/** A multi-word title at token i (المتحدث باسم, رئيس الوزراء, ولي العهد): its last token, or -1. */
function titlePhraseAt(tokens: readonly Token[], i: number, firstKey: string): number {
  let best = -1;
  for (const p of TITLE_PHRASES_BY_FIRST.get(firstKey) ?? NO_PHRASES) {
    if (p[0] !== firstKey || i + p.length - 1 <= best) continue;
    if (p.every((w, n) => n === 0 || (tokens[i + n] && keyOf(tokens[i + n]) === w))) best = i + p.length - 1;
  }
  return best;
}

/**
 * Extends a title or organisation phrase from its head at token i: genitives and adjectives
 * (definite words), known places and organisations, construct nouns, "لدى/في + place",
 * direction + place, "و/ل + definite" (المياه والري، للتعاون والتنسيق). Returns the last token, or i.
 */
function extendPhrase(ctx: Context, i: number, org: boolean, places: Candidate[]): number {
  const { tokens, gazetteerAt } = ctx;
  let last = titlePhraseAt(tokens, i, peel(tokens[i]).find(r => isTitleHead(r.key) || isOrgHead(r.key))?.key ?? '');
  if (last < 0) last = i;
  let j = last + 1, count = 0;
  while (j < tokens.length && count < 8) {
    const t = tokens[j];
    if (!isWord(t) || !adjacent(tokens[j - 1], t)) break;
    const k = keyOf(t);
    const gz = gazetteerAt[j];
    if (gz && gz.first === j && !STOP.has(k)) {
      // A known person ends the phrase (the name that follows the title); a place or body is part of it.
      if (gz.entry.type === 'PERSON') break;
      if (org && peel(t)[0].key !== k) break;
      last = j = gz.last; j++; count++; continue;
    }
    // "المتحدث الرسمي باسم وزارة …": on behalf of a body, part of the title
    if (!org && k === 'باسم' && isWord(tokens[j + 1])) { last = j++; count++; continue; }
    if (STOP.has(k)) {
      // "سفير السودان لدى تركيا": a preposition joining a place to a title
      const next = tokens[j + 1];
      if (!org && (k === 'لدي' || k === 'في') && next && gazetteerAt[j + 1] && gazetteerAt[j + 1]!.entry.type !== 'PERSON') { last = j = gazetteerAt[j + 1]!.last; j++; count++; continue; }
      // "الخبير في شؤون المياه سامر الخطيب": a short complement, when a given name follows it
      if (!org && (k === 'في' || k === 'لدي')) {
        let n = j + 1;
        const named = (t: Token) => isGivenName(t) || isAmbiguousName(t);
        while (n < tokens.length && n <= j + 4 && isWord(tokens[n]) && !named(tokens[n]) && !STOP.has(keyOf(tokens[n]))) n++;
        if (n > j + 1 && n <= j + 4 && isWord(tokens[n]) && named(tokens[n])) { last = n - 1; j = n; count++; continue; }
      }
      break;
    }
    if (ctx.isCue(j)) break;
    if (DIRECTION.has(k) && gazetteerAt[j + 1]) { last = j = gazetteerAt[j + 1]!.last; j++; count++; continue; }
    if (PLACE_TRIGGERS.has(k)) {
      // إقليم كوردستان inside "رئيس إقليم كوردستان": the word after the trigger is a place, not a person
      const n = tokens[j + 1];
      if (placeNameAfter(tokens, n, t)) {
        if (!gazetteerAt[j + 1]) places.push(placeCandidate(tokens, j, PLACE_TRIGGERS.get(k)!));
        last = j = gazetteerAt[j + 1]?.last ?? j + 1; j++; count++; continue;
      }
    }
    if (isTitleHead(k) || isOrgHead(k)) {
      if (org && isTitleHead(k) && !isOrgHead(k)) break;
      if (!org && isOrgHead(k) && !isTitleHead(k)) {
        // a body inside a title (المتحدث باسم وزارة الموارد المائية والري) is an organisation of its own
        const end = extendPhrase(ctx, j, true, places);
        if (end > j && orgEndsWell(ctx, end)) places.push({ first: j, last: end, start: t.start, end: tokens[end].end, type: 'ORG', role: null, source: 'org' });
        last = j = end; j++; count++; continue;
      }
      last = j++; count++; continue;
    }
    if ((isDefinite(k) && !GENERIC.has(k)) || isDemonym(k)) { last = j++; count++; continue; }
    // و + definite continues a title or a name (وزير المياه والري) unless it opens another title (والأمين العام)
    if (AND_DEFINITE.test(k) && k.length > 4 && last > i && !isTitleHead(k.slice(1))) { last = j++; count++; continue; }
    // ل + a title or a body: المكتب الإعلامي لرئيس الوزراء
    if (LAM_FIRST.test(k) && (isTitleHead(k.slice(1)) || isOrgHead(k.slice(1)))) { last = j++; count++; continue; }
    if (LAM_LAM_FIRST.test(k) && k.length > 4) { last = j++; count++; continue; }
    // ل + construct + definite: مؤسسة الإغاثة الإنسانية لحقوق الإنسان
    if (org && LAM_THEN_NOT_LAM.test(k) && isWord(tokens[j + 1]) && isDefinite(keyOf(tokens[j + 1]))) { last = j + 1; j += 2; count += 2; continue; }
    break;
  }
  return last;
}

/** An organisation's name ends on a definite word, a known name, or an "لل…" complement. */
function orgEndsWell(ctx: Context, last: number): boolean {
  const k = keyOf(ctx.tokens[last]);
  return isDefinite(k) || !!ctx.gazetteerAt[last] || LAM_LAM_FIRST.test(k);
}

/** The word after a place trigger names a place unless it is an adjective (منطقة إدارية, not a name). */
function placeNameAfter(tokens: readonly Token[], n: Token | undefined, t: Token): n is Token {
  if (!isWord(n) || !adjacent(t, n)) return false;
  const k = keyOf(n);
  return !STOP.has(k) && !GENERIC.has(k) && !(!isDefinite(k) && NISBA.test(k));
}

function placeCandidate(tokens: readonly Token[], trigger: number, type: 'GPE' | 'LOC'): Candidate {
  const t = tokens[trigger], n = tokens[trigger + 1];
  const withUnit = NAMED_UNITS.has(keyOf(t));
  const start = withUnit ? t.start + (peel(t).find(r => NAMED_UNITS.has(r.key))?.skip ?? 0) : n.start;
  return { first: withUnit ? trigger : trigger + 1, last: trigger + 1, start, end: n.end, type, role: null, source: 'place' };
}

/** A person's name from token p: given name (unless a title vouches for it) and up to four more words. */
function nameFrom(ctx: Context, p: number, vouched: boolean): number {
  const { tokens } = ctx;
  const t = tokens[p];
  if (!isWord(t)) return -1;
  const k = keyOf(t);
  const nk = nameKey(t.text);
  if (NOT_A_NAME.has(k) || ctx.isCue(p)) return -1;
  const gz = ctx.gazetteerAt[p];
  if (gz && gz.entry.type === 'PERSON') {
    // a known name may go on with its patronymic: فيصل بن فرحان + بن عبد الله
    let end = gz.last;
    while (isWord(tokens[end + 1]) && CONNECTORS.has(keyOf(tokens[end + 1])) && isWord(tokens[end + 2]) && !STOP.has(keyOf(tokens[end + 2]))) {
      end += 2;
      if (keyOf(tokens[end]) === 'عبد' && isWord(tokens[end + 1])) end++;
    }
    return end;
  }
  if (gz) return -1;
  if (isDemonym(k) || ACCUSATIVE.test(t.text)) return -1;
  const given = isGivenName(t) || (vouched && isAmbiguousName(t));
  if ((!vouched || ctx.persian) && !given) return -1;
  // "وبحثا": a word that opens with the conjunction is the next clause, not a name
  if (!given && CONJUNCTION_FIRST.test(t.text) && t.text.length > 3) return -1;
  // "أمير قطر يتلقى اتصالا", "الرئيس يستقبل": a present-tense verb after a title, not a name
  if (!given && PRESENT_VERB.test(t.text)) return -1;
  // After a title, an unknown word followed by a definite one is a noun phrase (دول الحصار), not a name.
  const next = tokens[p + 1];
  if (!given && isWord(next) && adjacent(t, next) && isDefinite(keyOf(next)) && !CONNECTORS.has(k)) return -1;
  if (isDefinite(k) && !vouched) return -1;
  let last = p, words = 1, patronymic = false;
  let j = p + 1;
  while (j < tokens.length && words < 6) {
    const u = tokens[j];
    if (!isWord(u) || !adjacent(tokens[j - 1], u)) break;
    const uk = keyOf(u);
    if (CONNECTORS.has(uk)) {
      // compound and patronymic names: عبد الله, أبو سمرة, بن فرحان, آل ثاني
      const v = tokens[j + 1];
      if (!isWord(v) || !adjacent(u, v) || STOP.has(keyOf(v))) break;
      last = j + 1; j += 2; words++;
      if (PATRONYMIC.has(uk)) patronymic = true;
      continue;
    }
    if (COMPOUND_TAILS.has(uk) && j === p + 1) { last = j++; continue; } // عصام الدين عوض
    if (NOT_A_NAME.has(uk) || ctx.isCue(j) || DIRECTION.has(uk)) break;
    // an accusative with tanween (سفيرًا، مؤكدًا) is never part of a name
    if (ACCUSATIVE.test(u.text)) break;
    if (CONJUNCTION_FIRST.test(u.text) && !GIVEN_AR.has(nameKey(u.text))) break; // "و…" starts the next item
    if (PREPOSITION_ARTICLE.test(uk)) break;
    if (ctx.gazetteerAt[j] && ctx.gazetteerAt[j]!.entry.type !== 'PERSON') break;
    // A family name with the article comes right after the given name (مسعود البارزاني) or, if it has a
    // family name's ending, after the father's (سعد بن شريدة الكعبي, not سعود بن نايف الجوائز); after a full
    // name it is the next word (نضال أبو عيشة الخطة).
    if (isDefinite(uk) && words >= 2 && !(patronymic && words === 2 && NISBA.test(uk))) break;
    last = j++; words++;
    if (isDefinite(uk)) break;
  }
  // A lone ambiguous given name (أمل "hope") is a name only when a title vouches for it.
  if (last === p && GIVEN_AR_AMBIGUOUS.has(nk) && !vouched) return -1;
  return last;
}

/** Skips honorifics (الأمير, الشيخ, الدكتور) at p. */
function skipHonorifics(ctx: Context, p: number): number {
  while (p < ctx.tokens.length && isWord(ctx.tokens[p]) && HONORIFIC_KEYS.has(keyOf(ctx.tokens[p]))) p++;
  return p;
}

/**
 * Every candidate starts at a word with an Arabic letter (isWord): paragraphMentions asks only about
 * paragraphs with one. A rule that finds names without one must lift that shortcut there.
 */
export function arabicCandidates(ctx: Context): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const w = ctx.words[i]!;
    const head = headOf(w);
    if (head) {
      // a stadium (استاد) or a palace is a place even where a word of the same spelling is a title
      if (SITE_HEADS.has(head.key)) {
        const last = extendPhrase(ctx, i, true, out);
        if (last > i) {
          out.push({ first: i, last, start: t.start + head.skip, end: tokens[last].end, type: 'LOC', role: null, source: 'place' });
          i = last;
        }
        continue;
      }
      // Title (+ name): رئيس الوزراء البلجيكي ألكسندر دي كرو / رئيس حكومة إقليم كردستان، مسرور بارزاني
      if (isTitleHead(head.key)) {
        const last = extendPhrase(ctx, i, false, out);
        const role = { start: t.start + head.skip, end: tokens[last].end };
        let p = last + 1;
        // "…، مسرور بارزاني": after a comma only a known given name or person continues the title
        const comma = tokens[p]?.text === '،' || tokens[p]?.text === ',';
        if (comma) p++;
        p = skipHonorifics(ctx, p);
        const known = tokens[p] && (isGivenName(tokens[p]) || isAmbiguousName(tokens[p]) || ctx.gazetteerAt[p]?.entry.type === 'PERSON');
        // "…، وغازي حمد": after a comma, و starts the next item of a list, not the title's name
        const end = comma && (!known || WAW_FIRST.test(tokens[p].text)) ? -1 : nameFrom(ctx, p, true);
        if (end >= p) {
          // a courtesy alone (الشيخ, فخامة الرئيس is more) is no role: one said after the name may be
          const courtesy = tokens.slice(i, last + 1).every(w => !isWord(w) || HONORIFIC_KEYS.has(keyOf(w)));
          out.push({ first: p, last: end, start: tokens[p].start + conjunctionSkip(tokens[p]), end: tokens[end].end, type: 'PERSON', role: courtesy ? null : role, source: 'title' });
          i = end;
          continue;
        }
        out.push({ first: i, last, start: role.start, end: role.end, type: 'PERSON', role, source: 'role' });
        i = last;
        continue;
      }
      if (isOrgHead(head.key)) {
        const next = tokens[i + 1];
        if (next && next.kind === 'punct') continue; // حركة "حماس": the quoted name is the organisation
        const last = extendPhrase(ctx, i, true, out);
        if (last > i && orgEndsWell(ctx, last)) {
          out.push({ first: i, last, start: t.start + head.skip, end: tokens[last].end, type: 'ORG', role: null, source: 'org' });
          i = last;
        }
        continue;
      }
      const placeType = PLACE_TRIGGERS.get(head.key);
      const n = tokens[i + 1];
      if (placeType && placeNameAfter(tokens, n, t) && !ctx.gazetteerAt[i + 1]) {
        out.push(placeCandidate(tokens, i, placeType));
        i++;
      }
      continue;
    }
    // An honorific vouches for the name after it when it says "the" (السيد فاتح دونماز, المهندس سعد بن شريدة
    // الكعبي) or the next word is a given name (سعادة سعد…): "بكل سعادة نرحب" is no name.
    if (HONORIFIC_KEYS.has(keyOf(t)) && !ctx.gazetteerAt[i]) {
      const p = skipHonorifics(ctx, i);
      // "the" vouches for a word that is no noun with the article itself: السيد فاتح, not الدكتور المتخصص, السيد المسيح
      const definite = tokens.slice(i, p).some(h => isDefinite(keyOf(h))) && !!tokens[p] && !isDefinite(keyOf(tokens[p]));
      const end = tokens[p] && (definite || isGivenName(tokens[p]) || isAmbiguousName(tokens[p])) ? nameFrom(ctx, p, true) : -1;
      if (end >= p) {
        out.push({ first: p, last: end, start: tokens[p].start + conjunctionSkip(tokens[p]), end: tokens[end].end, type: 'PERSON', role: null, source: 'title' });
        i = end;
        continue;
      }
    }
    // An ambiguous given name with its father's (سعد بن شريدة) is a name.
    if (isAmbiguousName(t) && !ctx.gazetteerAt[i] && tokens[i + 1] && PATRONYMIC.has(keyOf(tokens[i + 1]))) {
      const end = nameFrom(ctx, i, true);
      if (end > i) {
        out.push({ first: i, last: end, start: t.start, end: tokens[end].end, type: 'PERSON', role: null, source: 'given-name' });
        i = end;
        continue;
      }
    }
    // Given name + family name anywhere: إسماعيل هنية, وغازي حمد
    if (givenNameOf(w, t) && !ctx.gazetteerAt[i]) {
      const end = nameFrom(ctx, i, false);
      if (end > i) {
        const skip = GIVEN_AR.has(nameKey(t.text)) ? 0 : 1;
        out.push({ first: i, last: end, start: t.start + skip, end: tokens[end].end, type: 'PERSON', role: null, source: 'given-name' });
        i = end;
      }
    }
  }
  return out;
}
