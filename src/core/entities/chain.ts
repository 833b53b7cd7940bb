// From mentions to entities: one entity per thing the copy talks about. Mentions join when they
// name the same gazetteer entry (Baghdad ~ بغداد), read the same (VILNIUS ~ Vilnius), one is a
// person's family name (بارزاني ~ مسرور بارزاني, Bildt ~ Carl Bildt), an acronym given beside the name
// (Kurdistan Workers’ Party, or PKK), a shorter form of an organisation (الحكومة الاتحادية ~
// الحكومة الاتحادية العراقية, حكومة الإقليم ~ حكومة إقليم كردستان), or a title that the text gave
// the person earlier (الوزير التركي ~ وزير الخارجية التركي مولود تشاووش أوغلو).
import type { EntityType } from '../types';
import { matchKey, foldLatin } from '../text/arabic';
import { tokenize } from '../text/tokens';
import { SpanMap } from '../text/spanMap';
import { sortIfNeeded } from '../text/sorted';
import type { USpan } from '../article/structure';
import { DEMONYM_COUNTRY, GIVEN_AR, GIVEN_AR_AMBIGUOUS, GIVEN_LATIN, HONORIFIC_KEYS, nameKey } from './lexicon';

export interface RawMention extends USpan {
  readonly type: EntityType;
  /** Gazetteer entry id, when the name is a known one. */
  readonly gid?: string;
  /** The title phrase that came with a person's name. */
  readonly role?: USpan | null;
  /** A title with no name (رئيس الوزراء البلجيكي): joins a person, never an entity by itself. */
  readonly roleOnly?: boolean;
  /** Lower wins a tie between overlapping mentions. */
  readonly rank: number;
}

export interface UEntity {
  readonly type: EntityType;
  /** `nominal`: a title standing for the person (الوزير التركي), not a name. */
  readonly mentions: Array<USpan & { readonly nominal?: boolean }>;
  readonly role: USpan | null;
  readonly gid: string | null;
}

const keyCache = new Map<string, string[]>();
/** The words of a span as lookup keys (cached: the same names come back again and again). */
function keysOf(text: string): string[] {
  let keys = keyCache.get(text);
  if (!keys) {
    keys = tokenize(text).filter(t => t.kind === 'word' || /[’'.]/.test(t.text)).map(t => matchKey(t.text));
    if (keyCache.size > 50000) keyCache.clear();
    keyCache.set(text, keys);
  }
  return keys;
}
const signatureCache = new Map<string, string>();
/** The keys of a span joined: spans that read the same have the same signature. */
function signatureOf(text: string): string {
  let sig = signatureCache.get(text);
  if (sig === undefined) {
    sig = keysOf(text).join(' ');
    if (signatureCache.size > 50000) signatureCache.clear();
    signatureCache.set(text, sig);
  }
  return sig;
}
// (made once: a regex literal inside a function makes a new RegExp object every time it is evaluated)
const ARTICLE = /^ال/, TRAILING_BLANKS_AND_COMMAS = /[\s،,]*$/, COMMA = /[،,]/;
const stripArticle = (k: string) => (ARTICLE.test(k) && k.length > 4 ? k.slice(2) : k);
const LATIN_ARTICLE = /^(?:al|el)-/;
const ROLE_FILLER = new Set(['le', 'la', 'les', 'l', 'the', 'de', 'des', 'du', 'of', 'et', 'and']);

class Group {
  mentions: Array<RawMention & { text: string }> = [];
  constructor(public type: EntityType, public gid: string | null) {}
  role: USpan | null = null;
  get first() { return this.mentions[0]; }
  longest(): string { return this.mentions.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text; }
}

/** Overlapping mentions: the longer wins, then the lower rank; nested names inside organisation names stay. */
function resolveOverlaps(text: string, mentions: RawMention[]): RawMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || a.rank - b.rank);
  const kept: RawMention[] = [];
  for (const m of sorted) {
    // Kept mentions are in start order and names are short: only the last few can overlap this one.
    let clash: RawMention | undefined;
    for (let k = kept.length - 1; k >= 0 && kept[k].start > m.start - 300; k--) if (m.start < kept[k].end && kept[k].start < m.end) { clash = kept[k]; break; }
    if (!clash) { kept.push(m); continue; }
    // The same name found twice (the gazetteer, and after a title): keep one, with the title as its role.
    if (clash.start === m.start && clash.end === m.end) {
      if (m.role && !clash.role && m.type === clash.type) kept.splice(kept.indexOf(clash), 1, { ...clash, role: m.role });
      continue;
    }
    const nested = m.start >= clash.start && m.end <= clash.end;
    // A name that only repeats the start of a longer one (Kurdistan | Kurdistan Workers’ Party) is part of it —
    // unless it is a known name and the longer one a guess that ran on past it (حزب العدالة والتنمية | الحاكم,
    // السلطة الفلسطينية | لنقل المياه); a nationality after it belongs to it (الصليب الأحمر | اللبناني).
    if (nested && m.start === clash.start) {
      const tail = keysOf(text.slice(m.end, clash.end));
      // (a known person's name going on with the father's or the family's is no run-on: تميم + بن حمد آل ثاني)
      const ranOn = tail.length > 0 && !tail.every(k => DEMONYM_COUNTRY.has(k)) && !(m.type === 'PERSON' && NAME_GOES_ON.has(tail[0]));
      if (m.gid && !clash.gid && clash.rank > m.rank && clash.type === m.type && ranOn) kept.splice(kept.indexOf(clash), 1, m);
      // the known person's full name: still that person
      else if (m.gid && !clash.gid && clash.type === 'PERSON' && m.type === 'PERSON') kept.splice(kept.indexOf(clash), 1, { ...clash, gid: m.gid });
      continue;
    }
    // حزب + العدالة والتنمية: the head word and a known name are that known organisation
    if (nested && m.gid && m.type === 'ORG' && clash.type === 'ORG' && !clash.gid && clash.end === m.end) {
      kept.splice(kept.indexOf(clash), 1, { ...clash, gid: m.gid });
      continue;
    }
    // a place or organisation inside an organisation's or a site's name is a mention of its own (حكومة إقليم كردستان)
    if (nested && (clash.type === 'ORG' || clash.type === 'LOC') && m.type !== 'PERSON' && !clash.gid && !m.roleOnly) { kept.push(m); continue; }
    if (nested && clash.roleOnly && m.type !== 'PERSON') { kept.push(m); continue; }
    if (nested && m.roleOnly) continue;
    if (!nested && m.end - m.start > clash.end - clash.start && m.rank <= clash.rank) kept.splice(kept.indexOf(clash), 1, m);
  }
  return sortIfNeeded(kept, (a, b) => a.start - b.start);
}

