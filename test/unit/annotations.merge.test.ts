import * as assert from 'node:assert/strict';
import { EMPTY_ANNOTATIONS, type AnnotationSet } from '../../src/core/annotations/model';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import { applyEdit } from '../../src/core/annotations/edit';
import {
  addMention, addMentionOfNewEntity, addQuote, rejectMention, rejectQuote, retypeEntity, setParagraphRole, setQuoteSpeaker,
} from '../../src/core/annotations/operations';
import { ARABIC, ENGLISH, arabicAnalysis, assertSchemaInvariants, at, englishAnalysis, fakeAnalysis } from './annotationFixtures';

suite('annotations: merging over the analysis', () => {
  test('an empty set changes nothing', () => {
    const a = arabicAnalysis();
    assert.deepEqual(mergeAnnotations(a, EMPTY_ANNOTATIONS), a);
  });

  test('a manual mention wins over a detected one it overlaps, whatever their extents', () => {
    const view = arabicAnalysis();
    // The user marks only the first name: a different extent over the detected "مسرور بارزاني".
    const set = addMentionOfNewEntity(EMPTY_ANNOTATIONS, view, at(ARABIC, 'مسرور'), 'PERSON', 'مسرور').set;
    const merged = mergeAnnotations(view, set);
    const all = merged.entities.flatMap(e => e.mentions.map(m => m.text));
    assert.ok(all.includes('مسرور'));
    assert.ok(!all.includes('مسرور بارزاني'), 'the overlapping detected mention is gone');
    assert.equal(merged.entities.find(e => e.name === 'مسرور')?.origin, 'manual');
    assertSchemaInvariants(merged);
  });

  test('a detected entity whose mentions were all rejected disappears', () => {
    const view = englishAnalysis();
    const set = rejectMention(EMPTY_ANNOTATIONS, view, at(ENGLISH, 'United Nations'));
    assert.ok(!mergeAnnotations(view, set).entities.some(e => e.name === 'United Nations'));
  });

  test('a rejection holds against a later analyzer run with other ids and another type', () => {
    const set = rejectMention(EMPTY_ANNOTATIONS, englishAnalysis(), at(ENGLISH, 'Kodjo Agbeyome'));
    const rerun = fakeAnalysis(ENGLISH, { entities: [{ id: 'e9', type: 'PERSON', mentions: ['Kodjo Agbeyome'] }, { id: 'e1', type: 'GPE', mentions: ['Togo'] }] });
    assert.deepEqual(mergeAnnotations(rerun, set).entities.map(e => e.name), ['Togo']);
  });

  test('a rejection whose offsets no longer hold is matched by its quote selector', () => {
    const set = rejectQuote(EMPTY_ANNOTATIONS, englishAnalysis(), 'q2');
    // The set was not told about this edit (text changed behind its back): offsets are stale.
    const moved = 'BREAKING: ' + ENGLISH;
    const rerun = fakeAnalysis(moved, { quotes: [{ id: 'q7', kind: 'term', text: 'a first step' }] });
    assert.deepEqual(mergeAnnotations(rerun, set).quotes, []);
  });

  test('a correction follows its entity when the analyzer renumbers', () => {
    const set = retypeEntity(EMPTY_ANNOTATIONS, englishAnalysis(), 'e4', 'PERSON');
    const rerun = fakeAnalysis(ENGLISH, { entities: [{ id: 'e1', type: 'LOC', mentions: ['Kodjo Agbeyome'] }, { id: 'e2', type: 'LOC', mentions: ['Ghana'] }] });
    const merged = mergeAnnotations(rerun, set);
    assert.deepEqual(merged.entities.map(e => [e.name, e.type, e.id]), [['Kodjo Agbeyome', 'PERSON', 'm1'], ['Ghana', 'LOC', 'e2']]);
  });

  test('a correction whose mention is gone still finds its entity by canonical name', () => {
    const view = englishAnalysis();
    let set = retypeEntity(EMPTY_ANNOTATIONS, view, 'e3', 'ORG');
    const cut = at(ENGLISH, '"This agreement protects farmers on both banks," said Ama Mensah, ');
    const newText = [...ENGLISH].slice(0, cut.start).join('') + [...ENGLISH].slice(cut.end).join('');
    set = applyEdit(set, { start: cut.start, end: cut.end, text: '' }, newText);
    assert.equal(set.entities[0].detected?.mention.orphan, 'deleted');
    const rerun = fakeAnalysis(newText, { entities: [{ id: 'e1', type: 'PERSON', name: 'Ama Mensah', mentions: [['Mensah', 0]] }] });
    assert.deepEqual(mergeAnnotations(rerun, set).entities.map(e => [e.id, e.type]), [['m1', 'ORG']]);
  });

  test('a manual quote replaces the detected one it overlaps and finds its marks', () => {
    const view = arabicAnalysis();
    const range = at(ARABIC, 'سنعمل مع بغداد');
    const set = addQuote(EMPTY_ANNOTATIONS, view, range, { kind: 'speech', speaker: null }).set;
    const merged = mergeAnnotations(view, set);
    assert.equal(merged.quotes.length, 1);
    const q = merged.quotes[0];
    assert.deepEqual([q.text, q.open, q.close, q.speaker], ['سنعمل مع بغداد', '«', null, null]);
    assert.equal(q.outer.start, range.start - 1);
    assert.equal(q.paragraph, 3);
    assertSchemaInvariants(merged);
  });

  test('the speaker the user sets wins over the detected one', () => {
    const view = englishAnalysis();
    const set = setQuoteSpeaker(EMPTY_ANNOTATIONS, view, 'q1', 'e4');
    const merged = mergeAnnotations(view, set);
    const q = merged.quotes.find(x => x.text.startsWith('This agreement'))!;
    assert.equal(merged.entities.find(e => e.id === q.speaker)?.name, 'Kodjo Agbeyome');
    assert.equal(q.speakerMention, null);
    assert.equal(q.cue?.text, 'said', 'the accepted quote keeps the detected cue');
    assert.ok(merged.cues.some(c => c.quote === q.id && c.text === 'said'));
  });

  test('paragraph roles set by the user win, and the headline follows them', () => {
    const view = englishAnalysis();
    let set = setParagraphRole(EMPTY_ANNOTATIONS, view, 0, 'body');
    set = setParagraphRole(set, view, 4, 'background');
    const merged = mergeAnnotations({ ...view, headline: { ...view.paragraphs[0] } }, set);
    assert.deepEqual(merged.paragraphs.map(p => p.role), ['body', 'lead', 'body', 'body', 'background']);
    assert.equal(merged.headline, null);
  });

  test('orphans stay out of the merge and are reported where they were', () => {
    const view = englishAnalysis();
    let set = addMentionOfNewEntity(EMPTY_ANNOTATIONS, view, at(ENGLISH, 'officials'), 'OTHER').set;
    const r = at(ENGLISH, 'officials');
    const newText = [...ENGLISH].slice(0, r.start).join('') + [...ENGLISH].slice(r.end).join('');
    set = applyEdit(set, { ...r, text: '' }, newText);
    const merged = mergeAnnotations(fakeAnalysis(newText), set);
    assert.deepEqual(merged.entities, []);
    assert.equal(merged.diagnostics.length, 1);
    assert.equal(merged.diagnostics[0].code, 'orphan-annotation');
    assert.equal(merged.diagnostics[0].start, r.start);
    assert.match(merged.diagnostics[0].message, /officials.*deleted/);
  });

  test('a set made for other text never puts wrong text into the merge', () => {
    const view = englishAnalysis();
    const set: AnnotationSet = addMentionOfNewEntity(EMPTY_ANNOTATIONS, view, at(ENGLISH, 'Tuesday'), 'OTHER').set;
    const other = fakeAnalysis('A different article, much shorter than the first one was.');
    const merged = mergeAnnotations(other, set);
    assert.deepEqual(merged.entities, []);
    assert.match(merged.diagnostics[0].message, /stale/);
    assertSchemaInvariants(merged);
  });

  test('a merge of many corrections keeps every schema invariant (emoji text), detected entities in the analyzer\'s order first', () => {
    const view = arabicAnalysis();
    let set = rejectMention(EMPTY_ANNOTATIONS, view, at(ARABIC, 'أربيل', 1));
    set = addMention(set, mergeAnnotations(view, set), at(ARABIC, 'بغداد', 1), 'e2').set;
    set = addMentionOfNewEntity(set, mergeAnnotations(view, set), at(ARABIC, 'الأناضول'), 'ORG').set;
    set = addQuote(set, mergeAnnotations(view, set), at(ARABIC, 'خطة جديدة'), { kind: 'term' }).set;
    set = setParagraphRole(set, mergeAnnotations(view, set), 5, 'background');
    const merged = mergeAnnotations(view, set);
    assertSchemaInvariants(merged);
    assert.deepEqual(merged.entities.map(e => e.name), ['مسرور بارزاني', 'أربيل', 'الأمم المتحدة', 'سارة الحسيني', 'الأناضول']);
    assert.deepEqual(merged.entities[1].mentions.map(m => m.text), ['أربيل', 'بغداد']);
  });
});
