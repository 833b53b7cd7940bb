// What is at a position in an article: the one rule every feature uses (hover cards, the commands that
// act "at the cursor", Find All Mentions). A thing is at code point `cp` when `cp` lies in it, its end
// included, so that the cursor right after a word (where a double-click or typing leaves it) is still
// on the word; of several, the narrowest wins (a name inside a quote, a short name inside a longer one),
// and of two equally narrow ones the one that holds `cp` before its end. A mention counts by its whole
// words, as it is coloured (a clitic in front of a name is part of what the user points at).
// No `vscode` here, so that the rule is unit-tested.
import type { ArticleAnalysis, Entity, Quote, Span, TextIndex } from '../core';
import { wholeWords } from './highlightSpans';

interface Range { readonly start: number; readonly end: number }

/** Whether `cp` is in the span, its end included. */
export function touches(span: Range | null | undefined, cp: number): boolean {
  return !!span && span.start <= cp && cp <= span.end;
}

/** The narrowest of the ranges that `cp` touches (see the top of the file); undefined when none does. */
export function narrowest<T>(items: Iterable<T>, rangeOf: (item: T) => Range, cp: number): T | undefined {
  let best: T | undefined, bestRange: Range | undefined;
  for (const item of items) {
    const r = rangeOf(item);
    if (!touches(r, cp)) continue;
    const width = r.end - r.start, bestWidth = bestRange ? bestRange.end - bestRange.start : Infinity;
    if (width < bestWidth || (width === bestWidth && bestRange!.end === cp && r.end > cp)) { best = item; bestRange = r; }
  }
  return best;
}

export interface MentionHit {
  readonly entity: Entity;
  readonly mention: Span;
  /** The mention grown to its whole words: what the user sees coloured and points at. */
  readonly word: Range;
}

/** The entity mention at `cp`. */
export function mentionAt(analysis: ArticleAnalysis, index: TextIndex, cp: number): MentionHit | undefined {
  const hits = analysis.entities.flatMap(entity => entity.mentions.map(mention => ({ entity, mention, word: wholeWords(index, mention) })));
  return narrowest(hits, h => h.word, cp);
}

/** The quotation at `cp`, its marks included. */
export function quoteAt(analysis: ArticleAnalysis, cp: number): Quote | undefined {
  return narrowest(analysis.quotes, q => q.outer, cp);
}
