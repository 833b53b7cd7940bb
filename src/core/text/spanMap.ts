// Lookups by exact [start, end) span. A key string per span ("12:40") costs a number-to-string
// conversion, a string and its hash for every mention of every analysis; spans rarely share a start,
// so a map from start to a short chain of ends does the same with one small record per span.

interface Link<V> { readonly end: number; value: V; readonly next: Link<V> | null }

export class SpanMap<V> {
  private readonly byStart = new Map<number, Link<V>>();

  get(start: number, end: number): V | undefined {
    for (let l = this.byStart.get(start); l; l = l.next ?? undefined) if (l.end === end) return l.value;
    return undefined;
  }

  has(start: number, end: number): boolean {
    for (let l = this.byStart.get(start); l; l = l.next ?? undefined) if (l.end === end) return true;
    return false;
  }

  set(start: number, end: number, value: V): this {
    const first = this.byStart.get(start);
    for (let l = first; l; l = l.next ?? undefined) if (l.end === end) { l.value = value; return this; }
    this.byStart.set(start, { end, value, next: first ?? null });
    return this;
  }
}

/** A set of spans: a SpanMap of nothing. */
export class SpanSet {
  private readonly spans = new SpanMap<true>();
  has(start: number, end: number): boolean { return this.spans.has(start, end); }
  add(start: number, end: number): this { this.spans.set(start, end, true); return this; }
}
