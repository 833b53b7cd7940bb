// A document above `wirelens.maxAnalysisSize` is analysed a window at a time: the lines on screen and a
// margin, widened to the blank lines around them (a day file's stories are separated by blank lines, so a
// window holds whole stories, as the core's segments do), analysed as a text of its own, then shifted into
// the document's offsets and line numbers. No `vscode` here, so that the shifting is unit-tested.
import { analyze, type ArticleAnalysis, type Span, type TextIndex } from '../core';

/** Lines of a document, both ends included. */
export interface LineWindow {
  readonly firstLine: number;
  readonly lastLine: number;
}

/** Lines analysed above and below what is on screen, so that a little scrolling needs no new analysis. */
export const WINDOW_MARGIN_LINES = 40;
/** How far beyond the margin a window may grow to reach a blank line. */
const BLANK_LINE_SEARCH = 80;
/** Characters a window may hold at most (one huge line is cut, by characters, around what is shown). */
export const WINDOW_MAX_CHARS = 128 * 1024;

const lineText = (index: TextIndex, line: number) =>
  index.text.slice(index.lineStarts[line], line + 1 < index.lineStarts.length ? index.lineStarts[line + 1] : index.text.length);
const isBlank = (index: TextIndex, line: number) => lineText(index, line).trim() === '';

/**
 * The window for what is on screen (the union of `visible`, or the top of the document when nothing
 * is shown): the margin added, then widened to the nearest blank lines within reach.
 */
export function windowAround(index: TextIndex, visible: readonly LineWindow[]): LineWindow {
  const lastLine = index.lineStarts.length - 1;
  const first = visible.length ? Math.min(...visible.map(v => v.firstLine)) : 0;
  const last = visible.length ? Math.max(...visible.map(v => v.lastLine)) : 0;
  let from = Math.max(0, first - WINDOW_MARGIN_LINES), to = Math.min(lastLine, last + WINDOW_MARGIN_LINES);
  for (let n = 0; from > 0 && n < BLANK_LINE_SEARCH && !isBlank(index, from - 1); n++) from--;
  for (let n = 0; to < lastLine && n < BLANK_LINE_SEARCH && !isBlank(index, to + 1); n++) to++;
  return { firstLine: from, lastLine: to };
}

/** Whether `window` holds all of `visible`. */
export function covers(window: LineWindow, visible: readonly LineWindow[]): boolean {
  return visible.every(v => window.firstLine <= v.firstLine && v.lastLine <= window.lastLine);
}

/**
 * UTF-16 range of a window, at most WINDOW_MAX_CHARS long: cut around `focus` (a UTF-16 offset: the first
 * character on screen, which may be far into one long wrapped line) when longer.
 */
export function windowRange(index: TextIndex, window: LineWindow, focus = index.lineStarts[window.firstLine]): { start: number; end: number } {
  const text = index.text;
  let start = index.lineStarts[window.firstLine];
  let end = window.lastLine + 1 < index.lineStarts.length ? index.lineStarts[window.lastLine + 1] : text.length;
  if (end - start > WINDOW_MAX_CHARS) {
    start = Math.max(start, Math.min(focus - WINDOW_MAX_CHARS / 2, end - WINDOW_MAX_CHARS));
    end = start + WINDOW_MAX_CHARS;
    // never between the two halves of a surrogate pair
    if (/[\uDC00-\uDFFF]/.test(text[start] ?? '') && /[\uD800-\uDBFF]/.test(text[start - 1] ?? '')) start--;
    if (/[\uDC00-\uDFFF]/.test(text[end] ?? '') && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end++;
  }
  return { start, end };
}

/**
 * The analysis of the window's text in the whole document's terms: spans, outer marks and diagnostics
 * in its code points, paragraphs and quotes on its line numbers, `text` and `length` the document's.
 * The headline, deck and dateline (and a missing dateline) belong to the top of the document: they are
 * kept only for a window that starts there. `focus` (a UTF-16 offset) is what a window too long is cut around.
 */
export function analyzeWindow(index: TextIndex, window: LineWindow, focus?: number): ArticleAnalysis {
  const { start, end } = windowRange(index, window, focus);
  const a = analyze(index.text.slice(start, end));
  const by = index.toCodePoint(start);
  const lineBase = index.positionAt(by).line;
  const top = start === 0;
  const sp = (s: Span): Span => ({ start: s.start + by, end: s.end + by, text: s.text });
  const spn = (s: Span | null): Span | null => s && sp(s);
  const d = a.dateline;
  return {
    text: index.text,
    length: index.length,
    language: a.language,
    direction: a.direction,
    headline: top ? spn(a.headline) : null,
    deck: top ? spn(a.deck) : null,
    dateline: top && d ? {
      ...sp(d),
      date: d.date && { ...sp(d.date), value: d.date.value },
      place: spn(d.place),
      reporters: d.reporters.map(sp),
      agency: d.agency && { ...sp(d.agency), name: d.agency.name },
    } : null,
    paragraphs: a.paragraphs.map(p => ({ ...sp(p), index: p.index + lineBase, role: p.role })),
    quotes: a.quotes.map(q => ({
      ...q, ...sp(q), outer: { start: q.outer.start + by, end: q.outer.end + by }, paragraph: q.paragraph + lineBase,
      speakerMention: spn(q.speakerMention), cue: spn(q.cue),
    })),
    entities: a.entities.map(e => ({ ...e, role: spn(e.role), mentions: e.mentions.map(sp) })),
    cues: a.cues.map(c => ({ ...c, ...sp(c) })),
    diagnostics: a.diagnostics.filter(x => top || x.code !== 'no-dateline').map(x => ({ ...x, start: x.start + by, end: x.end + by })),
  };
}