/** A mention that names the same thing as another one beside it (an acronym, a name in quote marks). */
export interface Join { readonly from: USpan; readonly to: USpan }

export function chainMentions(text: string, raw: RawMention[], joins: readonly Join[] = []): UEntity[] {
  // (written out rather than spread: one per mention)
  const mentions = resolveOverlaps(text, raw).map(m => ({ start: m.start, end: m.end, type: m.type, gid: m.gid, role: m.role, roleOnly: m.roleOnly, rank: m.rank, text: text.slice(m.start, m.end) }));
  const groups: Group[] = [];
  const byGid = new Map<string, Group>();
  const byKey = new Map<string, Group>();
  const roleOnly: typeof mentions = [];

  const join = (g: Group, m: (typeof mentions)[number]) => {
    g.mentions.push(m);
    if (m.role && !g.role) g.role = m.role;
    byKey.set(signatureOf(m.text), g);
  };

  for (const m of mentions) {
    if (m.roleOnly) { roleOnly.push(m); continue; }
    let g = (m.gid && byGid.get(m.gid)) || byKey.get(signatureOf(m.text));
    if (g && g.type !== m.type && !compatible(g.type, m.type)) g = undefined;
    if (!g) { g = new Group(m.type, m.gid ?? null); groups.push(g); }
    if (m.gid && !g.gid) g.gid = m.gid;
    if (m.gid) byGid.set(m.gid, g);
    join(g, m);
  }

  // (only made when there are joins: most paragraphs have no acronym or quoted name to join)
  const groupAt = new SpanMap<Group>();
  if (joins.length) for (const g of groups) for (const m of g.mentions) groupAt.set(m.start, m.end, g);
  for (const j of joins) {
    const from = groupAt.get(j.from.start, j.from.end);
    const to = groupAt.get(j.to.start, j.to.end);
    if (from && to && from !== to) {
      to.mentions.push(...from.mentions); to.mentions.sort((a, b) => a.start - b.start);
      for (const m of from.mentions) groupAt.set(m.start, m.end, to);
      from.mentions = [];
    }
  }
  mergeFamilyNames(groups);
  mergeOrganisationForms(groups);
  attachRoles(text, groups, roleOnly);

  return groups
    .filter(g => g.mentions.length > 0)
    .map(g => ({ type: g.type, mentions: sortIfNeeded(g.mentions.map(({ start, end, roleOnly }) => (roleOnly ? { start, end, nominal: true } : { start, end })), (a, b) => a.start - b.start), role: g.role, gid: g.gid }));
}

