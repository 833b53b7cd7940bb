// Datelines of every shape agencies use, on a line of their own or at the start of the lead:
//   بغداد/إبراهيم صالح/الأناضول · السودان/ بهرام عبد المنعم/ الأناضول وجه … · استانبول/ خبرگزاری آنادولو
//   غزة - الأناضول · الرياض - واس · الدوحة – قنا · أنقرة (رويترز) – · AA / Tunis / Salim Boussaïd
//   BRUSSELS, June 10 (Reuters) - · ANKARA, Turkey (AP) — · BRUSSELS -- · London, 12 January:
//   BRUSSELS, BELGIUM (DECEMBER 2, 2008) (REUTERS)
// Offsets are UTF-16 units relative to the parsed line.
import { agencyOf, agencyPrefix, type Agency } from './agencies';
import { findDates } from './dates';

export interface Part { readonly start: number; readonly end: number }
export interface AgencyPart extends Part { readonly agency: Agency | null }
export interface DatePart extends Part { readonly value: string | null }

export interface DatelineMatch extends Part {
  /** Where the copy after the dateline starts (after a trailing dash or colon). */
  readonly bodyStart: number;
  readonly place: Part | null;
  readonly reporters: readonly Part[];
  readonly agency: AgencyPart | null;
  readonly date: DatePart | null;
}

const SEP_DASH = '[-–—ـ]';
/** A place or a reporter's name: one to five words, no digits, no sentence punctuation. */
const NAMEISH = /^[\p{L}\p{M}\u0640'’.\-]+(?:\s+[\p{L}\p{M}\u0640'’.\-]+){0,4}$/u;

const trimPart = (s: string, start: number, end: number): Part | null => {
  while (start < end && /[\s\u200E\u200F]/.test(s[start])) start++;
  while (end > start && /[\s\u200E\u200F]/.test(s[end - 1])) end--;
  return end > start ? { start, end } : null;
};

/** After the dateline: a dash or colon, then the copy. Returns where the copy starts, or -1 when the line goes on otherwise. */
function afterDateline(s: string, i: number, allowBareSpace: boolean): number {
  const m = /^\s*(?:[-–—ـ]+|:)\s*/u.exec(s.slice(i));
  if (m && m[0].trim()) return i + m[0].length;
  if (i >= s.trimEnd().length) return s.length;
  if (allowBareSpace && /^\s+\S/u.test(s.slice(i))) return i + (/^\s+/u.exec(s.slice(i))![0].length);
  return -1;
}

/** PLACE/REPORTER/…/AGENCY or PLACE/AGENCY, or the reverse AGENCY / PLACE / REPORTER. */
function slashForm(s: string): DatelineMatch | null {
  const head = s.slice(0, 160);
  const slashes: number[] = [];
  for (let i = 0; i < head.length && slashes.length < 5; i++) if (head[i] === '/') slashes.push(i);
  if (slashes.length === 0) return null;
  const bounds = [0, ...slashes.map(x => x + 1)];
  // Agency last: walk the segments after the place, looking for one that starts with an agency.
  const place = trimPart(s, 0, slashes[0]);
  if (place && NAMEISH.test(s.slice(place.start, place.end))) {
    const reporters: Part[] = [];
    for (let k = 1; k < bounds.length; k++) {
      let a = bounds[k];
      while (a < s.length && /\s/.test(s[a])) a++;
      const found = agencyPrefix(s.slice(a));
      if (found) {
        const agencyEnd = a + found.length;
        const bodyStart = afterDateline(s, agencyEnd, true);
        if (bodyStart < 0) break;
        return { start: 0, end: agencyEnd, bodyStart, place, reporters, agency: { start: a, end: agencyEnd, agency: found.agency }, date: null };
      }
      const segEnd = k < slashes.length ? slashes[k] : -1;
      if (segEnd < 0) break;
      const rep = trimPart(s, bounds[k], segEnd);
      if (!rep || !NAMEISH.test(s.slice(rep.start, rep.end))) break;
      reporters.push(rep);
    }
  }
  // Agency first, on a line of its own: AA / Tunis / Salim Boussaïd
  const first = trimPart(s, 0, slashes[0]);
  if (first && agencyOf(s.slice(first.start, first.end)) && s.length < 100) {
    const parts: Part[] = [];
    for (let k = 1; k < bounds.length; k++) {
      const p = trimPart(s, bounds[k], k < slashes.length ? slashes[k] : s.length);
      if (!p || !NAMEISH.test(s.slice(p.start, p.end))) return null;
      parts.push(p);
    }
    if (parts.length === 0) return null;
    return {
      start: 0, end: parts[parts.length - 1].end, bodyStart: s.length,
      agency: { ...first, agency: agencyOf(s.slice(first.start, first.end)) }, place: parts[0], reporters: parts.slice(1), date: null,
    };
  }
  return null;
}

const CAPS_PLACE = "[A-ZÀ-ÖØ-ÞİŞĞÇÜÖ][A-ZÀ-ÖØ-ÞİŞĞÇÜÖ.'’\\-]+(?:\\s+[A-ZÀ-ÖØ-ÞİŞĞÇÜÖ][A-ZÀ-ÖØ-ÞİŞĞÇÜÖ.'’\\-]+){0,3}";
const TITLE_PLACE = "\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){0,3}";
const ARABIC_PLACE = '[\\u0600-\\u06FF\\u0640]+(?:\\s+[\\u0600-\\u06FF\\u0640]+){0,2}';
const DASH_RE = new RegExp(`^([\\p{L}\\p{M}\\u0640'’.]+(?:\\s+[\\p{L}\\p{M}\\u0640'’.]+){0,3})\\s*${SEP_DASH}+\\s*`, 'u');
const PAREN_RE = new RegExp(`^(${CAPS_PLACE}(?:,\\s*${TITLE_PLACE})?|${ARABIC_PLACE})((?:,\\s*[^,()]{3,30}?)?)\\s*((?:\\([^()]{3,40}\\)\\s*)?)\\(([^()]{1,40})\\)`, 'du');
const CAPS_DASH_RE = new RegExp(`^(${CAPS_PLACE}(?:,\\s*${TITLE_PLACE})?)\\s*(?:--|—|–|-)\\s+(?=\\S)`, 'u');
const PLACE_DATE_COLON_RE = new RegExp(`^(${TITLE_PLACE}),\\s*([^:]{3,30}?)\\s*:\\s+`, 'u');

