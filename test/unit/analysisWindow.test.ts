// Above wirelens.maxAnalysisSize the editor analyses the lines on screen (and a margin, out to blank
// lines): the window's analysis must speak of the whole document — its code points, its line numbers.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { TextIndex } from '../../src/core/text/codePoints';
import { analyzeWindow, covers, windowAround, windowRange, WINDOW_MARGIN_LINES, WINDOW_MAX_CHARS } from '../../src/vscode/analysisWindow';
import { assertSpansValid } from './spanChecks';

const STORIES = ['01-ar-aa-dateline.wire', '06-en-reuters.wire', '13-ar-apostrophes.wire', '07-en-ap.wire']
  .map(f => fs.readFileSync(`test/fixtures/${f}`, 'utf8').trimEnd());

/** A desk's day file: the stories one after another, a blank line between, `copies` times over. */
function dayFile(copies: number): string {
  const out: string[] = [];
  for (let i = 0; i < copies; i++) out.push(...STORIES);
  return out.join('\n\n') + '\n';
}

suite('analysis window of a large document', () => {
  test('a window over a whole short article is the analysis of the article', () => {
    const text = STORIES[0];
    const index = new TextIndex(text);
    const window = windowAround(index, [{ firstLine: 0, lastLine: 3 }]);
    assert.deepEqual(window, { firstLine: 0, lastLine: index.lineStarts.length - 1 });
    assert.deepEqual(analyzeWindow(index, window), analyze(text));
  });

  test('a window in the middle of a day file: the margin, out to blank lines, and every span a slice of the document', () => {
    const text = dayFile(40);
    const index = new TextIndex(text);
    const visible = { firstLine: 700, lastLine: 740 };
    const window = windowAround(index, [visible]);
    assert.ok(window.firstLine <= visible.firstLine - WINDOW_MARGIN_LINES && window.lastLine >= visible.lastLine + WINDOW_MARGIN_LINES, JSON.stringify(window));
    const lines = text.split('\n');
    assert.equal(lines[window.firstLine - 1], '', 'starts after a blank line');
    assert.equal(lines[window.lastLine + 1], '', 'ends before a blank line');
    assert.ok(covers(window, [visible]) && !covers(window, [{ firstLine: 0, lastLine: 10 }]));

    const a = analyzeWindow(index, window);
    assertSpansValid(text, a);
    assert.equal(a.text, text);
    assert.equal(a.length, index.length);
    for (const p of a.paragraphs) assert.equal(lines[p.index].trim(), p.text, `paragraph on line ${p.index}`);
    for (const q of a.quotes) assert.ok(lines[q.paragraph].includes(q.text), `quote ${q.id} on line ${q.paragraph}`);
    assert.deepEqual([a.paragraphs[0].index, a.paragraphs.at(-1)!.index], [window.firstLine, window.lastLine]);
    // What a story says is found as in the story on its own: the same quotes, the same speakers' names.
    const story = lines.slice(window.firstLine, window.lastLine + 1).join('\n');
    assert.deepEqual(a.quotes.map(q => q.text), analyze(story).quotes.map(q => q.text));
    assert.ok(a.entities.length > 5 && a.quotes.length > 5);
  });

  test('below the top, the document has no headline, deck or dateline from the window, nor a missing-dateline problem', () => {
    const text = dayFile(10);
    const index = new TextIndex(text);
    const a = analyzeWindow(index, windowAround(index, [{ firstLine: 150, lastLine: 160 }]));
    assert.deepEqual([a.headline, a.deck, a.dateline], [null, null, null]);
    assert.ok(!a.diagnostics.some(d => d.code === 'no-dateline'));
    const top = analyzeWindow(index, windowAround(index, [{ firstLine: 0, lastLine: 5 }]));
    assert.equal(top.headline?.text, analyze(text).headline?.text);
  });

  test('one huge line is cut around the line on screen, never between the halves of an emoji', () => {
    // (no quotes or speech verbs: a paragraph with thousands of them is slow to analyse, see bench/analysis.ts)
    const text = 'Headline\n' + 'كلمة عادية هنا 😀 '.repeat(Math.ceil(2 * WINDOW_MAX_CHARS / 17)) + '\nlast line\n';
    const index = new TextIndex(text);
    const a = analyzeWindow(index, windowAround(index, [{ firstLine: 1, lastLine: 1 }]), index.lineStarts[1]);
    assertSpansValid(text, a);
    const chars = a.paragraphs.reduce((n, p) => n + p.text.length, 0);
    assert.ok(chars <= WINDOW_MAX_CHARS && chars > WINDOW_MAX_CHARS / 2, String(chars));
    assert.ok(a.paragraphs.some(p => p.index === 1));
  });

  test('one huge wrapped line scrolled far into is analysed around what is on screen, not at its start', () => {
    const filler = 'كلمة عادية هنا 😀 ';
    const half = filler.repeat(Math.ceil(2 * WINDOW_MAX_CHARS / filler.length));
    const text = 'Headline\n' + half + 'ثم التقى الرئيس رجب طيب أردوغان نظيره الفرنسي. ' + half + '\nlast line\n';
    const index = new TextIndex(text);
    const window = windowAround(index, [{ firstLine: 1, lastLine: 1 }]);
    const focus = text.indexOf('رجب') - 200;
    const range = windowRange(index, window, focus);
    assert.ok(range.start < focus && focus < range.end && range.end - range.start <= WINDOW_MAX_CHARS + 1, JSON.stringify(range));
    assert.ok(Math.abs((range.start + range.end) / 2 - focus) < 2, 'centred on the first character on screen');
    const a = analyzeWindow(index, window, focus);
    assertSpansValid(text, a);
    assert.ok(a.entities.some(e => e.mentions.some(m => m.text.includes('أردوغان'))), 'the name in the middle of the line is found');
    // The line's start is not analysed: the default (no focus) window is.
    assert.ok(!analyzeWindow(index, window).entities.some(e => e.mentions.some(m => m.text.includes('أردوغان'))));
  });
});
