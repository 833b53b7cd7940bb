import * as assert from 'node:assert/strict';
import { commandLink, firstWords, inert, rtlBlock, startsRtl } from '../../src/vscode/markdownText';

/** What a reader sees: the character references decoded. */
const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));

const HOSTILE = [
  '[x](command:workbench.action.files.delete)',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  'javascript:alert(document.cookie)',
  '`rm -rf` and ``double``',
  '| a | b |\n|---|---|',
  '<script>alert(1)</script>',
  '$(trash) icon',
  '**bold** _em_ ~~gone~~ # heading',
  'https://example.com www.example.com mail@example.com',
  '&lt;already&gt; &amp;',
  '\\[escaped\\]',
];

suite('markdown text', () => {
  for (const hostile of HOSTILE) {
    test(`inert keeps ${JSON.stringify(hostile)} as text and leaves no syntax`, () => {
      const out = inert(hostile);
      // Outside the character references themselves, not one ASCII punctuation character is left.
      assert.doesNotMatch(out.replace(/&#\d+;/g, ''), /[!-/:-@[-`{-~]/);
      assert.doesNotMatch(out, /[\r\n]/);
      assert.equal(decode(out), hostile.replace(/\n/g, ' '));
    });
  }

  test('inert leaves letters, digits, spaces and non-ASCII text as they are', () => {
    assert.equal(inert('دي كرو 2021 Île-de'), 'دي كرو 2021 Île&#45;de');
  });

  test('a command link carries its arguments as URI-encoded JSON with no parenthesis to end the link early', () => {
    const link = commandLink('open', 'wirelens.revealSpan', ['file:///a(1)/b\'s.wire', 3, 9]);
    const m = /^\[open\]\(command:wirelens\.revealSpan\?([^()\s]+)\)$/.exec(link);
    assert.ok(m, link);
    assert.deepEqual(JSON.parse(decodeURIComponent(m[1])), ['file:///a(1)/b\'s.wire', 3, 9]);
  });

  test('right-to-left copy goes in an aligned block, each line in an isolate', () => {
    assert.equal(rtlBlock(['**دي كرو**']), '<div dir="rtl" align="right">\n\n\u2068**دي كرو**\u2069\n\n</div>');
    assert.equal(startsRtl('«دي كرو»'), true);
    assert.equal(startsRtl('2021 Baghdad بغداد'), false);
  });

  test('firstWords shortens with an ellipsis only when words were left out', () => {
    assert.equal(firstWords('نحن هنا لنقول إن بلجيكا', 3), 'نحن هنا لنقول …');
    assert.equal(firstWords(' two words ', 3), 'two words');
  });
});
