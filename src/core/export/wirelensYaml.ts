// The `wirelens/1` YAML (SCHEMA.md): keys in the schema's order, lists sorted by start,
// spans written as one-line flow maps so that a changed span is a one-line git diff.
import { Document, isMap, isSeq, visit } from 'yaml';
import type { ArticleAnalysis, Span } from '../types';

export const FORMAT = 'wirelens/1';

export interface SourceInfo {
  /** The article's path as given, relative where possible. */
  readonly path: string;
  /** sha256 (hex) of the UTF-8 bytes on disk. */
  readonly sha256: string;
}

const span = (s: Span | null) => (s ? { text: s.text, start: s.start, end: s.end } : null);
const byStart = <T extends { start: number }>(xs: readonly T[]) => [...xs].sort((a, b) => a.start - b.start || (b as any).end - (a as any).end);

/** The plain object of a `wirelens/1` document, in the schema's key order. */
export function toWirelensObject(a: ArticleAnalysis, source: SourceInfo) {
  const d = a.dateline;
  return {
    format: FORMAT,
    source: { path: source.path, sha256: source.sha256, language: a.language, direction: a.direction },
    article: {
      headline: span(a.headline),
      deck: span(a.deck),
      dateline: d && {
        text: d.text, start: d.start, end: d.end,
        date: d.date && { text: d.date.text, value: d.date.value, start: d.date.start, end: d.date.end },
        place: span(d.place),
        reporters: d.reporters.map(span),
        agency: d.agency && { text: d.agency.text, name: d.agency.name, start: d.agency.start, end: d.agency.end },
      },
      paragraphs: a.paragraphs.map(p => ({ index: p.index, role: p.role, start: p.start, end: p.end })),
    },
    quotes: byStart(a.quotes).map(q => ({
      id: q.id, kind: q.kind, text: q.text, start: q.start, end: q.end, open: q.open, close: q.close,
      paragraph: q.paragraph, speaker: q.speaker, speaker_mention: span(q.speakerMention), cue: span(q.cue),
    })),
    entities: [...a.entities].sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0)).map(e => ({
      id: e.id, type: e.type, name: e.name, role: e.role?.text ?? null,
      ...(e.role ? { role_span: span(e.role) } : {}),
      aliases: [...e.aliases], mentions: byStart(e.mentions).map(span), origin: e.origin,
    })),
    diagnostics: byStart(a.diagnostics).map(x => ({ code: x.code, severity: x.severity, message: x.message, start: x.start, end: x.end })),
  };
}

/** Serialises an analysis as `wirelens/1` YAML; byte-identical for the same input. */
export function toWirelensYaml(a: ArticleAnalysis, source: SourceInfo): string {
  return stringifyWirelens(toWirelensObject(a, source));
}

/** Any `wirelens/1`-shaped object (the sidecar adds keys) in the house style. */
export function stringifyWirelens(value: object): string {
  const doc = new Document(value);
  visit(doc, {
    Map(_, node) {
      // A map of scalars with a start offset is a span: one line.
      if (node.items.some(p => (p.key as any)?.value === 'start') && node.items.every(p => !isMap(p.value) && !isSeq(p.value))) node.flow = true;
    },
    Seq(_, node) { if (node.items.length === 0 || node.items.every(i => !isMap(i) && !isSeq(i))) node.flow = true; },
    // A line break in a plain scalar would spread a one-line span over several lines: escape it.
    Scalar(_, node) { if (typeof node.value === 'string' && /[\n\r\u2028\u2029]/.test(node.value)) node.type = 'QUOTE_DOUBLE'; },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
