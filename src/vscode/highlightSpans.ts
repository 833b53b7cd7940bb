// What the editor colours in an article, laid out the way VS Code needs it (sorted, disjoint, one
// line each) and the way Arabic needs it: whole words. An entity mention leaves its clitics outside
// (وبلجيكا -> بلجيكا), but colouring only part of a word styles its letters apart and breaks their
// joining, so every span grows to the word around it and no word ever holds two spans.
// No `vscode` here: semanticTokens.ts encodes these spans, hitTest.ts finds what is under the mouse.
import type { ArticleAnalysis, EntityType, TextIndex } from '../core';

export type HighlightKind = 'person' | 'organisation' | 'place' | 'event' | 'other' | 'speaker' | 'cue' | 'quote';
/** `declaration`: an entity's first mention; `speaker`: the mention a quote is attributed to; `term`: a quoted name or term, not speech. */
export type HighlightModifier = 'declaration' | 'speaker' | 'manual' | 'term';

/**
 * The semantic token type of each kind, in the legend's order. All are our own, declared in package.json
 * (`contributes.semanticTokenTypes`, each with a superType, so that a theme without our scopes still
 * colours it) and given TextMate scopes (`semanticTokenScopes`). An event is `newsEvent`, a subtype of
 * the standard `event`: our declaration, our scope, and no clash with the standard type's meaning in code.
 */
export const TOKEN_TYPE_OF_KIND: Readonly<Record<HighlightKind, string>> = {
  person: 'person', organisation: 'organisation', place: 'place', event: 'newsEvent', other: 'other',
  speaker: 'speaker', cue: 'cue', quote: 'quote',
};
export const TOKEN_MODIFIERS: readonly HighlightModifier[] = ['declaration', 'speaker', 'manual', 'term'];

export interface HighlightSpan {
  /** Code points, end exclusive; never crosses a line break. */
  readonly start: number;
  readonly end: number;
  readonly kind: HighlightKind;
  readonly modifiers: readonly HighlightModifier[];
}

export interface HighlightOptions {
  /** Entity mentions coloured by type (`wirelens.colourEntities`); speakers, cues and quotes stay either way. */
  readonly entities: boolean;
}

export const KIND_OF_ENTITY: Readonly<Record<EntityType, HighlightKind>> = {
  PERSON: 'person', ORG: 'organisation', GPE: 'place', LOC: 'place', EVENT: 'event', OTHER: 'other',
};

/** Letters of Arabic script, combining marks (diacritics), tatweel, ZWNJ and ZWJ: what holds an Arabic word together. */
const JOINING = /[\p{M}\u0640\u200C\u200D]|(?=\p{Script=Arabic})\p{L}/u;
const MARK = /\p{M}/u;

/** Whether a boundary before UTF-16 index `i` would cut a word (or part a mark from its letter). */
function splitsWord(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text[i - 1], after = text[i];
  if (MARK.test(after)) return !/\s/.test(before);
  return JOINING.test(before) && JOINING.test(after);
}

/** The span grown to the Arabic words it touches (clitics, tatweel and diacritics included). */
export function wholeWords(index: TextIndex, span: { readonly start: number; readonly end: number }): { start: number; end: number } {
  const text = index.text;
  let s = index.toUtf16(span.start), e = index.toUtf16(span.end);
  while (splitsWord(text, s)) s--;
  while (splitsWord(text, e)) e++;
  return { start: index.toCodePoint(s), end: index.toCodePoint(e) };
}

/**
 * Spans of every entity mention, attributing speaker, speech cue and quotation, by precedence:
 * entity mentions, then speakers that are no entity mention, then cues; a span that overlaps one
 * of higher precedence is dropped. Quotations come last and only fill the gaps the others leave
 * (innermost quotation first), so a name inside a quote keeps its entity colour.
 */
