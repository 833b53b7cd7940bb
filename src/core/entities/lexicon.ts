// The word lists of the entity recognisers, keyed the way the matcher compares words.
import { normalizeArabic, foldLatin, matchKey, memoise } from '../text/arabic';
import { TITLE_WORDS, HONORIFICS, ORG_HEADS, EVENT_WORDS, GIVEN_NAMES_AR, AMBIGUOUS_GIVEN_NAMES_AR, GIVEN_NAMES_LATIN, DEMONYMS } from './data';

/** Arabic names compare without diacritics and with one alef, but keep ى apart from ي (على is not علي). */
export const nameKey = memoise(w => w.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا'));

const keySet = (words: readonly string[]) => new Set(words.map(w => w.split(/\s+/).map(matchKey).join(' ')));

const TITLES_ALL = Object.values(TITLE_WORDS).flat();
/** Title heads: single words that start a title phrase (رئيس, وزير, President, Bakanı). */
export const TITLE_HEADS = keySet(TITLES_ALL.filter(t => !/\s/.test(t)));
/** Multi-word titles (Prime Minister, رئيس الوزراء, Dışişleri Bakanı), by their first word. */
export const TITLE_PHRASES = TITLES_ALL.filter(t => /\s/.test(t)).map(t => t.split(/\s+/).map(matchKey));
/** Multi-word titles by their first word's key (every token of the copy asks). */
export const TITLE_PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const p of TITLE_PHRASES) TITLE_PHRASES_BY_FIRST.set(p[0], [...(TITLE_PHRASES_BY_FIRST.get(p[0]) ?? []), p]);
export const HONORIFIC_KEYS = keySet(HONORIFICS);
export const ORG_HEAD_KEYS = keySet([...ORG_HEADS.ar, ...ORG_HEADS.fa]);
export const LATIN_ORG_HEAD_KEYS = keySet(ORG_HEADS.latin);
export const EVENT_WORD_KEYS = keySet(Object.values(EVENT_WORDS).flat());

export const GIVEN_AR = new Set(GIVEN_NAMES_AR.map(nameKey));
export const GIVEN_AR_AMBIGUOUS = new Set(AMBIGUOUS_GIVEN_NAMES_AR.map(nameKey));
export const GIVEN_LATIN = new Set(GIVEN_NAMES_LATIN.map(foldLatin));

/** Demonym key -> ISO code (التركي -> TR, Belgian -> BE). */
export const DEMONYM_COUNTRY = new Map<string, string>();
for (const line of DEMONYMS) {
  const [code, ...forms] = line.split('|').map(s => s.trim());
  for (const f of forms) DEMONYM_COUNTRY.set(matchKey(f), code);
}

export const isArabicKey = (k: string) => /[\u0600-\u06FF]/.test(k);
export const arabicKey = normalizeArabic;
