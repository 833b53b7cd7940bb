// The article as a tree of plain records: dateline, headline, quotes by speaker, entities by type,
// background, problems. The sidebar and the document symbols both draw this one tree, so they show
// the same groups, in the same order, with the same counts. Words for headings belong to the adapters.
import { ENTITY_TYPES } from './types';
import type { ArticleAnalysis, Diagnostic, Entity, EntityType, Quote, Span } from './types';

export type OutlineKind =
  | 'dateline' | 'date' | 'place' | 'reporter' | 'agency'
  | 'headline' | 'deck'
  | 'quotes' | 'speaker' | 'unattributed' | 'terms' | 'quote'
  | 'entities' | 'entityType' | 'entity' | 'mention'
  | 'background' | 'paragraph'
  | 'problems' | 'problem';

/** Code points, `end` exclusive. */
export interface OutlineRange {
  readonly start: number;
  readonly end: number;
}

export interface OutlineNode {
  readonly kind: OutlineKind;
  /** Unique within one outline, and the same across re-analyses while the thing stays (tree ids). */
  readonly id: string;
  /** Article text that names the node (a speaker, a quote's first words); null for a heading. */
  readonly name: string | null;
  /** All the node covers: its own span joined with its children's. */
  readonly range: OutlineRange;
  /** What to select when the node is chosen; always inside `range`. */
  readonly selection: OutlineRange;
  /** What a group counts (quotes of a speaker, mentions of an entity …); 0 for a leaf. */
  readonly count: number;
  readonly children: readonly OutlineNode[];
  /** A value the text encodes: the ISO date, the agency's canonical name, the entity type of a group. */
  readonly value?: string | null;
  /** The record the node stands for, for actions on it. */
  readonly quote?: Quote;
  readonly entity?: Entity;
  readonly diagnostic?: Diagnostic;
}

/** How many words of a quote or a paragraph name it in the outline. */
export const EXCERPT_WORDS = 6;

/** The first words of `text`, with an ellipsis when there are more. */
export function excerpt(text: string, words = EXCERPT_WORDS): string {
  const all = text.trim().split(/\s+/u).filter(Boolean);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}

export function buildOutline(analysis: ArticleAnalysis): OutlineNode[] {
  return [
    datelineNode(analysis),
    headlineNode(analysis),
    quotesNode(analysis),
    entitiesNode(analysis),
    backgroundNode(analysis),
    problemsNode(analysis.diagnostics),
  ].filter((n): n is OutlineNode => n !== null);
}

function join(ranges: readonly OutlineRange[]): OutlineRange {
  return { start: Math.min(...ranges.map(r => r.start)), end: Math.max(...ranges.map(r => r.end)) };
}

const at = (s: OutlineRange): OutlineRange => ({ start: s.start, end: s.end });

function leaf(kind: OutlineKind, id: string, span: Span, extra: Partial<OutlineNode> = {}): OutlineNode {
  return { kind, id, name: span.text, range: at(span), selection: at(span), count: 0, children: [], ...extra };
}

/** A group: its range joins its own span (if any) and its children's; it selects `selection` or its first child's. */
function group(kind: OutlineKind, id: string, name: string | null, children: OutlineNode[], count: number,
  own?: { span: OutlineRange; selection?: OutlineRange }, extra: Partial<OutlineNode> = {}): OutlineNode {
  const range = join([...(own ? [own.span] : []), ...children.map(c => c.range)]);
  const selection = own?.selection ?? own?.span ?? children[0].selection;
  return { kind, id, name, range, selection: at(selection), count, children, ...extra };
}

function datelineNode(a: ArticleAnalysis): OutlineNode | null {
  const d = a.dateline;
  if (!d) return null;
  const fields: OutlineNode[] = [];
  if (d.date) fields.push(leaf('date', 'dateline/date', d.date, { value: d.date.value }));
  if (d.place) fields.push(leaf('place', 'dateline/place', d.place));
  d.reporters.forEach((r, i) => fields.push(leaf('reporter', `dateline/reporter/${i}`, r)));
  if (d.agency) fields.push(leaf('agency', 'dateline/agency', d.agency, { value: d.agency.name }));
  fields.sort((x, y) => x.range.start - y.range.start);
  return group('dateline', 'dateline', d.text, fields, fields.length, { span: d });
}

