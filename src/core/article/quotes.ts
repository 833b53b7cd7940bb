// Quoted spans in a paragraph, paired the way a reader pairs them: by which side of a word a
// mark stands on, not by its glyph alone. Handles “…”, reversed ”…“, „…“, «…», "…", ''…'',
// ‘…’, '…', a closing mark reused as opening (لـ”داعش”), nested quotes with the same mark,
// stray closers, and quotes left open (closed at the paragraph end).

export type QuoteFamily = 'double' | 'guillemet' | 'apos2' | 'single';

export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly family: QuoteFamily;
}

export interface UQuote {
  readonly open: Mark;
  /** null when the quote was never closed in its paragraph. */
  readonly close: Mark | null;
  /** The quoted text, trimmed (UTF-16 offsets into the whole text). */
  readonly start: number;
  readonly end: number;
  /** Nesting depth: 0 for an outer quote. */
  readonly depth: number;
}

export interface QuoteProblem {
  readonly code: 'unclosed-quote' | 'unbalanced-quote';
  readonly start: number;
  readonly end: number;
  readonly mark: string;
}

const MARKS = /''|[“”„‟"«»‹›‘’']/g;
const FAMILY: Record<string, QuoteFamily> = {
  '“': 'double', '”': 'double', '„': 'double', '‟': 'double', '"': 'double',
  '«': 'guillemet', '»': 'guillemet', '‹': 'guillemet', '›': 'guillemet',
  "''": 'apos2', '‘': 'single', '’': 'single', "'": 'single',
};

// (made once: a regex literal inside a function makes a new RegExp object every time it is evaluated)
const SPACE = /[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]/, WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u;
const OPENING_CONTEXT = /[(\[{:\-–—/]/, CLOSING_CONTEXT = /[.,;:!?)\]}،؛؟…\-–—/]/, ENDS_IN_S = /s$/i, CLAUSE_PUNCTUATION = /[.,،؛;:]/;
const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
/** Characters after which a quote opens: start, blank, opening brackets, dashes, colon. */
const isOpenContext = (c: string | undefined) => isSpace(c) || OPENING_CONTEXT.test(c!);
/** Characters before which a quote closes: end, blank, punctuation. */
const isCloseContext = (c: string | undefined) => isSpace(c) || CLOSING_CONTEXT.test(c!);

type Side = 'open' | 'close' | 'either';

function sideOf(text: string, m: { index: number; mark: string }): Side | null {
  const before = text[m.index - 1], after = text[m.index + m.mark.length];
  const left = isOpenContext(before) && !isSpace(after);
  const right = !isSpace(before) && isCloseContext(after);
  if (m.mark === "'" || m.mark === '’') {
    // An apostrophe inside a word (Malatya'da, NATO's, Workers’) is not a quote mark.
    if (isWordChar(before) && (isWordChar(after) || after === ' ' && ENDS_IN_S.test(text.slice(0, m.index)))) return null;
    if (isWordChar(before) && isWordChar(after)) return null;
  }
  // French spacing: « … » with (no-break) spaces inside; the glyph tells the side.
  if (m.mark === '«' && isSpace(after) && isSpace(before)) return 'open';
  if (m.mark === '»' && isSpace(before) && !isWordChar(after)) return 'close';
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return 'either';
}

export interface ParagraphQuotes {
  readonly quotes: UQuote[];
  readonly problems: QuoteProblem[];
}

/**
 * Pairs the marks of one paragraph `text` (at UTF-16 offset `offset` in the whole text).
 * `attributionTail`, when given, tells how many trailing characters of an unclosed paragraph
 * are an attribution clause (", وفق البيان.") that the quote should not swallow.
 */
export function findQuotes(text: string, offset = 0, attributionTail: (rest: string) => number = () => 0): ParagraphQuotes {
  const quotes: UQuote[] = [];
  const problems: QuoteProblem[] = [];
  const stack: Mark[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const mark = m[0];
    const side = sideOf(text, { index: m.index, mark });
    if (side === null) continue;
    const here: Mark = { start: m.index, end: m.index + mark.length, text: mark, family: FAMILY[mark] };
    const openIdx = findOpen(stack, here.family);
    // A mark whose position does not tell closes what is open, else opens (لـ”داعش”).
    const closes = side === 'close' || (side === 'either' && openIdx >= 0);
    if (!closes) { stack.push(here); continue; }
    if (openIdx < 0) {
      if (here.family !== 'single') problems.push({ code: 'unbalanced-quote', start: here.start + offset, end: here.end + offset, mark });
      continue;
    }
    // Marks opened inside and never closed before this one are strays.
    for (const stray of stack.splice(openIdx + 1)) {
      if (stray.family !== 'single') problems.push({ code: 'unbalanced-quote', start: stray.start + offset, end: stray.end + offset, mark: stray.text });
    }
    const open = stack.pop()!;
    const q = makeQuote(text, open, here, here.start, stack.filter(s => s.family !== 'single').length, offset);
    if (q) quotes.push(q);
  }
  // Quotes left open: the outermost runs to the end of the paragraph (less an attribution tail).
  const open = stack.filter(s => s.family !== 'single');
  if (open.length) {
    const first = open[0];
    const rest = text.slice(first.end);
    const cut = Math.min(attributionTail(rest), rest.length);
    const q = makeQuote(text, first, null, text.length - cut, 0, offset);
    if (q) quotes.push(q);
    problems.push({ code: 'unclosed-quote', start: first.start + offset, end: first.end + offset, mark: first.text });
    for (const stray of open.slice(1)) problems.push({ code: 'unbalanced-quote', start: stray.start + offset, end: stray.end + offset, mark: stray.text });
  }
  quotes.sort((a, b) => a.open.start - b.open.start);
  return { quotes, problems };
}

function findOpen(stack: readonly Mark[], family: QuoteFamily): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].family === family) return i;
  return -1;
}

function makeQuote(text: string, open: Mark, close: Mark | null, innerEnd: number, depth: number, offset: number): UQuote | null {
  let s = open.end, e = innerEnd;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (!close) while (e > s && CLAUSE_PUNCTUATION.test(text[e - 1])) e--;
  if (e <= s) return null;
  const sh = (m: Mark): Mark => ({ ...m, start: m.start + offset, end: m.end + offset });
  return { open: sh(open), close: close && sh(close), start: s + offset, end: e + offset, depth };
}
