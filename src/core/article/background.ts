// Background paragraphs: recaps and standing facts rather than the news of the day —
// "وكان … قد", "يذكر أن", "وتعد", "منذ", history with years, "X has been fighting since 1984".
// Reported speech is news, never background; neither is the lead. Each paragraph gets a score
// from signs of the past or of standing facts, less signs of today; 1.5 or more is background.
import type { ParagraphRole } from '../types';
import type { Line } from './lines';
import type { Structure } from './structure';

const MONTHS = 'يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين';

/** Signs with their weights; each counts once per paragraph. */
const SIGNS: ReadonlyArray<readonly [RegExp, number]> = [
  // Arabic openers of recaps and standing facts
  [/^و?كان(?:ت|وا)?\s.*\sقد\s/u, 2],
  [/^(?:و?يذكر\s+أن|و?تجدر\s+الإشارة|و?سبق\s+(?:أن|و)|إلا\s+أن|و?منذ\s)/u, 2],
  [new RegExp(`^و?في\\s+(?:${MONTHS}|عام|العام|\\d{4})`, 'u'), 2],
  [/(?:^|\s)(?:و?تعد|و?يعد|و?تعتبر|و?يعتبر)\s|جزء\s+من|عضو\s+في|تأسست|تأسس\s|في\s+وقت\s+سابق/u, 2],
  // Arabic signs of the past
  [/(?:^|\s)قد\s/u, 1], [/منذ/u, 1], [/الماضي|الماضية/u, 1], [/تأسيس/u, 1], [/لا\s+(?:يزال|تزال)/u, 1], [/عام\s+(?:19|20)\d\d/u, 1],
  // Latin-script openers and signs
  [/^(?:Earlier|Previously|Since|In\s+(?:19|20)\d\d|Last\s+(?:week|month|year)|Depuis|Geçen)/u, 2],
  [/\bis\s+(?:part|a\s+member)\s+of\b|\bwas\s+(?:founded|established|created)\b|\bis\s+considered\b|\best\s+membre\b/iu, 2],
  [/\b(?:has|have|had)\s+(?:been|long|never|traditionally|\w+ed)\b/iu, 1],
  [/\bsince\s+(?:19|20)\d\d\b|\bin\s+(?:19|20)\d\d\b|\ben\s+(?:19|20)\d\d\b|\bdepuis\b/iu, 1],
  [/\blast\s+(?:week|month|year)\b|\bin\s+(?:late|early|mid-)\s*\w+|\btraditionally\b|\bviews\b|\bnever\b/iu, 1],
  [/\b(?:was|were)\s+\w+(?:ed|en)\b/iu, 0.5],
  [/(?:19|20)\d\d/u, 0.5],
];
/** Reporting verbs: a paragraph that reports what someone said is news. */
const REPORTED = /\b(?:said|says|told|added|a\s+déclaré|a-t-il|a-t-elle|dedi|söyledi)\b|(?:^|\s)و?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|أشار|أشارت|صرح|صرحت|ذكرت|ذكر)\s/u;
/** Signs of the day's news. */
const TODAY: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?:^|\s)(?:اليوم|أمس)(?:\s|$|،)(?<!سابق\s+اليوم)/u, -1],
  [/\b(?:today|yesterday|tonight|this\s+week|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/u, -1],
];

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
  score = 0;
  if (!REPORTED.test(t)) {
    for (const [re, w] of SIGNS) if (re.test(t)) score += w;
    if (!/في\s+وقت\s+سابق/u.test(t)) for (const [re, w] of TODAY) if (re.test(t)) score += w;
  } else score = -Infinity;
  if (scores.size > 50000) scores.clear();
  scores.set(t, score);
  return score;
}
