import * as assert from 'node:assert/strict';
import { TextIndex, codePointLength } from '../../src/core/text/codePoints';

suite('TextIndex', () => {
  test('is the identity for text without supplementary-plane characters', () => {
    const ix = new TextIndex('بغداد/إبراهيم صالح');
    assert.equal(ix.hasSupplementary, false);
    assert.equal(ix.toUtf16(7), 7);
    assert.equal(ix.toCodePoint(7), 7);
  });

  test('counts an emoji as one code point and two UTF-16 units', () => {
    const text = 'a😀b😀c';
    const ix = new TextIndex(text);
    assert.equal(ix.length, 5);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(cp => ix.toUtf16(cp)), [0, 1, 3, 4, 6, 7]);
    assert.deepEqual([0, 1, 3, 4, 6, 7].map(u => ix.toCodePoint(u)), [0, 1, 2, 3, 4, 5]);
    assert.equal(ix.slice(1, 4), '😀b😀');
    assert.equal(codePointLength(text), 5);
  });

  test('maps an offset inside a surrogate pair to the start of its code point', () => {
    const ix = new TextIndex('x😀y');
    assert.equal(ix.toCodePoint(2), 1);
  });

  test('gives editor positions across LF and CRLF line breaks', () => {
    const ix = new TextIndex('ab\r\n😀c\nd');
    assert.deepEqual(ix.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(ix.positionAt(3), { line: 0, character: 3 });
    assert.deepEqual(ix.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(ix.positionAt(5), { line: 1, character: 2 });
    assert.deepEqual(ix.positionAt(7), { line: 2, character: 0 });
    assert.equal(ix.offsetAt(1, 2), 5);
    assert.equal(ix.offsetAt(2, 1), 8);
    assert.equal(ix.offsetAt(9, 0), ix.length);
  });
});
