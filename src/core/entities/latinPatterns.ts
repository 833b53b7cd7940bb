// Names in Latin-script copy (English, French, Turkish, Azerbaijani): runs of capitalised words,
// split at titles and demonyms (Swedish | Foreign Minister | Carl Bildt), typed by their head word
// (…Party, …Sea, …Summit) or taken as a person's name. Offsets are UTF-16.
import type { Token } from '../text/tokens';
import { foldLatin, memoise } from '../text/arabic';
import { startsWithCapital, ELIDED_ARTICLE } from '../text/words';
import type { EntityType } from '../types';
import type { GazetteerMatch } from './gazetteer';
import type { Candidate } from './arabicPatterns';
import { TITLE_HEADS, TITLE_PHRASES_BY_FIRST, HONORIFIC_KEYS, LATIN_ORG_HEAD_KEYS, EVENT_WORD_KEYS, DEMONYM_COUNTRY, GIVEN_LATIN } from './lexicon';
import { isWeekday, monthOf } from '../article/dates';

export interface LatinContext {
  readonly tokens: readonly Token[];
  readonly gazetteerAt: ReadonlyArray<GazetteerMatch | null>;
  /** Token indexes that start a sentence (capitals there prove nothing). */
  readonly sentenceStarts: ReadonlySet<number>;
  readonly turkic: boolean;
  /** Visible characters between two tokens (bidi controls between words do not count). */
  readonly gap: (a: Token, b: Token) => number;
}

const CONNECT = new Set(['of', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'and', 'et', "d'", 'do', 'da', 'di', 'y', 've', 'və']);
const LOC_HEADS = new Set(['sea', 'ocean', 'gulf', 'bay', 'mountains', 'mountain', 'island', 'islands', 'river', 'valley', 'peninsula', 'strait', 'desert', 'coast', 'lake', 'canal', 'denizi', 'dağları', 'adası', 'körfezi', 'mer', 'golfe', 'île', 'dənizi',
  'gare', 'station', 'airport', 'aéroport', 'aeroport', 'square', 'street', 'avenue', 'bridge', 'pont', 'palace', 'palais', 'mosque', 'mosquée', 'mosquee', 'church', 'cathedral', 'stadium', 'stade', 'park', 'parc', 'port', 'havalimanı', 'meydanı', 'camii']);
const GPE_HEADS = new Set(['republic', 'kingdom', 'emirate', 'republique', 'respublikasi', 'cumhuriyeti', 'state', 'province', 'city', 'region']);
const OTHER_HEADS = new Set(['partnership', 'article', 'act', 'plan', 'initiative', 'doctrine', 'protocol', 'resolution', 'law', 'convention', 'treaty', 'agreement', 'accord', 'accords', 'charter', 'charte', 'traité', 'antlaşması', 'anlaşması']);
/** Capitalised words that are never names on their own. */
const FUNCTION_WORDS = new Set(('the a an in on at by for with from to into as and but or if when while after before since this that these those it its he she they we i our their his her there here ' +
  'le la les un une des du en au aux ce cette il elle ils elles on dans pour par sur avec selon mais et ou ' +
  'bu şu o bir ve ile için ama da de bazı her').split(' '));

const PLACE_NOUNS = new Map<string, EntityType>([
  ...['island', 'islands', 'peninsula', 'region', 'district', 'neighbourhood', 'neighborhood', 'port', 'coast'].map(w => [w, 'LOC'] as const),
  ...['city', 'town', 'village', 'province', 'state', 'county', 'capital'].map(w => [w, 'GPE'] as const),
]);
export const NOT_ACRONYMS = new Set(['AM', 'PM', 'GMT', 'UTC', 'ID', 'TV', 'CEO', 'OK', 'AD', 'BC', 'II', 'III', 'IV']);
const isDateWord = (t: Token) => isWeekday(t.text) || (monthOf(t.text) > 0 && t.text.length > 2);
/**
 * A month that is a name in the run: before another capitalised word (Jan Van Hoof, June Carter) or
 * after a given name (Theresa May). "June 10", "Monday, June", "in May Erdogan won", a month opening
 * the copy or following "in", "since", "last" … stay dates.
 */
