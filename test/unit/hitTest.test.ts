// What is at a position: one rule for hover cards and the commands that act at the cursor — the
// narrowest thing whose (whole-word) span holds the position, its end included.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyze, TextIndex, type ArticleAnalysis, type Entity } from '../../src/core';
import { mentionAt, narrowest, quoteAt } from '../../src/vscode/hitTest';

const entity = (id: string, name: string, mentions: [number, number][], text: string): Entity => ({
  id, type: 'PERSON', name, aliases: [], role: null, origin: 'detected',
  mentions: mentions.map(([start, end]) => ({ start, end, text: [...text].slice(start, end).join('') })),
} as unknown as Entity);

function withEntities(text: string, entities: Entity[]): { analysis: ArticleAnalysis; index: TextIndex } {
  return { analysis: { ...analyze(text), entities }, index: new TextIndex(text) };
}

suite('hit testing', () => {
  test('a mention is found from any letter of its word, clitic included, and right after it; not past the space', () => {
    const text = fs.readFileSync('test/fixtures/01-ar-aa-dateline.wire', 'utf8');
    const analysis = analyze(text), index = new TextIndex(text);
    const word = text.indexOf('وبلجيكا');
    assert.equal(mentionAt(analysis, index, word)?.entity.name, 'بلجيكا');
    assert.equal(mentionAt(analysis, index, word + 6)?.entity.name, 'بلجيكا');
    assert.equal(mentionAt(analysis, index, word + 7)?.entity.name, 'بلجيكا', 'the cursor right after the word');
    assert.equal(text[word + 7], ' ');
    assert.equal(mentionAt(analysis, index, word + 8), undefined);
  });

  test('of nested mentions the narrowest wins, wherever it sits in the longer one', () => {
    const text = 'President Emmanuel Macron spoke.';
    const { analysis, index } = withEntities(text, [
      entity('e1', 'President Emmanuel Macron', [[0, 25]], text),
      entity('e2', 'Macron', [[19, 25]], text),
    ]);
    assert.equal(mentionAt(analysis, index, 20)?.entity.id, 'e2');
    assert.equal(mentionAt(analysis, index, 25)?.entity.id, 'e2', 'right after both: still the narrower');
    assert.equal(mentionAt(analysis, index, 3)?.entity.id, 'e1');
  });

  test('between two mentions of one width that touch, the one the position is in wins over the one it ends', () => {
    const text = 'AbCd';
    const { analysis, index } = withEntities(text, [entity('e1', 'Ab', [[0, 2]], text), entity('e2', 'Cd', [[2, 4]], text)]);
    assert.equal(mentionAt(analysis, index, 2)?.entity.id, 'e2');
    assert.equal(mentionAt(analysis, index, 1)?.entity.id, 'e1');
    assert.equal(narrowest([{ start: 2, end: 4 }, { start: 0, end: 2 }], r => r, 2)?.start, 2, 'in either order');
  });

  test('the innermost quotation around a position, its marks and the end included', () => {
    const text = 'He said “they told us «no» today” and left.\n';
    const analysis = analyze(text);
    const inner = text.indexOf('no'), close = text.indexOf('”');
    assert.equal(quoteAt(analysis, [...text.slice(0, inner)].length)?.text, 'no');
    assert.equal(quoteAt(analysis, [...text.slice(0, close)].length + 1)?.text, 'they told us «no» today');
    assert.equal(quoteAt(analysis, 0), undefined);
  });
});
