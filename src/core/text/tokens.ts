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

/** The kind of the token starting at `i`, by its first character (ASCII and Arabic by its code). */
function kindAt(text: string, i: number): TokenKind {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 'word' : c >= 0x30 && c <= 0x39 ? 'number' : 'punct';
  // Arabic letters and harakat (U+0620–U+065F) start words, Arabic-Indic digits (U+0660–U+0669) numbers
  if (c >= 0x620 && c <= 0x669) return c >= 0x660 ? 'number' : 'word';
  WORD_START.lastIndex = NUMBER_START.lastIndex = i;
  return WORD_START.test(text) ? 'word' : NUMBER_START.test(text) ? 'number' : 'punct';
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (let start = 0; start < text.length;) {
    if (isWhiteSpace(text.charCodeAt(start))) { start++; continue; }
    let end = plainTokenEnd(text, start);
    if (end < 0) {
      TOKEN_AT.lastIndex = start;
      TOKEN_AT.test(text);
      end = TOKEN_AT.lastIndex;
    }
    const kind = kindAt(text, start);
    const token = text.slice(start, end);
    // A lone bidi control or zero-width mark is not punctuation anyone wants to see.
    if (!(kind === 'punct' && INVISIBLE.test(token))) out.push({ kind, text: token, start: start + offset, end: end + offset });
    start = end;
  }
  return out;
}

// The pattern costs about as much as the rest of tokenising: most tokens (plain ASCII or Arabic
// words, numbers, punctuation) are read by character code below, and the pattern is asked only where
// these ranges cannot tell (other scripts and symbols, dotted abbreviations, joiners, separators
// inside numbers). Checked against TOKEN_AT on the bench's copy, the team's articles and fuzzed strings.

/** a-z A-Z 0-9, and Arabic letters, tatweel, harakat and Arabic-Indic digits (U+0620–U+0669): all continue a word. */
const inWord = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0x620 && c <= 0x669);
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669);
/** Characters after a word or number that can be no part of it, outside ASCII: ، ؛ ؟ « » “ ” and the no-break space. */
const endsToken = (c: number) => c === 0x60c || c === 0x61b || c === 0x61f || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0xa0;

/** Where the token starting at `start` ends, read by character code; -1 where only TOKEN_AT can say. */
function plainTokenEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (isDigit(first)) {
    let j = start + 1;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    // . , : / (and ٫ ٬) may join digits into one number
    if (j === text.length || (c < 0x80 ? c !== 0x2e && c !== 0x2c && c !== 0x3a && c !== 0x2f : endsToken(c))) return j;
    return -1;
  }
  if (inWord(first)) {
    let j = start + 1;
    while (j < text.length && inWord(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (j === text.length || endsToken(c)) return j;
    // an apostrophe or hyphen may join the next letters; U.S. is one word
    if (c < 0x80 && c !== 0x27 && c !== 0x2d && !(c === 0x2e && j === start + 1)) return j;
    return -1;
  }
  // one ASCII character that starts no word or number (white space is stepped over before)
  return first < 0x80 ? start + 1 : endsToken(first) ? start + 1 : -1;
}