const BEFORE_A_DATE = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'last', 'next', 'early', 'late', 'mid', 'of', 'this', 'en', 'depuis', 'au', 'fin', 'début']);
const monthInName = (tokens: readonly Token[], i: number) => !isWeekday(tokens[i].text) && i > 0 && !BEFORE_A_DATE.has(key(tokens[i - 1])) && (
  (tokens[i + 1] && isCap(tokens[i + 1]) && !isDateWord(tokens[i + 1]) && tokens[i + 1].start === tokens[i].end + 1)
  || (i > 0 && GIVEN_LATIN.has(key(tokens[i - 1])) && tokens[i].start === tokens[i - 1].end + 1));
// (Patterns asked of every token are made once here: a regex literal inside a function makes a new
// RegExp object every time it is evaluated.)
const ARABIC_FIRST = /^[\u0600-\u06FF]/, CAPITALS_ONLY = /^[\p{Lu}\d.]+$/u, TWO_CAPITALS = /\p{Lu}{2}/u;
const POSSESSIVE = /['’]s$/i, POSSESSIVE_S = /['’]s$/, APOSTROPHE_SUFFIX = /['’]\p{Ll}{1,5}$/u, CLAUSE_END = /^[.;:!?]$/, ENDS_IN_S = /s$/;
const NO_PHRASES: readonly string[][] = [];
/** Arabic names in Latin copy keep the article in small letters: al-Shibani, el-Sisi, ash-Sharaa. */
const ARTICLE_NAME = /^(?:al|el|ad|ash|as|at|az|an|ar)-\p{Lu}/u;
const isCap = (t: Token) => t.kind === 'word' && (startsWithCapital(t.text) || ARTICLE_NAME.test(t.text)) && !ARABIC_FIRST.test(t.text);
const isAllCaps = (t: Token) => CAPITALS_ONLY.test(t.text) && TWO_CAPITALS.test(t.text);
// (kept per word: asked of every word of the copy, several times)
const latinKey = memoise(w => foldLatin(w).replace(/['’]s$/, ''));
const key = (t: Token) => latinKey(t.text);

/** Turkish and Azerbaijani case endings after a possessive head word: Respublikasına, Kuvvetlerinin, Komutanlığının. */
const TURKIC_CASE = /(?<=[ıiuüə])n(?:ın|in|un|ün|a|e|ə|da|de|də|dan|den|dən)$/u;
const turkicSuffix = (word: string) => TURKIC_CASE.exec(word)?.[0].length ?? 0;
const headKey = memoise(w => w.slice(0, w.length - turkicSuffix(w)));

function typeByHead(rawWords: string[]): EntityType | null {
  const words = rawWords.map(headKey);
  const last = words[words.length - 1];
  for (let k = words.length - 1; k >= 0; k--) {
    if (LATIN_ORG_HEAD_KEYS.has(words[k])) return 'ORG';
  }
  if (LOC_HEADS.has(last) || LOC_HEADS.has(words[0])) return 'LOC';
  if (GPE_HEADS.has(last)) return 'GPE';
  if (OTHER_HEADS.has(words[0]) || OTHER_HEADS.has(last)) return 'OTHER';
  if (words.some(w => EVENT_WORD_KEYS.has(w))) return 'EVENT';
  return null;
}

const isTitleKey = (k: string) => TITLE_HEADS.has(k) || HONORIFIC_KEYS.has(k);
/**
 * Is token i the full stop of an abbreviated title (Gen., Dr., M.)? Not of an initial: "Jerome H. Powell"
 * and "named only as Ahmet K. Prosecutors said" look the same, and the second is the more common in the copy.
 */
export function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return tokens[i].text === '.' && !!before && before.kind === 'word' && before.end === tokens[i].start && isTitleKey(`${key(before)}.`);
}

/** Length of a title starting at token i (President, Foreign Minister, Secretary General, Gen. with its dot), or 0. */
function titleAt(tokens: readonly Token[], i: number): number {
  // "King’s College": a possessive is the name of something, not a title
  if (POSSESSIVE.test(tokens[i].text)) return 0;
  const k = key(tokens[i]);
  if (tokens[i + 1] && isAbbreviationDot(tokens, i + 1) && isTitleKey(`${k}.`)) return 2;
  let best = isTitleKey(k) ? 1 : 0;
  for (const p of TITLE_PHRASES_BY_FIRST.get(k) ?? NO_PHRASES) {
    if (p.length <= best || p[0] !== k) continue;
    if (p.every((w, n) => tokens[i + n] && key(tokens[i + n]) === w)) best = p.length;
  }
  return best;
}

/**
 * Every candidate starts at a capitalised word or at a determiner (the, le…): paragraphMentions
 * asks only about paragraphs with a capital or a Latin letter. A rule that finds names without
 * either must lift that shortcut there.
 */
export function latinCandidates(ctx: LatinContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i])) { i++; continue; }
    // The run of capitalised words (with lowercase connectors and "Workers’" apostrophes inside).
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1], gap = ctx.gap(tokens[j], n);
      if (gap > 1) break;
      if (isCap(n) && gap === 1 && (!isDateWord(n) || monthInName(tokens, j + 1))) { j++; continue; }
      if (n.kind === 'word' && gap === 1 && CONNECT.has(key(n)) && tokens[j + 2] && isCap(tokens[j + 2]) && ctx.gap(n, tokens[j + 2]) === 1) { j += 2; continue; }
      if (n.text === '’' && gap === 0 && ENDS_IN_S.test(tokens[j].text) && tokens[j + 2] && isCap(tokens[j + 2])) { j += 2; continue; }
      // "Gen. Smith", "Dr. Jane Okafor": the dot of an abbreviated title
      if (isAbbreviationDot(tokens, j + 1) && tokens[j + 2] && isCap(tokens[j + 2]) && ctx.gap(n, tokens[j + 2]) === 1) { j += 2; continue; }
      break;
    }
    splitRun(ctx, i, j, out);
    i = j + 1;
  }
  return [...out, ...lowercaseTitles(ctx, out), ...lowercaseBodies(ctx)];
}