export function highlightSpans(analysis: ArticleAnalysis, index: TextIndex, options: HighlightOptions): HighlightSpan[] {
  const taken = new DisjointSpans();
  const speakerAt = new Set(analysis.quotes.flatMap(q => (q.speakerMention ? [key(q.speakerMention)] : [])));
  const entityAt = new Set<string>();
  for (const entity of analysis.entities) {
    entity.mentions.forEach((m, i) => {
      entityAt.add(key(m));
      if (!options.entities) return;
      const modifiers: HighlightModifier[] = [];
      if (i === 0) modifiers.push('declaration');
      if (speakerAt.has(key(m))) modifiers.push('speaker');
      if (entity.origin === 'manual') modifiers.push('manual');
      taken.add({ ...wholeWords(index, m), kind: KIND_OF_ENTITY[entity.type], modifiers });
    });
  }
  for (const q of analysis.quotes) {
    if (q.speakerMention && !(options.entities && entityAt.has(key(q.speakerMention)))) {
      taken.add({ ...wholeWords(index, q.speakerMention), kind: 'speaker', modifiers: [] });
    }
  }
  for (const cue of analysis.cues) taken.add({ ...wholeWords(index, cue), kind: 'cue', modifiers: [] });

  const innermostFirst = [...analysis.quotes].sort((a, b) => (a.outer.end - a.outer.start) - (b.outer.end - b.outer.start));
  for (const q of innermostFirst) {
    const modifiers: HighlightModifier[] = q.kind === 'term' ? ['term'] : [];
    for (const gap of taken.gaps(wholeWords(index, q.outer))) {
      const trimmed = trimSpace(index, gap);
      if (trimmed.end > trimmed.start) taken.add({ ...trimmed, kind: 'quote', modifiers });
    }
  }
  return taken.sorted().flatMap(span => splitLines(index, span));
}

const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

/** Disjoint spans in start order; `add` keeps the first of two overlapping spans. */
class DisjointSpans {
  private readonly spans: HighlightSpan[] = [];

  add(span: HighlightSpan): void {
    if (span.end <= span.start) return;
    const i = this.firstEndingAfter(span.start);
    if (i < this.spans.length && this.spans[i].start < span.end) return;
    this.spans.splice(i, 0, span);
  }

  /** The parts of `range` that no span covers. */
  gaps(range: { start: number; end: number }): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    let at = range.start;
    for (let i = this.firstEndingAfter(range.start); i < this.spans.length && this.spans[i].start < range.end; i++) {
      if (this.spans[i].start > at) out.push({ start: at, end: this.spans[i].start });
      at = Math.max(at, this.spans[i].end);
    }
    if (at < range.end) out.push({ start: at, end: range.end });
    return out;
  }

  sorted(): readonly HighlightSpan[] { return this.spans; }

  private firstEndingAfter(cp: number): number {
    let lo = 0, hi = this.spans.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.spans[mid].end <= cp) lo = mid + 1; else hi = mid; }
    return lo;
  }
}

function trimSpace(index: TextIndex, span: { start: number; end: number }): { start: number; end: number } {
  const text = index.text;
  let s = index.toUtf16(span.start), e = index.toUtf16(span.end);
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: index.toCodePoint(s), end: index.toCodePoint(e) };
}

/** A paragraph is a line, so spans never cross one; should one, it is cut at each line break (trimming drops the break). */
function splitLines(index: TextIndex, span: HighlightSpan): HighlightSpan[] {
  const first = index.positionAt(span.start).line, last = index.positionAt(span.end).line;
  if (first === last) return [span];
  const out: HighlightSpan[] = [];
  for (let line = first; line <= last; line++) {
    const lineStart = index.toCodePoint(index.lineStarts[line]);
    const nextStart = line + 1 < index.lineStarts.length ? index.toCodePoint(index.lineStarts[line + 1]) : index.length;
    const piece = trimSpace(index, { start: Math.max(span.start, lineStart), end: Math.min(span.end, nextStart) });
    if (piece.end > piece.start) out.push({ ...span, ...piece });
  }
  return out;
}
