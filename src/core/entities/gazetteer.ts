// Known names — countries in six languages (i18n-iso-countries), places, organisations, people,
// events and agencies — looked up token by token, longest match first. Built once, lazily.
import type { EntityType } from '../types';
import { matchKey } from '../text/arabic';
import { tokenize, type Token } from '../text/tokens';
import { AGENCIES } from '../article/agencies';
import { PLACES, COUNTRY_ALIASES, COUNTRY_NAMES, ORGANISATIONS, PEOPLE, EVENTS } from './data';
import { readingsOf, type Reading } from './readings';

export interface GazetteerEntry {
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name (English where known). */
  readonly name: string;
  /** Every form, all languages. */
  readonly forms: readonly string[];
}

interface Pattern {
  readonly keys: readonly string[];
  /** For each key: must the word in the copy start with a capital (Latin names)? Be all capitals (acronyms: UN is not "Un")? */
  readonly capital: readonly boolean[];
  readonly allCaps: readonly boolean[];
  readonly entry: GazetteerEntry;
}

/** A reading of a word that is the first key of known names (longest first). */
interface Start {
  readonly reading: Reading;
  readonly patterns: readonly Pattern[];
  /** Two Arabic letters alone; a capital, all capitals (as the names' first words may require) after the clitics. */
  readonly short: boolean;
  readonly capital: boolean;
  readonly allCaps: boolean;
}
const NO_STARTS: readonly Start[] = [];

/** A form's words as the matcher compares them (kept per form: names learned from the copy come back at every analysis). */
interface Form {
  /** The keys joined: forms with the same signature name the same thing. */
  readonly sig: string;
  readonly keys: readonly string[];
  readonly capital: readonly boolean[];
  readonly allCaps: readonly boolean[];
}
const formMemo = new Map<string, Form | null>();

function formOf(form: string): Form | null {
  let f = formMemo.get(form);
  if (f === undefined) {
    const toks = tokenize(form);
    const keys = toks.map(t => matchKey(t.text));
    f = toks.length === 0 ? null : {
      sig: keys.join(' '),
      keys,
      capital: toks.map(t => /^\p{Lu}/u.test(t.text)),
      allCaps: toks.map(t => /^\p{Lu}[\p{Lu}\d.]+$/u.test(t.text)),
    };
    if (formMemo.size >= 100000) formMemo.clear();
    formMemo.set(form, f);
  }
  return f;
}

export interface GazetteerMatch {
  readonly entry: GazetteerEntry;
  /** Token range [first, last] and the UTF-16 span of the name (clitics and suffixes left out). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Arabic forms that are also everyday words (فتح "opening", العربية "Arabic", عمان): known only
 * where the copy says what they are (inside quote marks, after حركة/قناة…) — the matcher's caller decides.
 */
const EVERYDAY_WORDS = new Set(['فتح', 'العربيه', 'عمان', 'الخليج', 'بنا', 'وام', 'مهر', 'فارس', 'وات', 'واع', 'وفا', 'العمانيه', 'الامل', 'السلام', 'النور', 'الوطن', 'الحياه', 'الشروق', 'الاهرام', 'X', 'x', 'ترك', 'تاس', 'الشعب', 'امل']);

export class Gazetteer {
  private readonly byFirst = new Map<string, Pattern[]>();
  private readonly bySignature = new Map<string, GazetteerEntry>();
  private readonly byId = new Map<string, GazetteerEntry>();
  /** startsOf's memo, without and with Turkic suffixes. */
  private readonly starts = [new Map<string, readonly Start[]>(), new Map<string, readonly Start[]>()];
  readonly entries: GazetteerEntry[] = [];

  /**
   * `memoise`: keep, per word, which of its readings start a name (for the shared gazetteer, asked
   * about every token of every analysis); a gazetteer made for one analysis is better off without.
   */
  constructor(private readonly memoise = true) {}

  /** Adds an entry; one that shares a form with an entry of the same type joins it (Anadolu Agency the agency and the organisation). */
  add(added: GazetteerEntry): void {
    const forms = added.forms.map(formOf).filter((f): f is Form => f !== null);
    const existing = forms.map(f => this.bySignature.get(f.sig)).find(e => e?.type === added.type);
    const entry = existing ?? { id: added.id, type: added.type, name: added.name, forms: [...added.forms] };
    if (existing) (existing.forms as string[]).push(...added.forms.filter(f => !existing.forms.includes(f)));
    else { this.entries.push(entry); this.byId.set(entry.id, entry); }
    if (existing) this.byId.set(added.id, existing);
    for (const memo of this.starts) memo.clear();
    for (const { sig, keys, capital, allCaps } of forms) {
      if (this.bySignature.get(sig) === entry) continue;
      if (!this.bySignature.has(sig)) this.bySignature.set(sig, entry);
      const pattern: Pattern = { keys, capital, allCaps, entry };
      const list = this.byFirst.get(keys[0]);
      if (!list) { this.byFirst.set(keys[0], [pattern]); continue; }
      // longest first; among names as long, in the order added
      let at = list.length;
      while (at > 0 && list[at - 1].keys.length < keys.length) at--;
      list.splice(at, 0, pattern);
    }
  }

