// Dates as agencies write them: 10.06.2021, 2017/11/08, June 10, 10 يونيو 2021, ١٠ حزيران ٢٠٢١,
// 12 January, Wednesday, الأربعاء — in Arabic (both month traditions), English, French, Turkish,
// Persian and Azerbaijani. Gives the span of the whole date expression and its ISO value when known.
import { normalizeArabic, foldLatin, memoise } from '../text/arabic';

const MONTHS: ReadonlyArray<readonly string[]> = [
  // 1..12: every spelling we accept, any language; Arabic ones are compared normalised, Latin ones folded.
  ['january', 'jan', 'janvier', 'janv', 'ocak', 'yanvar', 'يناير', 'كانون الثاني', 'ژانویه', 'ژانويه'],
  ['february', 'feb', 'fevrier', 'fevr', 'subat', 'fevral', 'فبراير', 'شباط', 'فوریه', 'فبرایر'],
  ['march', 'mar', 'mars', 'mart', 'مارس', 'آذار', 'اذار'],
  ['april', 'apr', 'avril', 'avr', 'nisan', 'aprel', 'أبريل', 'ابريل', 'إبريل', 'نيسان', 'آوریل', 'اوریل'],
  ['may', 'mai', 'mayis', 'may', 'مايو', 'أيار', 'ايار', 'مه', 'ماي'],
  ['june', 'jun', 'juin', 'haziran', 'iyun', 'يونيو', 'يونيه', 'حزيران', 'ژوئن'],
  ['july', 'jul', 'juillet', 'juil', 'temmuz', 'iyul', 'يوليو', 'يوليه', 'تموز', 'ژوئیه'],
  ['august', 'aug', 'aout', 'agustos', 'avqust', 'أغسطس', 'اغسطس', 'آب', 'اوت', 'آگوست'],
  ['september', 'sep', 'sept', 'septembre', 'eylul', 'sentyabr', 'سبتمبر', 'أيلول', 'ايلول', 'سپتامبر'],
  ['october', 'oct', 'octobre', 'ekim', 'oktyabr', 'أكتوبر', 'اكتوبر', 'تشرين الأول', 'اکتبر'],
  ['november', 'nov', 'novembre', 'kasim', 'noyabr', 'نوفمبر', 'تشرين الثاني', 'نوامبر'],
  ['december', 'dec', 'decembre', 'dec', 'aralik', 'dekabr', 'ديسمبر', 'كانون الأول', 'دسامبر'],
];

const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'pazartesi', 'sali', 'carsamba', 'persembe', 'cuma', 'cumartesi', 'pazar',
  'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد',
  'دوشنبه', 'سهشنبه', 'سه شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه', 'یکشنبه',
];

// (kept per word: every capitalised word of Latin copy is asked whether it is a month or a weekday)
const key = memoise(s => /[\u0600-\u06FF]/.test(s) ? normalizeArabic(s) : foldLatin(s).replace(/\.$/, ''));

const MONTH_BY_KEY = new Map<string, number>();
MONTHS.forEach((forms, i) => forms.forEach(f => MONTH_BY_KEY.set(key(f), i + 1)));
const WEEKDAY_KEYS = new Set(WEEKDAYS.map(key));

/** Month number (1..12) of a month word, or 0. Multi-word Levantine months ("كانون الثاني") included. */
export function monthOf(word: string): number {
  return MONTH_BY_KEY.get(key(word)) ?? 0;
}

export function isWeekday(word: string): boolean {
  return WEEKDAY_KEYS.has(key(word));
}

/** Arabic-Indic and Persian digits as ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669]/g, d => String(d.charCodeAt(0) - 0x660)).replace(/[\u06F0-\u06F9]/g, d => String(d.charCodeAt(0) - 0x6f0));
}

export interface DateMatch {
  /** UTF-16 offsets within the searched string. */
  readonly start: number;
  readonly end: number;
  /** ISO date when day, month and year are all known. */
  readonly value: string | null;
}

const D = '[0-9\u0660-\u0669\u06F0-\u06F9]';
const MONTH_WORDS = [...new Set(MONTHS.flat())].sort((a, b) => b.length - a.length).map(m => m.replace(/ /g, '\\s+')).join('|');
// Weekday, day, month and year words are matched by the token loop below; these two shapes are numeric.
const NUMERIC = new RegExp(`^(${D}{1,4})([./\\-])(${D}{1,2})\\2(${D}{2,4})$`, 'u');
const TIME = new RegExp(`^${D}{1,2}:${D}{2}(?::${D}{2})?$`, 'u');
const WORD = /[\p{L}\p{M}\u0640]+\.?|[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[./:\-][0-9\u0660-\u0669\u06F0-\u06F9]+)*(?:st|nd|rd|th|er)?|\S/gu;