/** PLACE - AGENCY (غزة - الأناضول, الرياض - واس, الدوحة – قنا), then a dash or the copy. */
function dashForm(s: string): DatelineMatch | null {
  const m = DASH_RE.exec(s);
  if (!m) return null;
  const found = agencyPrefix(s.slice(m[0].length));
  if (!found) return null;
  const agencyStart = m[0].length, agencyEnd = agencyStart + found.length;
  const bodyStart = afterDateline(s, agencyEnd, true);
  if (bodyStart < 0) return null;
  return { start: 0, end: agencyEnd, bodyStart, place: trimPart(s, 0, m[1].length), reporters: [], agency: { start: agencyStart, end: agencyEnd, agency: found.agency }, date: null };
}


/**
 * PLACE[, REGION][, DATE] [(DATE)] (AGENCY) - : BRUSSELS, June 10 (Reuters) -, ANKARA, Turkey (AP) —,
 * BRUSSELS, BELGIUM (DECEMBER 2, 2008) (REUTERS), أنقرة (رويترز) –
 */
function parenForm(s: string): DatelineMatch | null {
  const m = PAREN_RE.exec(s);
  if (!m) return null;
  const agencyText = m[4];
  const agency = agencyOf(agencyText);
  if (!agency) return null;
  const agencyStart = m.index + m[0].length - agencyText.length - 1;
  let date: DatePart | null = null;
  for (const g of [2, 3]) {
    const group = m[g], offset = m.indices![g]?.[0] ?? 0;
    if (!group) continue;
    const d = findDates(group)[0];
    if (d) date = { start: offset + d.start, end: offset + d.end, value: d.value };
  }
  if (m[2] && !date) return null; // ", something" that is not a date: not this shape
  const end = m[0].length;
  // An agency in parentheses is a strong enough signal to accept copy right after it without a dash.
  const bodyStart = afterDateline(s, end, true);
  if (bodyStart < 0) return null;
  return { start: 0, end, bodyStart, place: trimPart(s, 0, m[1].length), reporters: [], agency: { start: agencyStart, end: agencyStart + agencyText.length, agency }, date };
}

/** BRUSSELS -- … (no agency) and London, 12 January: … */
function bareForm(s: string): DatelineMatch | null {
  let m = CAPS_DASH_RE.exec(s);
  if (m && m[1].replace(/[^A-ZÀ-ÞİŞĞÇÜÖ]/g, '').length >= 3) {
    return { start: 0, end: m[1].length, bodyStart: m[0].length, place: trimPart(s, 0, m[1].length), reporters: [], agency: null, date: null };
  }
  m = PLACE_DATE_COLON_RE.exec(s);
  if (m) {
    const d = findDates(m[2])[0];
    if (d && d.start === 0 && d.end === m[2].length) {
      const off = m[0].indexOf(m[2], m[1].length);
      return { start: 0, end: off + m[2].length, bodyStart: m[0].length, place: { start: 0, end: m[1].length }, reporters: [], agency: null, date: { start: off + d.start, end: off + d.end, value: d.value } };
    }
  }
  return null;
}

/** The dateline a line starts with, or null. Lines may carry a dateline and then the lead. */
export function parseDatelineAt(line: string): DatelineMatch | null {
  const s = line.replace(/^[\u200E\u200F\u202A-\u202E\u2066-\u2069]+/, m => ' '.repeat(m.length));
  const lead = /^\s*/.exec(s)![0].length;
  const rest = s.slice(lead);
  const found = slashForm(rest) ?? parenForm(rest) ?? dashForm(rest) ?? bareForm(rest);
  if (!found) return null;
  if (lead === 0) return found;
  const shift = (p: Part | null) => p && { ...p, start: p.start + lead, end: p.end + lead };
  return {
    ...found, start: found.start + lead, end: found.end + lead, bodyStart: found.bodyStart + lead,
    place: shift(found.place), reporters: found.reporters.map(r => shift(r)!), agency: found.agency && { ...found.agency, start: found.agency.start + lead, end: found.agency.end + lead },
    date: found.date && { ...found.date, start: found.date.start + lead, end: found.date.end + lead },
  };
}

/**
 * "ANKARA -- ANKARA (AP) —": a site's own dateline followed by the agency's. The fuller second one wins.
 */
export function parseDateline(line: string): DatelineMatch | null {
  const first = parseDatelineAt(line);
  if (!first) return null;
  if (!first.agency && first.bodyStart < line.length) {
    const second = parseDatelineAt(line.slice(first.bodyStart));
    if (second?.agency) {
      const o = first.bodyStart;
      const shift = <T extends Part>(p: T | null): T | null => p && { ...p, start: p.start + o, end: p.end + o };
      return {
        start: first.start, end: second.end + o, bodyStart: second.bodyStart + o, place: shift(second.place),
        reporters: second.reporters.map(r => shift(r)!), agency: shift(second.agency), date: shift(second.date),
      };
    }
  }
  return first;
}
