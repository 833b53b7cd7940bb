// Repairs for the problems the analyzer reports in the copy, as plain edits in code points: close a
// quote left open, drop a stray mark, write a number in one digit system, remove bidi controls,
// insert a dateline to fill in. The editor words the titles and applies the edits.
import { TextIndex } from './text/codePoints';
import type { ArticleAnalysis, Diagnostic } from './types';

export type QuickFixKind =
  | 'close-quote-before-attribution' | 'close-quote-at-paragraph-end' | 'remove-stray-mark'
  | 'digits-latin' | 'digits-arabic-indic' | 'remove-bidi' | 'remove-all-bidi' | 'insert-dateline';

/** Replace [start, end) (code points of the text before the fix) with `text`. */
export interface FixEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A dateline to fill in: fixed text and placeholders the user types over. */
export type TemplatePart = string | { readonly placeholder: string };

export interface QuickFix {
  readonly kind: QuickFixKind;
  /** Non-overlapping, sorted by start. */
  readonly edits: readonly FixEdit[];
  readonly preferred: boolean;
  /** The diagnostics the fix resolves: the one asked about, or every one of its code for a file-wide fix. */
  readonly diagnostics: readonly Diagnostic[];
  /** What a title names: the closing mark, the number as rewritten, the attribution clause kept outside … */
  readonly detail: string;
  /** For `insert-dateline`: the inserted text as parts, so the editor can offer the placeholders. */
  readonly template?: readonly TemplatePart[];
}

// Arabic copy writes “ ” either way round, so a quote opened with ” closes with “.
const CLOSER: Record<string, string> = {
  '“': '”', '”': '“', '„': '“', '‟': '”', '"': '"', '«': '»', '»': '«', '‹': '›', '›': '‹', '‘': '’', '’': '‘', "'": "'", "''": "''",
};

/** Clauses that attribute a quote after it: ", على حد قوله.", ", he said.", ", selon le ministre." */
const ATTRIBUTION_TAIL = new RegExp('^(?:' + [
  'على حد (?:قوله|قولها|قولهم|تعبيره|تعبيرها|وصفه|وصفها)', '(?:حسب|بحسب|وفق|وفقا|وفقًا|طبقا|طبقًا)\\s', 'كما (?:قال|أضاف|أكد|ذكر)',
  '(?:he|she|they|it|the \\w+) (?:said|added|told|says)', '(?:said|added|according to)\\s', '(?:a-t-il|a-t-elle|ont-ils) ', 'selon ',
  'diye ', 'dedi', 'به گفته ',
].join('|') + ')', 'iu');
const MAX_TAIL_WORDS = 6;
const SENTENCE_END = /[\s.!?؟…]/u;

const LATIN = '0123456789', ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩', PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

export function quickFixes(a: ArticleAnalysis, d: Diagnostic): QuickFix[] {
  const doc = new TextIndex(a.text);
  switch (d.code) {
    case 'unclosed-quote': return closeQuote(a, doc, d);
    case 'unbalanced-quote': return [{ kind: 'remove-stray-mark', edits: [{ start: d.start, end: d.end, text: '' }], preferred: false, diagnostics: [d], detail: doc.slice(d.start, d.end) }];
    case 'mixed-digits': return digits(a, doc, d);
    case 'bidi-control': return bidi(a, d);
    case 'no-dateline': return [dateline(a, d)];
    default: return [];
  }
}

/**
 * The closing mark goes before a trailing attribution clause when there is one (the mark closes
 * the words, not "، على حد قوله"), else at the end of the paragraph: before its final full stop.
 * English keeps the comma and the full stop inside the quote ("… ready," he said).
 */
function closeQuote(a: ArticleAnalysis, doc: TextIndex, d: Diagnostic): QuickFix[] {
  const open = doc.slice(d.start, d.end);
  const mark = CLOSER[open];
  const paragraph = a.paragraphs.find(p => p.start <= d.start && d.start < p.end);
  if (!mark || !paragraph) return [];
  let end = paragraph.end, stopAt = paragraph.end;
  while (end > d.end && SENTENCE_END.test(doc.slice(end - 1, end))) end--;
  while (stopAt > end && /\s/u.test(doc.slice(stopAt - 1, stopAt))) stopAt--;
  const atEnd = a.language === 'en' ? stopAt : end;
  const fixes: QuickFix[] = [];
  const tail = attributionTail(a, doc, d.end, end);
  if (tail) {
    fixes.push({ kind: 'close-quote-before-attribution', edits: [{ start: tail.at, end: tail.at, text: mark }], preferred: true, diagnostics: [d], detail: tail.clause });
  }
  fixes.push({ kind: 'close-quote-at-paragraph-end', edits: [{ start: atEnd, end: atEnd, text: mark }], preferred: !tail, diagnostics: [d], detail: mark });
  return fixes;
}

