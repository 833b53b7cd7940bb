// Named entities of a whole article: gazetteer names, Arabic and Latin name patterns, names in
// quote marks, the dateline's place, reporters and agency; then every form found once is looked
// for everywhere (a name introduced with its title appears later without it), and the mentions
// are chained into entities.
import type { EntityType } from '../types';
import { tokenize, type Token } from '../text/tokens';
import { matchKey, normalizeArabic, foldLatin } from '../text/arabic';
import { SpanSet } from '../text/spanMap';
import { isWhiteSpace, startsWithCapital, startsWithLetter } from '../text/words';
import { HONORIFIC_KEYS, LATIN_ORG_HEAD_KEYS } from './lexicon';
import type { Line } from '../article/lines';
import type { Structure, USpan } from '../article/structure';
import type { UQuote } from '../article/quotes';
import { gazetteer, Gazetteer, type GazetteerMatch } from './gazetteer';
import type { Word } from './readings';
import { arabicCandidates, type Candidate } from './arabicPatterns';
import { latinCandidates, isAbbreviationDot, NOT_ACRONYMS } from './latinPatterns';
import { longFormStart, longFormOffset } from './longForm';
import { NAME_TRIGGERS } from './arabicLexicon';
import { chainMentions, type Join, type RawMention, type UEntity } from './chain';

export interface ParagraphTokens {
  readonly line: Line;
  readonly tokens: readonly Token[];
  /** Each word token's record (wordOf), null for other tokens. */
  readonly words: ReadonlyArray<Word | null>;
  readonly mentions: ParagraphMentions;
}

export interface EntityInput {
  readonly text: string;
  readonly paragraphs: readonly ParagraphTokens[];
  readonly structure: Structure;
  readonly language: string;
}

/** Particles that belong to a family name (دي كرو, آل ثاني, de Mistura, van der Leyen). */
const FAMILY_PARTICLES = new Set(['دي', 'دا', 'آل', 'ال', 'أبو', 'ابو', 'بن', 'de', 'da', 'van', 'von', 'der', 'al', 'el', 'bin', 'le', 'la'].map(w => matchKey(w)));

/** How many characters of text[start, end) are not bidi controls or zero-width marks (counted, not cut out: asked between every two capitalised words). */
function visibleBetween(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff)) n++;
  }
  return n;
}

