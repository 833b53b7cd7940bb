import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextIndex } from '../../src/core/text/codePoints';
import { anchorAt } from '../../src/core/annotations/anchor';
import { applyEdit, applyEdits, type TextEdit } from '../../src/core/annotations/edit';
import { EMPTY_ANNOTATIONS, isLive, type AnnotationSet } from '../../src/core/annotations/model';
import { addMentionOfNewEntity, addQuote } from '../../src/core/annotations/operations';
import { listAnchors } from '../../src/core/annotations/traverse';
import { ARABIC, ENGLISH, arabicAnalysis, at, englishAnalysis, slice } from './annotationFixtures';

/** The text after replacing code points [start, end) with `text`. */
function edited(text: string, e: TextEdit): string {
  const cps = [...text];
  return [...cps.slice(0, e.start), e.text, ...cps.slice(e.end)].join('');
}

function mentionOf(text: string, word: string, n = 0): AnnotationSet {
  return addMentionOfNewEntity(EMPTY_ANNOTATIONS, englishAnalysis(), at(text, word, n), 'OTHER').set;
}

function editAndCheck(set: AnnotationSet, text: string, e: TextEdit) {
  const next = edited(text, e);
  const out = applyEdit(set, e, next);
  return { out, next, a: out.mentions[0].anchor };
}

suite('annotations: edits', () => {
  test('an insertion before a span shifts it by code points (an emoji counts one)', () => {
    const set = mentionOf(ENGLISH, 'Tuesday');
    const { a, next } = editAndCheck(set, ENGLISH, { start: 0, end: 0, text: '🚨 ' });
    assert.equal(a.start, at(ENGLISH, 'Tuesday').start + 2);
    assert.equal(slice(next, a.start, a.end), 'Tuesday');
    assert.equal(a.prefix.endsWith('treaty on '), true);
  });

  test('typing right at a span\'s start or end does not grow it', () => {
    const set = mentionOf(ENGLISH, 'Tuesday');
    const r = at(ENGLISH, 'Tuesday');
    assert.equal(editAndCheck(set, ENGLISH, { start: r.start, end: r.start, text: 'last ' }).a.text, 'Tuesday');
    assert.equal(editAndCheck(set, ENGLISH, { start: r.end, end: r.end, text: ' night' }).a.text, 'Tuesday');
  });

  test('an edit inside a span keeps it and updates its text (Arabic, with a diacritic)', () => {
    const view = arabicAnalysis();
    const set = addMentionOfNewEntity(EMPTY_ANNOTATIONS, view, at(ARABIC, 'الأمم المتحدة'), 'ORG').set;
    const inner = at(ARABIC, 'الأمم المتحدة').start + 5;
    const { a, next } = editAndCheck(set, ARABIC, { start: inner, end: inner + 1, text: '  ' });
    assert.equal(a.orphan, undefined);
    assert.equal(a.text, 'الأمم  المتحدة');
    assert.equal(slice(next, a.start, a.end), a.text);
    const r2 = editAndCheck(set, ARABIC, { start: inner - 1, end: inner - 1, text: 'ُ' });
    assert.equal(r2.a.text, 'الأمُم المتحدة');
  });

  test('deleting a whole span orphans it with its last selector', () => {
    const set = mentionOf(ENGLISH, 'Tuesday');
    const before = set.mentions[0].anchor;
    const r = at(ENGLISH, 'on Tuesday');
    const { a } = editAndCheck(set, ENGLISH, { ...r, text: '' });
    assert.equal(a.orphan, 'deleted');
    assert.deepEqual([a.text, a.prefix, a.suffix], [before.text, before.prefix, before.suffix]);
  });

  test('typing over a whole span orphans it as replaced', () => {
    const set = mentionOf(ENGLISH, 'Tuesday');
    assert.equal(editAndCheck(set, ENGLISH, { ...at(ENGLISH, 'Tuesday'), text: 'Monday' }).a.orphan, 'replaced');
  });

  test('an edit across a span\'s end orphans it as cut', () => {
    const set = mentionOf(ENGLISH, 'Kodjo Agbeyome');
    assert.equal(editAndCheck(set, ENGLISH, { ...at(ENGLISH, 'Agbeyome, called'), text: 'A.' }).a.orphan, 'cut');
  });

  test('an orphan is not re-attached when the same text is typed back', () => {
    const set = mentionOf(ENGLISH, 'Tuesday');
    const r = at(ENGLISH, 'Tuesday');
    const gone = editAndCheck(set, ENGLISH, { ...r, text: '' });
    const back = applyEdit(gone.out, { start: r.start, end: r.start, text: 'Tuesday' }, ENGLISH);
    assert.equal(back.mentions[0].anchor.orphan, 'deleted');
  });

  test('nested anchors follow too: a quote\'s cue and its span', () => {
    const view = englishAnalysis();
    const set = addQuote(EMPTY_ANNOTATIONS, view, at(ENGLISH, 'a first step'), { kind: 'term', cue: at(ENGLISH, 'called') }).set;
    const next = 'X ' + ENGLISH;
    const out = applyEdit(set, { start: 0, end: 0, text: 'X ' }, next);
    assert.equal(slice(next, out.quotes[0].cue!.start, out.quotes[0].cue!.end), 'called');
    assert.equal(slice(next, out.quotes[0].anchor.start, out.quotes[0].anchor.end), 'a first step');
  });

  test('several edits in a row, each in the coordinates the previous one left', () => {
    const set = mentionOf(ENGLISH, 'Ama Mensah');
    const e1: TextEdit = { start: 0, end: 0, text: 'AA ' };
    const t1 = edited(ENGLISH, e1);
    const r = at(t1, 'Ama Mensah');
    const e2: TextEdit = { start: r.start + 3, end: r.start + 4, text: '  ' };
    const t2 = edited(t1, e2);
    const out = applyEdits(set, [e1, e2], t2);
    assert.equal(out.mentions[0].anchor.text, 'Ama  Mensah');
  });
});

