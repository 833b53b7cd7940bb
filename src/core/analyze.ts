// text -> ArticleAnalysis: the one entry point every adapter calls.
// Detection runs on UTF-16 offsets (JavaScript strings); everything leaves in code points.
import { TextIndex } from './text/codePoints';
import { sortIfNeeded } from './text/sorted';
import { countScripts, detectDirection, detectLanguage } from './text/script';
import { tokenize } from './text/tokens';
import { paragraphWork } from './article/paragraphWork';
import { splitLines } from './article/lines';
import { analyzeStructure, type USpan } from './article/structure';
import type { UQuote } from './article/quotes';
import { findCues, type UCue } from './article/cues';
import { attributeQuotes, type AttributionParagraph, type MentionRef } from './article/attribution';
import { backgroundParagraphs } from './article/background';
import { continuedQuotes } from './article/continuedQuotes';
import { copyDiagnostics } from './article/diagnostics';
import { recognizeEntities } from './entities/recognize';
import { gazetteer } from './entities/gazetteer';
import { analyzeSegments } from './segments';
import type { AnalyzeOptions, ArticleAnalysis, Cue, Diagnostic, Direction, Entity, Paragraph, Quote, Span } from './types';

/** Above this many UTF-16 units a text is analysed in segments (day files, corpora): see segments.ts. */
const SEGMENTED_ABOVE = 64 * 1024;

export function analyze(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const counts = countScripts(text);
  const language = options.language ?? detectLanguage(text, counts);
  const direction = detectDirection(text, counts);
  if (text.length <= SEGMENTED_ABOVE) return analyzeArticle(text, language, direction);
  return analyzeSegments(text, language, direction, segmentText => analyzeArticle(segmentText, language, direction));
}

