// Paragraph = line (SCHEMA.md): every non-empty line, with its 0-based line number.
// Offsets here are UTF-16 (string indices); analyze() converts them to code points.

export interface Line {
  /** 0-based line number in the source. */
  readonly index: number;
  /** UTF-16 offsets of the line's content, without the line break and surrounding blanks. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const BLANK = /[\s\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** The non-blank lines of `text`, trimmed of outer white space. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let index = 0, lineStart = 0;
  const push = (from: number, to: number) => {
    let s = from, e = to;
    while (s < e && BLANK.test(text[s])) s++;
    while (e > s && BLANK.test(text[e - 1])) e--;
    if (e > s) lines.push({ index, start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(lineStart, i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      index++;
      lineStart = i + 1;
    }
  }
  push(lineStart, text.length);
  return lines;
}
