import * as assert from 'node:assert/strict';
import { TextIndex } from '../../src/core/text/codePoints';
import { anchorAt, CONTEXT_LENGTH } from '../../src/core/annotations/anchor';
import { EMPTY_ANNOTATIONS } from '../../src/core/annotations/model';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import { nextId } from '../../src/core/annotations/order';
import {
  acceptEntity, addEntityAlias, addMention, addMentionOfNewEntity, addQuote, mergeEntity, rejectMention, removeAnnotation,
  renameEntity, retypeEntity, setParagraphRole,
} from '../../src/core/annotations/operations';
import { followEdits, record, redo, startHistory, undo, undoLabel, HISTORY_LIMIT } from '../../src/core/annotations/history';
import { ARABIC, ENGLISH, arabicAnalysis, at, englishAnalysis, slice } from './annotationFixtures';

suite('annotations: model and operations', () => {
  test('a new mention carries its text and a quote selector of 32 code points either side', () => {
    const view = arabicAnalysis();
    const r = addMentionOfNewEntity(EMPTY_ANNOTATIONS, view, at(ARABIC, 'الحكومة'), 'ORG');
    const m = r.set.mentions[0];
    assert.equal(m.anchor.text, 'الحكومة');
    assert.equal([...m.anchor.prefix].length, CONTEXT_LENGTH);
    assert.equal([...m.anchor.suffix].length, CONTEXT_LENGTH);
    assert.equal(m.anchor.prefix + m.anchor.text + m.anchor.suffix, slice(ARABIC, m.anchor.start - 32, m.anchor.end + 32));
    assert.deepEqual(r.set.entities[0], { id: 'm1', detected: null, type: 'ORG', name: 'الحكومة', aliases: [], role: null, mergedInto: null });
  });

  test('selectors count an emoji as one code point', () => {
    const doc = new TextIndex(ENGLISH);
    const a = anchorAt(doc, at(ENGLISH, 'after').start, at(ENGLISH, 'after').end);
    assert.equal(a.prefix, 'Leaders sign river treaty 🌊 ');
    assert.equal(a.start, 28);
  });

  test('an anchor over an empty or out-of-text range is refused', () => {
    const doc = new TextIndex('abc');
    assert.throws(() => anchorAt(doc, 1, 1), RangeError);
    assert.throws(() => anchorAt(doc, 2, 4), RangeError);
  });

  test('retyping a detected entity makes a record that names it and wins in the merge', () => {
    const view = englishAnalysis();
    const set = retypeEntity(EMPTY_ANNOTATIONS, view, 'e4', 'PERSON');
    const rec = set.entities[0];
    assert.equal(rec.id, 'm1');
    assert.deepEqual([rec.detected?.name, rec.detected?.type, rec.detected?.mention.text], ['Kodjo Agbeyome', 'LOC', 'Kodjo Agbeyome']);
    const merged = mergeAnnotations(view, set);
    const e = merged.entities.find(x => x.name === 'Kodjo Agbeyome')!;
    assert.deepEqual([e.id, e.type, e.origin], ['m1', 'PERSON', 'manual']);
    assert.equal(merged.quotes.find(q => q.kind === 'term')?.speaker, 'm1', 'the quote the detector gave this entity follows the new id');
  });

  test('renaming and adding aliases keep the detected aliases and the record id', () => {
    const view = englishAnalysis();
    let set = renameEntity(EMPTY_ANNOTATIONS, view, 'e5', 'United Nations Organization');
    const v2 = mergeAnnotations(view, set);
    set = addEntityAlias(set, v2, 'm1', 'UN');
    set = addEntityAlias(set, v2, 'm1', 'UN');
    const e = mergeAnnotations(view, set).entities.find(x => x.id === 'm1')!;
    assert.equal(e.name, 'United Nations Organization');
    assert.deepEqual(e.aliases, ['UN']);
    assert.equal(set.entities.length, 1);
  });

  test('merging entity A into B moves its mentions, keeps its name as an alias and repoints quotes', () => {
    const view = englishAnalysis();
    const set = mergeEntity(EMPTY_ANNOTATIONS, view, 'e4', 'e3');
    const merged = mergeAnnotations(view, set);
    const b = merged.entities.find(x => x.name === 'Ama Mensah')!;
    assert.deepEqual(b.mentions.map(m => m.text), ['Ama Mensah', 'Kodjo Agbeyome', 'Mensah']);
    assert.deepEqual(b.aliases, ['Kodjo Agbeyome']);
    assert.ok(!merged.entities.some(x => x.name === 'Kodjo Agbeyome'));
    assert.deepEqual(merged.quotes.map(q => q.speaker), [b.id, b.id]);
  });

  test('rejecting a mention removes the user\'s mention there; marking it again lifts the rejection', () => {
    const view = englishAnalysis();
    const range = at(ENGLISH, 'Kodjo Agbeyome');
    let set = addMention(EMPTY_ANNOTATIONS, view, range, 'e4').set;
    set = rejectMention(set, view, range);
    assert.equal(set.mentions.length, 0);
    assert.deepEqual(set.rejections.map(r => [r.what, r.label, r.anchor.text]), [['mention', 'LOC Kodjo Agbeyome', 'Kodjo Agbeyome']]);
    assert.ok(!mergeAnnotations(view, set).entities.some(e => e.mentions.some(m => m.start === range.start)));
    set = addMention(set, mergeAnnotations(view, set), range, 'm1').set;
    assert.equal(set.rejections.length, 0);
  });

  test('accepting an entity turns every mention manual and the entity origin manual', () => {
    const view = arabicAnalysis();
    const set = acceptEntity(EMPTY_ANNOTATIONS, view, 'e1');
    assert.deepEqual(set.mentions.map(m => m.anchor.text), ['بارزاني', 'مسرور بارزاني', 'بارزاني']);
    const e = mergeAnnotations(view, set).entities.find(x => x.id === 'm1')!;
    assert.equal(e.origin, 'manual');
    assert.equal(e.mentions.length, 3);
  });

  test('a paragraph role replaces the user\'s earlier role for the same paragraph', () => {
    const view = arabicAnalysis();
    let set = setParagraphRole(EMPTY_ANNOTATIONS, view, 5, 'body');
    set = setParagraphRole(set, view, 5, 'background');
    assert.deepEqual(set.paragraphs.map(p => p.role), ['background']);
    assert.equal(mergeAnnotations(view, set).paragraphs.find(p => p.index === 5)?.role, 'background');
  });

  test('ids count up past 9 and sort numerically', () => {
    const view = englishAnalysis();
    let set = EMPTY_ANNOTATIONS;
    for (const w of ['Leaders', 'sign', 'river', 'treaty', 'after', 'two', 'years', 'of', 'talks', 'GENEVA', 'March']) {
      set = addMentionOfNewEntity(set, view, at(ENGLISH, w), 'OTHER').set;
    }
    assert.equal(nextId(set, 'annotation'), 'a12');
    assert.deepEqual(set.entities.map(e => e.id).slice(8), ['m9', 'm10', 'm11']);
  });

  test('removing an annotation by id leaves the others', () => {
    const view = englishAnalysis();
    const a = addQuote(EMPTY_ANNOTATIONS, view, at(ENGLISH, 'a first step'), { kind: 'term' });
    const b = addMentionOfNewEntity(a.set, view, at(ENGLISH, 'GENEVA'), 'GPE');
    const set = removeAnnotation(b.set, a.id);
    assert.equal(set.quotes.length, 0);
    assert.equal(set.mentions.length, 1);
  });
});

