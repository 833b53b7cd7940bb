// Code points are the unit of every offset the core hands out; JavaScript strings index
// UTF-16 units. This index converts between the two in O(log n) and is the identity
// (no allocation, no search) for text without supplementary-plane characters.

export interface LinePosition {
  /** 0-based line. */
  readonly line: number;
  /** UTF-16 column within the line, as editors count. */
  readonly character: number;
}

// (found by patterns rather than read unit by unit in a loop: an index is made of every article and
// segment analysed, most text has no pair at all, and lines are asked for only by the editor's adapters)
const PAIR_START = /[\uD800-\uDBFF](?=[\uDC00-\uDFFF])/g;
const LINE_BREAK = /\r\n?|\n/g;

export class TextIndex {
  /** UTF-16 indices of every high surrogate that starts a pair, ascending. */
  private readonly pairs: number[] = [];
  private starts: number[] | undefined;
  /** Length in code points. */
  readonly length: number;

  constructor(readonly text: string) {
    for (PAIR_START.lastIndex = 0; PAIR_START.test(text);) this.pairs.push(PAIR_START.lastIndex - 1);
    this.length = text.length - this.pairs.length;
  }

  /** UTF-16 offsets at which each line starts (after \n, \r\n or a lone \r), found when first asked. */
  get lineStarts(): readonly number[] {
    if (!this.starts) {
      const starts = [0];
      for (LINE_BREAK.lastIndex = 0; LINE_BREAK.test(this.text);) starts.push(LINE_BREAK.lastIndex);
      this.starts = starts;
    }
    return this.starts;
  }

  get hasSupplementary(): boolean { return this.pairs.length > 0; }

  /** UTF-16 offset -> code point offset. An offset inside a pair counts as its start. */
  toCodePoint(utf16: number): number {
    if (this.pairs.length === 0) return utf16;
    // pairs strictly before utf16 each took two units for one code point
    let lo = 0, hi = this.pairs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.pairs[mid] < utf16 - 1) lo = mid + 1; else hi = mid; }
    // lo = number of pairs starting before utf16 - 1; a pair starting at utf16 - 1 straddles the offset
    const straddles = lo < this.pairs.length && this.pairs[lo] === utf16 - 1;
    return utf16 - lo - (straddles ? 1 : 0);
  }

  /** Code point offset -> UTF-16 offset. */
  toUtf16(cp: number): number {
    if (this.pairs.length === 0) return cp;
    // pairs[k] - k is the code point index of the k-th pair; find how many pairs come before cp
    let lo = 0, hi = this.pairs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.pairs[mid] - mid < cp) lo = mid + 1; else hi = mid; }
    return cp + lo;
  }

  /** The code point slice [start, end). */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }

  /** Code point offset -> line and UTF-16 character, as VS Code's Position counts. */
  positionAt(cp: number): LinePosition {
    const u = this.toUtf16(Math.max(0, Math.min(cp, this.length)));
    let lo = 0, hi = this.lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.lineStarts[mid] <= u) lo = mid; else hi = mid - 1; }
    return { line: lo, character: u - this.lineStarts[lo] };
  }

  /** Line and UTF-16 character -> code point offset (clamped to the text). */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.length;
    const u = Math.min(this.lineStarts[line] + Math.max(0, character), this.text.length);
    return this.toCodePoint(u);
  }
}

/** Length of a string in code points. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { const d = s.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; } }
  }
  return n;
}
