// Known names — countries in six languages (i18n-iso-countries), places, organisations, people,
// events and agencies — looked up token by token, longest match first. Built once, lazily.
import type { EntityType } from '../types';
import { matchKey } from '../text/arabic';
import { tokenize, type Token } from '../text/tokens';
import { AGENCIES } from '../article/agencies';
import { PLACES, COUNTRY_ALIASES, COUNTRY_NAMES, ORGANISATIONS, PEOPLE, EVENTS } from './data';
import { wordOf, type Reading, type Word } from './readings';

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
 * Arabic forms that are also everyday words (فتح "opening", العربية "Arabic", عمان, وان "and that" as
 * وأن reads without its hamza, آفاد (AFAD) as أفاد "reported", ومع (MAP) "and with"): known only
 * where the copy says what they are (inside quote marks, after حركة/قناة…) — the matcher's caller decides.
 */
const EVERYDAY_WORDS = new Set(['فتح', 'العربيه', 'عمان', 'الخليج', 'بنا', 'وام', 'مهر', 'فارس', 'وات', 'واع', 'وفا', 'العمانيه', 'الامل', 'السلام', 'النور', 'الوطن', 'الحياه', 'الشروق', 'الاهرام', 'X', 'x', 'ترك', 'تاس', 'الشعب', 'امل', 'وان', 'افاد', 'ومع']);

// (made once: a regex literal inside a function makes a new RegExp object every time it is evaluated)
const ARABIC = /[\u0600-\u06FF]/, CAPITAL_FIRST = /^\p{Lu}/u, CAPITALS_FIRST = /^\p{Lu}[\p{Lu}\d.]+/u;

/** The names starting with one key: longest first (among names as long, in the order added), and the keys of their second words. */
export interface NameStarts {
  readonly patterns: Pattern[];
  seconds?: Set<string>;
}

export class Gazetteer {
  private readonly byFirst = new Map<string, NameStarts>();
  private readonly bySignature = new Map<string, GazetteerEntry>();
  private readonly byId = new Map<string, GazetteerEntry>();
  private static generations = 1;
  /** Which state of which gazetteer the names namesOf keeps on words are for: a new one whenever a name is added. */
  private generation = Gazetteer.generations++;
  readonly entries: GazetteerEntry[] = [];

  /**
   * `memoise`: keep on each word the names its readings start (for the shared gazetteer, asked
   * about every token of every analysis); a gazetteer made for one analysis is better off without.
   */
  constructor(private readonly memoise = true) {}

  /** Adds an entry; one that shares a form with an entry of the same type joins it (Anadolu Agency the agency and the organisation). */
  add(added: GazetteerEntry): void {
    // (loops rather than chains of map/filter/find: the names learned from the copy are added once per mention)
    const forms: Form[] = [];
    let existing: GazetteerEntry | undefined;
    for (const f of added.forms) {
      const form = formOf(f);
      if (!form) continue;
      forms.push(form);
      const known = this.bySignature.get(form.sig);
      if (!existing && known?.type === added.type) existing = known;
    }
    const entry = existing ?? { id: added.id, type: added.type, name: added.name, forms: [...added.forms] };
    if (existing) {
      const more = added.forms.filter(f => !existing!.forms.includes(f));
      if (more.length) (existing.forms as string[]).push(...more);
    } else { this.entries.push(entry); this.byId.set(entry.id, entry); }
    if (existing) this.byId.set(added.id, existing);
    this.generation = Gazetteer.generations++;
    for (const { sig, keys, capital, allCaps } of forms) {
      if (this.bySignature.get(sig) === entry) continue;
      if (!this.bySignature.has(sig)) this.bySignature.set(sig, entry);
      const pattern: Pattern = { keys, capital, allCaps, entry };
      let starts = this.byFirst.get(keys[0]);
      if (!starts) this.byFirst.set(keys[0], (starts = { patterns: [] }));
      if (keys.length > 1) (starts.seconds ??= new Set()).add(keys[1]);
      const list = starts.patterns;
      // longest first; among names as long, in the order added
      let at = list.length;
      while (at > 0 && list[at - 1].keys.length < keys.length) at--;
      list.splice(at, 0, pattern);
    }
  }

