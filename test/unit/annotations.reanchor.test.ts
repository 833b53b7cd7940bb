import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { EMPTY_ANNOTATIONS, isLive, type AnnotationSet } from '../../src/core/annotations/model';
import { reanchor } from '../../src/core/annotations/reanchor';
import { addMention, addMentionOfNewEntity, addQuote, rejectMention } from '../../src/core/annotations/operations';
import { listAnchors } from '../../src/core/annotations/traverse';
import { ARABIC, ENGLISH, arabicAnalysis, at, englishAnalysis, slice } from './annotationFixtures';

const lines = (t: string) => t.split('\n');

/** A set over ENGLISH marking both mentions of Mensah, the quote and a rejection. */
function englishSet(): AnnotationSet {
  const view = englishAnalysis();
  let set = addMention(EMPTY_ANNOTATIONS, view, at(ENGLISH, 'Mensah', 0), 'e3').set;
  set = addMention(set, view, at(ENGLISH, 'Mensah', 1), 'm1').set;
  set = addQuote(set, view, at(ENGLISH, 'a first step'), { kind: 'term', cue: at(ENGLISH, 'called') }).set;
  return rejectMention(set, view, at(ENGLISH, 'United Nations'));
}

function assertAllHold(set: AnnotationSet, text: string) {
  for (const { anchor, place } of listAnchors(set)) {
    if (isLive(anchor)) assert.equal(slice(text, anchor.start, anchor.end), anchor.text, `${place.owner} ${place.id} ${place.field}`);
  }
}