// The property tests check applyEdit against a model that knows which characters are which:
// every character has an identity, a span is the set of identities it covers, and the rules
// are stated on identities (new characters join a span only when typed strictly inside it or
// in place of some of its characters; losing all of them or mixing with outside ones orphans it).

const UNITS = ['ا', 'ب', 'ل', 'و', 'ك', '\u064E', '\u0640', '😀', '🌾', 'e', '\u0301', ' ', 'x', '\n', 'ß'];
const cps = (max: number, min = 0) => fc.array(fc.constantFrom(...UNITS), { minLength: min, maxLength: max });

interface Cell { ch: string; id: number }
interface ModelSpan { live: boolean; ids: Set<number> }

function modelEdit(cells: Cell[], spans: Map<string, ModelSpan>, start: number, end: number, ins: string[], nextId: () => number): Cell[] {
  const removed = new Set(cells.slice(start, end).map(c => c.id));
  const added = ins.map(ch => ({ ch, id: nextId() }));
  for (const s of spans.values()) {
    if (!s.live) continue;
    const lost = [...removed].filter(id => s.ids.has(id)).length;
    const outside = removed.size - lost;
    if (lost === s.ids.size || (lost > 0 && outside > 0)) { s.live = false; continue; }
    const strictlyInside = start > 0 && start < cells.length && s.ids.has(cells[start - 1].id) && s.ids.has(cells[start].id);
    if (lost > 0 || (removed.size === 0 && strictlyInside)) added.forEach(c => s.ids.add(c.id));
    removed.forEach(id => s.ids.delete(id));
  }
  return [...cells.slice(0, start), ...added, ...cells.slice(end)];
}

suite('annotations: edits, property tests', () => {
  const scenario = cps(40, 1).chain(doc => fc.record({
    doc: fc.constant(doc),
    spans: fc.array(fc.tuple(fc.nat(doc.length - 1), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 6 }),
    edits: fc.array(fc.record({ at: fc.nat(1000), cut: fc.nat(5), text: cps(4) }), { minLength: 1, maxLength: 12 }),
  }));

  test('random edits never leave a live span whose text is not the document\'s slice, and agree with the identity model', () => {
    fc.assert(fc.property(scenario, ({ doc, spans, edits }) => {
      let text = doc.join('');
      const ix = new TextIndex(text);
      let id = 0;
      let cells: Cell[] = doc.map(ch => ({ ch, id: id++ }));
      let set: AnnotationSet = EMPTY_ANNOTATIONS;
      const model = new Map<string, ModelSpan>();
      spans.forEach(([s, n], k) => {
        const e = Math.min(doc.length, s + n);
        set = { ...set, mentions: [...set.mentions, { id: `a${k + 1}`, anchor: anchorAt(ix, s, e), entity: 'm1' }] };
        model.set(`a${k + 1}`, { live: true, ids: new Set(cells.slice(s, e).map(c => c.id)) });
      });
      for (const e of edits) {
        const len = cells.length;
        const start = e.at % (len + 1), end = Math.min(len, start + e.cut);
        cells = modelEdit(cells, model, start, end, e.text, () => id++);
        text = cells.map(c => c.ch).join('');
        set = applyEdit(set, { start, end, text: e.text.join('') }, text);
        for (const m of set.mentions) {
          const expected = model.get(m.id)!;
          assert.equal(isLive(m.anchor), expected.live, `${m.id} live`);
          if (!expected.live) continue;
          const positions = cells.flatMap((c, i) => (expected.ids.has(c.id) ? [i] : []));
          assert.deepEqual([m.anchor.start, m.anchor.end], [positions[0], positions[positions.length - 1] + 1]);
          assert.equal(m.anchor.text, [...text].slice(m.anchor.start, m.anchor.end).join(''));
        }
      }
    }), { numRuns: 400 });
  });

  test('an edit away from every span changes no span\'s text', () => {
    fc.assert(fc.property(scenario, ({ doc, spans }) => {
      const text = doc.join('');
      const ix = new TextIndex(text);
      let set: AnnotationSet = EMPTY_ANNOTATIONS;
      spans.forEach(([s, n], k) => {
        set = { ...set, mentions: [...set.mentions, { id: `a${k + 1}`, anchor: anchorAt(ix, s, Math.min(doc.length, s + n)), entity: 'm1' }] };
      });
      const next = '😀 ' + text + ' 🌾';
      const out = applyEdit(applyEdit(set, { start: 0, end: 0, text: '😀 ' }, '😀 ' + text), { start: doc.length + 2, end: doc.length + 2, text: ' 🌾' }, next);
      for (const { anchor } of listAnchors(out)) {
        assert.ok(isLive(anchor));
        assert.equal(anchor.text, set.mentions.find(m => m.anchor.start === anchor.start - 2 && m.anchor.end === anchor.end - 2)?.anchor.text);
      }
    }));
  });
});
