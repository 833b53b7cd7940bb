// The outline both the sidebar and the document symbols draw: groups, order, counts, names and
// ranges, on a hand-built analysis (what the detector finds may change) and on every fixture.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { buildOutline, excerpt, type OutlineNode } from '../../src/core/outline';
import type { ArticleAnalysis } from '../../src/core/types';
import { at, fakeAnalysis, slice } from './annotationFixtures';

const TEXT = [
  'وزير الخارجية يبحث مع نظيره الأردني ملف المياه',
  'عمّان/ليلى حداد/الأناضول',
  'بحث وزير الخارجية سامر خليل مع نظيره الأردني في عمّان ملف المياه المشتركة.',
  'وقال خليل: «نريد اتفاقًا دائمًا يحمي حقوق البلدين في المياه وفي الزراعة»، مضيفًا: «لا بديل عن الحوار».',
  'وأكد مصدر مطلع أن «الاجتماع كان إيجابيًا» دون أن يذكر تفاصيل.',
  'ووصف البيان الاتفاق بأنه «خطوة أولى» في مسار طويل.',
  'وكانت الأمم المتحدة قد حذرت من أزمة مياه في المنطقة.',
].join('\n');

function analysis(): ArticleAnalysis {
  const a = fakeAnalysis(TEXT, {
    entities: [
      { id: 'e1', type: 'PERSON', name: 'سامر خليل', mentions: ['سامر خليل', ['خليل', 1]] },
      { id: 'e2', type: 'GPE', mentions: [['عمّان', 0], ['عمّان', 1]] },
      { id: 'e3', type: 'ORG', mentions: ['الأمم المتحدة'] },
      { id: 'e4', type: 'PERSON', mentions: ['ليلى حداد'] },
      { id: 'e5', type: 'ORG', mentions: ['الأناضول'] },
    ],
    quotes: [
      { id: 'q1', text: 'نريد اتفاقًا دائمًا يحمي حقوق البلدين في المياه وفي الزراعة', speaker: 'e1', speakerMention: ['خليل', 1], cue: 'وقال' },
      { id: 'q2', text: 'لا بديل عن الحوار', speaker: 'e1', speakerMention: ['خليل', 1] },
      { id: 'q3', text: 'الاجتماع كان إيجابيًا', speakerMention: 'مصدر مطلع', cue: 'وأكد' },
      { id: 'q4', kind: 'term', text: 'خطوة أولى' },
    ],
    roles: { 0: 'headline', 1: 'dateline', 2: 'lead', 6: 'background' },
  });
  const span = (needle: string) => ({ ...at(TEXT, needle), text: needle });
  return {
    ...a,
    headline: { ...a.paragraphs[0] },
    dateline: { ...span('عمّان/ليلى حداد/الأناضول'), date: null, place: span('عمّان'), reporters: [span('ليلى حداد')], agency: { ...span('الأناضول'), name: 'Anadolu Agency' } },
    diagnostics: [{ code: 'mixed-digits', severity: 'warning', message: 'Number ٢٠21 mixes Arabic-Indic and Latin digits.', start: 10, end: 14 }],
  };
}

const find = (nodes: readonly OutlineNode[], kind: string) => nodes.find(n => n.kind === kind)!;
const names = (nodes: readonly OutlineNode[]) => nodes.map(n => n.name);

/** Every node's selection lies in its range, every child's range in its parent's. */
function assertNested(nodes: readonly OutlineNode[], parent?: OutlineNode): void {
  for (const n of nodes) {
    assert.ok(n.range.start <= n.selection.start && n.selection.end <= n.range.end, `${n.id}: selection outside its range`);
    if (parent) assert.ok(parent.range.start <= n.range.start && n.range.end <= parent.range.end, `${n.id}: outside its parent ${parent.id}`);
    assertNested(n.children, n);
  }
}

function ids(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap(n => [n.id, ...ids(n.children)]);
}

