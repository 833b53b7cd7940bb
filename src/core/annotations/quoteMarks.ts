// The marks around a quote the user selected. The user selects the words; the schema wants the
// marks as found and the whole quotation for highlighting, so look just outside the selection.
import type { TextIndex } from '../text/codePoints';

// Arabic copy uses « » and also “ ” the wrong way round, so every mark may open or close.
const MARKS = new Set(['«', '»', '“', '”', '„', '‟', '"', '‹', '›', '‘', '’', '\'', '‚', '「', '」', '『', '』']);
const SPACE = /^[ \t\u00A0\u200F\u200E]$/u;

export interface QuoteMarks {
  /** The opening mark, or '' when the selection has none before it. */
  readonly open: string;
  /** The closing mark, or null when none follows (unclosed, as in the schema). */
  readonly close: string | null;
  readonly outer: { readonly start: number; readonly end: number };
}

export function findQuoteMarks(doc: TextIndex, start: number, end: number): QuoteMarks {
  let s = start;
  while (s > 0 && SPACE.test(doc.slice(s - 1, s))) s--;
  const open = s > 0 && MARKS.has(doc.slice(s - 1, s)) ? doc.slice(s - 1, s) : '';
  let e = end;
  while (e < doc.length && SPACE.test(doc.slice(e, e + 1))) e++;
  const close = e < doc.length && MARKS.has(doc.slice(e, e + 1)) ? doc.slice(e, e + 1) : null;
  return { open, close, outer: { start: open ? s - 1 : start, end: close !== null ? e + 1 : end } };
}
