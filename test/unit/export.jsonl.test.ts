import * as assert from 'node:assert/strict';
import { toJsonl, toJsonlLine, toJsonlRecord } from '../../src/core/export/jsonl';
import { linesOnly } from './annotationFixtures';
import { annotatedArabic, annotatedEnglish } from './exportFixtures';

suite('export: JSONL (spaCy / doccano)', () => {
  test('span offsets are code points, as Python counts, and each span carries its text', () => {
    const { merged } = annotatedEnglish();
    const r = toJsonlRecord(merged);
    const cps = [...merged.text];
    for (const s of r.spans) assert.equal(cps.slice(s.start, s.end).join(''), s.text);
    const ghana = r.spans.find(s => s.text === 'GENEVA')!;
    assert.equal(merged.text.indexOf('GENEVA'), ghana.start + 1, 'the emoji before it is one code point, two UTF-16 units');
    assert.deepEqual(r.spans.slice(0, 2).map(s => [s.label, s.text]), [['EVENT', 'river treaty 🌊'], ['GPE', 'GENEVA']]);
  });

  test('quotes are spans labelled QUOTE when asked, and meta rides along', () => {
    const r = toJsonlRecord(annotatedArabic().merged, { quotes: true, meta: { path: 'a.wire' } });
    assert.deepEqual(r.spans.filter(s => s.label === 'QUOTE').map(s => s.text), ['سنعمل مع بغداد على حل الخلافات العالقة']);
    assert.deepEqual(r.meta, { path: 'a.wire' });
  });

  test('one article per line; line and paragraph separators inside the text are escaped', () => {
    const odd = linesOnly('First\u2028second\u2029third');
    const out = toJsonl([annotatedArabic().merged, annotatedEnglish().merged, odd]);
    const lines = out.split('\n');
    assert.equal(lines.length, 4);
    assert.equal(lines[3], '');
    assert.ok(!/[\u2028\u2029]/.test(out));
    assert.equal(JSON.parse(toJsonlLine(odd)).text, odd.text);
    assert.equal(JSON.parse(lines[0]).text, annotatedArabic().merged.text);
  });
});