/** French writes a ministry or an embassy with a small letter and its domain with a capital. */
const LOWERCASE_BODY_HEADS = new Set(['ministere', 'secretariat', 'ambassade', 'consulat']);
const BODY_LINKS = new Set(['de', 'des', 'du', 'la', "l'", 'l’']);
const FRENCH_ADJECTIVE = /(?:ères?|aux|ale?s?|iques?|ieure?s?|elles?|iennes?|aises?)$/;

/** "ministère de l'Agriculture", "ministère des Affaires étrangères", "ambassade de France": an organisation. */
function lowercaseBodies(ctx: LatinContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const elided = ELIDED_ARTICLE.exec(t.text)?.[0].length ?? 0; // l'ambassade
    if (startsWithCapital(t.text.slice(elided)) || !LOWERCASE_BODY_HEADS.has(latinKey(t.text.slice(elided)))) continue;
    let j = i + 1;
    const demonym = tokens[j] && DEMONYM_COUNTRY.has(key(tokens[j])) ? 1 : 0; // le ministère marocain de l'Equipement
    j += demonym;
    while (j < tokens.length && j - i <= 2 + demonym && tokens[j].kind === 'word' && BODY_LINKS.has(tokens[j].text.toLowerCase())) j++;
    // "de l'Agriculture": the elided article is part of the capitalised word's token
    const domain = tokens[j];
    if (j === i + 1 + demonym || !domain || domain.kind !== 'word' || !startsWithCapital(domain.text.replace(ELIDED_ARTICLE, ''))) continue;
    // "le ministère de Gérald Darmanin", "le secrétariat de Mme Dupont": a person's, not a domain
    if (GIVEN_LATIN.has(key(domain)) || isTitleKey(key(domain)) || isTitleKey(`${key(domain)}.`)) continue;
    let last = j;
    const adjective = (n: number) => tokens[n]?.kind === 'word' && !startsWithCapital(tokens[n].text) && FRENCH_ADJECTIVE.test(tokens[n].text) && tokens[n].start === tokens[n - 1].end + 1;
    for (;;) {
      if (adjective(last + 1) || (tokens[last + 1] && startsWithCapital(tokens[last + 1].text) && tokens[last + 1].kind === 'word' && !isDateWord(tokens[last + 1]))) { last++; continue; } // Défense nationale, Affaires étrangères
      // "de l'Economie et des Finances": another domain after "et de", "et des", "et du"
      const and = tokens[last + 1], link = tokens[last + 2], more = tokens[last + 3];
      if (and?.text === 'et' && link && BODY_LINKS.has(link.text.toLowerCase()) && more?.kind === 'word' && startsWithCapital(more.text.replace(ELIDED_ARTICLE, ''))) { last += 3; continue; }
      if (and?.text === 'et' && link?.kind === 'word' && /^(?:de|d)['’]\p{Lu}/u.test(link.text)) { last += 2; continue; }
      break;
    }
    out.push({ first: i, last, start: t.start + elided, end: tokens[last].end, type: 'ORG', role: null, source: 'org' });
    i = last;
  }
  return out;
}

const DETERMINERS = new Set(['the', 'le', 'la', "l'", 'les', 'its', 'his', 'her', 'their', 'son', 'sa']);
/** The letters determiners start with (a key starts with its word's ASCII first letter, lower-cased). */
const DETERMINER_FIRSTS = new Set([...DETERMINERS].map(d => d.charCodeAt(0)));
/** Is the token a determiner? Asked of every token: one starting with another ASCII character is not, without its key being looked up. */
function isDeterminer(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  // (c | 0x20 lower-cases an ASCII letter, and turns no other ASCII character into one)
  return (c >= 0x80 || DETERMINER_FIRSTS.has(c | 0x20)) && DETERMINERS.has(key(t));
}

/**
 * Titles written in lowercase after a determiner: "the foreign minister", "Le ministre français".
 * Followed (after a complement and a comma) by a name, they are that person's role; alone, they
 * stand for a person named elsewhere (a nominal mention).
 */
function lowercaseTitles(ctx: LatinContext, names: readonly Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isDeterminer(tokens[i])) continue;
    let j = i + 1;
    if (DEMONYM_COUNTRY.has(key(tokens[j])) && tokens[j + 1]) j++; // the Turkish foreign minister
    if (startsWithCapital(tokens[j].text) || !titleAt(tokens, j)) continue;
    let end = j + titleAt(tokens, j) - 1;
    if (tokens[end + 1] && DEMONYM_COUNTRY.has(key(tokens[end + 1]))) end++; // le ministre français
    // "…de l'Europe et des Affaires étrangères, Jean-Noël Barrot": the complement, then the name
    let k = end + 1;
    while (k < tokens.length && k - end <= 8 && tokens[k].text !== ',' && !CLAUSE_END.test(tokens[k].text)) k++;
    const person = tokens[k]?.text === ',' ? names.find(c => c.type === 'PERSON' && c.first === k + 1) : undefined;
    const role = { start: tokens[i].start, end: tokens[person ? k - 1 : end].end };
    if (person) out.push({ ...person, role, source: 'title' });
    else out.push({ first: i, last: end, start: role.start, end: role.end, type: 'PERSON', role, source: 'role' });
    i = end;
  }
  return out;
}

