// Article text in a quick pick: `$(icon)` shown as written, long text cut without halving an emoji.
import * as assert from 'node:assert/strict';
import { pickLabel, shorten } from '../../src/vscode/quickPickText';

suite('quick pick text', () => {
  test('icon syntax in a name is escaped, once, and nothing else changes', () => {
    assert.equal(pickLabel('$(alert) Ministry'), '\\$(alert) Ministry');
    assert.equal(pickLabel('\\$(alert) Ministry'), '\\$(alert) Ministry', 'already escaped');
    assert.equal(pickLabel('$(sync~spin) and $(x)'), '\\$(sync~spin) and \\$(x)');
    assert.equal(pickLabel('Price $(5 million)'), 'Price $(5 million)', 'not an icon name');
    assert.equal(pickLabel('بغداد'), 'بغداد');
  });

  test('shorten cuts by code points: an emoji at the cut stays whole', () => {
    const text = 'a'.repeat(48) + '😀😀😀';
    const short = shorten(text, 50);
    assert.equal(short, 'a'.repeat(48) + '😀…');
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(short), 'no lone high surrogate');
    assert.equal(shorten('short', 50), 'short');
  });
});