suite('outline', () => {
  test('the top level is dateline, headline, quotes, entities, background and problems', () => {
    assert.deepEqual(buildOutline(analysis()).map(n => n.kind), ['dateline', 'headline', 'quotes', 'entities', 'background', 'problems']);
  });

  test('a section with nothing in it is left out', () => {
    const a = analysis();
    const bare = { ...a, dateline: null, quotes: [], diagnostics: [], paragraphs: a.paragraphs.map(p => ({ ...p, role: 'body' as const })) };
    assert.deepEqual(buildOutline(bare).map(n => n.kind), ['headline', 'entities']);
  });

  test('the dateline holds its place, reporters and agency in text order, the agency with its canonical name', () => {
    const dateline = find(buildOutline(analysis()), 'dateline');
    assert.equal(dateline.name, 'عمّان/ليلى حداد/الأناضول');
    assert.deepEqual(dateline.children.map(c => [c.kind, c.name, c.value ?? null]), [
      ['place', 'عمّان', null], ['reporter', 'ليلى حداد', null], ['agency', 'الأناضول', 'Anadolu Agency'],
    ]);
  });

  test('speech quotes are grouped by speaker, then the unattributed, then terms, each group with its count', () => {
    const quotes = find(buildOutline(analysis()), 'quotes');
    assert.equal(quotes.count, 4);
    assert.deepEqual(quotes.children.map(g => [g.kind, g.name, g.count]), [
      ['speaker', 'سامر خليل', 2], ['speaker', 'مصدر مطلع', 1], ['terms', null, 1],
    ]);
    assert.equal(quotes.children[0].entity?.id, 'e1');
    assert.equal(quotes.children[1].entity, undefined);
  });

  test('a quote with neither speaker nor attributing words is unattributed', () => {
    const a = analysis();
    const quotes = find(buildOutline({ ...a, quotes: a.quotes.map(q => (q.id === 'q3' ? { ...q, speakerMention: null } : q)) }), 'quotes');
    assert.deepEqual(quotes.children.map(g => g.kind), ['speaker', 'unattributed', 'terms']);
    assert.deepEqual(quotes.children[1].children.map(q => q.quote?.id), ['q3']);
  });

  test('a quote is named by its first six words; it selects the words and covers the marks', () => {
    const a = analysis();
    const q1 = find(buildOutline(a), 'quotes').children[0].children[0];
    assert.equal(q1.name, 'نريد اتفاقًا دائمًا يحمي حقوق البلدين …');
    assert.equal(slice(TEXT, q1.selection.start, q1.selection.end), a.quotes[0].text);
    assert.equal(slice(TEXT, q1.range.start, q1.range.end), `«${a.quotes[0].text}»`);
  });

  test('a speaker group selects the words that attribute the quotes', () => {
    const speaker = find(buildOutline(analysis()), 'quotes').children[0];
    assert.equal(slice(TEXT, speaker.selection.start, speaker.selection.end), 'خليل');
  });

  test('entities are grouped by type, the most mentioned first, each expanding to its mentions', () => {
    const entities = find(buildOutline(analysis()), 'entities');
    assert.equal(entities.count, 5);
    assert.deepEqual(entities.children.map(g => [g.value, g.count, names(g.children)]), [
      ['PERSON', 2, ['سامر خليل', 'ليلى حداد']], ['ORG', 2, ['الأناضول', 'الأمم المتحدة']], ['GPE', 1, ['عمّان']],
    ]);
    const person = entities.children[0].children[0];
    assert.equal(person.count, 2);
    assert.deepEqual(person.children.map(m => slice(TEXT, m.range.start, m.range.end)), ['سامر خليل', 'خليل']);
  });

  test('background paragraphs are named by their first words', () => {
    assert.deepEqual(names(find(buildOutline(analysis()), 'background').children), ['وكانت الأمم المتحدة قد حذرت من …']);
  });

  test('problems carry the message and the code', () => {
    const [problem] = find(buildOutline(analysis()), 'problems').children;
    assert.deepEqual([problem.name, problem.value, problem.range], ['Number ٢٠21 mixes Arabic-Indic and Latin digits.', 'mixed-digits', { start: 10, end: 14 }]);
  });

  test('ids are unique and groups contain their children', () => {
    const outline = buildOutline(analysis());
    const all = ids(outline);
    assert.equal(new Set(all).size, all.length);
    assertNested(outline);
  });

  test('excerpt keeps short texts whole and cuts long ones after six words', () => {
    assert.equal(excerpt('  one two  three '), 'one two three');
    assert.equal(excerpt('a b c d e f g'), 'a b c d e f …');
  });

  suite('on every fixture article', () => {
    const DIR = 'test/fixtures';
    for (const file of fs.readdirSync(DIR).filter(f => /\.(wire|txt)$/.test(f)).sort()) {
      test(`${file}: ids unique, ranges nested, every span-named leaf named by its text`, () => {
        const text = fs.readFileSync(path.join(DIR, file), 'utf8');
        const outline = buildOutline(analyze(text));
        const all = ids(outline);
        assert.equal(new Set(all).size, all.length);
        assertNested(outline);
        const leaves = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap(n => [n, ...leaves(n.children)]);
        for (const n of leaves(outline).filter(n => ['date', 'place', 'reporter', 'agency', 'headline', 'deck', 'mention'].includes(n.kind))) {
          assert.equal(n.name, slice(text, n.selection.start, n.selection.end), n.id);
        }
      });
    }
  });
});