suite('annotations: re-anchoring', () => {
  test('the same text gives the same set back and an empty report', () => {
    const set = englishSet();
    const r = reanchor(set, ENGLISH);
    assert.equal(r.set, set);
    assert.deepEqual(r.report, { moved: [], orphans: [] });
  });

  test('an inserted sentence shifts the Arabic spans after it', () => {
    const view = arabicAnalysis();
    let set = addMention(EMPTY_ANNOTATIONS, view, at(ARABIC, 'الأمم المتحدة'), 'e3').set;
    set = addMention(set, view, at(ARABIC, 'بارزاني', 2), 'e1').set;
    const l = lines(ARABIC);
    const newText = [...l.slice(0, 3), 'وتأتي الخطة بعد موسم جاف 🌵 أضر بالمحاصيل.', ...l.slice(3)].join('\n');
    const r = reanchor(set, newText);
    assert.deepEqual(r.set.mentions.map(m => m.anchor.text), ['بارزاني', 'الأمم المتحدة']);
    assert.deepEqual(r.set.mentions.map(m => m.anchor.start), [at(newText, 'بارزاني', 2).start, at(newText, 'الأمم المتحدة').start]);
    assert.deepEqual(r.report.moved.filter(m => m.place.owner === 'mention').map(m => m.how), ['exact', 'exact']);
    assert.ok(r.report.moved.some(m => m.place.owner === 'entity' && m.place.field === 'detected-mention'), 'the records\' references move too');
    assertAllHold(r.set, newText);
  });

  test('reordered paragraphs: each of two identical names follows its own context', () => {
    const set = englishSet();
    const l = lines(ENGLISH);
    const newText = [l[0], l[1], l[3], l[2], l[4]].join('\n');
    const r = reanchor(set, newText);
    const [first, second] = set.mentions;
    const moved = (id: string) => r.set.mentions.find(m => m.id === id)!.anchor;
    assert.equal(moved(first.id).start, at(newText, 'Ama Mensah').start + 4, 'the one after "said Ama" stays with it');
    assert.equal(moved(second.id).start, at(newText, 'thanked Mensah').start + 8);
    assert.equal(r.set.quotes[0].cue!.text, 'called');
    assertAllHold(r.set, newText);
    assert.deepEqual(r.report.orphans, []);
  });

  test('a retyped word is found again by its context within a bounded edit distance', () => {
    const view = englishAnalysis();
    const set = addMention(EMPTY_ANNOTATIONS, view, at(ENGLISH, 'Kodjo Agbeyome'), 'e4').set;
    const newText = ENGLISH.replace('Kodjo Agbeyome', 'Kojo Agbeyomé');
    const r = reanchor(set, newText);
    assert.equal(r.set.mentions[0].anchor.text, 'Kojo Agbeyomé');
    assert.equal(r.report.moved[0].how, 'fuzzy');
    assert.equal(r.report.moved[0].newText, 'Kojo Agbeyomé');
  });

  test('Arabic with tatweel and diacritics added is found by the loose match, marks included', () => {
    const view = arabicAnalysis();
    const set = addMention(EMPTY_ANNOTATIONS, view, at(ARABIC, 'الأمم المتحدة'), 'e3').set;
    const newText = ARABIC.replace('الأمم المتحدة', 'الأمـم المتّحدةُ').replace('دعت في وقت', 'دعت  في  وقت');
    const r = reanchor(set, newText);
    assert.equal(r.set.mentions[0].anchor.text, 'الأمـم المتّحدةُ');
    assert.equal(r.report.moved[0].how, 'normalised');
  });

  test('hamza and white space differences are loose matches too', () => {
    const view = englishAnalysis();
    const text = 'قال الرئيس إن الاتفاق مهم.\n' + ENGLISH;
    const set = addMentionOfNewEntity(EMPTY_ANNOTATIONS, { ...view, text }, at(text, 'إن الاتفاق'), 'OTHER').set;
    const newText = text.replace('إن الاتفاق', 'ان  الاتفاق');
    assert.equal(reanchor(set, newText).set.mentions[0].anchor.text, 'ان  الاتفاق');
  });

  test('a span whose paragraph was deleted becomes an orphan, is reported, and stays in the set', () => {
    const set = englishSet();
    const l = lines(ENGLISH);
    const newText = [l[0], l[1], l[2], l[4]].join('\n');
    const r = reanchor(set, newText);
    assert.equal(r.set.quotes.length, 1);
    assert.equal(r.set.quotes[0].anchor.orphan, 'not-found');
    const lost = r.report.orphans.map(o => [o.place.owner, o.place.field, o.reason]);
    // The second Mensah (in the deleted paragraph) has a namesake elsewhere, with another context and
    // already annotated: it does not become its twin.
    assert.deepEqual(lost, [['quote', 'span', 'not-found'], ['quote', 'cue', 'not-found'], ['mention', 'span', 'not-found']]);
    assert.match(r.report.orphans[0].message, /a first step.*not found/);
    assert.deepEqual(r.set.mentions.map(m => [m.anchor.text, m.anchor.orphan]), [['Mensah', undefined], ['Mensah', 'not-found']]);
    assertAllHold(r.set, newText);
  });

  test('a word whose sentence was rewritten around it is still found when it occurs once', () => {
    const text = 'The minister met reporters in the capital on Monday evening.\n' + ENGLISH;
    const set = addMentionOfNewEntity(EMPTY_ANNOTATIONS, { ...englishAnalysis(), text }, at(text, 'capital'), 'OTHER').set;
    const newText = 'Late on Monday, a capital crowd gathered outside.\n' + ENGLISH;
    const r = reanchor(set, newText);
    assert.equal(r.set.mentions[0].anchor.start, at(newText, 'capital').start);
    assert.equal(r.report.moved[0].how, 'exact');
  });

  test('of two places with the same text and context, the nearer to the old offset wins; at equal distance it is ambiguous', () => {
    const unit = 'x'.repeat(32) + 'KEY' + 'y'.repeat(32);
    const old = 'w'.repeat(34) + unit;
    const view = { ...englishAnalysis(), text: old };
    const set = addMentionOfNewEntity(EMPTY_ANNOTATIONS, view, at(old, 'KEY'), 'OTHER').set;
    assert.equal(set.mentions[0].anchor.start, 66);
    const tie = reanchor(set, unit + 'z' + unit);
    assert.equal(tie.set.mentions[0].anchor.orphan, 'ambiguous');
    assert.match(tie.report.orphans[0].message, /several times/);
    const near = reanchor(set, unit + 'zz' + unit);
    assert.equal(near.set.mentions[0].anchor.start, 32, 'at 32 (34 away) rather than 101 (35 away)');
  });

  test('a re-anchored set over text with anything inserted at the start finds every span shifted', () => {
    const set = englishSet();
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), head => {
      const newText = head + '\n' + ENGLISH;
      const shift = [...head].length + 1;
      const r = reanchor(set, newText);
      assert.deepEqual(r.report.orphans, []);
      const before = listAnchors(set), after = listAnchors(r.set);
      for (const { anchor, place } of after) {
        const old = before.find(b => b.place.id === place.id && b.place.field === place.field)!.anchor;
        assert.equal(anchor.start, old.start + shift);
        assert.equal(anchor.text, old.text);
      }
    }), { numRuns: 100 });
  });
});