/**
 * "Jan Van Hoof", "Van Hoof said": a known place that is also a name particle (Van, the Turkish city;
 * De, Al), with a capitalised word after it in the run, is part of a person's name, not the place.
 */
function particleName(tokens: readonly Token[], gazetteerAt: LatinContext['gazetteerAt'], i: number, to: number): boolean {
  const gz = gazetteerAt[i];
  return !!gz && gz.last === i && i < to && (gz.entry.type === 'GPE' || gz.entry.type === 'LOC') && CONNECT.has(key(tokens[i]))
    && tokens[i + 1].kind === 'word' && !typeByHead(wordsOf(tokens, i, to));
}

const SPEECH_TAG = new Set(['said', 'says', 'told', 'added', 'noted', 'wrote', 'a', 'dit', 'ajouté']);
const APPOSITION_START = new Set(['the', 'a', 'an', 'le', 'la', "l'", 'un', 'une']);
/**
 * A sentence's first words are a person's name when an apposition that says what the person is follows
 * them: "Maximilian Schrems, the Austrian privacy activist, …". Not a company's ("Rio Tinto, the
 * Anglo-Australian miner"), nor a speech tag ("Local Authorities, the statement said"), nor a cue alone.
 */
function appositionNext(tokens: readonly Token[], last: number): boolean {
  const after = tokens[last + 2];
  if (tokens[last + 1]?.text !== ',' || !after || !APPOSITION_START.has(key(after))) return false;
  let titled = false;
  for (let n = last + 3; n < tokens.length && n <= last + 10 && tokens[n].kind === 'word'; n++) {
    if (SPEECH_TAG.has(key(tokens[n]))) return false; // "Residents Fled, the mayor said, …"
    titled ||= isTitleKey(key(tokens[n]));
  }
  return titled;
}

