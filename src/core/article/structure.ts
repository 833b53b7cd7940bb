// The shape of a wire item: headline, deck, date line, dateline, lead, body and credits.
// Works on lines (paragraph = line); offsets are UTF-16 units into the whole text.
import type { ParagraphRole } from '../types';
import type { Line } from './lines';
import { agencyOf, type Agency } from './agencies';
import { parseDateline, type DatelineMatch } from './dateline';
import { findDates } from './dates';

export interface USpan { readonly start: number; readonly end: number }

export interface UDateline extends USpan {
  readonly line: number;
  readonly date: (USpan & { readonly value: string | null }) | null;
  readonly place: USpan | null;
  readonly reporters: readonly USpan[];
  readonly agency: (USpan & { readonly name: string | null }) | null;
}

export interface Structure {
  readonly headline: USpan | null;
  readonly deck: USpan | null;
  readonly dateline: UDateline | null;
  /** Role of each paragraph by line index (background is decided later). */
  readonly roles: ReadonlyMap<number, ParagraphRole>;
  /** Line index of the lead paragraph, or -1. */
  readonly lead: number;
  /** Where the copy proper starts on each line (after an inline dateline or a field label). */
  readonly bodyStart: ReadonlyMap<number, number>;
  /** Spans that are credits, not copy (trailing "(الأناضول)", a glued "وكالات", a photo credit). */
  readonly credits: readonly USpan[];
}

