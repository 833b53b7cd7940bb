// Words, numbers and punctuation with their UTF-16 offsets. An Arabic word keeps its clitics,
// tatweel, diacritics and zero-width joiners; a Latin word keeps inner apostrophes and hyphens
// (Erdoğan'ın, Jean-Noël, a-t-il). Callers decide what a clitic is (see arabic.ts).

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** UTF-16 offsets into the tokenised string. */
  readonly start: number;
  readonly end: number;
}

// Letters and marks, tatweel, ZWNJ/ZWJ; inner apostrophes/hyphens only between letters or digits.
// Dotted abbreviations (U.S., U.N.) are one word.
const TOKEN = /((?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{Nd}\u0640\u200C\u200D]*(?:['’\-‐][\p{L}\p{M}\p{Nd}\u0640]+)*)|(\p{Nd}+(?:[.,:/٫٬]\p{Nd}+)*)|(\S)/gu;

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct';
    // A lone bidi control or zero-width mark is not punctuation anyone wants to see.
    if (kind === 'punct' && INVISIBLE.test(m[0])) continue;
    out.push({ kind, text: m[0], start: m.index + offset, end: m.index + m[0].length + offset });
  }
  return out;
}
