// text -> ArticleAnalysis: the one entry point every adapter calls.
import { TextIndex } from './text/codePoints';
import { detectDirection, detectLanguage } from './text/script';
import { splitLines } from './article/lines';
import type { AnalyzeOptions, ArticleAnalysis, Paragraph } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const index = new TextIndex(text);
  const lines = splitLines(text);
  const paragraphs: Paragraph[] = lines.map(l => ({
    index: l.index, role: 'body', text: l.text, start: index.toCodePoint(l.start), end: index.toCodePoint(l.end),
  }));
  return {
    text,
    length: index.length,
    language: options.language ?? detectLanguage(text),
    direction: detectDirection(text),
    headline: null,
    deck: null,
    dateline: null,
    paragraphs,
    quotes: [],
    entities: [],
    cues: [],
    diagnostics: [],
  };
}
