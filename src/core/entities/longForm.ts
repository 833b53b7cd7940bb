// The long form an acronym in parentheses stands for: "Observatoire national de l'agriculture (ONAGRI)",
// "Union tunisienne de l'agriculture et de la pêche (UTAP)". French and much of the world's copy writes
// organisations in sentence case, so no run of capitals finds them; the acronym's letters do.
// After Schwartz & Hearst (2003): the acronym's letters are found in order, from its last back to its
// first, in the words before the parenthesis; the first letter must begin a word.
import type { Token } from '../text/tokens';
import { ELIDED_ARTICLE_OR_DE as ELIDED } from '../text/words';

const CAPITAL = /^\p{Lu}/u;

/**
 * Index of the token where the long form of `acronym` begins, the words ending at token `last`
 * (contiguous words only), or -1. The first word is capitalised; an elided article (l’, d’) is not part of it.
 */
export function longFormStart(tokens: readonly Token[], last: number, acronym: string): number {
  const letters = [...acronym.toLowerCase()].filter(c => /[\p{L}\d]/u.test(c));
  if (letters.length < 2) return -1;
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  let w = last, word = wordText(tokens[w]), at = word.length - 1;
  for (let n = letters.length - 1; n >= 0; n--) {
    const c = letters[n];
    for (;;) {
      if (at >= 0 && word[at] === c && (n > 0 || at === 0)) break;
      if (at > 0) { at--; continue; }
      w--;
      if (w < 0 || last - w >= maxWords || tokens[w].kind !== 'word' || tokens[w].end + 1 !== tokens[w + 1].start) return -1;
      word = wordText(tokens[w]); at = word.length - 1;
    }
    at--;
  }
  return CAPITAL.test(tokens[w].text.replace(ELIDED, '')) ? w : -1;
}

/** Where the long form's text begins in token i: after an elided article. */
export function longFormOffset(t: Token): number {
  return ELIDED.exec(t.text)?.[0].length ?? 0;
}

const wordText = (t: Token) => t.text.replace(ELIDED, '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
