// A selection made with a mouse or by double-clicking becomes the span an annotation should
// cover, drawn the way the analyzer draws its own spans (so that a manual mention and a detected
// one on the same name coincide): whole words; Arabic proclitics (و ف ب ل ك) outside a name and
// the article ال inside it; French elision (l', d') and apostrophe suffixes ('s, 'ın, 'da)
// outside; punctuation, quote marks, blanks and bidi controls outside.
import { gazetteer } from '../entities/gazetteer';
import { GIVEN_AR, nameKey } from '../entities/lexicon';
import { cliticReadings, isArabicScript, normalizeArabic } from '../text/arabic';
import { TextIndex } from '../text/codePoints';
import { tokenize, type Token } from '../text/tokens';
import type { CodePointRange } from './operations';

export type SnapKind = 'entity' | 'quote';

/**
 * The span to annotate for the code point range a user selected in `text`, or null when the
 * selection holds no word. An empty range stands for the word at (or just before) the cursor.
 * A selection that starts right after a clitic (بارزاني in وبارزاني) is taken as meant.
 */
export function snapSelection(text: string, range: CodePointRange, kind: SnapKind): CodePointRange | null {
  const doc = new TextIndex(text);
  let s = doc.toUtf16(Math.max(0, Math.min(range.start, doc.length)));
  let e = doc.toUtf16(Math.max(0, Math.min(range.end, doc.length)));
  if (e < s) [s, e] = [e, s];
  // Only the lines the selection touches need tokenising.
  const from = text.lastIndexOf('\n', s - 1) + 1;
  const newline = text.indexOf('\n', e);
  const tokens = tokenize(text.slice(from, newline < 0 ? text.length : newline), from);
  if (s === e) {
    const word = tokens.find(t => t.kind !== 'punct' && t.start <= s && s < t.end) ?? tokens.find(t => t.kind !== 'punct' && t.end === s);
    if (!word) return null;
    [s, e] = [word.start, word.end];
  }
  const snapped = kind === 'entity' ? entitySpan(tokens, s, e) : quoteSpan(text, tokens, s, e);
  return snapped && { start: doc.toCodePoint(snapped.start), end: doc.toCodePoint(snapped.end) };
}

interface Utf16Range { start: number; end: number }

/** A token that is only a clitic, like بـ in بـ''…'' or a lone و: not part of a name. */
const BARE_CLITIC = /^[وفبلك][\u0640\u064B-\u065F]*$/;
const ELISION = /^(?:l|d|qu|L|D|Qu)['’](?=\p{Lu})/u;
// NATO's, Erdoğan'ın, Malatya'da — a lower-case suffix only, so that O'Brien stays whole.
const APOSTROPHE_SUFFIX = /^(\p{L}[\p{L}\p{M}\p{Nd}.\-]+?)['’]\p{Ll}{1,5}$/u;

function entitySpan(tokens: readonly Token[], s: number, e: number): Utf16Range | null {
  let words = tokens.filter(t => t.kind !== 'punct' && t.start < e && t.end > s);
  if (words.length > 1 && BARE_CLITIC.test(words[0].text)) words = words.slice(1);
  if (words.length === 0) return null;
  const first = words[0], last = words[words.length - 1];
  const start = first.start + leadingSkip(tokens, tokens.indexOf(first), s - first.start);
  const stem = APOSTROPHE_SUFFIX.exec(last.text);
  const end = stem && last.start + stem[1].length > start ? last.start + stem[1].length : last.end;
  return start < end ? { start, end } : null;
}

/**
 * UTF-16 units to leave out at the front of the first word. `at` is where the selection starts
 * inside it: kept when it falls right after a clitic, else the word is judged whole.
 */
function leadingSkip(tokens: readonly Token[], i: number, at: number): number {
  const word = tokens[i].text;
  if (isArabicScript(word)) {
    if (at > 0 && cliticReadings(word).some(r => r.skip === at)) return at;
    return arabicCliticSkip(tokens, i);
  }
  const elision = ELISION.exec(word);
  return elision ? elision[0].length : 0;
}

/**
 * Mirrors the analyzer: a known name decides (لبنان keeps its lam, وبلجيكا loses its waw); a
 * waw or fa before a known given name goes; a preposition or conjunction before the article
 * goes (بالعراق -> العراق, للعراق -> لعراق as the analyzer spans it); otherwise the word stays whole,
 * since a name may well start with و or ب.
 */
function arabicCliticSkip(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const known = gazetteer().match(tokens, i, false);
  if (known) return known.start - t.start;
  if (/^[وف]/.test(t.text) && GIVEN_AR.has(nameKey(t.text.slice(1)))) return 1;
  const definite = cliticReadings(t.text).find(r => r.skip > 0 && (r.key.startsWith('ال') || normalizeArabic(t.text.slice(r.skip)).startsWith('ال')));
  return definite ? definite.skip : 0;
}

const QUOTE_MARKS = new Set([...'"“”„‟«»‹›\'‘’‚']);
const OUTER_PUNCT = /[\s.,،;؛:!?؟\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** The words between the marks: partial words completed, marks and what lies outside them left out. */
function quoteSpan(text: string, tokens: readonly Token[], s: number, e: number): Utf16Range | null {
  const inside = (p: number) => tokens.find(t => t.kind !== 'punct' && t.start < p && p < t.end);
  s = inside(s)?.start ?? s;
  e = inside(e)?.end ?? e;
  const blank = (c: string) => /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/.test(c);
  while (s < e && blank(text[s])) s++;
  if (s < e && QUOTE_MARKS.has(text[s])) {
    while (s < e && QUOTE_MARKS.has(text[s])) s++;
  }
  while (e > s && blank(text[e - 1])) e--;
  // Punctuation after a closing mark belongs to the sentence around the quote.
  let k = e;
  while (k > s && OUTER_PUNCT.test(text[k - 1])) k--;
  if (k > s && QUOTE_MARKS.has(text[k - 1])) {
    e = k;
    while (e > s && QUOTE_MARKS.has(text[e - 1])) e--;
  }
  while (s < e && blank(text[s])) s++;
  while (e > s && blank(text[e - 1])) e--;
  return tokens.some(t => t.kind !== 'punct' && t.start < e && t.end > s) ? { start: s, end: e } : null;
}
