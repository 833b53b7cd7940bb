import * as assert from 'node:assert/strict';
import { findQuotes } from '../../src/core/article/quotes';

const inner = (s: string) => findQuotes(s).quotes.map(q => s.slice(q.start, q.end));
const codes = (s: string) => findQuotes(s).problems.map(p => p.code);

suite('quotes', () => {
  test('curly quotes in Arabic copy', () => {
    assert.deepEqual(inner('وقال الوزير: “نحن مستعدون للحوار”.'), ['نحن مستعدون للحوار']);
  });

  test('reversed curly marks ”…“ pair by position', () => {
    assert.deepEqual(inner('وبحثا ”التحديات الأمنية“ في المنطقة.'), ['التحديات الأمنية']);
  });

  test('a closing mark reused as the opening one: لـ”داعش”', () => {
    assert.deepEqual(inner('المناهض لـ”داعش” والذي يقدم الدعم'), ['داعش']);
  });

  test('nested quotes with the same ASCII mark', () => {
    const s = 'وقال: "بدأنا الحوار والحزب يشير إلى "روابط قوية" مع القاهرة".';
    assert.deepEqual(inner(s), ['بدأنا الحوار والحزب يشير إلى "روابط قوية" مع القاهرة', 'روابط قوية']);
  });

  test('guillemets with French no-break spaces are trimmed', () => {
    assert.deepEqual(inner('« La paix\u00A0» a-t-il dit'), ['La paix']);
  });

  test('doubled apostrophes', () => {
    assert.deepEqual(inner("''We are ready,'' he said."), ['We are ready,']);
  });

  test('apostrophes inside words are not quote marks', () => {
    assert.deepEqual(inner("NATO's chief met Erdoğan'ın aide in Malatya'da."), []);
    assert.deepEqual(inner("The Workers’ Party said"), []);
  });

  test('single quotes around a headline term', () => {
    assert.deepEqual(inner("'Tank sevkiyatı' iddiasına yalanlama"), ['Tank sevkiyatı']);
  });

  test('an unclosed quote runs to the paragraph end and is reported', () => {
    const s = 'وناقش الاجتماع “الملفات العالقة بين الجانبين';
    assert.deepEqual(inner(s), ['الملفات العالقة بين الجانبين']);
    assert.deepEqual(codes(s), ['unclosed-quote']);
  });

  test('an unclosed quote leaves out the attribution clause at its end', () => {
    const s = 'وناقش الاجتماع “الملفات العالقة بين الجانبين، وفق البيان.';
    const q = findQuotes(s, 0, rest => (rest.endsWith('، وفق البيان.') ? '، وفق البيان.'.length : 0)).quotes;
    assert.deepEqual(q.map(x => s.slice(x.start, x.end)), ['الملفات العالقة بين الجانبين']);
  });

  test('a stray closing mark is not a quote', () => {
    const s = 'وأكد الوزير أن بلاده ستقف إلى جانب الشعب الفلسطيني”.';
    assert.deepEqual(inner(s), []);
    assert.deepEqual(codes(s), ['unbalanced-quote']);
  });

  test('a closing mark with a blank before it still closes', () => {
    assert.deepEqual(inner('“Turanın səsi ” xəbər verir ki'), ['Turanın səsi']);
  });

  test('offsets are shifted by the paragraph offset', () => {
    const q = findQuotes('a “b” c', 100).quotes[0];
    assert.deepEqual([q.start, q.end, q.open.start, q.close?.end], [103, 104, 102, 105]);
  });

  test('5,000 quote marks on one line pair up without blowing up', () => {
    const s = '“ab” '.repeat(5000);
    assert.equal(findQuotes(s).quotes.length, 5000);
  });
});