/** One article (or one segment of a long file), whole. */
function analyzeArticle(text: string, language: string, direction: Direction): ArticleAnalysis {
  const index = new TextIndex(text);
  const cp = (utf16: number) => index.toCodePoint(utf16);
  // The records below are written out rather than spread ({ ...span(q), id }): a spread followed by
  // more properties builds each record the slow way, and there is one per quote, cue and paragraph.
  const span = (u: USpan): Span => ({ start: cp(u.start), end: cp(u.end), text: text.slice(u.start, u.end) });
  const lines = splitLines(text);
  const structure = analyzeStructure(lines);

  // Per paragraph (kept while the paragraph is unchanged): tokens, speech cues, quotes, name mentions.
  const persian = language === 'fa';
  const tail = (rest: string) => attributionTail(rest, persian);
  const paragraphs = lines.map(line => {
    const role = structure.roles.get(line.index);
    const copyOffset = (structure.bodyStart.get(line.index) ?? line.start) - line.start;
    return paragraphWork(line, copyOffset, role === 'dateline' || role === 'date', language, tail);
  });
  const quotes = paragraphs.flatMap(p => p.quotes.map(q => ({ q, line: p.line.index })));
  const continued = continuedQuotes(lines, quotes);
  const continuedOpen = new Set([...continued.values()].map(i => quotes[i].q.open.start));
  const problems = paragraphs.flatMap(p => p.problems).filter(p => !(p.code === 'unclosed-quote' && continuedOpen.has(p.start)));
  const uquotes = quotes.map(x => x.q);

  // Entities, then who said what.
  const uentities = recognizeEntities({ text, structure, language, paragraphs: paragraphs.map(p => ({ line: p.line, tokens: p.tokens, words: p.words, mentions: p.mentions })) });
  const order = sortIfNeeded(uentities.map((e, i) => ({ e, i })), (a, b) => a.e.mentions[0].start - b.e.mentions[0].start);
  const idOf = new Map(order.map(({ i }, n) => [i, `e${n + 1}`]));
  const mentions: MentionRef[] = uentities.flatMap((e, i) => e.mentions.map(m => ({ start: m.start, end: m.end, entity: i, type: e.type, nominal: !!m.nominal }))).sort((a, b) => a.start - b.start);
  const attributionParagraphs: AttributionParagraph[] = paragraphs.map(p => ({
    // (a lead's inline dateline, "ANKARA (AA) -", is no part of its first sentence: the agency speaks no quote)
    index: p.line.index, start: structure.bodyStart.get(p.line.index) ?? p.line.start, end: p.line.end, tokens: p.tokens, cues: p.cues,
    headline: structure.roles.get(p.line.index) === 'headline',
  }));
  /** Is the quoted text exactly a name? (mentions are sorted by start: a binary search, nothing built) */
  const isName = (q: UQuote) => {
    let lo = 0, hi = mentions.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < q.start) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < mentions.length && mentions[k].start === q.start; k++) if (mentions[k].end === q.end) return true;
    return false;
  };
  const attributions = attributeQuotes(attributionParagraphs, uquotes, mentions, text, isName, language);
  // a quote that goes on in the next paragraph is still its speaker's, unless that paragraph names another
  for (const [k, i] of continued) if (attributions[k].speaker === null && !attributions[k].speakerMention) attributions[k] = { ...attributions[i], cue: null };

  const speechLines = new Set(quotes.filter((_, i) => attributions[i].kind === 'speech').map(x => x.line));
  const roles = backgroundParagraphs(lines, structure, speechLines);
  const outQuotes: Quote[] = quotes.map(({ q, line }, i) => {
    const a = attributions[i];
    return {
      start: cp(q.start), end: cp(q.end), text: text.slice(q.start, q.end), id: `q${i + 1}`, kind: a.kind, open: q.open.text, close: q.close?.text ?? null,
      outer: { start: cp(q.open.start), end: cp(q.close?.end ?? q.end) },
      paragraph: line,
      speaker: a.speaker === null ? null : idOf.get(a.speaker) ?? null,
      speakerMention: a.speakerMention && span(a.speakerMention),
      cue: a.cue && span(a.cue),
    };
  });
  const cues: Cue[] = [];
  outQuotes.forEach((q, i) => { if (attributions[i].cue) cues.push({ start: q.cue!.start, end: q.cue!.end, text: q.cue!.text, quote: q.id }); });
  const attributed = new Set(cues.map(c => c.start));
  for (const p of paragraphs) for (const c of p.cues) if (!attributed.has(cp(c.start))) cues.push({ start: cp(c.start), end: cp(c.end), text: text.slice(c.start, c.end), quote: null });
  sortIfNeeded(cues, (a, b) => a.start - b.start);

  const headlineLine = lines.find(l => structure.roles.get(l.index) === 'headline');
  const entities: Entity[] = order.map(({ e }, n) => {
    const spans = e.mentions.map(span);
    // The name is a name, not a title standing for it; taken from the body where it occurs there.
    const named = spans.filter((_, k) => !e.mentions[k].nominal);
    const body = named.filter(m => !headlineLine || m.start >= cp(headlineLine.end));
    const pool = body.length ? body : named.length ? named : spans;
    const name = pool.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
    const entry = e.gid ? gazetteer().entry(e.gid) : undefined;
    const aliases = entry && entry.name !== name && !spans.some(m => m.text === entry.name) ? [entry.name] : [];
    return { id: `e${n + 1}`, type: e.type, name, role: e.role && span(e.role), aliases, mentions: spans, origin: e.gid ? 'gazetteer' : 'auto' };
  });

  const diagnostics: Diagnostic[] = sortIfNeeded([
    ...problems.map(p => ({
      code: p.code, severity: 'warning' as const, start: cp(p.start), end: cp(p.end),
      message: p.code === 'unclosed-quote' ? `Quote opened with ${p.mark} is never closed in its paragraph.` : `Quote mark ${p.mark} has no partner.`,
    })),
    ...copyDiagnostics(text, lines, structure).map(d => ({ code: d.code, severity: d.severity, start: cp(d.start), end: cp(d.end), message: d.message })),
  ], (a, b) => a.start - b.start);

  const outParagraphs: Paragraph[] = lines.map(l => ({ start: cp(l.start), end: cp(l.end), text: l.text, index: l.index, role: roles.get(l.index) ?? 'body' }));
  const d = structure.dateline;
  return {
    text,
    length: index.length,
    language,
    direction,
    headline: structure.headline && span(structure.headline),
    deck: structure.deck && span(structure.deck),
    dateline: d && {
      start: cp(d.start), end: cp(d.end), text: text.slice(d.start, d.end),
      date: d.date && { start: cp(d.date.start), end: cp(d.date.end), text: text.slice(d.date.start, d.date.end), value: d.date.value },
      place: d.place && span(d.place),
      reporters: d.reporters.map(span),
      agency: d.agency && { start: cp(d.agency.start), end: cp(d.agency.end), text: text.slice(d.agency.start, d.agency.end), name: d.agency.name },
    },
    paragraphs: outParagraphs,
    quotes: outQuotes,
    entities,
    cues,
    diagnostics,
  };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/**
 * How many trailing characters of an unclosed quote's paragraph are an attribution clause
 * (", وفق البيان.", ", he said.") rather than quoted words.
 */
function attributionTail(rest: string, persian: boolean): number {
  const comma = Math.max(rest.lastIndexOf('،'), rest.lastIndexOf(','));
  if (comma < 0 || rest.length - comma > 80) return 0;
  const tail = rest.slice(comma + 1);
  const tokens = tokenize(tail);
  const cues: UCue[] = findCues(tokens, persian);
  // the clause must open with its cue: ", وفق البيان", ", he said", ", a-t-il déclaré"
  const opening = tokens.filter(t => t.kind === 'word').slice(0, 3);
  return cues.length && opening.some(t => t.start === cues[0].start) ? rest.length - comma : 0;
}
