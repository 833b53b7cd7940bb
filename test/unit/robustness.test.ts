// Whatever text arrives — any code point, lone surrogates, NUL, bidi controls, combining marks on
// nothing, line separators of every kind — the analyzer returns spans that are slices of it, and its
// YAML export reads back as the same record, through UTF-8 bytes as it is written to disk.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { analyze } from '../../src/core/analyze';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import { importWirelensYaml } from '../../src/core/export/wirelensImport';
import { toWirelensObject, toWirelensYaml } from '../../src/core/export/wirelensYaml';
import { describeAnalysis } from './annotationFixtures';
import { assertSpansValid } from './spanChecks';

const SOURCE = { path: 'story.wire', sha256: 'ab'.repeat(32) };

const codePoint = (min: number, max: number) => fc.integer({ min, max }).map(c => String.fromCodePoint(c));

/** One piece of hostile copy: a script's letters, a mark that cannot be shown, or a bit of wire copy. */
const piece = fc.oneof(
  codePoint(0x0621, 0x064a), // Arabic letters
  codePoint(0x064b, 0x065f), // Arabic diacritics, also on nothing
  codePoint(0x0300, 0x036f), // combining marks
  codePoint(0x41, 0x7a), // Latin
  codePoint(0x1f300, 0x1faff), // emoji: surrogate pairs
  codePoint(0xd800, 0xdfff), // a lone surrogate
  fc.constantFrom('\u0000', '\uFEFF', '\u200B', '\u200C', '\u200D', '\u00A0', '\u202F', '\u0640'),
  fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'),
  fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\t', ' ', '  '),
  fc.constantFrom('“', '”', '«', '»', '"', "''", '„', '‹', '›', '(', ')', '/', ' - ', '،', '؛', '.', ':', '?'),
  fc.constantFrom('قال', 'وأضاف:', 'الأناضول', 'بغداد/', 'BRUSSELS, June 10 (Reuters) -', 'said', 'Mr.', 'John Smith', '10.06.2021', '١٠٫٥', '🇹🇷', 'e\u0301'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const hostileText = fc.array(piece, { maxLength: 80 }).map(parts => parts.join(''));

suite('robustness: any text into the analyzer', () => {
  test('analysis never throws, and every span is the code point slice of the text, for any code points at all', () => {
    fc.assert(fc.property(hostileText, text => assertSpansValid(text, analyze(text))), { numRuns: 500 });
  });

  test('a line break of any kind and a NUL inside a wire article leave every span a slice', () => {
    const article = 'Minister resigns\nBRUSSELS, June 10 (Reuters) - "We stay," said John Smith.\nHe left.';
    for (const odd of ['\u0000', '\r\n', '\r', '\u2028', '\u0085', '\uD800', '\uDC00', '\u202E', '\uFEFF']) {
      for (let at = 0; at <= article.length; at += 7) {
        const text = article.slice(0, at) + odd + article.slice(at);
        assertSpansValid(text, analyze(text));
      }
    }
  });
});

suite('robustness: the wirelens/1 YAML export round trip', () => {
  const throughBytes = (yaml: string) => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(yaml));
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

  test('the export of any text, written as UTF-8 and parsed, is the record it was made from', () => {
    fc.assert(fc.property(hostileText, text => {
      const a = analyze(text);
      assert.deepEqual(parse(throughBytes(toWirelensYaml(a, SOURCE))), plain(toWirelensObject(a, SOURCE)));
    }), { numRuns: 300 });
  });

  test('the export of any text imports back as the same entities, quotes and speakers', () => {
    fc.assert(fc.property(hostileText, text => {
      const a = analyze(text);
      const imported = importWirelensYaml(throughBytes(toWirelensYaml(a, SOURCE)), text);
      assert.ok(imported.ok, !imported.ok ? `${imported.code}: ${imported.message}` : '');
      assert.deepEqual(imported.report.orphans, []);
      assert.deepEqual(describeAnalysis(mergeAnnotations(a, imported.set)), describeAnalysis(a));
    }), { numRuns: 200 });
  });
});

suite('robustness: Trojan source', () => {
  test('a right-to-left override inside a quote is a bidi-control error on the override itself', () => {
    const text = 'Vote count disputed\nBAGHDAD, June 10 (Reuters) - "The count is \u202E71 ot 21\u202C in our favour," said Ali Hassan.\n';
    const a = analyze(text);
    const bidi = a.diagnostics.filter(d => d.code === 'bidi-control');
    assert.deepEqual(bidi.map(d => [d.severity, [...text].slice(d.start, d.end).join('')]), [['error', '\u202E'], ['warning', '\u202C']]);
    assert.ok(a.quotes.some(q => q.start <= bidi[0].start && bidi[0].end <= q.end), 'the override is inside the quote');
    assert.match(bidi[0].message, /RLO/);
  });

  test('an override hidden among isolates and marks still makes the run an error', () => {
    const a = analyze('عنوان\nقال الوزير: “نص \u2067\u200F\u202D\u2069 آخر”.');
    const bidi = a.diagnostics.filter(d => d.code === 'bidi-control');
    assert.ok(bidi.some(d => d.severity === 'error' && /LRO/.test(d.message)), JSON.stringify(bidi));
  });
});
