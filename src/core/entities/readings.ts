// The ways a word in the copy can stand for a name: as written, without its Arabic proclitics
// (وبلجيكا -> بلجيكا), without an apostrophe suffix (Malatya'da, NATO's, Erdoğan'ın), or, in
// Turkish and Azerbaijani copy, without a case suffix (Azərbaycana, Kuvvetlerinin, Tatarla).
import { cliticReadings, matchKey } from '../text/arabic';

export interface Reading {
  /** UTF-16 units left out at the start (clitics) and at the end (suffixes) of the word. */
  readonly skip: number;
  readonly cut: number;
  readonly key: string;
}

const APOSTROPHE_SUFFIX = /^(.+?)['’]([\p{Ll}]{1,5})$/u;
// Longest first; each leaves a stem of three letters or more.
const TURKIC_SUFFIXES = [
  'ndan', 'nden', 'ndən', 'nın', 'nin', 'nun', 'nün', 'dan', 'den', 'dən', 'tan', 'ten', 'tən', 'yla', 'yle', 'ylə',
  'nda', 'nde', 'ndə', 'na', 'ne', 'nə', 'da', 'de', 'də', 'ta', 'te', 'la', 'le', 'lə', 'ya', 'ye', 'yə', 'ın', 'in', 'un', 'ün',
  'yı', 'yi', 'a', 'e', 'ə', 'ı', 'i', 'u', 'ü',
];

export function readingsOf(word: string, turkic: boolean): Reading[] {
  if (/[\u0600-\u06FF]/.test(word)) return cliticReadings(word).map(r => ({ skip: r.skip, cut: 0, key: r.key }));
  const out: Reading[] = [{ skip: 0, cut: 0, key: matchKey(word) }];
  const ap = APOSTROPHE_SUFFIX.exec(word);
  if (ap) out.push({ skip: 0, cut: word.length - ap[1].length, key: matchKey(ap[1]) });
  if (turkic && !ap && /^\p{Lu}/u.test(word)) {
    for (const suf of TURKIC_SUFFIXES) {
      if (word.length - suf.length >= 3 && word.endsWith(suf)) out.push({ skip: 0, cut: suf.length, key: matchKey(word.slice(0, -suf.length)) });
    }
  }
  return out;
}
