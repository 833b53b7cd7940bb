// The ways a word in the copy can stand for a name: as written, without its Arabic proclitics
// (وبلجيكا -> بلجيكا), without an apostrophe suffix (Malatya'da, NATO's, Erdoğan'ın), or, in
// Turkish and Azerbaijani copy, without a case suffix (Azərbaycana, Kuvvetlerinin, Tatarla).
import { cliticReadings, matchKey } from '../text/arabic';
import type { CueStarts } from '../article/cues';
import type { NameStarts } from './gazetteer';

export interface Reading {
  /** UTF-16 units left out at the start (clitics) and at the end (suffixes) of the word. */
  readonly skip: number;
  readonly cut: number;
  readonly key: string;
}

// NATO's, TURKEY’S, Malatya'da, Erdoğan'ın — and French elision at the front: l'Onu, d'Ankara
const APOSTROPHE_SUFFIX = /^(.+?)['’](\p{L}{1,5})$/u;
const ELISION = /^(?:l|d|qu|L|D|Qu)['’](?=\p{Lu})/u;
// Longest first; each leaves a stem of three letters or more.
const TURKIC_SUFFIXES = [
  'ndan', 'nden', 'ndən', 'nın', 'nin', 'nun', 'nün', 'dan', 'den', 'dən', 'tan', 'ten', 'tən', 'yla', 'yle', 'ylə',
  'nda', 'nde', 'ndə', 'na', 'ne', 'nə', 'da', 'de', 'də', 'ta', 'te', 'la', 'le', 'lə', 'ya', 'ye', 'yə', 'ın', 'in', 'un', 'ün',
  'yı', 'yi', 'a', 'e', 'ə', 'ı', 'i', 'u', 'ü',
];

/**
 * A word of the copy as the analysis reads every token of it, kept once per word (wordOf): its readings
 * and the answers to questions asked of every token, filled in where they are asked. A token costs one
 * lookup, not one per question: each memo is a large table, and a lookup in one mostly misses the CPU's cache.
 */
export interface Word {
  readonly readings: Reading[];
  /** The cue entries the word may start (cues.ts). */
  cues?: CueStarts;
  /** The known names each reading starts (null: none), as of the gazetteer state `namesOf` (gazetteer.ts). */
  names?: ReadonlyArray<NameStarts | undefined> | null;
  namesOf?: number;
  /** The reading that heads a title, site, organisation or place (null: none), and is it a given name? (arabicPatterns.ts) */
  head?: Reading | null;
  givenName?: boolean;
}

const cache = [new Map<string, Word>(), new Map<string, Word>()];

/** The word's record (memoised: every token of the copy is looked up, and words repeat). */
export function wordOf(word: string, turkic: boolean): Word {
  const c = cache[turkic ? 1 : 0];
  let w = c.get(word);
  if (!w) {
    if (c.size > 100000) c.clear();
    w = { readings: computeReadings(word, turkic) };
    c.set(word, w);
  }
  return w;
}

/** The readings of a word. */
export function readingsOf(word: string, turkic: boolean): Reading[] {
  return wordOf(word, turkic).readings;
}

function computeReadings(word: string, turkic: boolean): Reading[] {
  if (/[\u0600-\u06FF]/.test(word)) return cliticReadings(word).map(r => ({ skip: r.skip, cut: 0, key: r.key }));
  const out: Reading[] = [{ skip: 0, cut: 0, key: matchKey(word) }];
  const ap = APOSTROPHE_SUFFIX.exec(word);
  if (ap) out.push({ skip: 0, cut: word.length - ap[1].length, key: matchKey(ap[1]) });
  const el = ELISION.exec(word);
  if (el) out.push({ skip: el[0].length, cut: 0, key: matchKey(word.slice(el[0].length)) });
  if (turkic && !ap && /^\p{Lu}/u.test(word)) {
    for (const suf of TURKIC_SUFFIXES) {
      if (word.length - suf.length >= 3 && word.endsWith(suf)) out.push({ skip: 0, cut: suf.length, key: matchKey(word.slice(0, -suf.length)) });
    }
  }
  return out;
}
