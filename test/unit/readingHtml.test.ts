import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyze, TextIndex, type ArticleAnalysis } from '../../src/core';
import { articleHtml, escapeHtml, readingHtml, type ReadingLabels, type ReadingPage } from '../../src/vscode/readingHtml';

const LABELS: ReadingLabels = {
  kinds: { person: 'Person', organisation: 'Organisation', place: 'Place', event: 'Event', other: 'Other', speaker: 'Speaker', cue: 'Speech cue', quote: 'Quote' },
  speech: 'Quoted speech', term: 'Quoted term', unclosed: 'never closed', dateline: 'Dateline', background: 'Background paragraph',
  legend: 'Legend', empty: 'The article is empty.',
};

function page(text: string, overrides: Partial<ReadingPage> = {}): { html: string; analysis: ArticleAnalysis; index: TextIndex } {
  const analysis = analyze(text);
  const index = new TextIndex(text);
  const html = readingHtml({
    analysis, index, articleKey: 'file:///a.wire', title: 'Reading: a.wire', labels: LABELS, uiLanguage: 'en',
    cspSource: 'https://webview.example', nonce: 'n0nce', styleUri: 'https://webview.example/media/reading.css',
    scriptUri: 'https://webview.example/media/reading.js', ...overrides,
  });
  return { html, analysis, index };
}

const fixture = (name: string) => fs.readFileSync(`test/fixtures/${name}`, 'utf8');

/** What a browser shows as text: tags dropped, the five references decoded. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

interface Element { readonly tag: string; readonly attrs: Record<string, string>; readonly inner: string }

/**
 * The elements of a fragment with their attributes and inner HTML, found by a small tag-balancing scan
 * (the builder writes only <p>, <h1>, <span>, <li>, <ul>, <nav>, <article>: no void or self-closing tags inside).
 */
