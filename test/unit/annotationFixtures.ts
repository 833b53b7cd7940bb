// Articles written for these tests (not taken from anywhere), a way to build the analysis a
// detector might give for them, and the schema's invariants as one check.
import * as assert from 'node:assert/strict';
import { splitLines } from '../../src/core/article/lines';
import { TextIndex } from '../../src/core/text/codePoints';
import { detectDirection, detectLanguage } from '../../src/core/text/script';
import type { ArticleAnalysis, Entity, EntityType, ParagraphRole, Quote, QuoteKind, Span } from '../../src/core/types';

export const ARABIC = [
  'بارزاني يعلن خطة لدعم المزارعين 🌾 في الإقليم',
  'أربيل/سارة الحسيني/الأناضول',
  'أعلن رئيس حكومة إقليم كردستان مسرور بارزاني، الخميس، عن خطة جديدة لدعم المزارعين في الإقليم.',
  'وقال بارزاني في مؤتمر صحفي: «سنعمل مع بغداد على حل الخلافات العالقة».',
  'وأضاف أن الحكومة ستخصص مبالغ إضافية للمشاريع الزراعية 🌾 خلال العام المقبل.',
  'وكانت الأمم المتحدة قد دعت في وقت سابق إلى تعزيز الحوار بين أربيل وبغداد.',
].join('\n');

export const ENGLISH = [
  'Leaders sign river treaty 🌊 after two years of talks',
  'GENEVA, March 3 (Wirelens) - Foreign ministers of Ghana and Togo signed a water-sharing treaty on Tuesday, officials said.',
  '"This agreement protects farmers on both banks," said Ama Mensah, Ghana\'s foreign minister.',
  'Togo\'s minister, Kodjo Agbeyome, called the deal "a first step" and thanked Mensah.',
  'The United Nations had mediated the talks since 2019.',
].join('\n');

/** Code point range of the n-th occurrence of `needle` in `text`. */
export function at(text: string, needle: string, n = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" occurs fewer than ${n + 1} times`);
  }
  const start = [...text.slice(0, i)].length;
  return { start, end: start + [...needle].length };
}

export const slice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

const spanAt = (text: string, needle: string, n = 0): Span => ({ ...at(text, needle, n), text: needle });

export type Needle = string | readonly [string, number];
const spanOf = (text: string, n: Needle) => (typeof n === 'string' ? spanAt(text, n) : spanAt(text, n[0], n[1]));

export interface FakeEntity { id: string; type: EntityType; name?: string; mentions: readonly Needle[]; aliases?: string[]; origin?: Entity['origin'] }
export interface FakeQuote { id: string; kind?: QuoteKind; text: Needle; speaker?: string | null; speakerMention?: Needle; cue?: Needle }