function headlineNode(a: ArticleAnalysis): OutlineNode | null {
  if (!a.headline) return null;
  const deck = a.deck ? [leaf('deck', 'headline/deck', a.deck)] : [];
  return group('headline', 'headline', a.headline.text, deck, deck.length, { span: a.headline });
}

function quoteNode(q: Quote): OutlineNode {
  return { kind: 'quote', id: `quote/${q.id}`, name: excerpt(q.text), range: at(q.outer), selection: at(q), count: 0, children: [], quote: q };
}

/** Speech quotes by who said them (the entity, else the words that attribute them), then unattributed ones, then terms. */
function quotesNode(a: ArticleAnalysis): OutlineNode | null {
  if (a.quotes.length === 0) return null;
  const entities = new Map(a.entities.map(e => [e.id, e]));
  const speakers = new Map<string, { name: string; mention: Span | null; entity?: Entity; quotes: Quote[] }>();
  const unattributed: Quote[] = [], terms: Quote[] = [];
  for (const q of a.quotes) {
    const entity = q.speaker ? entities.get(q.speaker) : undefined;
    const key = entity ? `entity:${entity.id}` : q.speakerMention ? `mention:${q.speakerMention.text}` : null;
    if (q.kind === 'term') terms.push(q);
    else if (!key) unattributed.push(q);
    else {
      const s = speakers.get(key) ?? { name: entity?.name ?? q.speakerMention!.text, mention: q.speakerMention, entity, quotes: [] };
      s.quotes.push(q);
      speakers.set(key, s);
    }
  }
  const groups: OutlineNode[] = [...speakers].map(([key, s]) => {
    const children = s.quotes.map(quoteNode);
    const own = s.mention ? { span: s.mention } : undefined;
    return group('speaker', `quotes/${key}`, s.name, children, children.length, own, s.entity ? { entity: s.entity } : {});
  });
  if (unattributed.length) groups.push(group('unattributed', 'quotes/unattributed', null, unattributed.map(quoteNode), unattributed.length));
  if (terms.length) groups.push(group('terms', 'quotes/terms', null, terms.map(quoteNode), terms.length));
  return group('quotes', 'quotes', null, groups, a.quotes.length);
}

/** Entities by type (in the order of ENTITY_TYPES), the most mentioned first, each with its mentions. */
function entitiesNode(a: ArticleAnalysis): OutlineNode | null {
  const withMentions = a.entities.filter(e => e.mentions.length > 0);
  if (withMentions.length === 0) return null;
  const types = ENTITY_TYPES.map(type => {
    const members = withMentions
      .filter(e => e.type === type)
      .sort((x, y) => y.mentions.length - x.mentions.length || x.mentions[0].start - y.mentions[0].start);
    if (members.length === 0) return null;
    const entities = members.map(e => {
      const mentions = e.mentions.map((m, i) => leaf('mention', `entity/${e.id}/${i}`, m, { entity: e }));
      return group('entity', `entity/${e.id}`, e.name, mentions, mentions.length, undefined, { entity: e, value: e.type });
    });
    return group('entityType', `entities/${type}`, null, entities, entities.length, undefined, { value: type as EntityType });
  }).filter((n): n is OutlineNode => n !== null);
  return group('entities', 'entities', null, types, withMentions.length);
}

function backgroundNode(a: ArticleAnalysis): OutlineNode | null {
  const paragraphs = a.paragraphs.filter(p => p.role === 'background')
    .map(p => leaf('paragraph', `background/${p.index}`, p, { name: excerpt(p.text) }));
  return paragraphs.length ? group('background', 'background', null, paragraphs, paragraphs.length) : null;
}

function problemsNode(diagnostics: readonly Diagnostic[]): OutlineNode | null {
  if (diagnostics.length === 0) return null;
  const problems = [...diagnostics].sort((x, y) => x.start - y.start).map((d, i): OutlineNode =>
    ({ kind: 'problem', id: `problem/${i}/${d.code}`, name: d.message, range: at(d), selection: at(d), count: 0, children: [], diagnostic: d, value: d.code }));
  return group('problems', 'problems', null, problems, problems.length);
}
