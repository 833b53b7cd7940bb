// Who said it: each quote's cue (قال، أكد، said, a déclaré, dedi …) and speaker. The speaker is the
// cue's subject — after an Arabic verb, before an English, Persian or Turkish one — or, when the
// cue names nobody ("وأضاف:", "he added", "a-t-il déclaré", مضيفًا), the speaker carried over from
// the sentence or the story; "وفق البيان" gives the body that issued the statement; a quote that
// stands alone is attributed by the next paragraph ("bunu … Ərdoğan … deyib"); a headline
// "X: “…”" by X. Names and scare-quoted terms get no speaker.
import type { Token } from '../text/tokens';
import { normalizeArabic, foldLatin } from '../text/arabic';
import type { UCue } from './cues';
import type { UQuote } from './quotes';
import type { USpan } from './structure';
import { STOP } from '../entities/arabicLexicon';
import { HONORIFIC_KEYS, TITLE_HEADS } from '../entities/lexicon';
import { matchKey, memoise } from '../text/arabic';
import { countWords, ELIDED_ARTICLE } from '../text/words';
import { sortIfNeeded } from '../text/sorted';

export interface MentionRef extends USpan {
  readonly entity: number;
  readonly type: string;
  /** A title standing for the entity (الوزير التركي). */
  readonly nominal?: boolean;
}

export interface AttributionParagraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  readonly cues: readonly UCue[];
  readonly headline: boolean;
}

export interface Attribution {
  readonly kind: 'speech' | 'term';
  readonly speaker: number | null;
  readonly speakerMention: USpan | null;
  readonly cue: USpan | null;
}

interface Speaker { readonly entity: number | null; readonly mention: USpan }