function compatible(a: EntityType, b: EntityType): boolean {
  return (a === 'GPE' || a === 'LOC') && (b === 'GPE' || b === 'LOC');
}

/**
 * A person's shorter name joins the longer one it ends: two words that end a name of three or more
 * (دي كرو ~ ألكسندر دي كرو, De Croo ~ Alexander De Croo), then one word, or the last two, of a name
 * of two or more (بارزاني ~ مسرور بارزاني).
 */
function mergeFamilyNames(groups: Group[]): void {
  mergeIntoLongerName(groups.filter(g => g.type === 'PERSON'));
  const full = new Set(groups.filter(g => g.type === 'PERSON' && g.mentions.some(m => keysOf(m.text).length >= 2)));
  const bySurname = new Map<string, Group>();
  for (const g of full) {
    for (const m of g.mentions) {
      const ks = keysOf(m.text);
      if (ks.length < 2) continue;
      const last = ks[ks.length - 1], lastTwo = `${ks[ks.length - 2]} ${last}`;
      bySurname.set(last, bySurname.get(last) ?? g);
      const bare = last.replace(LATIN_ARTICLE, ''); // Shibani ~ Asaad al-Shibani
      if (bare !== last) bySurname.set(bare, bySurname.get(bare) ?? g);
      bySurname.set(lastTwo, bySurname.get(lastTwo) ?? g);
    }
  }
  for (const g of groups) {
    if (full.has(g) || g.type !== 'PERSON') continue;
    const owner = g.mentions.map(m => bySurname.get(signatureOf(m.text)) ?? bySurname.get(stripArticle(signatureOf(m.text)))).find(Boolean);
    if (owner && owner !== g) { owner.mentions.push(...g.mentions); owner.mentions.sort((a, b) => a.start - b.start); g.mentions = []; }
  }
}

const NISBA_END = /ي$/;
const PATRONYMIC = new Set(['بن', 'ابن', 'bin', 'ibn', 'ben']);
/** Words that carry a person's name on: the father's (بن, bin) or the family's (آل, al). */
const NAME_GOES_ON = new Set([...PATRONYMIC, 'بنت', 'bint', 'ال', 'al']);
const longest = (g: Group) => Math.max(...g.mentions.map(m => keysOf(m.text).length));
/** Does the name start with a given name (Yahya Sinwar, محمد البديوي), not a particle (De Croo, آل ثاني)? */
const startsWithGivenName = (name: string) => {
  const first = name.split(/\s+/)[0];
  return GIVEN_AR.has(nameKey(first)) || GIVEN_AR_AMBIGUOUS.has(nameKey(first)) || GIVEN_LATIN.has(foldLatin(first));
};

/**
 * A shorter person name joins a longer one it is part of: the last two words of it, when they are a
 * family name (دي كرو ~ ألكسندر دي كرو, Van Hoof ~ Jan Van Hoof), not a given name and a family name
 * (Yahya Sinwar is not Ibrahim Yahya Sinwar: in "X Y Z" Y Z is often the father) nor a father's name
 * (… بن عبد الله); or the name and its father's that begin it (محمد بن عبدالرحمن ~ … آل ثاني).
 * A part that two people share (bin Salman) joins neither.
 */
function mergeIntoLongerName(persons: Group[]): void {
  const byPart = new Map<string, Group | null>();
  const register = (part: string, g: Group) => { const had = byPart.get(part); byPart.set(part, had === undefined || had === g ? g : null); };
  for (const g of persons) {
    for (const m of g.mentions) {
      const ks = keysOf(m.text);
      if (ks.length < 3) continue;
      if (!PATRONYMIC.has(ks[ks.length - 3])) register(`tail:${ks[ks.length - 2]} ${ks[ks.length - 1]}`, g);
      for (let n = 3; n < ks.length; n++) if (PATRONYMIC.has(ks[n - 2])) register(`head:${ks.slice(0, n).join(' ')}`, g);
    }
  }
  if (byPart.size === 0) return;
  for (const g of persons) {
    const size = longest(g);
    const owner = g.mentions.map(m => (startsWithGivenName(m.text) ? null : byPart.get(`tail:${signatureOf(m.text)}`)) || byPart.get(`head:${signatureOf(m.text)}`))
      .find(o => o && longest(o) > size);
    if (!owner || owner === g || (g.gid && owner.gid && g.gid !== owner.gid)) continue; // two known people stay two
    owner.mentions.push(...g.mentions); owner.mentions.sort((a, b) => a.start - b.start); g.mentions = [];
    owner.role ??= g.role;
  }
}

