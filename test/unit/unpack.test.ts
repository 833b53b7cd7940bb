import * as assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import { DIGITS, fromBase118, packLists, toBase118, unpackData, type Lists } from '../../src/core/entities/unpack';
import * as lists from '../../src/core/entities/data';

/** What esbuild.mjs (plugin packedData) writes into the bundles. */
const deflate = (b: Uint8Array) => zlib.deflateRawSync(b, { level: 9 });
const roundTrip = (o: Lists) => { const p = packLists(o, deflate); return unpackData(p.shape, p.chars, p.text); };

suite('packed word lists', () => {
  test('the word lists come back exactly as packed, Arabic, Persian and Turkish letters included', () => {
    const readable = JSON.parse(JSON.stringify({ ...lists }));
    const back = roundTrip({ ...lists });
    assert.deepEqual(back, readable);
    // the same order of names too (deepEqual ignores it): the lists by language are walked in that order
    assert.equal(JSON.stringify(back), JSON.stringify(readable));
  });

  test('any strings, empty lists and nested lists', () => {
    const o = { a: [], b: ['', 'a', ''], c: { x: ['الأناضول', 'İstanbul’da 😀', '"\\\u0000\u2028'], y: [] }, d: ['ab'] };
    assert.equal(JSON.stringify(roundTrip(o)), JSON.stringify(o));
    assert.throws(() => packLists({ a: ['two\nlines'] }, deflate));
  });

  test('base 118: 118 one-byte characters, every length of bytes and every byte value', () => {
    assert.equal(DIGITS.length, 118);
    assert.ok(!/["\\\n\r\u2028\u2029\0]/.test(DIGITS));
    for (let n = 0; n <= 20; n++) {
      for (const fill of [0, 255, -1]) {
        const bytes = Uint8Array.from({ length: n }, (_, i) => fill >= 0 ? fill : (i * 97 + 13) & 255);
        const text = toBase118(bytes);
        assert.equal(text.length, Math.floor(n / 6) * 7 + (n % 6 ? n % 6 + 1 : 0));
        assert.deepEqual(fromBase118(text), bytes);
      }
    }
  });

  test('country names come from the library in six languages', () => {
    const tr = lists.COUNTRY_NAMES.find(l => l.startsWith('TR|'))!.split('|');
    for (const name of ['Turkey', 'تركيا', 'Türkiye', 'ترکیه', 'Türkiyə']) assert.ok(tr.includes(name), name);
  });
});
