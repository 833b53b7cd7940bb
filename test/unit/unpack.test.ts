import * as assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import { unpackData } from '../../src/core/entities/unpack';
import * as lists from '../../src/core/entities/data';

/** What esbuild.mjs (plugin packedData) writes into the bundles. */
const pack = (o: unknown) => zlib.deflateRawSync(Buffer.from(JSON.stringify(o)), { level: 9 }).toString('base64');

suite('packed word lists', () => {
  test('the word lists come back exactly as packed, Arabic, Persian and Turkish letters included', () => {
    assert.deepEqual(unpackData(pack({ ...lists })), JSON.parse(JSON.stringify({ ...lists })));
  });

  test('base64 of any length, padded or not', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'الأناضول', 'İstanbul’da 😀']) assert.equal(unpackData(pack(s)), s);
  });

  test('country names come from the library in six languages', () => {
    const tr = lists.COUNTRY_NAMES.find(l => l.startsWith('TR|'))!.split('|');
    for (const name of ['Turkey', 'تركيا', 'Türkiye', 'ترکیه', 'Türkiyə']) assert.ok(tr.includes(name), name);
  });
});