const AM_PM = new Set(['am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'م', 'ص', 'الساعة', 'saat', 'h', 'heures'].map(key));
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|er|e)$/i;

interface Piece { start: number; end: number; text: string; t: 'day' | 'year' | 'num' | 'month' | 'weekday' | 'time' | 'filler' | 'numeric' | 'comma'; n?: number; iso?: string | null }

function classify(text: string, start: number, end: number, month2: number): Piece | null {
  const a = asciiDigits(text);
  let m: RegExpExecArray | null;
  if ((m = NUMERIC.exec(a))) {
    let [d, mo, y] = m[1].length === 4 ? [+m[4], +m[3], +m[1]] : [+m[1], +m[3], +m[4]];
    if (y < 100) y += 2000;
    const ok = mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
    return { start, end, text, t: 'numeric', iso: ok ? iso(y, mo, d) : null };
  }
  if (TIME.test(a)) return { start, end, text, t: 'time' };
  if (/^\d+$/.test(a)) {
    const n = +a;
    return { start, end, text, t: a.length === 4 && n > 1800 && n < 2200 ? 'year' : n >= 1 && n <= 31 ? 'day' : 'num', n };
  }
  if ((m = ORDINAL.exec(a))) return { start, end, text, t: 'day', n: +m[1] };
  if (month2) return { start, end, text, t: 'month', n: month2 };
  const mo = monthOf(text);
  if (mo) return { start, end, text, t: 'month', n: mo };
  if (isWeekday(text)) return { start, end, text, t: 'weekday' };
  if (AM_PM.has(key(text))) return { start, end, text, t: 'filler' };
  if (text === ',' || text === '،') return { start, end, text, t: 'comma' };
  return null;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Every date expression in `s`: a run of date words (weekday, day, month, year, time) joined by
 * spaces or commas only — a slash or dash between them ends the run ("September 6, 2013 / 6:07 PM"
 * is the date "September 6, 2013"). A run counts when it holds a month or a numeric date.
 */
export function findDates(s: string): DateMatch[] {
  const words: Array<{ start: number; end: number; text: string }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const out: DateMatch[] = [];
  let run: Piece[] = [];
  const flush = () => {
    while (run.length && (run[run.length - 1].t === 'comma' || run[run.length - 1].t === 'filler')) run.pop();
    while (run.length && (run[0].t === 'comma')) run.shift();
    // A month alone ("may", "in April") is not a date: it needs a day or a year beside it.
    const hasMonth = run.some(p => p.t === 'month') && run.some(p => p.t === 'day' || p.t === 'year');
    const numeric = run.find(p => p.t === 'numeric');
    if (run.length && (hasMonth || numeric)) {
      let value: string | null = numeric?.iso ?? null;
      if (!numeric) {
        const month = run.find(p => p.t === 'month')!.n!;
        const day = run.find(p => p.t === 'day')?.n;
        const year = run.find(p => p.t === 'year')?.n;
        value = day && year ? iso(year, month, day) : null;
      }
      out.push({ start: run[0].start, end: run[run.length - 1].end, value });
    }
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Levantine months are two words: كانون الثاني, تشرين الأول
    let month2 = 0, end = w.end, text = w.text;
    if (i + 1 < words.length && /^(كانون|تشرين)$/.test(w.text)) {
      const two = `${w.text} ${words[i + 1].text}`;
      month2 = monthOf(two);
      if (month2) { end = words[i + 1].end; text = s.slice(w.start, end); }
    }
    // "أبريل/ نيسان": the two month traditions side by side are one month.
    if (w.text === '/' && run[run.length - 1]?.t === 'month' && words[i + 1] && monthOf(words[i + 1].text)) continue;
    const gap = run.length ? s.slice(run[run.length - 1].end, w.start) : '';
    const piece = classify(text, w.start, end, month2);
    const twinMonth = piece?.t === 'month' && run[run.length - 1]?.t === 'month' && /^\s*\/\s*$/.test(gap);
    if (!piece || (run.length && !twinMonth && !/^[\s,،]*$/.test(gap))) { flush(); if (!piece) continue; }
    if (piece.t === 'num') { flush(); continue; }
    run.push(piece);
    if (month2) i++;
  }
  flush();
  return out.filter(d => s.slice(d.start, d.end).trim().length > 0);
}
