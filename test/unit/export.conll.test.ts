import * as assert from 'node:assert/strict';
import { toConll } from '../../src/core/export/conll';
import { at, fakeAnalysis } from './annotationFixtures';
import { annotatedArabic, annotatedEnglish } from './exportFixtures';

const block = (conll: string, n: number) => conll.trimEnd().split('\n\n')[n].split('\n');

suite('export: CoNLL BIO', () => {
  test('one token per line with its tag, B then I, a blank line between paragraphs', () => {
    const out = toConll(annotatedEnglish().merged);
    assert.ok(out.startsWith('-DOCSTART- O\n\n'));
    assert.ok(out.endsWith('\n') && !out.endsWith('\n\n'));
    assert.equal(out.trimEnd().split('\n\n').length, 1 + 5);
    assert.deepEqual(block(out, 3).slice(0, 12), [
      '" O', 'This O', 'agreement O', 'protects O', 'farmers O', 'on O', 'both O', 'banks O', ', O', '" O', 'said O', 'Ama B-PER',
    ]);
    assert.deepEqual(block(out, 3).slice(12, 15), ['Mensah I-PER', ', O', 'Ghana\'s B-LOC']);
  });

  test('an Arabic word keeps its clitic and carries the tag of the mention inside it', () => {
    const lines = block(toConll(annotatedArabic().merged), 6);
    assert.deepEqual(lines.slice(-4), ['بين O', 'أربيل B-LOC', 'وبغداد B-LOC', '. O']);
  });

  test('the wirelens tagset keeps the six types; an emoji is a token of its own', () => {
    const lines = block(toConll(annotatedEnglish().merged, { tagset: 'wirelens', docstart: false }), 0);
    assert.deepEqual(lines.slice(0, 6), ['Leaders O', 'sign O', 'river B-EVENT', 'treaty I-EVENT', '🌊 I-EVENT', 'after O']);
  });

  test('of two overlapping mentions the earlier, longer one tags the tokens', () => {
    const text = 'Prime Minister Ama Mensah spoke.';
    const a = fakeAnalysis(text, { entities: [
      { id: 'e1', type: 'PERSON', mentions: ['Ama Mensah'] },
      { id: 'e2', type: 'OTHER', mentions: ['Prime Minister Ama'] },
    ] });
    assert.deepEqual(block(toConll(a, { docstart: false }), 0), ['Prime B-MISC', 'Minister I-MISC', 'Ama I-MISC', 'Mensah O', 'spoke O', '. O']);
    assert.ok(at(text, 'Ama').start > 0);
  });

  test('tokens appear in their paragraph\'s text in order, nothing dropped but white space', () => {
    for (const { merged } of [annotatedArabic(), annotatedEnglish()]) {
      const blocks = toConll(merged, { docstart: false }).trimEnd().split('\n\n');
      blocks.forEach((b, i) => {
        const tokens = b.split('\n').map(l => l.slice(0, l.lastIndexOf(' ')));
        assert.equal(tokens.join(''), merged.paragraphs[i].text.replace(/\s+/gu, ''));
      });
    }
  });
});
