// A memo keyed by text that keeps the most recently used entries. At its limit the least recently
// used quarter goes, in one pass: a Map that has had many deletions (every use moves an entry to
// the end) keeps them as holes at its front until it is rebuilt, and taking its oldest key one at a
// time would step over all of them on every insertion.

export class RecentMap<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The entry, now the most recently used. */
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (!this.map.has(key) && this.map.size >= this.limit) {
      let n = Math.max(1, Math.floor(this.limit / 4));
      for (const old of this.map.keys()) {
        this.map.delete(old);
        if (--n === 0) break;
      }
    }
    this.map.set(key, value);
  }
}
