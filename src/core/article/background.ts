// Background paragraphs: recaps and standing facts rather than the news of the day —
// "وكان … قد", "يذكر أن", "وتعد", "منذ", history with years, "X has been fighting since 1984".
// Reported speech is news, never background; neither is the lead. Each paragraph gets a score
// from signs of the past or of standing facts, less signs of today; 1.5 or more is background.
import type { ParagraphRole } from '../types';
import type { Line } from './lines';
import type { Structure } from './structure';

const MONTHS = 'يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين';

/**
 * The script a sign's words are written in: a paragraph without a letter of that script cannot show
 * it, and most paragraphs are in one script, so about half the signs need not be tried at all.
 */
type Script = 'arabic' | 'latin' | 'any';

/**
 * Signs with their weights and script; each counts once per paragraph. A case-insensitive sign is
 * slow to look for at every position of a paragraph: it comes with the words any of its matches
 * contains, looked for first (most paragraphs have none of them).
 */
const SIGNS: ReadonlyArray<readonly [RegExp, number, Script, RegExp?]> = [
  // Arabic openers of recaps and standing facts
  [/^و?كان(?:ت|وا)?\s.*\sقد\s/u, 2, 'arabic'],
  [/^(?:و?يذكر\s+أن|و?تجدر\s+الإشارة|و?سبق\s+(?:أن|و)|إلا\s+أن|و?منذ\s)/u, 2, 'arabic'],
  [new RegExp(`^و?في\\s+(?:${MONTHS}|عام|العام|\\d{4})`, 'u'), 2, 'arabic'],
  [/(?:^|\s)(?:و?تعد|و?يعد|و?تعتبر|و?يعتبر)\s|جزء\s+من|عضو\s+في|تأسست|تأسس\s|في\s+وقت\s+سابق/u, 2, 'arabic'],
  // Arabic signs of the past
  [/(?:^|\s)قد\s/u, 1, 'arabic'], [/منذ/u, 1, 'arabic'], [/الماضي|الماضية/u, 1, 'arabic'], [/تأسيس/u, 1, 'arabic'], [/لا\s+(?:يزال|تزال)/u, 1, 'arabic'], [/عام\s+(?:19|20)\d\d/u, 1, 'arabic'],
  // Latin-script openers and signs
  [/^(?:Earlier|Previously|Since|In\s+(?:19|20)\d\d|Last\s+(?:week|month|year)|Depuis|Geçen)/u, 2, 'latin'],
  [/\bis\s+(?:part|a\s+member)\s+of\b|\bwas\s+(?:founded|established|created)\b|\bis\s+considered\b|\best\s+membre\b/iu, 2, 'latin',
    /part|member|founded|established|created|considered|membre/iu],
  [/\b(?:has|have|had)\s+(?:been|long|never|traditionally|\w+ed)\b/iu, 1, 'latin', /(?:has|have|had)\s/iu],
  [/\bsince\s+(?:19|20)\d\d\b|\bin\s+(?:19|20)\d\d\b|\ben\s+(?:19|20)\d\d\b|\bdepuis\b/iu, 1, 'latin', /(?:19|20)\d\d|depuis/iu],
  [/\blast\s+(?:week|month|year)\b|\bin\s+(?:late|early|mid-)\s*\w+|\btraditionally\b|\bviews\b|\bnever\b/iu, 1, 'latin', /last|late|early|mid-|traditionally|views|never/iu],
  [/\b(?:was|were)\s+\w+(?:ed|en)\b/iu, 0.5, 'latin', /(?:was|were)\s/iu],
  [/(?:19|20)\d\d/u, 0.5, 'any'],
];
/** Reporting verbs: a paragraph that reports what someone said is news. */
const REPORTED: ReadonlyArray<readonly [RegExp, Script]> = [
  [/\b(?:said|says|told|added|a\s+déclaré|a-t-il|a-t-elle|dedi|söyledi)\b/u, 'latin'],
  [/(?:^|\s)و?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|أشار|أشارت|صرح|صرحت|ذكرت|ذكر)\s/u, 'arabic'],
];
/** Signs of the day's news. */
const TODAY: ReadonlyArray<readonly [RegExp, number, Script]> = [
  [/(?:^|\s)(?:اليوم|أمس)(?:\s|$|،)(?<!سابق\s+اليوم)/u, -1, 'arabic'],
  [/\b(?:today|yesterday|tonight|this\s+week|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/u, -1, 'latin'],
];
const EARLIER = /في\s+وقت\s+سابق/u;

// The letters a sign's words can match: Arabic letters; Latin letters, and the two that match one
// under the signs' case-insensitive flag (ſ for s, the Kelvin sign for k).
const ARABIC_LETTER = /[\u0600-\u06FF]/;
const LATIN_LETTER = /[A-Za-z\u017F\u212A]/;

// A case-insensitive pattern with the u flag folds every character it reads by Unicode's table, and
// reads \w and \b so: several times slower than without (30 ms against 4 ms for the has/have sign on
// 1 MB of English). The two ways differ only on ſ and the Kelvin sign, the characters outside ASCII
// that fold to an ASCII letter: a paragraph without them is read with each pattern's copy without u.
const FOLDS_TO_ASCII = /[\u017F\u212A]/;
const withoutU = new Map<RegExp, RegExp>();
const plain = (re: RegExp): RegExp => {
  let p = withoutU.get(re);
  if (!p) withoutU.set(re, (p = re.flags.includes('i') ? new RegExp(re.source, re.flags.replace('u', '')) : re));
  return p;
};

export function backgroundParagraphs(lines: readonly Line[], structure: Structure, speech: ReadonlySet<number>): Map<number, ParagraphRole> {
  const roles = new Map<number, ParagraphRole>(structure.roles);
  for (const l of lines) {
    if (roles.get(l.index) !== 'body' || l.index === structure.lead || speech.has(l.index)) continue;
    const t = l.text.slice((structure.bodyStart.get(l.index) ?? l.start) - l.start);
    if (scoreOf(t) >= 1.5) roles.set(l.index, 'background');
  }
  return roles;
}

const scores = new Map<string, number>();

/** A paragraph's background score (kept per text: re-analysis after an edit asks again for every paragraph). */
function scoreOf(t: string): number {
  let score = scores.get(t);
  if (score !== undefined) return score;
  const arabic = ARABIC_LETTER.test(t), latin = LATIN_LETTER.test(t), unicode = latin && FOLDS_TO_ASCII.test(t);
  const test = (re: RegExp) => (unicode ? re : plain(re)).test(t);
  const shows = (re: RegExp, script: Script, needs?: RegExp) => (script === 'any' || (script === 'arabic' ? arabic : latin)) && (!needs || test(needs)) && test(re);
  score = 0;
  if (!REPORTED.some(([re, script]) => shows(re, script))) {
    for (const [re, w, script, needs] of SIGNS) if (shows(re, script, needs)) score += w;
    if (!shows(EARLIER, 'arabic')) for (const [re, w, script] of TODAY) if (shows(re, script)) score += w;
  } else score = -Infinity;
  if (scores.size > 50000) scores.clear();
  scores.set(t, score);
  return score;
}