  /**
   * The longest known name starting at token `i`, or null. `words`, when given, holds each
   * token's wordOf() (or null, to be looked up).
   */
  match(tokens: readonly Token[], i: number, turkic: boolean, words?: ReadonlyArray<Word | null>): GazetteerMatch | null {
    const t = tokens[i];
    if (t.kind !== 'word') return null;
    const w = wordAt(tokens, i, turkic, words);
    const names = this.memoise ? this.namesOf(w) : undefined;
    if (names === null) return null;
    const own = w.readings;
    let best: GazetteerMatch | null = null;
    let next: readonly Reading[] | undefined;
    for (let k = 0; k < own.length; k++) {
      const r = own[k];
      const starts = names ? names[k] : this.byFirst.get(r.key);
      if (!starts) continue;
      // two Arabic letters alone are too few to be sure of a name (أن, إن are words); دي كرو is fine
      const short = r.key.length < 3 && ARABIC.test(r.key);
      // (tested once per reading, when a name asks: 'the' starts dozens)
      let capital: boolean | undefined, allCaps: boolean | undefined, followed: boolean | undefined;
      for (const p of starts.patterns) {
        if (short && p.keys.length === 1) continue;
        if (best && p.keys.length <= best.last - best.first + 1) break;
        // A word starts dozens of names (مجلس, جمهورية, the): those whose second word is not next are passed over
        // here, with the next word's readings looked up once, rather than in extend() — all at once where
        // no reading of the next word is a second word of any of them.
        if (p.keys.length > 1) {
          next ??= tokens[i + 1] ? wordAt(tokens, i + 1, turkic, words).readings : [];
          if (!(followed ??= readsAsAny(next, starts.seconds!)) || !readsAs(next, p.keys[1])) continue;
        }
        if (p.capital[0] && !(capital ??= CAPITAL_FIRST.test(t.text.slice(r.skip)))) continue;
        if (p.allCaps[0] && !(allCaps ??= CAPITALS_FIRST.test(t.text.slice(r.skip)))) continue;
        const end = this.extend(tokens, i, p, turkic, words);
        const last = i + p.keys.length - 1;
        if (end >= 0 && (!best || last > best.last)) best = { entry: p.entry, first: i, last, start: t.start + r.skip, end: end - (p.keys.length === 1 ? r.cut : 0) };
      }
    }
    return best;
  }

  /**
   * The names each of a word's readings starts, null if none does. (Kept on the word: every token of the
   * copy asks, most start none, and words repeat.)
   */
  private namesOf(w: Word): ReadonlyArray<NameStarts | undefined> | null {
    if (w.namesOf !== this.generation) {
      let names: Array<NameStarts | undefined> | null = null;
      for (let k = 0; k < w.readings.length; k++) {
        const starts = this.byFirst.get(w.readings[k].key);
        if (starts) (names ??= new Array<NameStarts | undefined>(w.readings.length).fill(undefined))[k] = starts;
      }
      w.names = names;
      w.namesOf = this.generation;
    }
    return w.names!;
  }

  /** Where the name `p` ends when its words follow token i (its last token is i + keys - 1), or -1. */
  private extend(tokens: readonly Token[], i: number, p: Pattern, turkic: boolean, words?: ReadonlyArray<Word | null>): number {
    let j = i;
    let end = tokens[i].end;
    for (let k = 1; k < p.keys.length; k++) {
      j++;
      const t = tokens[j];
      if (!t) return -1;
      // Words of one name follow each other with at most blanks between them.
      if (t.start - tokens[j - 1].end > 2) return -1;
      if (p.capital[k] && !CAPITAL_FIRST.test(t.text)) return -1;
      if (p.allCaps[k] && !CAPITALS_FIRST.test(t.text)) return -1;
      // the last word may carry a suffix (Malatya'da), the others are as written
      let cut = -1;
      if (k === p.keys.length - 1) {
        for (const r of wordAt(tokens, j, turkic, words).readings) if (r.skip === 0 && r.key === p.keys[k]) { cut = r.cut; break; }
      } else if (matchKey(t.text) === p.keys[k]) cut = 0;
      if (cut < 0) return -1;
      end = t.end - cut;
    }
    return end;
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

/** Token j's record: given, or looked up. */
function wordAt(tokens: readonly Token[], j: number, turkic: boolean, words: ReadonlyArray<Word | null> | undefined): Word {
  return words?.[j] ?? wordOf(tokens[j].text, turkic);
}

/** Can a word with these readings be a name's word with this key (as written, or with a suffix cut: extend() asks the same)? */
function readsAs(readings: readonly Reading[], key: string): boolean {
  for (const r of readings) if (r.skip === 0 && r.key === key) return true;
  return false;
}

/** readsAs, for any of the keys. */
function readsAsAny(readings: readonly Reading[], keys: ReadonlySet<string>): boolean {
  for (const r of readings) if (r.skip === 0 && keys.has(r.key)) return true;
  return false;
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
  // A form that names a city, and a country in another language (Tunis: Tunisia in Azerbaijani), is
  // left to the city: the copy that writes it so is, far more often, about the city.
  const cityForms = new Set(PLACES.flatMap(line => splitEntry(line).slice(1)).map(f => formOf(f)?.sig));
  const named = new Set<string>();
  for (const line of COUNTRY_NAMES) {
    const [code, name, ...forms] = splitEntry(line);
    named.add(code);
    const own = forms.filter(f => !cityForms.has(formOf(f)?.sig));
    g.add({ id: `country:${code}`, type: 'GPE', name, forms: [...new Set([...own, ...(aliases.get(code) ?? [])])] });
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
