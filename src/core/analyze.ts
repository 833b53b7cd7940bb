// text -> ArticleAnalysis: the one entry point every adapter calls.
// Detection runs on UTF-16 offsets (JavaScript strings); everything leaves in code points.
import { TextIndex } from './text/codePoints';
import { detectDirection, detectLanguage } from './text/script';
import { splitLines } from './article/lines';
import { analyzeStructure, type USpan } from './article/structure';
import type { AnalyzeOptions, ArticleAnalysis, Paragraph, Span } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const index = new TextIndex(text);
  const span = (u: USpan): Span => {
    const start = index.toCodePoint(u.start), end = index.toCodePoint(u.end);
    return { start, end, text: text.slice(u.start, u.end) };
  };
  const lines = splitLines(text);
  const structure = analyzeStructure(lines);
  const paragraphs: Paragraph[] = lines.map(l => ({ ...span(l), index: l.index, role: structure.roles.get(l.index) ?? 'body' }));
  const d = structure.dateline;
  return {
    text,
    length: index.length,
    language: options.language ?? detectLanguage(text),
    direction: detectDirection(text),
    headline: structure.headline && span(structure.headline),
    deck: structure.deck && span(structure.deck),
    dateline: d && {
      ...span(d),
      date: d.date && { ...span(d.date), value: d.date.value },
      place: d.place && span(d.place),
      reporters: d.reporters.map(span),
      agency: d.agency && { ...span(d.agency), name: d.agency.name },
    },
    paragraphs,
    quotes: [],
    entities: [],
    cues: [],
    diagnostics: [],
  };
}