suite('annotations: undo history', () => {
  test('undo gives back the previous set and redo the next', () => {
    const view = englishAnalysis();
    const s1 = retypeEntity(EMPTY_ANNOTATIONS, view, 'e4', 'PERSON');
    const s2 = rejectMention(s1, view, at(ENGLISH, 'Ghana'));
    let h = record(record(startHistory(EMPTY_ANNOTATIONS), s1, 'Retype'), s2, 'Reject Mention');
    assert.equal(undoLabel(h), 'Reject Mention');
    h = undo(h);
    assert.equal(h.present, s1);
    h = undo(h);
    assert.equal(h.present, EMPTY_ANNOTATIONS);
    assert.equal(undo(h), h, 'nothing left to undo');
    h = redo(h);
    assert.equal(h.present, s1);
  });

  test('a change that changes nothing is no step, and the history keeps a bounded number of steps', () => {
    let h = startHistory(EMPTY_ANNOTATIONS);
    assert.equal(record(h, EMPTY_ANNOTATIONS, 'nothing'), h);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = record(h, { ...EMPTY_ANNOTATIONS }, `step ${i}`);
    assert.equal(h.past.length, HISTORY_LIMIT);
  });

  test('after typing, undoing an annotation change gives a set that fits the new text', () => {
    const view = englishAnalysis();
    const range = at(ENGLISH, 'Kodjo Agbeyome');
    const s1 = addMention(EMPTY_ANNOTATIONS, view, range, 'e4').set;
    const s2 = setParagraphRole(s1, view, 4, 'background');
    let h = record(record(startHistory(EMPTY_ANNOTATIONS), s1, 'Add Mention'), s2, 'Set Role');
    const newText = 'URGENT 🚨 ' + ENGLISH;
    h = followEdits(h, [{ start: 0, end: 0, text: 'URGENT 🚨 ' }], newText);
    h = undo(h);
    const m = h.present.mentions[0].anchor;
    assert.equal(m.start, range.start + 9);
    assert.equal(slice(newText, m.start, m.end), 'Kodjo Agbeyome');
  });
});