/** What a detector might say about `text`: the real paragraphs plus the given entities, quotes and roles. */
export function fakeAnalysis(text: string, spec: { entities?: FakeEntity[]; quotes?: FakeQuote[]; roles?: Record<number, ParagraphRole> } = {}): ArticleAnalysis {
  const base = linesOnly(text);
  const entities: Entity[] = (spec.entities ?? []).map(e => {
    const mentions = e.mentions.map(m => spanOf(text, m)).sort((a, b) => a.start - b.start);
    return { id: e.id, type: e.type, name: e.name ?? mentions[0].text, role: null, aliases: e.aliases ?? [], mentions, origin: e.origin ?? 'auto' };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map(q => {
    const s = spanOf(text, q.text);
    return {
      ...s, id: q.id, kind: q.kind ?? 'speech', open: '«', close: '»', outer: { start: s.start - 1, end: s.end + 1 },
      paragraph: base.paragraphs.find(p => p.start <= s.start && s.start < p.end)?.index ?? 0,
      speaker: q.speaker ?? null, speakerMention: q.speakerMention ? spanOf(text, q.speakerMention) : null, cue: q.cue ? spanOf(text, q.cue) : null,
    };
  }).sort((a, b) => a.start - b.start);
  const paragraphs = base.paragraphs.map(p => (spec.roles?.[p.index] ? { ...p, role: spec.roles[p.index] } : p));
  return { ...base, entities, quotes, paragraphs };
}

/**
 * The analysis with paragraphs only (every line a body paragraph), independent of what the
 * detector does: these tests are about the user's annotations over whatever it found.
 */
export function linesOnly(text: string): ArticleAnalysis {
  const ix = new TextIndex(text);
  return {
    text, length: ix.length, language: detectLanguage(text), direction: detectDirection(text),
    headline: null, deck: null, dateline: null,
    paragraphs: splitLines(text).map(l => ({ index: l.index, role: 'body', text: l.text, start: ix.toCodePoint(l.start), end: ix.toCodePoint(l.end) })),
    quotes: [], entities: [], cues: [], diagnostics: [],
  };
}

/** SCHEMA.md: every span's text is the source slice; lists sorted by start. */
export function assertSchemaInvariants(a: ArticleAnalysis): void {
  const cps = [...a.text];
  const check = (s: Span | null, where: string) => {
    if (!s) return;
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= cps.length, `${where}: [${s.start}, ${s.end}) out of the text`);
    assert.equal(s.text, cps.slice(s.start, s.end).join(''), `${where}: text is not the source slice`);
  };
  const sorted = (xs: readonly { start: number }[], where: string) => xs.forEach((x, i) => i && assert.ok(xs[i - 1].start <= x.start, `${where} not sorted by start`));
  check(a.headline, 'headline');
  check(a.deck, 'deck');
  if (a.dateline) { check(a.dateline, 'dateline'); check(a.dateline.place, 'dateline.place'); check(a.dateline.date, 'dateline.date'); a.dateline.reporters.forEach(r => check(r, 'reporter')); check(a.dateline.agency, 'agency'); }
  a.paragraphs.forEach(p => check(p, `paragraph ${p.index}`));
  sorted(a.paragraphs, 'paragraphs');
  a.quotes.forEach(q => {
    check(q, `quote ${q.id}`); check(q.speakerMention, `quote ${q.id} speaker_mention`); check(q.cue, `quote ${q.id} cue`);
    assert.ok(q.outer.start <= q.start && q.end <= q.outer.end, `quote ${q.id}: outer does not contain the text`);
    if (q.speaker !== null) assert.ok(a.entities.some(e => e.id === q.speaker), `quote ${q.id}: speaker ${q.speaker} is not an entity`);
  });
  sorted(a.quotes, 'quotes');
  const ids = new Set<string>();
  a.entities.forEach(e => {
    assert.ok(!ids.has(e.id), `entity id ${e.id} twice`);
    ids.add(e.id);
    e.mentions.forEach(m => check(m, `entity ${e.id} mention`));
    check(e.role, `entity ${e.id} role`);
    sorted(e.mentions, `entity ${e.id} mentions`);
  });
  a.cues.forEach(c => check(c, 'cue'));
  sorted(a.cues, 'cues');
  sorted(a.diagnostics, 'diagnostics');
}

/** An analysis of ARABIC with the entities and quote a detector would find. */
export function arabicAnalysis(): ArticleAnalysis {
  return fakeAnalysis(ARABIC, {
    entities: [
      { id: 'e1', type: 'PERSON', name: 'مسرور بارزاني', mentions: ['مسرور بارزاني', ['بارزاني', 0], ['بارزاني', 2]] },
      { id: 'e2', type: 'GPE', mentions: [['أربيل', 0], ['أربيل', 1]] },
      { id: 'e3', type: 'ORG', mentions: ['الأمم المتحدة'] },
      { id: 'e4', type: 'PERSON', mentions: ['سارة الحسيني'] },
    ],
    quotes: [{ id: 'q1', text: 'سنعمل مع بغداد على حل الخلافات العالقة', speaker: 'e1', speakerMention: ['بارزاني', 2], cue: 'وقال' }],
    roles: { 0: 'headline', 1: 'dateline', 2: 'lead' },
  });
}

/** An analysis of ENGLISH with a few entities (one mistyped) and both quotes. */
export function englishAnalysis(): ArticleAnalysis {
  return fakeAnalysis(ENGLISH, {
    entities: [
      { id: 'e1', type: 'GPE', mentions: [['Ghana', 0], ['Ghana', 1]] },
      { id: 'e2', type: 'GPE', mentions: [['Togo', 0], ['Togo', 1]] },
      { id: 'e3', type: 'PERSON', name: 'Ama Mensah', mentions: ['Ama Mensah', ['Mensah', 1]] },
      { id: 'e4', type: 'LOC', mentions: ['Kodjo Agbeyome'] },
      { id: 'e5', type: 'ORG', mentions: ['United Nations'] },
    ],
    quotes: [
      { id: 'q1', text: 'This agreement protects farmers on both banks,', speaker: 'e3', speakerMention: 'Ama Mensah', cue: 'said' },
      { id: 'q2', kind: 'term', text: 'a first step', speaker: 'e4' },
    ],
    roles: { 0: 'headline', 1: 'lead' },
  });
}

/** What an analysis says, without ids or origins: for comparing round trips. */
export function describeAnalysis(a: ArticleAnalysis, parts: { paragraphs?: boolean; roles?: boolean } = {}) {
  const span = (s: Span | null) => (s ? `${s.start}-${s.end} ${s.text}` : null);
  const name = (id: string | null) => a.entities.find(e => e.id === id)?.name ?? null;
  return {
    entities: a.entities.map(e => ({
      type: e.type, name: e.name, aliases: [...e.aliases].sort(), mentions: e.mentions.map(span), ...(parts.roles ? { role: span(e.role) } : {}),
    })).sort((x, y) => (x.mentions[0] ?? '').localeCompare(y.mentions[0] ?? '') || x.name.localeCompare(y.name)),
    quotes: a.quotes.map(q => ({ text: span(q), kind: q.kind, speaker: name(q.speaker), speakerMention: span(q.speakerMention), cue: span(q.cue) })),
    ...(parts.paragraphs ? { paragraphs: a.paragraphs.map(p => `${p.index} ${p.role}`) } : {}),
  };
}