  /** The longest known name starting at token `i`, or null. */
  match(tokens: readonly Token[], i: number, turkic: boolean): GazetteerMatch | null {
    const t = tokens[i];
    if (t.kind !== 'word') return null;
    let best: GazetteerMatch | null = null;
    for (const { reading: r, patterns, short, capital, allCaps } of this.startsOf(t.text, turkic)) {
      for (const p of patterns) {
        if (short && p.keys.length === 1) continue;
        if (best && p.keys.length <= best.last - best.first + 1) break;
        if (p.capital[0] && !capital) continue;
        if (p.allCaps[0] && !allCaps) continue;
        const m = this.extend(tokens, i, p, turkic);
        if (m && (!best || m.last > best.last)) best = { entry: p.entry, first: i, last: m.last, start: t.start + r.skip, end: m.end - (p.keys.length === 1 ? r.cut : 0) };
      }
    }
    return best;
  }

  /**
   * The readings of a word that start a known name, with those names (memoised per word: every token
   * of the copy is asked for, most start no name, and words repeat).
   */
  private startsOf(word: string, turkic: boolean): readonly Start[] {
    const memo = this.starts[turkic ? 1 : 0];
    let s = this.memoise ? memo.get(word) : undefined;
    if (!s) {
      const found: Start[] = [];
      for (const reading of readingsOf(word, turkic)) {
        const patterns = this.byFirst.get(reading.key);
        if (!patterns) continue;
        const stem = word.slice(reading.skip);
        found.push({
          reading, patterns,
          // two Arabic letters alone are too few to be sure of a name (أن, إن are words); دي كرو is fine
          short: reading.key.length < 3 && /[\u0600-\u06FF]/.test(reading.key),
          capital: /^\p{Lu}/u.test(stem),
          allCaps: /^\p{Lu}[\p{Lu}\d.]+/u.test(stem),
        });
      }
      s = found.length ? found : NO_STARTS;
      if (!this.memoise) return s;
      if (memo.size >= 100000) memo.clear();
      memo.set(word, s);
    }
    return s;
  }

  private extend(tokens: readonly Token[], i: number, p: Pattern, turkic: boolean): { last: number; end: number } | null {
    let j = i;
    let end = tokens[i].end;
    for (let k = 1; k < p.keys.length; k++) {
      j++;
      const t = tokens[j];
      if (!t) return null;
      // Words of one name follow each other with at most blanks between them.
      if (t.start - tokens[j - 1].end > 2) return null;
      if (p.capital[k] && !/^\p{Lu}/u.test(t.text)) return null;
      if (p.allCaps[k] && !/^\p{Lu}[\p{Lu}\d.]+/u.test(t.text)) return null;
      // the last word may carry a suffix (Malatya'da), the others are as written
      let cut = -1;
      if (k === p.keys.length - 1) {
        for (const r of readingsOf(t.text, turkic)) if (r.skip === 0 && r.key === p.keys[k]) { cut = r.cut; break; }
      } else if (matchKey(t.text) === p.keys[k]) cut = 0;
      if (cut < 0) return null;
      end = t.end - cut;
    }
    return { last: j, end };
  }

  entry(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /** The entry whose form is exactly `text` (clitics and suffixes allowed), or null. */
  lookup(text: string, turkic = false): GazetteerEntry | null {
    const tokens = tokenize(text);
    const m = tokens.length ? this.match(tokens, 0, turkic) : null;
    return m && m.last === tokens.length - 1 ? m.entry : null;
  }

  /** Is this form an everyday word that needs context to be a name? */
  static isEverydayWord(form: string): boolean {
    return EVERYDAY_WORDS.has(matchKey(form));
  }
}

function splitEntry(line: string): string[] {
  return line.split('|').map(s => s.trim()).filter(Boolean);
}

let shared: Gazetteer | null = null;

/** The gazetteer every analysis shares (built on first use). */
export function gazetteer(): Gazetteer {
  if (shared) return shared;
  const g = new Gazetteer();
  // Countries: the library's names in six languages, with the short and informal names it lacks.
  const aliases = new Map<string, string[]>();
  for (const line of COUNTRY_ALIASES) { const [code, ...forms] = splitEntry(line); aliases.set(code, [...(aliases.get(code) ?? []), ...forms]); }
  const named = new Set<string>();
  for (const line of COUNTRY_NAMES) {
    const [code, name, ...forms] = splitEntry(line);
    named.add(code);
    g.add({ id: `country:${code}`, type: 'GPE', name, forms: [...new Set([...forms, ...(aliases.get(code) ?? [])])] });
  }
  for (const [code, forms] of aliases) if (!named.has(code)) g.add({ id: `country:${code}`, type: 'GPE', name: forms[0], forms });
  const addTyped = (lines: readonly string[], prefix: string, fallback?: EntityType) => {
    for (const line of lines) {
      const parts = splitEntry(line);
      const typed = /^(PERSON|ORG|LOC|GPE|EVENT|OTHER)$/.test(parts[0]);
      const type = (typed ? parts.shift() : fallback) as EntityType;
      if (!type || parts.length === 0) continue;
      g.add({ id: `${prefix}:${parts[0]}`, type, name: parts[0], forms: parts });
    }
  };
  addTyped(PLACES, 'place');
  addTyped(ORGANISATIONS, 'org', 'ORG');
  addTyped(PEOPLE, 'person', 'PERSON');
  addTyped(EVENTS, 'event', 'EVENT');
  for (const a of AGENCIES) {
    if (a.name === 'agencies') continue;
    g.add({ id: `agency:${a.name}`, type: 'ORG', name: a.name, forms: a.forms.filter(f => !Gazetteer.isEverydayWord(f)) });
  }
  shared = g;
  return g;
}