/** How far down the copy a dateline, date line or source line may stand. */
const HEAD_LINES = 8;
const FIELD = /^-?\s*([A-Z][A-Za-z ]{1,24}):\s*/;
const PUBLISHED = /^(.{2,40}?)\s*[-–—ـ]+\s*(?:نشر في|نشر بتاريخ|تاريخ النشر|آخر تحديث|Published|Publié le|Yayınlanma)\s*:?\s*/u;
/** "By ELIF KAPLAN", "كتب : وكالات", "Par Claire Morel": a word and a name, nothing more. */
const BYLINE = /^(?:كتب|كتبت|بقلم|By|BY|Par|PAR|Yazan)(?:\s*:\s*|\s+)(\S+(?:\s+\S+){0,4})$/u;
const SOURCE_VERB = /^[“"«]([^”"»]{2,40}?)\s*[”"»]\s+(?:xəbər verir|xəbər verib|haber verdi|bildirdi|reports|reported|rapporte|a rapporté)\b/u;
const TRAILING_CREDIT = /(?:[.\s]|^)[-–—]?\s*(?:\(([^()]{2,30})\)|\/\s*([^\s/]{2,20})|(وكالات))\s*\.?$/u;
const PHOTO_CREDIT = /\b([A-Z]{2,}|Reuters|AFP|AP|AA)\/\s*[A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+){0,3}\s*$/u;
/** A photo credit has a slash: looked for first, the pattern being slow to try at every place of every line. */
const photoCredit = (text: string) => text.includes('/') && PHOTO_CREDIT.test(text);

/** A line that is nothing but a date and time ("10.06.2021", "September 6, 2013 / 6:07 PM / 6 years ago"). */
function dateLine(line: Line): (USpan & { value: string | null }) | null {
  if (line.text.length > 90) return null;
  const dates = findDates(line.text);
  if (dates.length === 0) return null;
  const d = dates[0];
  // What is not the date must be punctuation, times, "updated"-style labels: little text.
  const letters = (line.text.slice(0, d.start) + line.text.slice(d.end)).replace(/[\d\u0660-\u0669\u06F0-\u06F9\s:./\-–—|,،()]+/gu, '');
  if (d.start > 25 || letters.length > 30) return null;
  return { start: line.start + d.start, end: line.start + d.end, value: d.value };
}

function headlineLike(line: Line): boolean {
  const t = line.text;
  if (t.length > 250 || t.split(/\s+/).length > 40) return false;
  // Headlines do not end a sentence; "..." (a cut teaser) and "?"/"!" are fine.
  return !/[.۔](?<!\.\.\.)["'”»]?$/u.test(t);
}

function absolute(m: DatelineMatch, line: Line): UDateline {
  const o = line.start;
  const sh = <T extends USpan>(p: T | null): T | null => p && { ...p, start: p.start + o, end: p.end + o };
  return {
    line: line.index, start: m.start + o, end: m.end + o,
    date: sh(m.date), place: sh(m.place), reporters: m.reporters.map(r => sh(r)!),
    agency: m.agency && { start: m.agency.start + o, end: m.agency.end + o, name: m.agency.agency?.name ?? null },
  };
}

export function analyzeStructure(lines: readonly Line[]): Structure {
  const roles = new Map<number, ParagraphRole>();
  const bodyStart = new Map<number, number>();
  const credits: USpan[] = [];
  let headline: USpan | null = null, deck: USpan | null = null;
  let dateline: UDateline | null = null;
  let dateFromLine: (USpan & { value: string | null }) | null = null;
  let sourceAgency: (USpan & { name: string | null }) | null = null;
  let lead = -1;
  const head = lines.slice(0, HEAD_LINES);
  /** Reporters named in a byline ("By ELIF KAPLAN and JOHN SMITH"). */
  const bylines: USpan[] = [];

  // Structured archive records ("- Title: …", "- Story Text: …"): fields, not copy.
  const fields = head.filter(l => FIELD.test(l.text)).length >= 3;
  let storyLine = -1;
  if (fields) {
    for (const l of lines) {
      const m = FIELD.exec(l.text);
      if (!m) continue;
      const label = m[1].trim().toLowerCase(), valueStart = l.start + m[0].length;
      const value: Line = { ...l, start: valueStart, text: l.text.slice(m[0].length) };
      if (label === 'title' || label === 'headline') { headline = { start: valueStart, end: l.end }; roles.set(l.index, 'headline'); }
      else if (label === 'date') { dateFromLine ??= dateLine(value); roles.set(l.index, 'date'); }
      else if (label === 'summary' || label === 'dateline') {
        const d = parseDateline(value.text);
        if (d && !dateline) dateline = absolute(d, value);
        roles.set(l.index, 'deck');
        if (!deck) deck = { start: valueStart, end: l.end };
      } else if (/story|text|body/.test(label)) { storyLine = l.index; bodyStart.set(l.index, valueStart); roles.set(l.index, 'lead'); lead = l.index; break; }
      else roles.set(l.index, 'credit');
    }
  }

  // Date lines, publisher lines, bylines and source lines near the top.
  let outlet: string | null = null;
  for (const l of head) {
    if (roles.has(l.index)) continue;
    const pub = PUBLISHED.exec(l.text);
    if (pub) {
      outlet = pub[1].trim();
      const d = findDates(l.text.slice(pub[0].length))[0];
      if (d) dateFromLine ??= { start: l.start + pub[0].length + d.start, end: l.start + pub[0].length + d.end, value: d.value };
      roles.set(l.index, 'date');
      continue;
    }
    const d = dateLine(l);
    if (d) { dateFromLine ??= d; roles.set(l.index, 'date'); continue; }
    const by = BYLINE.exec(l.text);
    if (by && l.text.length < 80) {
      const at = l.start + l.text.lastIndexOf(by[1]);
      const a = agencyOf(by[1]);
      const span = { start: at, end: at + by[1].trimEnd().length };
      if (a) sourceAgency ??= { ...span, name: a.name };
      else bylines.push(...splitNames(by[1], at));
      roles.set(l.index, 'credit');
    }
  }

  // The dateline: the first line of the head that starts with one.
  for (const l of head) {
    if (dateline) break;
    if (roles.get(l.index) === 'date' || roles.get(l.index) === 'credit' || roles.get(l.index) === 'headline') continue;
    const m = parseDateline(l.text);
    if (m) { dateline = absolute(m, l); continue; }
    if (outlet && l.text.startsWith(outlet)) {
      const rest = /^\s*[-–—ـ]+\s*/.exec(l.text.slice(outlet.length));
      if (rest) {
        const a = agencyOf(outlet);
        dateline = { line: l.index, start: l.start, end: l.start + outlet.length, date: null, place: null, reporters: [], agency: { start: l.start, end: l.start + outlet.length, name: a?.name ?? null } };
        bodyStart.set(l.index, l.start + outlet.length + rest[0].length);
      }
    }
  }
  if (dateline && !bodyStart.has(dateline.line)) {
    const l = lines.find(x => x.index === dateline!.line)!;
    const m = parseDateline(l.text);
    const startOfCopy = m ? l.start + m.bodyStart : l.end;
    if (startOfCopy >= l.end) roles.set(l.index, 'dateline');
    else bodyStart.set(l.index, startOfCopy);
  }

  // Headline: the first line, when it reads as one.
  const first = lines[0];
  if (!headline && first && !roles.has(first.index) && dateline?.line !== first.index && lines.length > 1 && headlineLike(first)) {
    headline = { start: first.start, end: first.end };
    roles.set(first.index, 'headline');
  }

  // Source lines: an agency or outlet name alone on a short line right under the headline.
  for (const l of head) {
    if (roles.has(l.index) || l.index === dateline?.line) continue;
    const a = agencyOf(l.text);
    const words = l.text.split(/\s+/).length;
    const underHeadline = headline && lines.indexOf(l) <= 2;
    if (a || (underHeadline && words <= 2 && !/[.،,:;!?]/.test(l.text) && !dateline && isSourceName(l.text))) {
      // "(الأناضول)" alone on a line: the name without its brackets
      const inner = /^[(\[]\s*(.*?)\s*[)\]]$/.exec(l.text);
      const at = inner ? l.start + l.text.indexOf(inner[1]) : l.start;
      sourceAgency ??= { start: at, end: inner ? at + inner[1].length : l.end, name: a?.name ?? null };
      roles.set(l.index, 'credit');
    }
  }

  // Lead: the line holding the dateline's copy, else the first long line after the head material.
  const firstCopy = lines.find(l => !roles.has(l.index) && (dateline ? l.index >= dateline.line : true) && (l.text.length > 60 || bodyStart.has(l.index)));
  if (lead < 0 && firstCopy) lead = firstCopy.index;
  // Deck: a line between the headline (or the start) and the dateline/lead that is not a date or a source.
  const leadLine = lead >= 0 ? lead : Infinity;
  for (const l of lines) {
    if (l.index >= leadLine || (dateline && l.index >= dateline.line)) break;
    if (roles.has(l.index)) continue;
    if (!deck && !photoCredit(l.text)) { deck = { start: l.start, end: l.end }; roles.set(l.index, 'deck'); }
    else roles.set(l.index, 'credit');
  }
  if (lead >= 0 && !roles.has(lead)) roles.set(lead, 'lead');
  else if (lead >= 0 && roles.get(lead) !== 'lead' && storyLine < 0) lead = -1;

  // Photo captions ("… REUTERS/John Kolesidis") and trailing credits.
  for (const l of lines) {
    if (roles.has(l.index)) continue;
    if (photoCredit(l.text)) { roles.set(l.index, 'credit'); continue; }
    roles.set(l.index, 'body');
  }
  const last = lines[lines.length - 1];
  let trailingAgency: (USpan & { name: string | null }) | null = null;
  if (last && last.index !== dateline?.line) {
    const m = TRAILING_CREDIT.exec(last.text);
    const named = m && (m[1] ?? m[2] ?? m[3]);
    const agency = named ? agencyOf(named) : null;
    if (m && named && agency) {
      const at = last.start + m.index + m[0].indexOf(named);
      trailingAgency = { start: at, end: at + named.length, name: agency.name };
      credits.push({ start: last.start + m.index + (/^[.\s]/.test(m[0]) ? 1 : 0), end: last.end });
      if (m.index === 0 || last.text.slice(0, m.index).trim() === '') roles.set(last.index, 'credit');
    }
  }
  // "“Outlet” xəbər verir ki, …": the outlet credited at the start of a paragraph.
  let reportedBy: (USpan & { name: string | null }) | null = null;
  for (const l of lines) {
    const m = SOURCE_VERB.exec(l.text);
    if (m) { const at = l.start + l.text.indexOf(m[1]); reportedBy = { start: at, end: at + m[1].length, name: agencyOf(m[1])?.name ?? null }; break; }
  }

  const agency = dateline?.agency ?? sourceAgency ?? trailingAgency ?? reportedBy;
  if (dateline) {
    dateline = { ...dateline, agency, date: dateline.date ?? dateFromLine, reporters: dateline.reporters.length ? dateline.reporters : bylines };
  } else if (agency) {
    dateline = { line: -1, start: agency.start, end: agency.end, date: dateFromLine, place: null, reporters: [], agency };
  } else if (dateFromLine) {
    dateline = { line: -1, start: dateFromLine.start, end: dateFromLine.end, date: dateFromLine, place: null, reporters: [], agency: null };
  }
  return { headline, deck, dateline, roles, lead, bodyStart, credits };
}

/** "ELIF KAPLAN and JOHN SMITH", "Ali Veli ve Ayşe Demir": the names of a byline, as spans. */
function splitNames(names: string, at: number): USpan[] {
  const out: USpan[] = [];
  let from = 0;
  for (const part of names.split(/\s+(?:and|et|ve|و)\s+|\s*[,،]\s*/u)) {
    const name = part.trim();
    if (!name) continue;
    const offset = names.indexOf(name, from);
    out.push({ start: at + offset, end: at + offset + name.length });
    from = offset + name.length;
  }
  return out;
}

/** A source line names an outlet: one or two words that are not a place or a common word. */
function isSourceName(text: string): boolean {
  return text.length <= 30 && /^[\p{L}\p{M}\s.'’\-]+$/u.test(text);
}
