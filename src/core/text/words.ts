// Counting words without cutting the text up: attribution asks how many words a quote or a phrase
// has several times per quote, and `split(/\s+/)` builds an array of strings to answer.

/** Is this UTF-16 code unit white space, as a regex's \s says (checked against \s for every code unit)? */
export function isWhiteSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The number of words (runs of non-blanks) in text[start, end): text.slice(start, end).split(/\s+/).filter(Boolean).length. */
export function countWords(text: string, start: number, end: number): number {
  let n = 0, inWord = false;
  for (let i = start; i < end; i++) {
    const blank = isWhiteSpace(text.charCodeAt(i));
    if (!blank && !inWord) n++;
    inWord = !blank;
  }
  return n;
}

const CAPITAL_FIRST = /^\p{Lu}/u, LETTER_FIRST = /^\p{L}/u;

/** French elided article on a word: l'Observatoire, L'Union. */
export const ELIDED_ARTICLE = /^[lL][’']/;
/** … or elided de: d'Italie. */
export const ELIDED_ARTICLE_OR_DE = /^[lLdD][’']/;

/** Does the word start with a capital letter (\p{Lu})? Asked of every word: ASCII is told by its code. */
export function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : CAPITAL_FIRST.test(word);
}

/** Does the word start with a letter (\p{L})? Asked of every word: ASCII is told by its code. */
export function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) : LETTER_FIRST.test(word);
}
