// Wire copy in bulk for the benchmarks: the team's fixture articles (test/fixtures/), repeated and
// varied. Each copy of an article gets other people, other places and other numbers, and in each
// paragraph longer lower-case words trade places (three pairs), so that the analyzer's per-paragraph cache
// sees new paragraphs, as it would on a day's real feed; what stays the same from copy to copy
// (a credit line, a short dateline) repeats as boilerplate does. `uniqueParagraphs` says how much
// of a corpus is unique within it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { pick, seededRandom } from './random';

export type CorpusLanguage = 'ar' | 'en';

/** `npm run bench` runs from the repository's root. */
const FIXTURES = path.resolve('test/fixtures');

interface GoldEntity { name: string; type: string; mentions?: string[] }
interface Article { text: string; people: GoldEntity[]; places: string[] }

// Invented names to draw replacements from (besides the fixtures' own): given × family.
const GIVEN = {
  en: ['Anna', 'Pieter', 'Sofia', 'Tomas', 'Helen', 'Jorge', 'Mirela', 'Kwame', 'Ines', 'Lars', 'Nadia', 'Owen', 'Rania', 'Viktor', 'Yuki', 'Zofia'],
  ar: ['سالم', 'هدى', 'ياسر', 'منى', 'طارق', 'ريم', 'عادل', 'سلمى', 'ماجد', 'نور', 'خالد', 'ليلى', 'فيصل', 'دينا', 'رامي', 'سعاد'],
};
const FAMILY = {
  en: ['Brandt', 'Okafor', 'Lindqvist', 'Moreau', 'Castellano', 'Novak', 'Haddad', 'Petrov', 'Whitfield', 'Yilmaz', 'Van Dijk', 'Mensah', 'Kowalski', 'Duarte', 'Tanaka', 'Ferreira'],
  ar: ['العبيدي', 'الحسيني', 'المصري', 'الزهراني', 'القاسم', 'النعيمي', 'الشمري', 'البغدادي', 'الخطيب', 'الدوري', 'السعدي', 'العلي', 'الجبوري', 'الرفاعي', 'المهيري', 'الطائي'],
};

const script = (s: string): CorpusLanguage => (/[\u0600-\u06FF]/.test(s) ? 'ar' : 'en');

let articles: Map<CorpusLanguage, Article[]> | undefined;

/** The fixture articles of a language with the people and places their gold annotations name. */
function fixtureArticles(language: CorpusLanguage): Article[] {
  if (!articles) {
    articles = new Map([['ar', []], ['en', []]]);
    for (const file of fs.readdirSync(FIXTURES).filter(f => /^\d+-(ar|en)-.*\.(wire|txt)$/.test(f)).sort()) {
      const gold = parse(fs.readFileSync(path.join(FIXTURES, file.replace(/\.(wire|txt)$/, '.gold.yaml')), 'utf8'));
      const entities: GoldEntity[] = gold.entities ?? [];
      articles.get(gold.language as CorpusLanguage)!.push({
        text: fs.readFileSync(path.join(FIXTURES, file), 'utf8').trimEnd(),
        people: entities.filter(e => e.type === 'PERSON'),
        places: entities.filter(e => e.type === 'GPE').flatMap(e => [e.name, ...(e.mentions ?? [])]),
      });
    }
  }
  return articles.get(language)!;
}

/** A number of the same length and digit system: days and months stay small, years stay years. */
function otherNumber(random: () => number, digits: string): string {
  const zero = digits.charCodeAt(0) >= 0x6f0 ? 0x6f0 : digits.charCodeAt(0) >= 0x660 ? 0x660 : 0x30;
  const n = digits.length;
  const value = n === 4 ? 1990 + Math.floor(random() * 40) : n <= 2 ? 1 + Math.floor(random() * 28) : Math.floor(random() * 10 ** n);
  return String(value).padStart(n, '0').slice(-n).replace(/\d/g, d => String.fromCharCode(zero + Number(d)));
}

/** One copy of an article with its people, places and numbers replaced. */
function vary(article: Article, language: CorpusLanguage, random: () => number, placePool: readonly string[]): string {
  const replace = new Map<string, string>();
  for (const person of article.people) {
    if (script(person.name) !== language) continue;
    const given = pick(random, GIVEN[language]), family = pick(random, FAMILY[language]);
    replace.set(person.name, `${given} ${family}`);
    // A shorter mention of the same person (the family name) becomes the new family name.
    for (const m of person.mentions ?? []) replace.set(m, person.name.endsWith(m) ? family : `${given} ${family}`);
  }
  for (const place of article.places) if (place.length > 2) replace.set(place, pick(random, placePool.filter(p => script(p) === script(place))));
  const keys = [...replace.keys()].sort((a, b) => b.length - a.length).map(k => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const names = keys.length ? new RegExp(keys.join('|'), 'g') : null;
  const renamed = names ? article.text.replace(names, k => replace.get(k) ?? k) : article.text;
  const newNames = new Set([...replace.values()].flatMap(v => v.split(' ')));
  return renamed.replace(/[0-9]+|[\u0660-\u0669]+|[\u06F0-\u06F9]+/g, d => otherNumber(random, d))
    .split('\n').map(line => {
      for (let i = 0; i < SWAPS_PER_PARAGRAPH; i++) line = swapWords(line, random, newNames);
      return line;
    }).join('\n');
}

const SWAPS_PER_PARAGRAPH = 3;

// Lower-case Latin words and undotted Arabic words of six letters or more: never a name, rarely a cue.
const PLAIN_WORD = /(?<![\p{L}\p{M}'’-])(?:[a-z]{6,}|[\u0621-\u064A]{6,})(?![\p{L}\p{M}'’-])/gu;

/** The line with two of its plain words exchanged (the same words, in another order). */
function swapWords(line: string, random: () => number, names: ReadonlySet<string>): string {
  const words = [...line.matchAll(PLAIN_WORD)].filter(m => !names.has(m[0]));
  if (words.length < 2) return line;
  const i = Math.floor(random() * words.length);
  let j = Math.floor(random() * (words.length - 1));
  if (j >= i) j++;
  const [a, b] = i < j ? [words[i], words[j]] : [words[j], words[i]];
  const aEnd = a.index! + a[0].length, bEnd = b.index! + b[0].length;
  return line.slice(0, a.index) + b[0] + line.slice(aEnd, b.index) + a[0] + line.slice(bEnd);
}

/** About `bytes` bytes (UTF-8) of varied wire copy in one language: articles one after the other, a blank line between. */
export function wireCorpus(language: CorpusLanguage, bytes: number, seed: number): string {
  const random = seededRandom(seed);
  const pool = fixtureArticles(language);
  const places = pool.flatMap(a => a.places);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const text = vary(pick(random, pool), language, random, places);
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return parts.join('\n\n') + '\n';
}

/** The share of non-blank paragraphs (lines) that occur once in the text. */
export function uniqueParagraphs(text: string): number {
  const lines = text.split('\n').filter(l => l.trim());
  return new Set(lines).size / lines.length;
}

/** One article of about `bytes` bytes: the fixture copy of one article, then more body paragraphs from the others. */
export function wireArticle(language: CorpusLanguage, bytes: number, seed: number): string {
  const random = seededRandom(seed);
  const pool = fixtureArticles(language);
  const places = pool.flatMap(a => a.places);
  const lines = vary(pool[0], language, random, places).split('\n');
  while (Buffer.byteLength(lines.join('\n')) < bytes) {
    const body = vary(pick(random, pool), language, random, places).split('\n').slice(3);
    lines.push(...body);
  }
  return lines.join('\n') + '\n';
}
