import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { DIGITS, fromBase118, packLists, toBase118, unlzma, unpackData, type Lists } from '../../src/core/entities/unpack';
import * as lists from '../../src/core/entities/data';

/** What esbuild.mjs (plugin packedData) writes into the bundles: the `lzma` package's output, mode 9 (or another),
 * less bytes 1-12. */
const lzma = (b: Uint8Array, mode = 9) => {
  const out: number[] = createRequire(__filename)('lzma').compress(Array.from(b), mode);
  return Uint8Array.from([out[0], ...out.slice(13)], x => x & 255);
};
const roundTrip = (o: Lists) => { const p = packLists(o, lzma); return unpackData(p.shape, p.chars, p.size, p.text); };

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
    assert.throws(() => packLists({ a: ['two\nlines'] }, lzma));
    assert.throws(() => packLists({ a: [String.fromCharCode(...Array.from({ length: 129 }, (_, i) => 0x4e00 + i))] }, lzma), /above 127/);
    const most = { a: [String.fromCharCode(...Array.from({ length: 128 }, (_, i) => 0x4e00 + i)) + 'ascii ~\u007f'] };
    assert.deepEqual(roundTrip(most), most);
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

  test('LZMA: short and long matches, near and far, literals after matches, every mode of the encoder', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
    const samples = [
      new Uint8Array(0), Uint8Array.of(0), Uint8Array.of(255, 255, 255),
      new Uint8Array(5000).fill(97),
      Uint8Array.from({ length: 3000 }, () => random(256)),
      // words from a small vocabulary, far apart: matches at every distance slot, repeated distances
      Uint8Array.from({ length: 100000 }, (_, i) => i % 7 ? random(4) + 97 : random(256)),
    ];
    for (const bytes of samples) {
      for (const mode of [1, 5, 9]) assert.deepEqual(unlzma(lzma(bytes, mode), bytes.length), bytes, `${bytes.length} bytes, mode ${mode}`);
    }
  });

  test('country names come from the library in six languages', () => {
    const tr = lists.COUNTRY_NAMES.find(l => l.startsWith('TR|'))!.split('|');
    for (const name of ['Turkey', 'تركيا', 'Türkiye', 'ترکیه', 'Türkiyə']) assert.ok(tr.includes(name), name);
  });
});
