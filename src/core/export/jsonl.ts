// JSONL for NLP tools: one article per line, `{"text", "spans": [{start, end, label, text}]}` as
// spaCy and doccano read it. Offsets are code points, which is what Python's str (and so spaCy's
// char_span) counts; each span also carries its text, as every export does (SCHEMA.md).
import type { ArticleAnalysis } from '../types';

export interface JsonlOptions {
  /** Add the quotes as spans labelled QUOTE (default: entities only). */
  readonly quotes?: boolean;
  /** Extra fields for the line's `meta` (path, sha256, agency …). */
  readonly meta?: Readonly<Record<string, unknown>>;
}

export interface JsonlSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly text: string;
}

export interface JsonlRecord {
  readonly text: string;
  readonly spans: readonly JsonlSpan[];
  readonly meta?: Readonly<Record<string, unknown>>;
}

export function toJsonlRecord(a: ArticleAnalysis, options: JsonlOptions = {}): JsonlRecord {
  const spans: JsonlSpan[] = [
    ...a.entities.flatMap(e => e.mentions.map(m => ({ start: m.start, end: m.end, label: e.type, text: m.text }))),
    ...(options.quotes ? a.quotes.filter(q => q.start < q.end).map(q => ({ start: q.start, end: q.end, label: 'QUOTE', text: q.text })) : []),
  ].sort((x, y) => x.start - y.start || x.end - y.end || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  return options.meta ? { text: a.text, spans, meta: options.meta } : { text: a.text, spans };
}

/**
 * One JSON line. U+2028/U+2029 are escaped too: JSON allows them raw, but readers that split on
 * every line terminator (Python's str.splitlines) would cut the record in two.
 */
export function toJsonlLine(a: ArticleAnalysis, options: JsonlOptions = {}): string {
  return JSON.stringify(toJsonlRecord(a, options)).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Several articles, one per line, with a final newline. */
export function toJsonl(articles: readonly ArticleAnalysis[], options: JsonlOptions = {}): string {
  return articles.map(a => toJsonlLine(a, options) + '\n').join('');
}