function elements(html: string): Element[] {
  const out: Element[] = [];
  const stack: { tag: string; attrs: Record<string, string>; from: number }[] = [];
  const tag = /<(\/?)([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g;
  for (let m; (m = tag.exec(html));) {
    if (m[1]) {
      const open = stack.pop();
      assert.ok(open && open.tag === m[2], `</${m[2]}> closes ${open ? `<${open.tag}>` : 'nothing'} at ${m.index}`);
      out.push({ tag: open.tag, attrs: open.attrs, inner: html.slice(open.from, m.index) });
    } else if (!['meta', 'link', '!doctype'].includes(m[2])) {
      const attrs: Record<string, string> = {};
      for (const a of m[3].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) attrs[a[1]] = a[2] ?? '';
      stack.push({ tag: m[2], attrs, from: tag.lastIndex });
    }
  }
  assert.equal(stack.length, 0, `unclosed: ${stack.map(s => s.tag).join(', ')}`);
  return out;
}

const body = (html: string) => html.slice(html.indexOf('<article'), html.indexOf('</article>') + '</article>'.length);
const hasClass = (e: Element, c: string) => (e.attrs.class ?? '').split(' ').includes(c);

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</p></article><script>alert(1)</script>',
  '<!-- comment --> <![CDATA[ x ]]>',
  '&lt;already escaped&gt; &amp; &#x3C;',
  '<a href="command:workbench.action.files.delete">x</a>',
  '<meta http-equiv="refresh" content="0;url=https://example.com">',
  '<style>body{display:none}</style>',
  'javascript:alert(document.cookie)',
];

suite('reading view html', () => {
  for (const hostile of HOSTILE) {
    test(`escapeHtml keeps ${JSON.stringify(hostile)} as text: no tag, no attribute end, no reference`, () => {
      const out = escapeHtml(hostile);
      assert.doesNotMatch(out, /[<>"']/);
      assert.doesNotMatch(out.replace(/&(amp|lt|gt|quot|#39);/g, ''), /&/);
      assert.equal(textOf(out), hostile);
    });
  }

  test('hostile copy in a headline, a quote, a name and a speaker is shown as its characters and adds no element', () => {
    const text = [
      '<script>alert(1)</script> "><img src=x onerror=alert(1)>',
      'BRUSSELS, June 10 (Reuters) - "</p><script>alert(2)</script> we will not wait," said Marc <b>Delvaux</b>.',
      "Officials said the plan '<iframe src=javascript:alert(3)>' was dead & buried.",
    ].join('\n');
    const { html, analysis } = page(text, { title: '<title> & "a.wire"', articleKey: 'file:///"><script>x</script>' });
    const tags = [...body(html).matchAll(/<([a-z0-9]+)/g)].map(m => m[1]);
    assert.deepEqual([...new Set(tags)].sort(), ['article', 'h1', 'p', 'span']);
    assert.doesNotMatch(body(html), /<(script|img|iframe|b)[\s>]/);
    assert.equal([...html.matchAll(/<script/g)].length, 1, 'only our own script tag');
    assert.match(html, /<title>&lt;title&gt; &amp; &quot;a\.wire&quot;<\/title>/);
    // Every paragraph reads as the copy it came from.
    const blocks = elements(body(html)).filter(e => e.tag === 'p' || e.tag === 'h1');
    assert.deepEqual(blocks.map(b => textOf(b.inner)), analysis.paragraphs.map(p => p.text));
  });

  test('a strict content security policy: nothing by default, our stylesheet, and only the script with the nonce', () => {
    const { html } = page(fixture('06-en-reuters.wire'));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.equal(csp, "default-src &#39;none&#39;; style-src https://webview.example; script-src &#39;nonce-n0nce&#39;;");
    assert.match(html, /<script nonce="n0nce" src="https:\/\/webview\.example\/media\/reading\.js"><\/script>/);
    assert.match(html, /<link rel="stylesheet" href="https:\/\/webview\.example\/media\/reading\.css">/);
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=|command:/i, 'no inline style, no event handler attribute, no command link');
  });

  test('every paragraph is a block of its own with dir="auto"; the headline is the heading; roles become classes', () => {
    const { html, analysis } = page(fixture('01-ar-aa-dateline.wire'));
    const blocks = elements(body(html)).filter(e => e.tag === 'p' || e.tag === 'h1');
    assert.equal(blocks.length, analysis.paragraphs.length);
    blocks.forEach((b, i) => {
      const p = analysis.paragraphs[i];
      assert.equal(b.attrs.dir, 'auto');
      assert.equal(b.attrs['data-line'], String(p.index));
      assert.equal(b.tag, p.role === 'headline' ? 'h1' : 'p');
      assert.equal(textOf(b.inner), p.text);
    });
    assert.deepEqual(blocks.filter(b => hasClass(b, 'background')).map(b => b.attrs['data-line']),
      analysis.paragraphs.filter(p => p.role === 'background').map(p => String(p.index)));
    assert.ok(blocks.some(b => hasClass(b, 'background')), 'the fixture has background paragraphs');
    assert.match(html, /<article lang="ar" data-article="file:\/\/\/a\.wire">/);
  });

  test('a mention is coloured over its whole words and reveals its own code points, after an emoji too', () => {
    const text = fixture('09-ar-mixed-emoji.wire');
    const { html, analysis, index } = page(text);
    const spans = elements(body(html)).filter(e => e.tag === 'span' && hasClass(e, 'mention'));
    const mentions = analysis.entities.flatMap(e => e.mentions.map(m => ({ entity: e, m })));
    assert.ok(mentions.length > 5);
    for (const { entity, m } of mentions) {
      const el = spans.find(s => s.attrs['data-start'] === String(m.start) && s.attrs['data-end'] === String(m.end));
      assert.ok(el, `no element for ${m.text} at ${m.start}`);
      assert.equal(index.slice(m.start, m.end), m.text, 'the analysis speaks code points');
      // The element shows the mention with the clitics of its word (وبلجيكا for بلجيكا), never less.
      assert.ok(textOf(el.inner).includes(m.text), `${JSON.stringify(textOf(el.inner))} does not hold ${m.text}`);
      assert.match(el.attrs.title, new RegExp(`: ${entity.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
    // The flag is two code points (four UTF-16 units): a mention after it starts where the code points say.
    const basra = mentions.find(x => x.m.text === 'البصرة' && x.m.start < 60)!;
    assert.equal([...text].slice(basra.m.start, basra.m.end).join(''), 'البصرة');
    assert.notEqual(text.indexOf('البصرة'), basra.m.start, 'UTF-16 and code point offsets differ here');
  });

  test('an entity inside a quote nests inside the quote element; a quote reveals its whole quotation', () => {
    const { html, analysis } = page(fixture('01-ar-aa-dateline.wire'));
    const els = elements(body(html));
    const q = analysis.quotes.find(x => x.kind === 'speech' && /بلجيكا/.test(x.text))!;
    const quote = els.find(e => hasClass(e, 'quote') && e.attrs['data-start'] === String(q.outer.start))!;
    assert.ok(quote, 'the quote has an element');
    assert.ok(hasClass(quote, 'speech'));
    assert.equal(quote.attrs['data-end'], String(q.outer.end));
    assert.equal(textOf(quote.inner), `${q.open}${q.text}${q.close}`);
    assert.match(quote.inner, /<span class="mention place" data-start="\d+" data-end="\d+" title="Place: بلجيكا"[^>]*>وبلجيكا<\/span>/, 'the clitic و stays joined to its word');
    assert.match(quote.attrs.title, /^Quoted speech · Speaker: /);
  });

  test('a speaker that is a mention is marked on the mention; a cue is its own element', () => {
    const { html, analysis } = page(fixture('06-en-reuters.wire'));
    const els = elements(body(html));
    const q = analysis.quotes.find(x => x.speakerMention && x.speaker)!;
    const speaker = els.find(e => e.attrs['data-start'] === String(q.speakerMention!.start) && hasClass(e, 'mention'))!;
    assert.ok(hasClass(speaker, 'speaker') && hasClass(speaker, 'person'), speaker.attrs.class);
    const cue = els.find(e => hasClass(e, 'cue') && e.attrs['data-start'] === String(q.cue!.start))!;
    assert.equal(textOf(cue.inner), q.cue!.text);
    const dateline = els.find(e => hasClass(e, 'dateline'))!;
    assert.equal(textOf(dateline.inner), analysis.dateline!.text);
    assert.ok(/class="mention place"/.test(dateline.inner), 'the place of the dateline nests inside it');
  });

  test('crossing spans are split so that elements always nest, and no text is lost or doubled', () => {
    for (const name of fs.readdirSync('test/fixtures').filter(f => /\.(wire|txt)$/.test(f))) {
      const { html, analysis } = page(fixture(name));
      const blocks = elements(body(html)).filter(e => e.tag === 'p' || e.tag === 'h1');
      assert.deepEqual(blocks.map(b => textOf(b.inner)), analysis.paragraphs.map(p => p.text), name);
    }
    // A mention that crosses the end of a quotation: it is closed with the quote and opened again after it.
    const text = 'AAA BBB CCC DDD';
    const base = analyze(text);
    const crossing: ArticleAnalysis = {
      ...base,
      entities: [{ id: 'e1', type: 'PERSON', name: 'BBB CCC', role: null, aliases: [], origin: 'manual', mentions: [{ start: 4, end: 11, text: 'BBB CCC' }] }],
      quotes: [{ id: 'q1', kind: 'speech', open: '', close: '', outer: { start: 0, end: 7 }, start: 0, end: 7, text: 'AAA BBB', paragraph: 0,
        speaker: null, speakerMention: null, cue: null }],
      cues: [],
      dateline: null,
    };
    const html = articleHtml(crossing, new TextIndex(text), LABELS);
    const els = elements(html);
    assert.equal(textOf(els.find(e => e.tag === 'p' || e.tag === 'h1')!.inner), text);
    const pieces = els.filter(e => hasClass(e, 'mention'));
    assert.deepEqual(pieces.map(e => [textOf(e.inner), e.attrs['data-start'], e.attrs['data-end']]), [['BBB', '4', '11'], [' CCC', '4', '11']]);
    assert.equal(textOf(els.find(e => hasClass(e, 'quote'))!.inner), 'AAA BBB');
  });

  test('an empty article says so; the legend shows every style in the page\'s classes', () => {
    const { html } = page('');
    assert.match(body(html), /<p class="empty">The article is empty\.<\/p>/);
    const legend = elements(html.slice(html.indexOf('<nav'), html.indexOf('</nav>') + 6));
    assert.deepEqual(legend.filter(e => e.tag === 'span').map(e => `${e.attrs.class}=${e.inner}`), [
      'mention person=Person', 'mention organisation=Organisation', 'mention place=Place', 'mention event=Event', 'mention other=Other',
      'speaker=Speaker', 'cue=Speech cue', 'quote speech=Quoted speech', 'quote term=Quoted term', 'dateline=Dateline', 'background=Background paragraph',
    ]);
  });

  test('the page follows the direction of the user\'s language; the article keeps its own', () => {
    assert.match(page('Hello.', { uiLanguage: 'ar' }).html, /<html lang="ar" dir="rtl">/);
    assert.match(page('مرحبا.', { uiLanguage: 'en-US' }).html, /<html lang="en-US" dir="ltr">/);
  });

  test('articleHtml renders a paragraph\'s marks only: a mention in one paragraph never leaks into the next', () => {
    const text = 'Marc Delvaux spoke.\nParis waited.';
    const analysis = analyze(text);
    const html = articleHtml(analysis, new TextIndex(text), LABELS);
    const [first, second] = elements(html).filter(e => e.tag === 'p' || e.tag === 'h1');
    for (const e of analysis.entities) {
      for (const m of e.mentions) {
        const inFirst = first.inner.includes(`data-start="${m.start}"`);
        assert.equal(inFirst, m.start < 19, `${m.text} in the wrong paragraph`);
        assert.equal(second.inner.includes(`data-start="${m.start}"`), !inFirst);
      }
    }
  });
});
