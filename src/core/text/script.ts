// Which scripts a text is written in, which language it most likely is, and which way it runs.
import type { Direction } from '../types';

const ARABIC_LETTER = /[\u0620-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
/** Letters Persian uses and Arabic does not (پ چ ژ گ ک ی). */
const PERSIAN_ONLY = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/gu;

export function isArabicLetter(ch: string): boolean {
  return ARABIC_LETTER.test(ch);
}

export interface ScriptCounts { arabic: number; latin: number; persianOnly: number }

export function countScripts(text: string, limit = 20000): ScriptCounts {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  let arabic = 0, latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0x259 || c === 0x18f) latin++;
    else if ((c >= 0x620 && c <= 0x64a) || (c >= 0x671 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff)) arabic++;
  }
  const persianOnly = (sample.match(PERSIAN_ONLY) ?? []).length;
  return { arabic, latin, persianOnly };
}

const LATIN_LANGS: ReadonlyArray<[string, RegExp]> = [
  ['az', /[əƏ]|\b(və|ilə|üçün|bu|edib|deyib)\b/giu],
  ['tr', /[ğĞışŞİ]|\b(ve|bir|ile|için|olarak|olduğu|dedi)\b/giu],
  ['fr', /\b(le|la|les|des|du|une|est|et|dans|pour|qui|a-t-il|selon|à)\b/giu],
  ['en', /\b(the|and|of|to|in|said|on|for|was|with|that|is)\b/giu],
];

/** BCP 47 primary tag of the text's main language: ar, fa, en, fr, tr, az, or und. */
export function detectLanguage(text: string, counts: ScriptCounts = countScripts(text)): string {
  const { arabic, latin, persianOnly } = counts;
  if (arabic === 0 && latin === 0) return 'und';
  if (arabic >= latin) return persianOnly > arabic * 0.01 ? 'fa' : 'ar';
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  // Counted line by line, each line's counts kept: no pattern matches across a line break (and a
  // line break is no word character, as the start and end of a line are not), so the sum is the
  // count over the sample, and re-analysis after an edit counts one line again, not 20,000 characters.
  const n = LATIN_LANGS.map(() => 0);
  for (let from = 0; ;) {
    const nl = sample.indexOf('\n', from);
    const counts = lineCounts(sample.slice(from, nl < 0 ? sample.length : nl));
    for (let k = 0; k < n.length; k++) n[k] += counts[k];
    if (nl < 0) break;
    from = nl + 1;
  }
  let best = 'en', bestScore = -1;
  LATIN_LANGS.forEach(([lang], k) => {
    // Turkic letters are decisive even when rare: weight them above common function words.
    const score = lang === 'az' || lang === 'tr' ? n[k] * 3 : n[k];
    if (score > bestScore) { best = lang; bestScore = score; }
  });
  return best;
}

const lineMemo = new Map<string, readonly number[]>();

/** How often each language's pattern matches in one line. */
function lineCounts(line: string): readonly number[] {
  let counts = lineMemo.get(line);
  if (!counts) {
    counts = LATIN_LANGS.map(([, re]) => (line.match(re) ?? []).length);
    if (lineMemo.size >= 20000) lineMemo.clear();
    lineMemo.set(line, counts);
  }
  return counts;
}

export function detectDirection(text: string, counts: ScriptCounts = countScripts(text)): Direction {
  const { arabic, latin } = counts;
  const total = arabic + latin;
  if (total === 0) return 'ltr';
  if (arabic / total >= 0.8) return 'rtl';
  if (latin / total >= 0.8) return 'ltr';
  return 'mixed';
}

export const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'ckb']);