/** The last comma-separated clause of [from, to) when it attributes the quote: where the mark goes and the clause. */
function attributionTail(a: ArticleAnalysis, doc: TextIndex, from: number, to: number): { at: number; clause: string } | null {
  const text = doc.slice(from, to);
  const cps = [...text];
  const comma = Math.max(cps.lastIndexOf('،'), cps.lastIndexOf(','));
  if (comma <= 0) return null;
  const clause = cps.slice(comma + 1).join('').trim();
  const commaAt = from + comma;
  const byCue = a.cues.some(c => c.start > commaAt && c.end <= to);
  if (!clause || clause.split(/\s+/u).length > MAX_TAIL_WORDS || !(byCue || ATTRIBUTION_TAIL.test(clause))) return null;
  if (a.language === 'en') return { at: commaAt + 1, clause };
  let at = commaAt;
  while (at > from && /\s/u.test(doc.slice(at - 1, at))) at--;
  return at > from ? { at, clause } : null;
}

/** A number written in both systems, rewritten in one; the system the rest of the copy uses is preferred. */
function digits(a: ArticleAnalysis, doc: TextIndex, d: Diagnostic): QuickFix[] {
  const number = doc.slice(d.start, d.end);
  const eastern = /[۰-۹]/u.test(number) || a.language === 'fa' ? PERSIAN : ARABIC_INDIC;
  const rewrite = (to: string) => [...number].map(c => {
    const k = Math.max(LATIN.indexOf(c), ARABIC_INDIC.indexOf(c), PERSIAN.indexOf(c));
    return k >= 0 ? to[k] : c;
  }).join('');
  // Count digits outside the mixed numbers themselves.
  const mixed = a.diagnostics.filter(x => x.code === 'mixed-digits');
  let latin = 0, other = 0, i = 0;
  for (const c of a.text) {
    const inMixed = mixed.some(x => x.start <= i && i < x.end);
    i++;
    if (inMixed) continue;
    if (c >= '0' && c <= '9') latin++;
    else if (ARABIC_INDIC.includes(c) || PERSIAN.includes(c)) other++;
  }
  const toLatin = rewrite(LATIN), toEastern = rewrite(eastern);
  return [
    { kind: 'digits-latin', edits: [{ start: d.start, end: d.end, text: toLatin }], preferred: latin > other, diagnostics: [d], detail: toLatin },
    { kind: 'digits-arabic-indic', edits: [{ start: d.start, end: d.end, text: toEastern }], preferred: other > latin, diagnostics: [d], detail: toEastern },
  ];
}

/** Remove this run of controls (preferred unless it is only marks, which may be there on purpose), or every run in the file. */
function bidi(a: ArticleAnalysis, d: Diagnostic): QuickFix[] {
  const one: QuickFix = { kind: 'remove-bidi', edits: [{ start: d.start, end: d.end, text: '' }], preferred: d.severity !== 'info', diagnostics: [d], detail: String(d.end - d.start) };
  const all = a.diagnostics.filter(x => x.code === 'bidi-control').sort((x, y) => x.start - y.start);
  if (all.length < 2) return [one];
  const count = all.reduce((n, x) => n + x.end - x.start, 0);
  return [one, { kind: 'remove-all-bidi', edits: all.map(x => ({ start: x.start, end: x.end, text: '' })), preferred: false, diagnostics: all, detail: String(count) }];
}

/**
 * A dateline to fill in, where the analyzer looked for one: the Arabic (or Persian) agency form on a
 * line of its own, else the English form at the start of the lead. An agency the copy already
 * credits fills its placeholder.
 */
function dateline(a: ArticleAnalysis, d: Diagnostic): QuickFix {
  const agency = a.dateline?.agency?.text;
  const ph = (placeholder: string) => ({ placeholder });
  const template: TemplatePart[] =
    a.language === 'ar' ? [ph('المدينة'), '/', ph('اسم المراسل'), '/', ph(agency ?? 'الوكالة'), '\n']
    : a.language === 'fa' ? [ph('شهر'), '/ ', ph('نام خبرنگار'), '/ ', ph(agency ?? 'خبرگزاری'), '\n']
    : [ph('CITY'), ', ', ph('Month D'), ' (', ph(agency ?? 'Agency'), ') - '];
  const text = template.map(p => (typeof p === 'string' ? p : p.placeholder)).join('');
  return { kind: 'insert-dateline', edits: [{ start: d.start, end: d.start, text }], preferred: true, diagnostics: [d], detail: text.trim(), template };
}