/** Shorter forms of an organisation's name join it: a prefix of two words or more, or "حكومة الإقليم" for "حكومة إقليم كردستان". */
function mergeOrganisationForms(groups: Group[]): void {
  const orgs = groups.filter(g => g.type === 'ORG');
  // Only organisations whose names start with the same word can be forms of each other.
  const byFirst = new Map<string, Group[]>();
  for (const o of orgs) {
    for (const k of new Set(o.mentions.map(m => keysOf(m.text)[0]))) {
      const list = byFirst.get(k);
      if (list) list.push(o);
      else byFirst.set(k, [o]);
    }
  }
  for (const short of orgs) {
    if (short.mentions.length === 0) continue;
    const sk = keysOf(short.longest());
    if (sk.length < 2) continue;
    const long = (byFirst.get(sk[0]) ?? []).find(o => o !== short && o.mentions.length > 0 && o.mentions.some(m => {
      const lk = keysOf(m.text);
      if (lk.length <= sk.length && !(lk.length >= 3 && sk.length === 2)) return false;
      if (sk.every((w, i) => lk[i] === w)) return true;
      // القنصلية الإسرائيلية ~ القنصلية العامة الإسرائيلية: the same words in order, one adjective added
      if (lk.length === sk.length + 1 && sk[0] === lk[0] && sk[sk.length - 1] === lk[lk.length - 1] && isSubsequence(sk, lk)) return true;
      // حكومة الإقليم ~ حكومة إقليم كردستان: the article on the second word stands for the rest of the name
      return sk.length === 2 && lk.length >= 3 && sk[0] === lk[0] && sk[1] === 'ال' + lk[1];
    }));
    if (long) { long.mentions.push(...short.mentions); long.mentions.sort((a, b) => a.start - b.start); short.mentions = []; }
  }
}

/** A title without a name joins the latest person before it whose title it repeats (الوزير التركي ~ وزير الخارجية التركي). */
function attachRoles(source: string, groups: Group[], roles: Array<RawMention & { text: string }>): void {
  // A title right after a name and a comma is that person's role: "أحمد عطّون، القيادي المقدسي".
  const personEnding = new Map<number, Group>();
  for (const g of groups) if (g.type === 'PERSON') for (const m of g.mentions) personEnding.set(m.end, g);
  const rest: typeof roles = [];
  for (const r of roles) {
    const lead = TRAILING_BLANKS_AND_COMMAS.exec(source.slice(Math.max(0, r.start - 4), r.start))![0];
    const owner = COMMA.test(lead) ? personEnding.get(r.start - lead.length) : undefined;
    if (owner) {
      owner.role ??= { start: r.start, end: r.end };
      owner.mentions.push(r); sortIfNeeded(owner.mentions, (a, b) => a.start - b.start);
    } else rest.push(r);
  }
  const persons = groups.filter(g => g.type === 'PERSON' && g.role);
  // each person's title as keys, made once (asked for every title without a name)
  const roleKeys = new Map<Group, Set<string>>();
  const roleKeysOf = (p: Group) => {
    let keys = roleKeys.get(p);
    if (!keys) roleKeys.set(p, (keys = new Set(keysOf(source.slice(p.role!.start, p.role!.end)).map(stripArticle))));
    return keys;
  };
  // "الرئيس الإيراني" repeats "رئيس جمهورية إيران": a nationality matches its country
  const inRole = (k: string, pk: Set<string>) => pk.has(k) || (NISBA_END.test(k) && pk.has(k.slice(0, -1)));
  for (const r of rest) {
    const rk = keysOf(r.text).map(stripArticle).filter(k => !ROLE_FILLER.has(k) && !HONORIFIC_KEYS.has(k) && !HONORIFIC_KEYS.has('ال' + k));
    if (rk.length < 2) continue;
    let best: Group | null = null, bestAt = -1;
    for (const p of persons) {
      let at = -1;
      for (const m of p.mentions) if (m.start < r.start && m.start > at) at = m.start;
      if (at < 0) continue;
      const pk = roleKeysOf(p);
      if (rk.every(k => inRole(k, pk)) && at >= bestAt) { best = p; bestAt = at; }
    }
    if (best) { best.mentions.push(r); sortIfNeeded(best.mentions, (a, b) => a.start - b.start); }
  }
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}
