// Long files — a wire desk's day file, a corpus — are analysed in segments: runs of lines cut at
// blank lines (items of a day file are separated by them), each analysed on its own and kept while
// its text is unchanged, then put together with offsets, line numbers and ids shifted. An edit
// re-analyses one segment; names are not chained across segments (each item is its own story).
import { TextIndex } from './text/codePoints';
import { RecentMap } from './text/recent';
import type { ArticleAnalysis, Diagnostic, Direction, Entity, Paragraph, Quote, Span } from './types';

/** A segment is cut at the first blank line after this many UTF-16 units… */
const SEGMENT_SOFT = 12 * 1024;
/** …and at the first line break after this many, blank line or not. */
const SEGMENT_HARD = 48 * 1024;
const MEMO_LIMIT = 400;

interface Segment {
  /** UTF-16 offset of the segment in the whole text. */
  readonly start: number;
  readonly text: string;
  /** Line number of the segment's first line in the whole text. */
  readonly line: number;
}

/** Cuts `text` into segments at blank lines (or line breaks for text without any). Every character is in exactly one segment. */
export function splitSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0, line = 0, lines = 0;
  let i = 0;
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    lines++;
    const next = nl + 1;
    const size = next - start;
    // a blank line: the next line starts right after another line break
    const blankAhead = text[next] === '\n' || (text[next] === '\r' && text[next + 1] === '\n');
    if ((size >= SEGMENT_SOFT && blankAhead) || size >= SEGMENT_HARD) {
      out.push({ start, text: text.slice(start, next), line });
      start = next;
      line += lines;
      lines = 0;
    }
    i = next;
  }
  if (start < text.length || out.length === 0) out.push({ start, text: text.slice(start), line });
  return out;
}

const memos = new Map<string, RecentMap<ArticleAnalysis>>();

/** The segment's analysis, kept (per language) while its text is unchanged. */
function analyseSegment(text: string, language: string, analyseOne: (text: string) => ArticleAnalysis): ArticleAnalysis {
  let memo = memos.get(language);
  if (!memo) memos.set(language, (memo = new RecentMap(MEMO_LIMIT)));
  let a = memo.get(text);
  if (!a) {
    a = analyseOne(text);
    memo.set(text, a);
  }
  return a;
}

export function analyzeSegments(text: string, language: string, direction: Direction, analyseOne: (text: string) => ArticleAnalysis): ArticleAnalysis {
  const segments = splitSegments(text);
  const index = new TextIndex(text);
  const paragraphs: Paragraph[] = [];
  const quotes: Quote[] = [];
  const entities: Entity[] = [];
  const cues: ArticleAnalysis['cues'][number][] = [];
  const diagnostics: Diagnostic[] = [];
  let first: ArticleAnalysis | null = null;
  for (const seg of segments) {
    const a = analyseSegment(seg.text, language, analyseOne);
    first ??= a;
    const by = index.toCodePoint(seg.start);
    // (explicit records rather than spreads: this runs over every span of a long file on each edit)
    const sp = (s: Span): Span => ({ start: s.start + by, end: s.end + by, text: s.text });
    const spn = (s: Span | null): Span | null => s && sp(s);
    const entityId = new Map(a.entities.map((e, n) => [e.id, `e${entities.length + n + 1}`]));
    const quoteBase = quotes.length;
    for (const p of a.paragraphs) paragraphs.push({ index: p.index + seg.line, role: p.role, start: p.start + by, end: p.end + by, text: p.text });
    for (const e of a.entities) {
      entities.push({ id: entityId.get(e.id)!, type: e.type, name: e.name, role: spn(e.role), aliases: e.aliases, mentions: e.mentions.map(sp), origin: e.origin });
    }
    a.quotes.forEach((q, n) => quotes.push({
      id: `q${quoteBase + n + 1}`, kind: q.kind, text: q.text, start: q.start + by, end: q.end + by, open: q.open, close: q.close,
      outer: { start: q.outer.start + by, end: q.outer.end + by }, paragraph: q.paragraph + seg.line,
      speaker: q.speaker && (entityId.get(q.speaker) ?? null), speakerMention: spn(q.speakerMention), cue: spn(q.cue),
    }));
    const quoteId = new Map(a.quotes.map((q, n) => [q.id, `q${quoteBase + n + 1}`]));
    for (const c of a.cues) cues.push({ start: c.start + by, end: c.end + by, text: c.text, quote: c.quote && (quoteId.get(c.quote) ?? null) });
    // every item of a day file may lack a dateline; say it once, for the file's first
    for (const d of a.diagnostics) if (d.code !== 'no-dateline' || a === first) diagnostics.push({ code: d.code, severity: d.severity, message: d.message, start: d.start + by, end: d.end + by });
  }
  const head = first!;
  return {
    text,
    length: index.length,
    language,
    direction,
    headline: head.headline,
    deck: head.deck,
    dateline: head.dateline,
    paragraphs,
    quotes,
    entities,
    cues,
    diagnostics,
  };
}
