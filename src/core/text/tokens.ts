// Words, numbers and punctuation with their UTF-16 offsets. An Arabic word keeps its clitics,
// tatweel, diacritics and zero-width joiners; a Latin word keeps inner apostrophes and hyphens
// (Erdoğan'ın, Jean-Noël, a-t-il). Callers decide what a clitic is (see arabic.ts).
import { isWhiteSpace } from './words';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** UTF-16 offsets into the tokenised string. */
  readonly start: number;
  readonly end: number;
}

// Letters and marks, tatweel, ZWNJ/ZWJ; inner apostrophes/hyphens only between letters or digits.
// Dotted abbreviations (U.S., U.N.) are one word. Then numbers, then any other character.
// The pattern is sticky and asked at the start of each token (found by stepping over white space,
// which is all it would skip): no match record is made per token, and there is one per word of the copy.
const TOKEN_AT = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{Nd}\u0640\u200C\u200D]*(?:['’\-‐][\p{L}\p{M}\p{Nd}\u0640]+)*|\p{Nd}+(?:[.,:/٫٬]\p{Nd}+)*|\S/uy;
// What a token starts with says which of the three it is: a letter or mark always starts a word, a digit a number.
const WORD_START = /[\p{L}\p{M}]/uy;
const NUMBER_START = /\p{Nd}/uy;

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** The kind of the token starting at `i`, by its first character (ASCII by its code: letters are a-z, digits 0-9 there). */
function kindAt(text: string, i: number): TokenKind {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 'word' : c >= 0x30 && c <= 0x39 ? 'number' : 'punct';
  WORD_START.lastIndex = NUMBER_START.lastIndex = i;
  return WORD_START.test(text) ? 'word' : NUMBER_START.test(text) ? 'number' : 'punct';
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (let start = 0; start < text.length;) {
    if (isWhiteSpace(text.charCodeAt(start))) { start++; continue; }
    TOKEN_AT.lastIndex = start;
    TOKEN_AT.test(text);
    const end = TOKEN_AT.lastIndex;
    const kind = kindAt(text, start);
    const token = text.slice(start, end);
    // A lone bidi control or zero-width mark is not punctuation anyone wants to see.
    if (!(kind === 'punct' && INVISIBLE.test(token))) out.push({ kind, text: token, start: start + offset, end: end + offset });
    start = end;
  }
  return out;
}