// (Patterns used inside functions are made once here: a regex literal in a function makes a new
// RegExp object every time it is evaluated, and these are asked for every token, match, quote or mention.)
const PROCLITIC = /^[وفبل]/, CLITIC_FIRST = /^[وفبلك]/, TRAILING_TATWEEL = /ـ$/, NAMING_HEAD = /^(قناة|حركة|حزب|سلطنة)$/;
const THE = /^the$/i;
const LATIN_ARTICLE = /^(?:al|el|Al|El)-(?=\p{Lu})/u;
const LATIN_ACRONYM = /^[\p{Lu}\d]{2,6}$/u, ARABIC_LETTER_ALONE = /^[\u0600-\u06FF]$/;
const BLANK_CHAR = /\s/u, SENTENCE_PUNCTUATION = /[.،,:;!?؟]/, LAST_WORD = /([\p{L}\u0640\-]+)[\s\u0640]*$/u;
const BLANK_OR_COMMA = /[\s،,]/u, LONE_AND = /^\s*و\s*$/, BLANK_MARK_OR_AND = /[\s"”“و]/u;
const ARTICLE_FIRST = /^ال/, LONE_CONJUNCTION = /^[وف]$/, LAM_NOT_LAM_LAM = /^ل(?!ل)/;
const LOWER_CASE_FIRST = /^[\p{Ll}]/u, ARABIC = /[\u0600-\u06FF]/;
/** Any capital, or any letter of the Latin script (no other folds to a Latin letter: checked for every code point). */
const CAPITAL_OR_LATIN = /[\p{Lu}\p{Script=Latin}]/gu;

/**
 * Is there a capital or a Latin letter in the text? The pattern reads every character of an Arabic
 * paragraph (which has none) against two large Unicode classes: ASCII, the Arabic block, general
 * punctuation (“ ”), « » and the no-break space are read by code here (none of them is a capital or
 * Latin but a-z, A-Z: checked for every code point), the pattern from the first other character on.
 */
function hasCapitalOrLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // (c | 0x20 lower-cases an ASCII letter, and turns no other ASCII character into one)
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return true;
    } else if (!((c >= 0x600 && c <= 0x6ff) || (c >= 0x2000 && c <= 0x206f) || c === 0xa0 || c === 0xab || c === 0xbb)) {
      CAPITAL_OR_LATIN.lastIndex = i;
      return CAPITAL_OR_LATIN.test(text);
    }
  }
  return false;
}
const SENTENCE_END = /^[.!?:؟…]$/, SENTENCE_OPENER = /^[“"«‘'(\-–—]$/;

const LATIN_TRIGGERS = new Map<string, EntityType>([
  ...['network', 'réseau', 'platform', 'plateforme', 'newspaper', 'journal', 'daily', 'agency', 'agence', 'channel', 'chaîne', 'party', 'parti', 'group', 'groupe', 'movement', 'site', 'hotel', 'hôtel', 'ajansı', 'gazetesi', 'partisi'].map(w => [w, 'ORG'] as const),
  ...['operation', 'opération', 'programme', 'program', 'plan', 'initiative', 'called', 'dubbed', 'named', 'appelé', 'baptisé', 'so-called', 'operasyonu'].map(w => [w, 'OTHER'] as const),
]);

/** Everyday words that are names only inside quote marks or after a word saying what they name. */
function everydayOk(m: GazetteerMatch, tokens: readonly Token[], insideQuote: boolean): boolean {
  // (a name of several words is no everyday word, as none has a space: its words are not joined to ask)
  const word = m.first === m.last && Gazetteer.isEverydayWord(tokens[m.first].text);
  if (!word && !Gazetteer.isEverydayWord(tokens[m.first].text.replace(CLITIC_FIRST, ''))) return true;
  if (insideQuote) return true;
  const prev = tokens[m.first - 1], next = tokens[m.last + 1];
  if (m.entry.type === 'GPE' && ((prev && PLACE_BEFORE.test(prev.text)) || (next && PLACE_AFTER.test(next.text)))) return true; // والي وان، وان شرقي تركيا
  return !!prev && (NAME_TRIGGERS.has(normalizeArabic(prev.text.replace(PROCLITIC, ''))) || NAMING_HEAD.test(prev.text));
}
/** Words that say the everyday word next to them is a place: "ولاية وان", "والي وان", "وان شرقي تركيا". */
const PLACE_BEFORE = /^[وب]?(?:ال)?(?:ولاية|مدينة|والي|محافظة|محافظ|بلدية|بحيرة|إقليم)$/, PLACE_AFTER = /^(?:شرقي|غربي|جنوبي|شمالي|شرق|غرب|جنوب|شمال)$/;

/** What one paragraph says about names on its own: its mentions and the acronyms/aliases beside them. */
export interface ParagraphMentions {
  readonly mentions: RawMention[];
  readonly joins: Join[];
}

/**
 * The mentions of one paragraph: gazetteer names, Arabic and Latin name patterns, acronyms in brackets,
 * names in quote marks. `words` are its tokens' records (wordOf). `text` is the paragraph, at offset `base` in the article; the offsets of its
 * tokens and quotes, and of the mentions found, are the article's. `copyOffset` is where the copy
 * starts in the paragraph. Depends only on the paragraph (nothing outside it is read), so analyze()
 * can keep it while the paragraph is unchanged.
 */
export function paragraphMentions(text: string, base: number, tokens: readonly Token[], words: ParagraphTokens['words'], quotes: readonly UQuote[], copyOffset: number, language: string, isCue: (i: number) => boolean): ParagraphMentions {
  const copyStart = base + copyOffset;
  /** The paragraph's text between two of the article's offsets. */
  const slice = (start: number, end: number) => text.slice(start - base, end - base);
  const g = gazetteer();
  const turkic = language === 'tr' || language === 'az';
  const raw: RawMention[] = [];
  const joins: Join[] = [];
  // Mentions by where they end, to find the name right before a quote or an acronym (indexed when
  // first asked: most paragraphs have neither, and the index is a map and a list per mention).
  let byEnd: Map<number, RawMention[]> | undefined;
  const index = (r: RawMention) => { const l = byEnd!.get(r.end); if (l) l.push(r); else byEnd!.set(r.end, [r]); };
  const push = (r: RawMention) => { raw.push(r); if (byEnd) index(r); };
  /** An organisation ending right before `pos`, with only blanks and commas (or at most `gap` chars) between. */
  const orgBefore = (pos: number, between: RegExp, gap = 3) => {
    if (!byEnd) { byEnd = new Map(); for (const r of raw) index(r); }
    for (let e = pos; e >= Math.max(base, pos - gap) && (e === pos || between.test(text[e - base])); e--) {
      const found = byEnd.get(e)?.find(r => !r.roleOnly && r.type === 'ORG');
      if (found) return found;
    }
    return undefined;
  };
  const offset = tokens.findIndex(t => t.start >= copyStart);
  const copy = offset > 0 ? tokens.slice(offset) : offset < 0 ? [] : tokens;
  const copyWords = offset > 0 ? words.slice(offset) : words;
  const gazetteerAt: Array<GazetteerMatch | null> = copy.map(() => null);
  const quoted = quotes.length ? new SpanSet() : null;
  for (const q of quotes) quoted!.add(q.start, q.end);
  for (let i = 0; i < copy.length; i++) {
    const m = g.match(copy, i, turkic, copyWords);
    if (m && everydayOk(m, copy, !!quoted?.has(m.start, m.end))) gazetteerAt[i] = m;
  }
  // Arabic name patterns start at a word of Arabic letters, and a paragraph with none of them (most
  // Latin copy) is not read word by word for them; nor is it asked of each word in titleCased().
  const arabic = ARABIC.test(text);
  const candidates: Candidate[] = [
    ...(arabic ? arabicCandidates({ tokens: copy, words: copyWords, gazetteerAt, isCue: i => isCue(i + Math.max(0, offset)), persian: language === 'fa' }) : []),
    // In a Title Case or ALL CAPS line capitals say nothing about names: known names only. Latin name
    // patterns start at a capital or at a determiner (the, le…), which has Latin letters: a paragraph
    // with neither capitals nor Latin letters (Arabic copy) is not read word by word for them.
    ...(!hasCapitalOrLatin(text) || titleCased(copy, arabic) ? [] : latinCandidates({ tokens: copy, gazetteerAt, sentenceStarts: sentenceStarts(copy, copyStart), turkic, gap: (a, b) => visibleBetween(text, a.end - base, b.start - base) })),
  ];
  for (let i = 0; i < copy.length; i++) {
    const m = gazetteerAt[i];
    if (!m) continue;
    // "الملك سلمان بن عبد العزيز", "President Erdogan": the honorific is not part of the name
    // "the U.S.": the article is not part of a name the gazetteer also knows without it (The Hague keeps it)
    const article = m.last > m.first && THE.test(copy[m.first].text) && g.lookup(text.slice(copy[m.first + 1].start - base, m.end - base))?.id === m.entry.id;
    const start = (m.entry.type === 'PERSON' && m.last > m.first && HONORIFIC_KEYS.has(matchKey(copy[m.first].text))) || article ? copy[m.first + 1].start : m.start;
    push({ start, end: m.end, type: m.entry.type, gid: m.entry.id, rank: 0 });
    i = m.last;
  }
  for (const c of candidates) {
    if (c.source === 'role') push({ start: c.start, end: c.end, type: 'PERSON', roleOnly: true, rank: 3 });
    else push({ start: c.start, end: c.end, type: c.type, role: c.role, rank: c.source === 'title' ? 1 : 2 });
  }
  // Acronyms beside a name: "(د ب أ)", "(PKK)", ", or PKK".
  for (let i = 0; i + 2 < copy.length; i++) {
    const open = copy[i];
    if (open.text !== '(' && !(open.text === ',' && copy[i + 1]?.text === 'or')) continue;
    const inner = open.text === '(' ? i + 1 : i + 2;
    const close = copy.findIndex((t, k) => k > inner && t.text === ')');
    const end = open.text === '(' ? close - 1 : inner;
    if (end < inner || end - inner > 3) continue;
    const before = orgBefore(open.start, BLANK_CHAR, 2);
    const acronym = copy.slice(inner, end + 1);
    const looksAcronym = acronym.every(t => LATIN_ACRONYM.test(t.text) || ARABIC_LETTER_ALONE.test(t.text));
    if (!looksAcronym) continue;
    const span = { start: acronym[0].start, end: acronym[acronym.length - 1].end };
    if (before) {
      push({ ...span, type: 'ORG', rank: 1 });
      joins.push({ from: span, to: before });
      continue;
    }
    // "l'Observatoire national de l'agriculture (ONAGRI)": a long form in sentence case, found by the acronym's letters
    const first = open.text === '(' && acronym.length === 1 && i > 0 && copy[i - 1].end + 1 === open.start && !NOT_ACRONYMS.has(acronym[0].text) ? longFormStart(copy, i - 1, acronym[0].text) : -1;
    // a capital that only opens the sentence proves nothing: "Gross domestic product (GDP)" needs a body's head word
    const opensSentence = first >= 0 && (first === 0 || SENTENCE_END.test(copy[first - 1].text) || SENTENCE_OPENER.test(copy[first - 1].text));
    const headed = first >= 0 && copy.slice(first, i).some(t => LATIN_ORG_HEAD_KEYS.has(foldLatin(t.text.slice(longFormOffset(t)))));
    if (first >= 0 && (!opensSentence || headed) && !copy.slice(first, i).some((_, n) => gazetteerAt[first + n])) {
      const long = { start: copy[first].start + longFormOffset(copy[first]), end: copy[i - 1].end };
      push({ ...long, type: 'ORG', rank: 1 });
      push({ ...span, type: 'ORG', rank: 1 });
      joins.push({ from: span, to: long });
    }
  }
  // Names in quote marks: after a word saying what they are (حركة "حماس", le réseau "X"), or right after an organisation (… “تيكا”).
  for (const q of quotes) {
    const inner = slice(q.start, q.end);
    if (piecesBetweenBlanks(inner) > 5 || SENTENCE_PUNCTUATION.test(inner)) continue;
    const before = slice(Math.max(copyStart, q.open.start - 40), q.open.start);
    const prevWord = LAST_WORD.exec(before)?.[1] ?? '';
    const trigger = NAME_TRIGGERS.get(normalizeArabic(prevWord.replace(PROCLITIC, '').replace(TRAILING_TATWEEL, ''))) ?? LATIN_TRIGGERS.get(prevWord.toLowerCase());
    const apposed = orgBefore(q.open.start, BLANK_OR_COMMA, 4);
    // حركتي "حماس" و"فتح": a name listed right after a named organisation
    const listed = LONE_AND.test(slice(Math.max(base, q.open.start - 2), q.open.start)) && orgBefore(q.open.start - 1, BLANK_MARK_OR_AND, 4);
    if (trigger || listed) push({ start: q.start, end: q.end, type: trigger ?? 'ORG', rank: 1 });
    else if (apposed) { push({ start: q.start, end: q.end, type: 'ORG', rank: 1 }); joins.push({ from: { start: q.start, end: q.end }, to: apposed }); }
  }
  return { mentions: raw, joins };
}

/**
 * The entities of the article: every paragraph's mentions, the dateline's parts, then a second
 * pass that finds everywhere each form learned once, then chaining.
 */
export function recognizeEntities(input: EntityInput): UEntity[] {
  const { text, paragraphs, structure, language } = input;
  const g = gazetteer();
  const turkic = language === 'tr' || language === 'az';
  const raw: RawMention[] = paragraphs.flatMap(p => p.mentions.mentions);
  const joins: Join[] = paragraphs.flatMap(p => p.mentions.joins);
  const push = (r: RawMention) => raw.push(r);

  // The dateline: its place, its reporters, its agency.
  const d = structure.dateline;
  // "BRUSSELS, BELGIUM": a city and its country are two places
  if (d?.place) {
    const place = text.slice(d.place.start, d.place.end);
    let at = d.place.start;
    for (const part of place.split(',')) {
      const lead = part.length - part.trimStart().length, name = part.trim();
      const entry = name ? g.lookup(name, turkic) : null;
      if (name) push({ start: at + lead, end: at + lead + name.length, type: entry?.type ?? 'GPE', gid: entry?.id, rank: 2 });
      at += part.length + 1;
    }
  }
  for (const r of d?.reporters ?? []) push({ ...r, type: 'PERSON', rank: 1 });
  if (d?.agency && d.agency.name !== 'agencies') {
    const entry = g.lookup(text.slice(d.agency.start, d.agency.end));
    push({ start: d.agency.start, end: d.agency.end, type: 'ORG', gid: entry?.type === 'ORG' ? entry.id : undefined, rank: 2 });
  }

  // Every form found once, everywhere: a second pass with the names the first one found (and
  // people's family names: بارزاني after مسرور بارزاني, Bildt after Carl Bildt).
  const learned = new Gazetteer(false);
  // A name is added once per type: adding it again would only put its patterns after the same
  // ones, which never win (the matcher keeps the first of equal length), and names recur.
  const added = new Set<string>();
  raw.forEach((m, n) => {
    if (m.roleOnly) return; // titles join by their role
    const s = text.slice(m.start, m.end);
    // (what is added depends on the type, on being a known name, and on the text alone)
    const once = `${m.type}${m.gid ? '+' : '-'}${s}`;
    if (added.has(once)) return;
    added.add(once);
    const words = wordsOf(s);
    if (words.length === 0 || LOWER_CASE_FIRST.test(s)) return;
    // known names are found everywhere already; their family names are not
    const forms = m.gid ? [] : [s];
    if (m.type === 'PERSON' && words.length >= 2) {
      const last = words[words.length - 1].text;
      // family names, with the article too when long enough to be a name (البارزاني, الكاظمي)
      if (last.length >= 3 && (!ARTICLE_FIRST.test(last) || last.length >= 6)) forms.push(last);
      // al-Shibani is also written Shibani
      const bare = LATIN_ARTICLE.exec(last);
      if (bare && last.length - bare[0].length >= 3) forms.push(last.slice(bare[0].length));
      // and with their particle: دي كرو, آل ثاني, أبو سمرة, de Mistura
      if (words.length >= 3 && FAMILY_PARTICLES.has(matchKey(words[words.length - 2].text))) forms.push(text.slice(words[words.length - 2].start + m.start, m.end));
    }
    if (forms.length) learned.add({ id: `learned:${n}`, type: m.type, name: s, forms });
  });
  const known = new SpanSet();
  for (const r of raw) known.add(r.start, r.end);
  for (const { tokens, words } of paragraphs) {
    for (let i = 0; i < tokens.length; i++) {
      const m = learned.match(tokens, i, turkic, words);
      if (!m) continue;
      // a family name alone must stand as a word, or after و/ف only (لصالح is not صالح)
      const prefix = text.slice(tokens[i].start, m.start);
      if (prefix && !LONE_CONJUNCTION.test(prefix)) continue;
      if (!known.has(m.start, m.end)) push({ start: m.start, end: m.end, type: m.entry.type, rank: 2 });
      i = m.last;
    }
  }
  // A name seen only as لل+name (للأناضول) has no verbatim form in the copy: not listed.
  return chainMentions(text, raw, joins).filter(e => !e.mentions.every(m => LAM_NOT_LAM_LAM.test(text.slice(m.start, m.end)) && text[m.start - 1] === 'ل'));
}

/** inner.split(/\s+/).length, counted (one more than its runs of white space) rather than cut: asked of every quote. */
function piecesBetweenBlanks(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (isWhiteSpace(s.charCodeAt(i)) && (i === 0 || !isWhiteSpace(s.charCodeAt(i - 1)))) n++;
  return n;
}

const wordMemo = new Map<string, readonly Token[]>();

/** The words of a name (offsets within it), kept per name: the same names come back in every analysis. */
function wordsOf(name: string): readonly Token[] {
  let words = wordMemo.get(name);
  if (!words) {
    words = tokenize(name).filter(t => t.kind === 'word');
    if (wordMemo.size >= 50000) wordMemo.clear();
    wordMemo.set(name, words);
  }
  return words;
}

/**
 * Title Case takes capitals off only the small words (of, in, the, de, ve…), name particles (bin, van)
 * and units (bln, pct); two lowercase words of any other kind ("met officials") show a sentence, however
 * many names it holds (one may be a brand: iPhone), and so does one in a paragraph that ends on a full stop.
 */
const TITLE_CASE_SMALL = new Set(('a an the of in on at to for and or but nor by with from as vs via into over up off per than says said ' +
  'bin ibn al el van von der den da di dos bln mln bn mn pct bps km ' +
  'de du des la le les et en au aux à sur par pour avec ve ile için ki və').split(' '));

/** Most words capitalised (a Title Case or ALL CAPS headline, a shot list): capitals prove nothing there. `arabic`: has the paragraph an Arabic character? */
function titleCased(tokens: readonly Token[], arabic: boolean): boolean {
  let words = 0, capitals = 0, lowercase = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || !startsWithLetter(t.text) || (arabic && ARABIC.test(t.text))) continue;
    words++;
    if (startsWithCapital(t.text)) capitals++;
    else if (!TITLE_CASE_SMALL.has(t.text.toLowerCase())) lowercase++;
  }
  // a headline has no full stop at its end; a sentence that has one needs one lowercase word to show itself
  const last = tokens[tokens.length - 1];
  if (lowercase >= 2 || (lowercase === 1 && last?.text === '.')) return false;
  if (words < 4) return false;
  return capitals / words > 0.6;
}

/** Token indexes that begin a sentence (after ., !, ?, : or at the start of the copy). */
function sentenceStarts(tokens: readonly Token[], copyStart: number): Set<number> {
  const out = new Set<number>();
  let expect = true;
  tokens.forEach((t, i) => {
    if (t.kind === 'word' || t.kind === 'number') {
      if (expect || t.start === copyStart) out.add(i);
      expect = false;
    } else if (SENTENCE_END.test(t.text) && !isAbbreviationDot(tokens, i)) expect = true;
    else if (SENTENCE_OPENER.test(t.text) && expect) expect = true;
  });
  return out;
}