/** Splits a run at titles, demonyms and known names, and types each piece. */
function splitRun(ctx: LatinContext, from: number, to: number, out: Candidate[]): void {
  const { tokens, gazetteerAt, sentenceStarts } = ctx;
  let i = from;
  let role: { start: number; end: number } | null = null;
  while (i <= to) {
    const t = tokens[i];
    const k = key(t);
    // Sentence-initial function words and dates are not names.
    if (FUNCTION_WORDS.has(k) || (isDateWord(t) && !monthInName(tokens, i))) { i++; continue; }
    const gz = particleName(tokens, gazetteerAt, i, to) ? null : gazetteerAt[i];
    if (gz && gz.last <= to) {
      // A known name, unless it is the start of a longer organisation name (Kurdistan Workers’ Party).
      const restWords: string[] = [];
      for (let n = i; n <= to; n++) if (tokens[n].kind === 'word') restWords.push(key(tokens[n]));
      const headType = typeByHead(restWords);
      // "Turkey's Directorate General…": a possessive ends the known name
      const possessive = POSSESSIVE.test(tokens[gz.last].text);
      if (possessive || !(headType === 'ORG' && gz.last < to && gz.entry.type !== 'ORG')) {
        out.push({ first: i, last: gz.last, start: gz.start, end: gz.end, type: gz.entry.type, role: null, source: 'title' });
        i = gz.last + 1;
        continue;
      }
    }
    // A run that names a body (Directorate General of Coastal Safety) keeps its title words.
    const rest = wordsOf(tokens, i, to);
    if (rest.length >= 2 && typeByHead(rest) === 'ORG' && !titleAt(tokens, i) && titlesJoinBody(tokens, i, to)) {
      const last = tokens[to];
      out.push({ first: i, last: to, start: t.start, end: last.end - (POSSESSIVE_S.test(last.text) ? 2 : ctx.turkic ? turkicSuffix(last.text) : 0), type: 'ORG', role: null, source: 'given-name' });
      return;
    }
    const demonym = DEMONYM_COUNTRY.has(k) && i < to;
    const title = titleAt(tokens, i);
    if (title && i + title - 1 <= to) {
      role = { start: (role ?? t).start, end: tokens[i + title - 1].end };
      i += title;
      continue;
    }
    if (demonym && titleAt(tokens, i + 1)) { role = { start: t.start, end: t.end }; i++; continue; }
    // "Russian and Ukrainian", "Turkish": nationality adjectives are not names (Turkish Republic is, by its head word)
    if (DEMONYM_COUNTRY.has(k) && !typeByHead(rest)) { i++; role = null; continue; }
    // The rest of the run up to the next title or known name is one name.
    let j = i;
    while (j + 1 <= to && !titleAt(tokens, j + 1) && !(gazetteerAt[j + 1] && gazetteerAt[j + 1]!.entry.type !== 'PERSON' && !typeByHead(wordsOf(tokens, j + 1, to)) && !particleName(tokens, gazetteerAt, j + 1, to))) j++;
    const words = wordsOf(tokens, i, j);
    let type = typeByHead(words);
    const single = words.length === 1;
    const atStart = sentenceStarts.has(i);
    if (!type) {
      if (single) {
        // A lone capitalised word is a name only as an acronym (PKK), right after a title (President Erdogan),
        // or after a word saying what it is ("the island of Karpathos", "the town of Manavgat").
        const placeWord = tokens[i - 1]?.text === 'of' ? PLACE_NOUNS.get(key(tokens[i - 2] ?? t)) : undefined;
        if (placeWord) type = placeWord;
        else if (isAllCaps(t) && t.text.length <= 6 && !atStart && !NOT_ACRONYMS.has(t.text)) type = 'ORG';
        else if (role) type = 'PERSON';
        else { i = j + 1; role = null; continue; }
      } else if (!atStart || GIVEN_LATIN.has(words[0]) || role || appositionNext(tokens, j)) type = 'PERSON';
      else { i++; continue; } // "Diplomats Said…": the sentence's first word proves nothing
    }
    if (atStart && single && type !== 'PERSON' && !isAllCaps(t) && !LATIN_ORG_HEAD_KEYS.has(words[0])) { i = j + 1; continue; }
    // a name does not end on "of", "de", "des" (Charte des | Nations Unies)
    while (j > i && CONNECT.has(key(tokens[j]))) j--;
    // "Article 5", "Resolution 2334": the number belongs to the name; a bare "Article" is no name
    if (type === 'OTHER' && tokens[j + 1]?.kind === 'number' && tokens[j + 1].start - tokens[j].end === 1) j++;
    else if (type === 'OTHER' && j === i) { i = j + 1; role = null; continue; }
    // "2. Ordu Komutanlığı": a unit's ordinal belongs to its name
    let start = t.start;
    if (type === 'ORG' && tokens[i - 1]?.text === '.' && tokens[i - 2]?.kind === 'number' && tokens[i - 1].start === tokens[i - 2].end) start = tokens[i - 2].start;
    const last = tokens[j];
    // Kaya's; in Turkish copy Kaya'nın, Alim’in: the suffix after the apostrophe is not part of the name
    // (elsewhere it may be: Ja'far, Sala'am)
    const cut = POSSESSIVE_S.test(last.text) ? 2 : ctx.turkic ? APOSTROPHE_SUFFIX.exec(last.text)?.[0].length ?? turkicSuffix(last.text) : 0;
    out.push({ first: i, last: j, start, end: last.end - cut, type, role: type === 'PERSON' ? role : null, source: role ? 'title' : 'given-name' });
    role = null;
    i = j + 1;
  }
}

/**
 * In a run holding a body's name, a title word belongs to the name when "of/de" follows it
 * (Directorate General of Coastal Safety), and starts a person when a name follows it
 * (Rize Ziraat Odası Başkanı Hasan Yılmaz).
 */
function titlesJoinBody(tokens: readonly Token[], i: number, to: number): boolean {
  for (let n = i + 1; n <= to; n++) {
    const len = titleAt(tokens, n);
    if (!len) continue;
    const after = tokens[n + len];
    if (n + len <= to && after && !CONNECT.has(key(after))) return false;
    n += len - 1;
  }
  return true;
}

function wordsOf(tokens: readonly Token[], i: number, j: number): string[] {
  const out: string[] = [];
  for (let n = i; n <= j; n++) if (tokens[n].kind === 'word') out.push(key(tokens[n]));
  return out;
}
