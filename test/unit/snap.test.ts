import * as assert from 'node:assert/strict';
import { snapSelection, type SnapKind } from '../../src/core/annotations/snap';
import { at, slice } from './annotationFixtures';

/** What a selection of `needle` (its n-th occurrence, or a part of it) snaps to, as text. */
function snapped(text: string, needle: string, kind: SnapKind = 'entity', trim: { left?: number; right?: number } = {}, n = 0): string | null {
  const r = at(text, needle, n);
  const range = snapSelection(text, { start: r.start + (trim.left ?? 0), end: r.end - (trim.right ?? 0) }, kind);
  return range && slice(text, range.start, range.end);
}

const AR = 'وقال بارزاني إن العراق وبلجيكا يبحثان التعاون لبغداد وللعراق وبالعراق، وزار لبنان وواشنطن مع وليد.';
const EN = 'NATO\'s chief met O\'Brien in l\'Onu offices, and Erdoğan\'ın aide "said it". Mr. Delvaux (U.S.) agreed.';

suite('snapping a selection to an annotation span', () => {
  test('a part of a word grows to the whole word', () => {
    assert.equal(snapped(EN, 'Delvaux', 'entity', { left: 2, right: 2 }), 'Delvaux');
    assert.equal(snapped(AR, 'بارزاني', 'entity', { left: 3 }), 'بارزاني');
  });

  test('punctuation, brackets and blanks around a name stay outside', () => {
    assert.equal(snapped(EN, ' (U.S.) '), 'U.S.');
    assert.equal(snapped(EN, 'Mr. Delvaux (', 'entity'), 'Mr. Delvaux');
    assert.equal(snapped(AR, 'وبالعراق، '), 'العراق');
  });

  test('waw and a preposition come off a known name; the article stays', () => {
    assert.equal(snapped(AR, 'وبلجيكا'), 'بلجيكا');
    assert.equal(snapped(AR, 'لبغداد'), 'بغداد');
    assert.equal(snapped(AR, 'وبالعراق'), 'العراق');
    assert.equal(snapped(AR, 'العراق'), 'العراق');
  });

  test('lam-lam keeps the article\'s lam, as the analyzer spans it', () => {
    assert.equal(snapped(AR, 'وللعراق'), 'لعراق');
  });

  test('a name that starts with a clitic letter keeps it', () => {
    assert.equal(snapped(AR, 'لبنان'), 'لبنان');
    assert.equal(snapped(AR, 'بارزاني'), 'بارزاني');
  });

  test('a word the analyzer does not know keeps its letters (a name may start with و)', () => {
    assert.equal(snapped(AR, 'وليد'), 'وليد');
  });

  test('a selection that starts right after a clitic is taken as meant', () => {
    assert.equal(snapped(AR, 'وواشنطن', 'entity', { left: 1 }), 'واشنطن');
    assert.equal(snapped(AR, 'وليد', 'entity', { left: 1 }), 'ليد');
  });

  test('an apostrophe suffix and French elision stay outside; O\'Brien stays whole', () => {
    assert.equal(snapped(EN, 'NATO\'s'), 'NATO');
    assert.equal(snapped(EN, 'Erdoğan\'ın'), 'Erdoğan');
    assert.equal(snapped(EN, 'l\'Onu'), 'Onu');
    assert.equal(snapped(EN, 'O\'Brien'), 'O\'Brien');
  });

  test('an empty selection is the word at the cursor, or the one just before it', () => {
    const r = at(AR, 'وبلجيكا');
    const inside = snapSelection(AR, { start: r.start + 3, end: r.start + 3 }, 'entity')!;
    assert.equal(slice(AR, inside.start, inside.end), 'بلجيكا');
    const after = snapSelection(AR, { start: r.end, end: r.end }, 'entity')!;
    assert.equal(slice(AR, after.start, after.end), 'بلجيكا');
  });

  test('a selection of punctuation or blanks only snaps to nothing', () => {
    assert.equal(snapped(EN, ' (', 'entity'), null);
    assert.equal(snapped(AR, '، ', 'quote'), null);
  });

  test('offsets are code points: an emoji before the name does not shift the span', () => {
    const text = '🇹🇷😀 رحلات إلى وبلجيكا اليوم';
    assert.equal(snapped(text, 'وبلجيكا'), 'بلجيكا');
  });

  test('a quote loses its marks and what lies outside them, and keeps its own punctuation', () => {
    const text = 'وقال: «سنعمل مع بغداد على الحل.»، ثم غادر. He said: "It works, mostly." Then left.';
    assert.equal(snapped(text, '«سنعمل مع بغداد على الحل.»،', 'quote'), 'سنعمل مع بغداد على الحل.');
    assert.equal(snapped(text, '"It works, mostly."', 'quote'), 'It works, mostly.');
    assert.equal(snapped(text, 'It works, mostly." Then', 'quote', { right: 5 }), 'It works, mostly.');
  });

  test('a quote selection that cuts words grows to whole words', () => {
    const text = 'He said: "It works, mostly." Then left.';
    assert.equal(snapped(text, 'It works, mostly', 'quote', { left: 1, right: 2 }), 'It works, mostly');
  });
});
