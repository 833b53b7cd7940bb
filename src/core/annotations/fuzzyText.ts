// A loose view of a text for finding an anchor whose words were lightly retouched: white space
// runs become one space; tatweel, diacritics and other combining marks, bidi controls and
// zero-width characters go; alef and yeh variants and Latin case fold. Each code point of the
// view remembers the code point of the original it came from, so a match maps back to offsets.

const DROP = /^[\p{M}\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]$/u;
const SPACE = /^\s$/u;
/** Characters that belong to the letter before them: a match ending on a letter takes them along. */
const TRAILING = /^[\p{M}\u0640]$/u;

function fold(ch: string): string {
  if (ch === 'أ' || ch === 'إ' || ch === 'آ' || ch === 'ٱ') return 'ا';
  if (ch === 'ى' || ch === 'ی') return 'ي';
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface LooseText {
  /** The folded text, as code points. */
  readonly chars: readonly string[];
  /** For each folded code point, the code point offset in the original it came from. */
  readonly origin: readonly number[];
  /** The original, as code points (for widening a match over trailing marks). */
  readonly source: readonly string[];
}

export function looseText(text: string): LooseText {
  const source = [...text];
  const chars: string[] = [], origin: number[] = [];
  source.forEach((ch, i) => {
    if (DROP.test(ch)) return;
    if (SPACE.test(ch)) {
      if (chars[chars.length - 1] !== ' ') { chars.push(' '); origin.push(i); }
      return;
    }
    for (const c of fold(ch)) { chars.push(c); origin.push(i); }
  });
  return { chars, origin, source };
}

/** Folded code points of a short string, outer spaces trimmed. */
export function looseKey(text: string): string[] {
  const { chars } = looseText(text);
  let s = 0, e = chars.length;
  while (s < e && chars[s] === ' ') s++;
  while (e > s && chars[e - 1] === ' ') e--;
  return chars.slice(s, e);
}

/** Starts (in folded code points) of every occurrence of `needle` in the folded text. */
export function looseFind(hay: LooseText, needle: readonly string[], from = 0, to = hay.chars.length): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = from; i + needle.length <= to; i++) {
    let k = 0;
    while (k < needle.length && hay.chars[i + k] === needle[k]) k++;
    if (k === needle.length) out.push(i);
  }
  return out;
}

/** The original code point range of folded range [s, e), with the marks that sit on its last letter. */
export function originalRange(hay: LooseText, s: number, e: number): { start: number; end: number } {
  const start = hay.origin[s];
  let end = hay.origin[e - 1] + 1;
  while (end < hay.source.length && TRAILING.test(hay.source[end])) end++;
  return { start, end };
}

/** Levenshtein distance of two code point arrays, or `bound + 1` as soon as it must exceed `bound`. */
export function boundedDistance(a: readonly string[], b: readonly string[], bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > bound) return bound + 1;
    prev = cur;
  }
  return Math.min(prev[b.length], bound + 1);
}
