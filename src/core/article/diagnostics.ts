// Problems in the copy itself, beyond quote marks: no dateline, numbers mixing digit systems,
// and bidirectional control characters (which can make text display other than it reads).
import type { DiagnosticCode, Severity } from '../types';
import type { Line } from './lines';
import type { Structure } from './structure';

export interface UDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

const BIDI = /[\u202A-\u202E\u2066-\u2069]+|[\u200E\u200F\u061C]+/g;
const NAMES: Record<string, string> = {
  '\u202A': 'LRE', '\u202B': 'RLE', '\u202C': 'PDF', '\u202D': 'LRO', '\u202E': 'RLO',
  '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI', '\u200E': 'LRM', '\u200F': 'RLM', '\u061C': 'ALM',
};

export function copyDiagnostics(text: string, lines: readonly Line[], structure: Structure): UDiagnostic[] {
  const out: UDiagnostic[] = [];
  if (lines.length > 0 && (!structure.dateline || structure.dateline.line < 0 && !structure.dateline.place)) {
    const first = lines.find(l => structure.roles.get(l.index) !== 'headline') ?? lines[0];
    out.push({ code: 'no-dateline', severity: 'info', start: first.start, end: first.start, message: 'No dateline found (e.g. "بغداد/اسم المراسل/الأناضول" or "BRUSSELS, June 10 (Reuters) -").' });
  }
  for (const m of text.matchAll(BIDI)) {
    const names = [...m[0]].map(c => NAMES[c] ?? `U+${c.charCodeAt(0).toString(16).toUpperCase()}`).join(' ');
    const override = /[\u202D\u202E]/.test(m[0]);
    const marks = /^[\u200E\u200F\u061C]+$/.test(m[0]);
    out.push({
      code: 'bidi-control', severity: override ? 'error' : marks ? 'info' : 'warning', start: m.index!, end: m.index! + m[0].length,
      message: `Bidirectional control character${m[0].length > 1 ? 's' : ''} ${names} in the copy: ${override ? 'an override can make the text display other than it reads' : 'invisible, and may reorder what follows'}.`,
    });
  }
  // Runs of digits of either system, read by character code: most numbers use one system, and a
  // regex match per number would allocate for nothing. A mixed run has an Arabic-Indic digit: only the
  // runs around those are read (English copy has none, and most Arabic copy few).
  for (ARABIC_DIGIT_ANY.lastIndex = 0; ARABIC_DIGIT_ANY.test(text);) {
    let start = ARABIC_DIGIT_ANY.lastIndex - 1, end = start + 1;
    let systems = ARABIC_DIGIT;
    for (let d; start > 0 && (d = digitSystem(text.charCodeAt(start - 1))); start--) systems |= d;
    for (let d; end < text.length && (d = digitSystem(text.charCodeAt(end))); end++) systems |= d;
    if (systems === (LATIN_DIGIT | ARABIC_DIGIT)) {
      const number = text.slice(start, end);
      out.push({ code: 'mixed-digits', severity: 'warning', start, end, message: `Number ${number} mixes Arabic-Indic and Latin digits.` });
    }
    ARABIC_DIGIT_ANY.lastIndex = end;
  }
  return out;
}

const LATIN_DIGIT = 1, ARABIC_DIGIT = 2;
const ARABIC_DIGIT_ANY = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** 0-9, Arabic-Indic (٠-٩) or extended Arabic-Indic (۰-۹) digit, or 0. */
function digitSystem(c: number): number {
  if (c >= 0x30 && c <= 0x39) return LATIN_DIGIT;
  return (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) ? ARABIC_DIGIT : 0;
}