/** How far before and after a quote its attribution is looked for when no sentence ends nearer. */
const SENTENCE_REACH = 400;
const ADVERBS = new Set(['أيضا', 'أيضاً', 'كذلك', 'بدوره', 'بدورها', 'من جانبه', 'جهته', 'اليوم', 'أمس', 'الخميس', 'الأربعاء', 'الثلاثاء', 'الإثنين', 'الاثنين', 'الأحد', 'السبت', 'الجمعة'].map(normalizeArabic));
const STATEMENT_WORDS = new Set(['البيان', 'بيان', 'المصدر', 'المصدر نفسه', 'البلاغ', 'statement', 'the statement', 'communiqué', 'açıklama', 'açıklamada'].map(w => /[\u0600-\u06FF]/.test(w) ? normalizeArabic(w) : w));
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them', 'il', 'elle', 'ils', 'elles', 'lui', 'eux', 'o', 'وی', 'او']);
const AUXILIARIES = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'must', 'can', 'only', 'also', 'then', 'later', 'has', 'have', 'had', 'did', 'does', 'not', 'just', 'again', 'further', 'ont', 'a', 'avait', 'aussi', 'şunları', 'şöyle', 'şunu', 'ayrıca', 'de', 'da']);
const ENGLISH_BOUNDARY = /^[,;:“”"«»(]|^(as|and|but|while|who|which|that)$/i;

// (Patterns used inside functions are made once here: a regex literal in a function makes a new
// RegExp object every time it is evaluated, and these are asked for every token, mark or quote.)
const ARABIC = /[\u0600-\u06FF]/, CAPITAL_FIRST = /^\p{Lu}/u, BLANK = /\s/;
const ARABIC_COMPLEMENTISER = /^(ان|انه|انها|بان|لان)$/, ENGLISH_PREPOSITION = /^(that|to|on|in|at|during|after|before|with|from|for|of)$/i;
const IN_A_STATEMENT = /في بيان|in a statement|dans un communiqué|açıklamasında/;
const NOTHING_BUT_OPENERS = /^[\s“"«'’\-–—]*$/, NOTHING_BUT_OPENING_MARKS = /^[\s“"«]*$/;
/** Words that make the name after them someone else's: a relative's, a lawyer's ("والدة الأسير محمد العارضة"). */
const RELATIVE = /(?:^|\s)و?(?:ال)?(?:والد|والدة|شقيق|شقيقة|زوج|زوجة|نجل|نجلة|عائلة|أسرة|ذوو|ذوي|محامي|محامية)(?:\s|$)/u;
/** A spokesman "in the name of" someone with a title: "المتحدث باسم رئيس الوزراء بنيامين نتنياهو" (not "باسم الوزارة ماجد الحربي"). */
const SPOKESMAN_FOR = /(?:^|\s)(?:ال)?(?:متحدث|متحدثة|ناطق|ناطقة)\s+باسم\s+(\S+)/u;
/** "a spokesperson for the U.S. Energy Department", "a lawyer for Imran Khan", "one diplomat from the group": the person before speaks. */
const FOR_SOMEONE = /(?:^|\s)(?:spokes(?:wo)?man|spokesperson|spokeswomen|spokesmen|lawyers?|attorneys?|aides?|advis[eo]rs?|sources?|officials?|members?|representatives?|diplomats?|envoys?|porte-parole|avocat|conseiller|proche)\s+(?:for|of|from|at|close\s+to|de|du|des|d['’])\s/iu;
const isSomeoneElses = (before: string) => {
  if (RELATIVE.test(before) || FOR_SOMEONE.test(before)) return true;
  const spokesman = SPOKESMAN_FOR.exec(before);
  return !!spokesman && TITLE_HEADS.has(matchKey(spokesman[1]));
};
/** A preposition ل (لـ) attached to the name that follows, after a blank. */
const DATIVE = /\s(?:ل|لـ|ل\u0640+)$/u;
/** Turkish: a name in the dative before "speaking to" is whom the words were told ("Reuters'a konuşan bir diplomat", "Anadolu Ajansına açıklama yapan"). */
const SPOKE_TO = 'konuşan|açıklama\\s+yapan|açıklamada\\s+bulunan|demeç\\s+veren|bilgi\\s+veren|değerlendirmede\\s+bulunan';
const TOLD_TO = new RegExp(`^(?:(?:['’]?(?:y?[ae]|n[ae]))\\s+(?:\\([^)]{1,12}\\)\\s+)?(?:${SPOKE_TO})|\\s+muhabir(?:ler)?ine)`, 'u');
/** … and its acronym after the dative: "Anadolu Ajansına (AA) açıklama yapan". */
const TOLD_TO_ACRONYM = new RegExp(`^\\)\\s+(?:${SPOKE_TO})`, 'u'), DATIVE_OPEN = /(?:y?[ae]|n[ae])\s*\($/u;
const TRAILING_COMMA = /[,،]\s*$/;
const CLAUSE_BREAK = new Set(['،', ',', ':', ';', '؛']);
/** "به گزارش ایرنا", "به نقل از رویترز", "according to": what follows is a source, not the speaker. */
const SOURCE_BEFORE = /(?:به\s+گزارش|به\s+نقل\s+از|according\s+to|göre)\s*$/u;
/** Words between a title and a name that bring in another party ("مع نظيره", "عن", "خلال لقائه", "بحضور", "to", "with") or open a clause (إن, that), or punctuation. */
const SOMEONE_ELSE = /[،,:;.“”"«»()]|(?:^|\s)(?:مع|عن|إلى|الى|بين|ضد|نظيره|نظيرته|لدى|إن|أن|ان|بأن|بان|أنه|انه|بحضور|عقب|بعد|خلال|أثناء|اثناء|لقاء\S*|استقبال\S*|استقبل\S*|زيار\S*|with|to|from|and|that|after|during|meeting|et|avec|que|ile)(?=\s|$)/;
/** A full stop after a single capital (U.S., M. Saïed) or a title's abbreviation (Mr., Gen., Dr.) does not end a sentence. */
const TITLE_ABBREVIATIONS = 'Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Sgt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Prof|Pres|Mgr|Pr';
const AFTER_INITIAL = new RegExp(`(?:^|[\\s.])(?:\\p{Lu}|${TITLE_ABBREVIATIONS})$`, 'u');
const TITLE_ABBREVIATION = new RegExp(`^(?:M|${TITLE_ABBREVIATIONS})$`, 'u');
/** "Mr. Biden", "M. Saïed": the full stop token after a title's abbreviation belongs to the name phrase (not after an initial: "Group F. Montella said"). */
const isAbbreviationDot = (tokens: readonly Token[], j: number) =>
  tokens[j]?.text === '.' && j > 0 && tokens[j - 1].kind === 'word' && tokens[j - 1].end === tokens[j].start && TITLE_ABBREVIATION.test(tokens[j - 1].text);
/** "X: “…”": the words before a colon that opens a quote (in a headline the colon may stand anywhere before it). */
const SPEAKER_COLON = /^([^“"«:.،,]{1,60}):\s*$/, HEADLINE_SPEAKER = /^([^“"«:.،,]{1,60}):/;
/** (kept per word: asked of the words before every cue) */
const lowerCase = memoise(w => w.toLowerCase());
const isArabic = (t: Token) => ARABIC.test(t.text);
const k = (t: Token) => (isArabic(t) ? normalizeArabic(t.text) : foldLatin(t.text));

export function attributeQuotes(paragraphs: readonly AttributionParagraph[], quotes: readonly UQuote[], mentions: readonly MentionRef[], text: string, termLike: (q: UQuote) => boolean, language: string): Attribution[] {
  // Verb-final languages put the subject at the head of the clause, far from the verb.
  const verbFinal = language === 'tr' || language === 'az' || language === 'fa';
  const result = new Map<UQuote, Attribution>();
  let last: Speaker | null = null;
  let issuer: Speaker | null = null;
  // Everything is looked up within a paragraph, so that a long file costs no more per quote than a short one.
  const paragraphQuotes: UQuote[][] = paragraphs.map(() => []);
  for (const q of quotes) paragraphQuotes[paragraphAt(paragraphs, q.open.start)]?.push(q);
  const quotesNear = (pos: number) => paragraphQuotes[paragraphAt(paragraphs, pos)] ?? [];
  // Per paragraph, computed once: where quotes are and where sentences end (a paragraph of thousands
  // of quotes costs a binary search per question, not a scan).
  const facts = new Map<number, ParagraphFacts>();
  const factsAt = (pos: number) => {
    const i = paragraphAt(paragraphs, pos);
    let f = facts.get(i);
    if (!f) facts.set(i, (f = paragraphFacts(text, paragraphs[i], paragraphQuotes[i] ?? [])));
    return f;
  };
  const inQuote = (pos: number) => within(factsAt(pos).inner, pos);
  /** Inside another quote than one enclosing `q` (a cue within an outer quote still speaks for the inner one). */
  const hiddenFrom = (pos: number, q: UQuote) => inQuote(pos) && quotesNear(pos).some(o => o !== q && pos >= o.start && pos < o.end && !(o.start <= q.open.start && q.end <= o.end));
  const sentenceOf = (p: AttributionParagraph, from: number, to = from): USpan => {
    const ends = factsAt(p.start).ends;
    const before = firstAtLeast(ends, from) - 1;
    const after = firstAtLeast(ends, to);
    const start = before >= 0 ? ends[before] + 1 : p.start, end = after < ends.length ? Math.min(p.end, ends[after] + 1) : p.end;
    // Attribution is local: copy without full stops is read within a window, so that a run-on
    // paragraph of thousands of quotes costs the same per quote as a short one.
    return { start: Math.max(start, from - SENTENCE_REACH), end: Math.min(end, to + SENTENCE_REACH) };
  };
  /** The cues of paragraph p that lie within [start, end). */
  /** Token indexes of the paragraph's cues other than `cue` (phrases stop at another cue). */
  const cueTokenSets = new Map<AttributionParagraph, Set<number>>();
  const otherCueTokens = (p: AttributionParagraph, cue: UCue) => {
    let all = cueTokenSets.get(p);
    if (!all) { all = new Set(p.cues.flatMap(c => Array.from({ length: c.last - c.first + 1 }, (_, n) => c.first + n))); cueTokenSets.set(p, all); }
    const tokens = all;
    return (j: number) => tokens.has(j) && (j < cue.first || j > cue.last);
  };
  const cuesIn = (p: AttributionParagraph, start: number, end: number) => {
    const out: UCue[] = [];
    for (let i = firstAtOrAfter(p.cues, start); i < p.cues.length && p.cues[i].start < end; i++) if (p.cues[i].end <= end) out.push(p.cues[i]);
    return out;
  };
  const mentionsIn = (s: number, e: number) => {
    const out: MentionRef[] = [];
    for (let i = firstAtOrAfter(mentions, s); i < mentions.length && mentions[i].start < e; i++) if (mentions[i].end <= e) out.push(mentions[i]);
    return out;
  };
  const byEntity = new Map<number, MentionRef[]>();
  for (const m of mentions) { const list = byEntity.get(m.entity); if (list) list.push(m); else byEntity.set(m.entity, [m]); }
  const rankOf = (m: MentionRef) => (m.type === 'PERSON' ? 0 : m.type === 'ORG' ? 1 : 2) + (m.nominal ? 0.5 : 0);
  /** The first of the best-ranked mentions. */
  const best = (ms: MentionRef[]): MentionRef | undefined => {
    let b = ms[0];
    for (let n = 1; n < ms.length; n++) if (rankOf(ms[n]) < rankOf(b)) b = ms[n];
    return b;
  };
  const spanText = (s: USpan) => text.slice(s.start, s.end);
  const wordsIn = (s: USpan) => countWords(text, s.start, s.end);

  /** The speaker a mention stands for; the latest mention of a carried-over entity before `pos`. */
  const mentionOf = (entity: number | null, fallback: USpan, pos: number): USpan => {
    if (entity === null) return fallback;
    const own = byEntity.get(entity) ?? [];
    let found: MentionRef | null = null;
    for (let i = firstAtOrAfter(own, pos) - 1; i >= 0 && !found; i--) if (own[i].end <= pos) found = own[i];
    return found ?? fallback;
  };

  /** The noun phrase after token i (Arabic subject), up to a stop word or punctuation. */
  const phraseAfter = (tokens: readonly Token[], i: number, limit = 8, isCue: (j: number) => boolean = () => false): USpan | null => {
    let j = i;
    while (j < tokens.length && tokens[j].kind === 'word' && ADVERBS.has(k(tokens[j]))) j++;
    // French elided article: "selon l'Observatoire" names the Observatoire
    const elided = tokens[j] && ELIDED_ARTICLE.test(tokens[j].text) ? 2 : 0;
    const from = j;
    while (j < tokens.length && j - from < limit) {
      const t = tokens[j];
      if (isAbbreviationDot(tokens, j) && tokens[j + 1]?.kind === 'word') { j++; continue; }
      if (t.kind !== 'word' || inQuote(t.start) || isCue(j)) break;
      const key = k(t);
      if (STOP.has(key) || ARABIC_COMPLEMENTISER.test(key) || ENGLISH_PREPOSITION.test(t.text) && !isArabic(t)) break;
      j++;
    }
    return j > from ? { start: tokens[from].start + elided, end: tokens[j - 1].end } : null;
  };

  /** The noun phrase just before token i (English subject), back to a boundary. */
  const phraseBefore = (tokens: readonly Token[], i: number, limit = 8, isCue: (j: number) => boolean = () => false): USpan | null => {
    let j = i - 1;
    while (j >= 0 && tokens[j].kind === 'word' && AUXILIARIES.has(lowerCase(tokens[j].text))) j--;
    const end = j;
    while (j >= 0 && end - j < limit) {
      const t = tokens[j];
      if (t.kind === 'punct' && t.text !== '.' && t.text !== '’' && t.text !== "'" && t.text !== '-') break;
      if (t.kind === 'punct' && (t.text === '.' || t.text === '-') && !isAbbreviationDot(tokens, j)) break;
      if (t.kind === 'word' && ENGLISH_BOUNDARY.test(t.text) && !(t.text === 'and' && CAPITAL_FIRST.test(tokens[j - 1]?.text ?? '') && CAPITAL_FIRST.test(tokens[j + 1]?.text ?? ''))) break;
      if (t.kind === 'word' && isArabic(t) && STOP.has(k(t))) break;
      if (inQuote(t.start) || isCue(j)) break;
      j--;
    }
    return j < end ? { start: tokens[j + 1].start, end: tokens[end].end } : null;
  };

  /**
   * "دعا الخبير في شؤون المياه سامر الخطيب إلى …": a title, its complement, then the person's name — the
   * name within five words of the title, with nothing between that brings in someone else (مع نظيره, عن …).
   */
  const titledName = (np: USpan, limit: number): MentionRef | undefined => {
    const m = mentionsIn(np.end, limit).find(x => !inQuote(x.start));
    if (!m || m.type !== 'PERSON') return undefined;
    const between = text.slice(np.end, m.start);
    // a second title before the name is that name's own (… الرئيس الفرنسي إيمانويل ماكرون)
    const ownTitle = between.trim().split(/\s+/).some(w => TITLE_HEADS.has(matchKey(w)));
    return countWords(text, np.end, m.start) <= 5 && !SOMEONE_ELSE.test(between) && !ownTitle ? m : undefined;
  };

  /** Is the mention whom the words were told, not who said them (Turkish dative before "konuşan", "muhabirine")? */
  const toldTo = (m: USpan): boolean => TOLD_TO.test(text.slice(m.end, m.end + 40))
    || (TOLD_TO_ACRONYM.test(text.slice(m.end, m.end + 30)) && DATIVE_OPEN.test(text.slice(Math.max(0, m.start - 6), m.start)));

  /** Is the phrase a statement ("البيان", "بيان للوزارة", "the statement", "un communiqué")? */
  const isStatement = (np: USpan): boolean => {
    const words = (/[\u0600-\u06FF]/.test(spanText(np)) ? normalizeArabic(spanText(np)) : spanText(np).toLowerCase()).replace(/^(?:un|une|le|la|the|a|an)\s+/, '');
    return [...STATEMENT_WORDS].some(w => words === w || words.startsWith(w + ' '));
  };

  /** Where the clause ending at `end` begins: after the last comma or colon between `from` and `end`. */
  const lastClauseStart = (from: number, end: number): number => {
    for (let i = end - 1; i >= from; i--) if (CLAUSE_BREAK.has(text[i]) && !inQuote(i)) return i + 1;
    return from;
  };

  /** A speaker from a phrase: the entity named inside it, else the phrase itself (a title, "one diplomat"). */
  const fromPhrase = (np: USpan | null): Speaker | null => {
    if (!np) return null;
    if (PRONOUNS.has(foldLatin(spanText(np)))) return null;
    const m = best(mentionsIn(np.start, np.end).filter(x => !toldTo(x)));
    // A place inside a title (رئيس إقليم كوردستان) is not who speaks: the title is.
    if (m && (m.type === 'GPE' || m.type === 'LOC') && (m.start > np.start || m.end < np.end)) return { entity: null, mention: np };
    // "والدة الأسير محمد العارضة", "المتحدث باسم رئيس الوزراء بنيامين نتنياهو": the relative or the spokesman speaks, not the name
    if (m && isSomeoneElses(text.slice(np.start, m.start))) return { entity: null, mention: np };
    // "كشف مصدر مسؤول لوكالة الأنباء الكويتية": a name behind the preposition ل is whom the words were told
    if (m && m.start > np.start && DATIVE.test(text.slice(Math.max(np.start, m.start - 3), m.start))) {
      const head = text.slice(np.start, m.start).replace(DATIVE, '').trimEnd();
      if (head) return { entity: null, mention: { start: np.start, end: np.start + head.length } };
    }
    if (m) {
      // The name itself, with the honorifics right before it (الشيخ محمد بن عبد الرحمن), not the title around it.
      const before = text.slice(np.start, m.start);
      let start = m.start;
      const words = before.trimEnd().split(/\s+/);
      for (let n = words.length - 1; n >= 0 && words[n] && HONORIFIC_KEYS.has(matchKey(words[n])); n--) start = text.lastIndexOf(words[n], start - 1);
      return { entity: m.entity, mention: { start, end: m.end } };
    }
    return { entity: null, mention: np };
  };

  const resolveCue = (p: AttributionParagraph, cue: UCue, q: UQuote | null, sentence: USpan): Speaker | null => {
    const { tokens } = p;
    if (cue.kind === 'source') {
      const np = cue.subject === 'before' ? phraseBefore(tokens, cue.first) : phraseAfter(tokens, cue.last + 1, 5);
      if (!np) return null;
      // "Selon lui", "according to him": the story's last speaker
      if (PRONOUNS.has(foldLatin(spanText(np)))) return last && { entity: last.entity, mention: mentionOf(last.entity, last.mention, cue.start) };
      if (isStatement(np)) {
        // "according to the statement": whoever issued it — named earlier, or the sentence's actor
        if (issuer) return issuer;
        const actor = mentionsIn(sentence.start, cue.start).filter(m => !inQuote(m.start) && (m.type === 'PERSON' || m.type === 'ORG'))[0];
        return actor ? { entity: actor.entity, mention: actor } : { entity: null, mention: np };
      }
      return fromPhrase(np);
    }
    if (cue.kind === 'participle' || cue.subject === 'none') {
      // The subject of the sentence's own verb, else the sentence's first named actor, else the story's last speaker.
      const verb = cuesIn(p, sentence.start, cue.start).filter(c => c.kind === 'verb' && c.subject !== 'none' && !inQuote(c.start)).pop();
      if (verb) { const s = resolveCue(p, verb, q, sentence); if (s) return s; }
      if (cue.kind === 'participle') {
        const actor = mentionsIn(sentence.start, cue.start).filter(m => !inQuote(m.start) && (m.type === 'PERSON' || m.type === 'ORG')).sort((a, b) => rankOf(a) - rankOf(b) || a.start - b.start)[0];
        if (actor) return { entity: actor.entity, mention: actor };
      }
      return last && { entity: last.entity, mention: mentionOf(last.entity, last.mention, cue.start) };
    }
    if (cue.subject === 'after') {
      const np = phraseAfter(tokens, cue.last + 1, 14, otherCueTokens(p, cue));
      // "نقلت وكالة الأنباء الألمانية عن مسؤول إثيوبي": the words are the source's, quoted by the agency
      if (np && /^(نقل|نقلت|ونقلت|ونقل)$/.test(spanText(cue))) {
        let after = tokens.findIndex(t => t.start >= np.end);
        // "(د ب أ)" between the agency and its source
        if (after >= 0 && tokens[after].text === '(') { const close = tokens.findIndex((t, n) => n > after && t.text === ')'); if (close > 0) after = close + 1; }
        if (after >= 0 && after < tokens.length && k(tokens[after]) === 'عن') { const src = fromPhrase(phraseAfter(tokens, after + 1, 6, otherCueTokens(p, cue))); if (src) return src; }
      }
      const s = fromPhrase(np);
      if (s && s.entity === null && np) {
        const named = titledName(np, q && q.open.start > cue.start ? q.open.start : np.end + 80);
        if (named) return { entity: named.entity, mention: named };
      }
      if (s) return s;
      return carry(p, sentence, cue.start);
    }
    // Subject before the verb: the phrase right before it ("one diplomat said", "as one diplomat put it"),
    // else the nearest name between the quote (or the sentence start) and the verb.
    const np = phraseBefore(tokens, cue.first, 8, otherCueTokens(p, cue));
    if (np && PRONOUNS.has(foldLatin(spanText(np)))) return last && { entity: last.entity, mention: mentionOf(last.entity, last.mention, cue.start) };
    const from = q && q.end <= cue.start ? (q.close?.end ?? q.end) : sentence.start;
    const named = mentionsIn(from, cue.start).filter(m => !inQuote(m.start) && !toldTo(m));
    if (verbFinal && q && q.end <= cue.start && !np && !named.length) {
      // Hasan Yılmaz, "…" dedi — the speaker stands right before the quote
      const before = mentionsIn(sentence.start, q.open.start).filter(m => !inQuote(m.start) && (m.type === 'PERSON' || m.type === 'ORG') && !toldTo(m)).pop();
      if (before) return { entity: before.entity, mention: before };
    }
    if (verbFinal && np && wordsIn(np) > 3 && named.length) {
      const head = [...named].sort((a, b) => rankOf(a) - rankOf(b) || a.start - b.start)[0];
      return { entity: head.entity, mention: head };
    }
    const fromNp = np && wordsIn(np) <= 8 ? fromPhrase(np) : null;
    if (verbFinal) {
      // Subject first, verb last: adverbials stand between them ("آیدین در ادامه گفت", "… ترکیه نیز گفت"),
      // so a phrase before the verb that names no one, or only a place, yields to the clause's first actor —
      // in the clause of the verb only (after "به گزارش ایرنا،", "پس از دیدار با X،"), and not a source.
      const clause = lastClauseStart(from, cue.start);
      const subject = named.filter(m => m.start >= clause && (m.type === 'PERSON' || m.type === 'ORG') && !SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)))
        .sort((a, b) => rankOf(a) - rankOf(b) || a.start - b.start)[0];
      const npType = fromNp && fromNp.entity !== null ? named.find(m => m.entity === fromNp.entity)?.type : undefined;
      if (subject && (!fromNp || fromNp.entity === null || npType === 'GPE' || npType === 'LOC')) return { entity: subject.entity, mention: subject };
      // "Şeybani ise … “yeni bir sayfa” açmak istediklerini söyledi": the subject opens the sentence, before the quote
      if (!subject && !named.length && q && q.end <= cue.start && (!fromNp || fromNp.entity === null)) {
        const opener = mentionsIn(lastClauseStart(sentence.start, q.open.start), q.open.start).filter(m => !inQuote(m.start) && (m.type === 'PERSON' || m.type === 'ORG'))
          .sort((a, b) => rankOf(a) - rankOf(b) || a.start - b.start)[0];
        if (opener) return { entity: opener.entity, mention: opener };
      }
    }
    if (fromNp && (fromNp.entity !== null || wordsIn(np!) <= 6 || isSomeoneElses(spanText(np!)))) return fromNp;
    // the nearest name before the verb; a place there is no speaker when a longer phrase says who spoke
    // ("a spokesperson for the U.S. Energy Department told Reuters")
    const actors = fromNp ? named.filter(m => m.type === 'PERSON' || m.type === 'ORG') : named;
    // "Giovanni Staunovo, an analyst at UBS, said": after an apposition between commas, the person before it
    const person = !np && TRAILING_COMMA.test(text.slice(Math.max(0, cue.start - 3), cue.start)) ? actors.filter(m => m.type === 'PERSON').pop() : undefined;
    if (person) return { entity: person.entity, mention: person };
    if (actors.length) { const pick = actors[actors.length - 1]; return { entity: pick.entity, mention: pick }; }
    if (fromNp) return fromNp;
    // "said X" after the quote: the subject follows the verb
    if (q && q.end <= cue.start) { const s = fromPhrase(phraseAfter(tokens, cue.last + 1, 6)); if (s) return s; }
    return last && { entity: last.entity, mention: mentionOf(last.entity, last.mention, cue.start) };
  };

  /** No subject after an Arabic verb ("وأضاف:"): the sentence's earlier actor, else the story's last speaker. */
  const carry = (_p: AttributionParagraph, sentence: USpan, pos: number): Speaker | null => {
    // (a subject before the verb, as in a nominal sentence: "حزب العدالة والتنمية … يشير إلى")
    const hidden = (m: MentionRef) => inQuote(m.start) && quotesNear(pos).some(o => m.start >= o.start && m.start < o.end && !(o.start <= pos && pos < o.end));
    const actor = mentionsIn(sentence.start, pos).filter(m => (m.type === 'PERSON' || m.type === 'ORG') && !hidden(m)).pop();
    if (actor) return { entity: actor.entity, mention: actor };
    return last && { entity: last.entity, mention: mentionOf(last.entity, last.mention, pos) };
  };

  /** The subject a verb names explicitly (no carrying over): the story's speaker from then on. */
  const explicitSubject = (p: AttributionParagraph, c: UCue): Speaker | null => {
    if (c.kind !== 'verb' || c.subject === 'none') return null;
    const saved = last;
    last = null; // no carrying over: only a subject the sentence names
    const s = resolveCue(p, c, null, sentenceOf(p, c.start));
    last = saved;
    return s && s.entity !== null ? s : null;
  };

  paragraphs.forEach((p, pi) => {
    const own = paragraphQuotes[pi];
    let previous: Speaker | null = null;
    if (own.length === 0 && p.cues.length === 0) return;
    const events: Array<{ at: number; quote?: UQuote; cue?: UCue }> = [];
    for (const q of own) events.push({ at: q.open.start, quote: q });
    for (const c of p.cues) if (c.kind === 'verb' && !inQuote(c.start)) events.push({ at: c.start, cue: c });
    sortIfNeeded(events, (a, b) => a.at - b.at);
    for (const ev of events) {
      if (ev.cue) {
        const s = explicitSubject(p, ev.cue);
        if (s) {
          last = s;
          if (IN_A_STATEMENT.test(text.slice(ev.cue.end, Math.min(p.end, ev.cue.end + 60)))) issuer = s;
        }
        continue;
      }
      const q = ev.quote!;
      if (termLike(q)) { result.set(q, { kind: 'term', speaker: null, speakerMention: null, cue: null }); continue; }
      const sentence = sentenceOf(p, q.open.start, q.close?.end ?? q.end);
      const cues = cuesIn(p, sentence.start, sentence.end).filter(c => !hiddenFrom(c.start, q) && !(c.start >= q.start && c.end <= q.end));
      const after = cues.filter(c => c.start >= (q.close?.end ?? q.end));
      const before = cues.filter(c => c.end <= q.open.start);
      const post = after.find(c => c.kind === 'verb') ?? after[0];
      // Before the quote, a verb or participle speaks louder than an "according to" (وقال أوغلو، وفقا لوكالة الأناضول: "…").
      let pre: UCue | undefined;
      for (let n = before.length - 1; n >= 0 && !pre; n--) if (before[n].kind !== 'source') pre = before[n];
      pre ??= before[before.length - 1];
      const startsSentence = NOTHING_BUT_OPENERS.test(text.slice(sentence.start, q.open.start));
      let cue: UCue | undefined = post && (startsSentence || !pre) ? post : pre ?? post;
      let speaker: Speaker | null = null;
      const prefix = text.slice(p.start, q.open.start);
      // In a headline the colon may stand anywhere before the quote: "اردوغان: … «ضد ترکیه» …"
      const colon = (p.headline ? HEADLINE_SPEAKER : SPEAKER_COLON).exec(prefix);
      if (colon && (p.headline || !before.length) && colon[1].trim().split(/\s+/).length <= 5) {
        // "X: “…”" — the words before the colon say who speaks
        speaker = fromPhrase({ start: p.start, end: p.start + colon[1].trimEnd().length });
        cue = undefined;
      }
      if (!speaker && cue) speaker = resolveCue(p, cue, q, sentence);
      if (!speaker && !cue && previous && wordCount(text, q) > 4) speaker = previous;
      if (!speaker && !cue && wordCount(text, q) > 4 && NOTHING_BUT_OPENING_MARKS.test(prefix)) {
        // A quote standing alone is said by whoever the next paragraph names with a cue.
        const next = paragraphs[pi + 1];
        const nextCue = next?.cues.find(c => !inQuote(c.start));
        if (next && nextCue) speaker = resolveCue(next, nextCue, null, { start: next.start, end: next.end });
      }
      if (speaker) { last = speaker; previous = speaker; }
      const short = wordCount(text, q) <= 3;
      result.set(q, {
        kind: speaker || !short ? 'speech' : 'term',
        speaker: speaker?.entity ?? null,
        speakerMention: speaker?.mention ?? null,
        cue: speaker && cue ? { start: cue.start, end: cue.end } : null,
      });
    }
  });
  return quotes.map(q => result.get(q) ?? { kind: 'term', speaker: null, speakerMention: null, cue: null });
}

function wordCount(text: string, q: UQuote): number {
  return countWords(text, q.start, q.end);
}

interface ParagraphFacts {
  /** Merged [start, end) intervals inside quotes, and inside quotes with their marks. */
  readonly inner: readonly USpan[];
  readonly outer: readonly USpan[];
  /** Offsets of the marks that end a sentence: . ! ? ؟ outside quotes, before a blank or the paragraph's end. */
  readonly ends: readonly number[];
}

/** The spans (made for this, so kept as they are where they do not overlap) merged where they overlap. */
function merge(spans: USpan[]): USpan[] {
  sortIfNeeded(spans, (a, b) => a.start - b.start);
  const out: USpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

function paragraphFacts(text: string, p: AttributionParagraph, quotes: readonly UQuote[]): ParagraphFacts {
  const inner = merge(quotes.map(q => ({ start: q.start, end: q.end })));
  const outer = merge(quotes.map(q => ({ start: q.open.start, end: q.close?.end ?? q.end })));
  const ends: number[] = [];
  for (let i = p.start; i < p.end; i++) {
    // (character codes rather than a regex per character: this reads every paragraph with a quote or a cue)
    const c = text.charCodeAt(i);
    if (!(c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f) || within(outer, i)) continue;
    if (!(BLANK.test(text[i + 1] ?? ' ') || i + 1 >= p.end)) continue;
    // a full stop after a single capital (U.S., Gen.) does not end a sentence
    if (text[i] === '.' && AFTER_INITIAL.test(text.slice(Math.max(p.start, i - 5), i))) continue;
    ends.push(i);
  }
  return { inner, outer, ends };
}

/** Is `pos` inside one of the merged, sorted intervals? */
function within(intervals: readonly USpan[], pos: number): boolean {
  let lo = 0, hi = intervals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < intervals[mid].start) hi = mid - 1;
    else if (pos >= intervals[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Index of the first number at least `x` (numbers sorted). */
function firstAtLeast(xs: readonly number[], x: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Index of the paragraph holding `pos` (binary search; paragraphs are in text order). */
function paragraphAt(paragraphs: readonly AttributionParagraph[], pos: number): number {
  let lo = 0, hi = paragraphs.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (paragraphs[mid].start <= pos) lo = mid; else hi = mid - 1; }
  return lo;
}

/** Index of the first span that starts at or after `pos` (spans sorted by start). */
function firstAtOrAfter(spans: readonly USpan[], pos: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}
