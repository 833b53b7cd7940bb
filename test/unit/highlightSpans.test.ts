import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyze, TextIndex } from '../../src/core';
import { highlightSpans, wholeWords, type HighlightSpan } from '../../src/vscode/highlightSpans';

const JOINING = /[\p{M}\u0640\u200C\u200D]|(?=\p{Script=Arabic})\p{L}/u;

function layout(text: string, entities = true) {
  const index = new TextIndex(text);
  const analysis = analyze(text);
  return { index, analysis, spans: highlightSpans(analysis, index, { entities }) };
}

const textOf = (index: TextIndex, s: HighlightSpan) => index.slice(s.start, s.end);

suite('highlight spans', () => {
  test('grow a mention to the whole Arabic word: clitics, tatweel and diacritics included', () => {
    const ix = new TextIndex('العراق وبلجيكا، لـبغداد وسورياً');
    const at = (word: string, inner: string) => {
      const w = ix.text.indexOf(word);
      return { start: w + word.indexOf(inner), end: w + word.indexOf(inner) + inner.length };
    };
    assert.equal(ix.slice(...Object.values(wholeWords(ix, at('وبلجيكا', 'بلجيكا'))) as [number, number]), 'وبلجيكا');
    assert.equal(ix.slice(...Object.values(wholeWords(ix, at('لـبغداد', 'بغداد'))) as [number, number]), 'لـبغداد');
    assert.equal(ix.slice(...Object.values(wholeWords(ix, at('وسورياً', 'سوريا'))) as [number, number]), 'وسورياً');
  });

  test('leave Latin words and punctuation boundaries alone', () => {
    const ix = new TextIndex("Delvaux's call, «دي كرو»");
    assert.deepEqual(wholeWords(ix, { start: 0, end: 7 }), { start: 0, end: 7 });
    const s = ix.text.indexOf('دي');
    assert.deepEqual(wholeWords(ix, { start: s, end: s + 6 }), { start: s, end: s + 6 });
  });

  test('count code points after an emoji', () => {
    const ix = new TextIndex('🇹🇷 والبصرة');
    // 🇹🇷 is two code points (four UTF-16 units); the mention البصرة starts at code point 4.
    assert.deepEqual(wholeWords(ix, { start: 4, end: 10 }), { start: 3, end: 10 });
  });

  for (const fixture of fs.readdirSync('test/fixtures').filter(f => /\.(wire|txt)$/.test(f))) {
    test(`${fixture}: sorted, disjoint, on one line, never inside an Arabic word`, () => {
      const { index, spans } = layout(fs.readFileSync(`test/fixtures/${fixture}`, 'utf8'));
      const text = index.text;
      spans.forEach((s, i) => {
        assert.ok(s.end > s.start, `empty span at ${s.start}`);
        if (i > 0) assert.ok(spans[i - 1].end <= s.start, `${JSON.stringify(textOf(index, spans[i - 1]))} overlaps ${JSON.stringify(textOf(index, s))}`);
        assert.ok(!/[\r\n]/.test(textOf(index, s)), `span ${JSON.stringify(textOf(index, s))} crosses a line`);
        for (const cp of [s.start, s.end]) {
          const u = index.toUtf16(cp);
          assert.ok(!(u > 0 && JOINING.test(text[u - 1]) && JOINING.test(text[u] ?? '')), `a boundary of ${JSON.stringify(textOf(index, s))} cuts a word`);
        }
      });
    });
  }

  test('entities win over cues and quotes; a quote is coloured only around the names in it', () => {
    const { index, analysis, spans } = layout(fs.readFileSync('test/fixtures/01-ar-aa-dateline.wire', 'utf8'));
    const q = analysis.quotes.find(x => x.kind === 'speech' && /بلجيكا/.test(x.text))!;
    const inQuote = spans.filter(s => s.start >= q.outer.start && s.end <= q.outer.end);
    assert.ok(inQuote.some(s => s.kind === 'place' && textOf(index, s).includes('بلجيكا')));
    assert.ok(inQuote.some(s => s.kind === 'quote'));
    assert.ok(inQuote.filter(s => s.kind === 'quote').every(s => !textOf(index, s).includes('بلجيكا')));
  });

  test('a mention a quote is attributed to carries the speaker modifier', () => {
    const { analysis, spans } = layout(fs.readFileSync('test/fixtures/06-en-reuters.wire', 'utf8'));
    const said = analysis.quotes.find(q => q.speaker && q.speakerMention)!.speakerMention!;
    const span = spans.find(s => s.start <= said.start && said.end <= s.end);
    assert.equal(span?.kind, 'person');
    assert.ok(span?.modifiers.includes('speaker'));
  });

  test('without entity colouring no entity kind is left, and speakers stay', () => {
    const { spans } = layout(fs.readFileSync('test/fixtures/06-en-reuters.wire', 'utf8'), false);
    assert.deepEqual(spans.filter(s => ['person', 'organisation', 'place', 'event', 'other'].includes(s.kind)), []);
    assert.ok(spans.some(s => s.kind === 'speaker'));
    assert.ok(spans.some(s => s.kind === 'quote'));
  });
});
