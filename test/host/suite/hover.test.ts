// Hover cards as VS Code receives them (vscode.executeHoverProvider): their markdown, what it shows once
// character references are decoded, the command links in it and the commands it may run.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../../src/vscode/hover';
import { attributedArabicQuote, positionOfCodePoint } from './attributedQuote';
import { screenshot } from './screenshot';
import { scratchFile, workspaceUri } from './testWorkspace';
import { sleep } from './waitFor';
import { wirelens } from './wirelensApi';

const TYPE_ICON = { PERSON: 'person', ORG: 'organization', GPE: 'globe', LOC: 'location', EVENT: 'calendar', OTHER: 'tag' } as const;

interface Card { markdown: string; shown: string; isTrusted: unknown; links: { command: string; args: unknown[] }[] }

/** What a reader sees of a piece of markdown: numeric character references decoded. */
const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));

async function hoverAt(doc: vscode.TextDocument, at: vscode.Position): Promise<{ cards: Card[]; range?: vscode.Range }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
  // Other extensions' hovers (none in the test host) would come as further entries: ours are the ones with our links.
  const ours = hovers.filter(h => h.contents.some(c => typeof c !== 'string' && 'isTrusted' in c && !!c.isTrusted));
  const cards = ours.flatMap(h => h.contents).map(c => {
    const md = c as vscode.MarkdownString;
    const links = [...md.value.matchAll(/\(command:([\w.]+)\?([^)\s]*)/g)].map(m => ({ command: m[1], args: JSON.parse(decodeURIComponent(m[2])) }));
    return { markdown: md.value, shown: decode(md.value), isTrusted: md.isTrusted, links };
  });
  return { cards, range: ours[0]?.range };
}

/** The position of `needle` in the first line that holds it (after `lineStartsWith`), plus `offset` UTF-16 units. */
function positionOf(doc: vscode.TextDocument, needle: string, lineStartsWith = '', offset = 0): vscode.Position {
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineAt(line).text;
    if (text.startsWith(lineStartsWith) && text.includes(needle)) return new vscode.Position(line, text.indexOf(needle) + offset);
  }
  throw new Error(`${JSON.stringify(needle)} is not in ${doc.uri.path}`);
}

/** The code point slice a revealSpan link selects. */
function revealed(doc: vscode.TextDocument, link: { args: unknown[] }): string {
  const [uri, start, end] = link.args as [string, number, number];
  assert.strictEqual(uri, doc.uri.toString());
  return [...doc.getText()].slice(start, end).join('');
}

async function showHoverAt(doc: vscode.TextDocument, at: vscode.Position): Promise<void> {
  // A hover still open would stay where it is: closing the editor closes it.
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await vscode.window.showTextDocument(doc);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  await sleep(300);
  await vscode.commands.executeCommand('editor.action.showHover');
  await sleep(700);
}

suite('hover cards', () => {
  suiteSetup(async () => { await wirelens(); });
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('an Arabic place after a clitic: the card covers the whole word and may run only our commands', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('01-ar-aa-dateline.wire'));
    const at = positionOf(doc, 'وبلجيكا');
    const { cards, range } = await hoverAt(doc, at);
    assert.strictEqual(cards.length, 1);
    const [card] = cards;
    assert.strictEqual(range && doc.getText(range), 'وبلجيكا');
    assert.deepStrictEqual(card.isTrusted, { enabledCommands: [...HOVER_COMMANDS] });
    assert.match(card.markdown, /^\$\(globe\) \*\*Country or city\*\* · \d+ mentions · \[first on line 1\]\(command:wirelens\.revealSpan\?/);
    assert.ok(card.markdown.includes('<div dir="rtl" align="right">\n\n\u2068**بلجيكا**\u2069\n\n</div>'), card.markdown);
    assert.ok(card.shown.includes('Also known as: \u2068Belgium\u2069'), card.shown);
    assert.deepStrictEqual(card.links.map(l => l.command), ['wirelens.revealSpan', 'wirelens.retypeEntity', 'wirelens.renameEntity', 'wirelens.rejectAnnotation', 'wirelens.findMentions']);
    assert.strictEqual(revealed(doc, card.links[0]), 'بلجيكا');
    // Reject names the mention itself, clitic outside.
    assert.strictEqual(revealed(doc, card.links[3]), 'بلجيكا');
  });

  test('an Arabic speaker: mention count and each of its quotes as a link that reveals it', async () => {
    const { doc, entity, mention } = await attributedArabicQuote();
    const api = await wirelens();
    const quotes = api.cache.get(doc).analysis.quotes.filter(q => q.speaker === entity.id);
    const { cards } = await hoverAt(doc, positionOfCodePoint(doc, mention.start));
    const card = cards[0];
    const mentions = entity.mentions.length === 1 ? '1 mention' : `${entity.mentions.length} mentions`;
    assert.ok(card.markdown.startsWith(`$(${TYPE_ICON[entity.type]}) `), card.markdown);
    assert.ok(card.markdown.includes(` · ${mentions} · [first on line `), card.markdown);
    const name = /^[\u0600-\u06FF]/.test(entity.name) ? `<div dir="rtl" align="right">\n\n\u2068**${entity.name}**\u2069\n\n</div>` : `**${entity.name}**`;
    assert.ok(card.shown.includes(name), card.shown);
    assert.ok(card.shown.includes(quotes.length === 1 ? '**1 quote**' : `**${quotes.length} quotes**`), card.shown);
    const quoteLinks = card.links.filter(l => l.command === 'wirelens.revealSpan').slice(1);
    assert.deepStrictEqual(quoteLinks.map(l => revealed(doc, l)), quotes.map(q => q.text));
    const firstWords = quotes[0].text.split(/\s+/).slice(0, 3).join(' ');
    assert.ok(card.shown.includes(`[${quotes[0].open}${firstWords}`), card.shown);
    // The card names the entity by its first mention in the text it was made from (ids of detected entities change).
    const first = entity.mentions[0];
    assert.deepStrictEqual(card.links.find(l => l.command === 'wirelens.findMentions')?.args, [doc.uri.toString(), { start: first.start, end: first.end, version: doc.version }]);
  });

  test('an Arabic quote: its kind, speaker, the mention that attributes it, cue and paragraph', async () => {
    const { doc, quote, entity, mention } = await attributedArabicQuote();
    const { cards } = await hoverAt(doc, positionOfCodePoint(doc, quote.start + 1));
    assert.strictEqual(cards.length, 1);
    const { shown, links } = cards[0];
    const line = positionOfCodePoint(doc, quote.start).line + 1;
    assert.match(shown, new RegExp(`^\\$\\(quote\\) \\*\\*Quoted speech\\*\\* · paragraph on line ${line} \\(\\w+\\)`));
    assert.ok(shown.includes(`Speaker: **\u2068${entity.name}\u2069** · `), shown);
    const reveals = links.filter(l => l.command === 'wirelens.revealSpan').map(l => revealed(doc, l));
    assert.strictEqual(reveals[0], mention.text, 'the first link reveals the attributing mention');
    if (quote.cue) {
      assert.ok(shown.includes(`Cue: [\u2068${quote.cue.text}\u2069](`), shown);
      assert.strictEqual(reveals[1], quote.cue.text);
    }
    assert.strictEqual(reveals.at(-1), quote.text, 'Select the quote selects its text');
    assert.deepStrictEqual(links.at(-1)?.command, 'wirelens.rejectAnnotation');
  });

  test('the Arabic dateline: date with its ISO value, place, reporters, agency and its canonical name', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('01-ar-aa-dateline.wire'));
    // The date line is the dateline's too, and no mention: its card alone.
    const { cards, range } = await hoverAt(doc, positionOf(doc, '10.06.2021', '', 3));
    assert.strictEqual(cards.length, 1);
    assert.strictEqual(range && doc.getText(range), '10.06.2021');
    const { shown } = cards[0];
    assert.ok(shown.startsWith('$(broadcast) **Dateline**'), shown);
    for (const field of ['**Date**: \u206810.06.2021\u2069 → 2021-06-10', '**Place**: \u2068بغداد\u2069', '**Reporters**: \u2068إبراهيم صالح\u2069', '**Agency**: \u2068الأناضول\u2069 — Anadolu Agency']) {
      assert.ok(shown.includes(field), `${field} is not in\n${shown}`);
    }
    // On a mention inside the dateline, the entity's card comes first and the dateline's after it; right after
    // a mention (the slash after بغداد) counts as on it, as for the cursor (hitTest.ts).
    const onPlace = await hoverAt(doc, positionOf(doc, 'إبراهيم', 'بغداد/'));
    assert.deepStrictEqual(onPlace.cards.map(c => c.markdown.slice(0, c.markdown.indexOf(' '))), ['$(person)', '$(broadcast)']);
    const afterPlace = await hoverAt(doc, positionOf(doc, '/', 'بغداد/'));
    assert.deepStrictEqual(afterPlace.cards.map(c => c.markdown.slice(0, c.markdown.indexOf(' '))), ['$(globe)', '$(broadcast)']);
    assert.strictEqual(afterPlace.range && doc.getText(afterPlace.range), 'بغداد');
  });

  test('an English entity and quote read left to right, with no RTL block', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('06-en-reuters.wire'));
    const person = (await hoverAt(doc, positionOf(doc, 'Marc Delvaux'))).cards[0];
    assert.match(person.markdown, /^\$\(person\) \*\*Person\*\* · \d+ mentions/);
    assert.ok(person.shown.includes('**\u2068Marc Delvaux\u2069**') || person.shown.includes('**Marc Delvaux**'), person.shown);
    assert.ok(!person.markdown.includes('<div'), person.markdown);
    assert.ok(person.shown.includes('["A European levy that collides with …"]('), person.shown);
    const quote = (await hoverAt(doc, positionOf(doc, 'worst of both'))).cards[0];
    assert.ok(quote.shown.includes('**Quoted speech**'), quote.shown);
    assert.ok(quote.shown.includes('Speaker: **\u2068Marc Delvaux\u2069**'), quote.shown);
    assert.ok(quote.shown.includes('Cue: [\u2068said\u2069]('), quote.shown);
  });

  test('hostile copy is shown as text: no link, tag, script, code or icon of its own reaches the card', async () => {
    const hostile = '[x](command:workbench.action.files.delete) <img src=x onerror=alert(1)> <script>alert(1)</script> `tick` | pipe | [y](javascript:alert(1)) $(trash) **bold**';
    const uri = await scratchFile('hostile.wire', [
      'Minister warns over [x](command:workbench.action.files.delete) copy',
      `LONDON, June 10 (Reuters) - British minister John Smith said on Thursday: "A trap ${hostile}", and he left.`,
      '',
    ].join('\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const cards = [
      ...(await hoverAt(doc, positionOf(doc, 'John Smith'))).cards,
      ...(await hoverAt(doc, positionOf(doc, 'A trap'))).cards,
    ];
    assert.strictEqual(cards.length, 2, 'an entity card and a quote card');
    for (const card of cards) {
      assert.deepStrictEqual(card.isTrusted, { enabledCommands: [...HOVER_COMMANDS] });
      for (const bad of ['<img', '<script', 'javascript:', 'command:workbench', '`', '$(trash)', '**bold**', '| pipe |']) {
        assert.ok(!card.markdown.includes(bad), `${JSON.stringify(bad)} is live in\n${card.markdown}`);
      }
      assert.ok(card.links.every(l => (HOVER_COMMANDS as readonly string[]).includes(l.command)), JSON.stringify(card.links));
      // The only HTML is our own right-to-left block (none here: the copy is English).
      assert.deepStrictEqual(card.markdown.match(/<[^>]*>/g), null);
    }
    // Yet the reader sees the copy as it is.
    assert.ok(cards[1].shown.includes(`A trap ${hostile}`.split(' ').slice(0, 24).join(' ')), cards[1].shown);
    await showHoverAt(doc, positionOf(doc, 'A trap', '', 2));
    await screenshot('hover-hostile');
  });

  test('screenshots: an Arabic speaker, an Arabic dateline and an English person', async () => {
    // Without the sidebar the card and the article have the picture to themselves.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    try {
      const speaker = await attributedArabicQuote();
      await showHoverAt(speaker.doc, positionOfCodePoint(speaker.doc, speaker.mention.start + 1));
      await screenshot('hover-ar');
      const ar = await vscode.workspace.openTextDocument(workspaceUri('01-ar-aa-dateline.wire'));
      await showHoverAt(ar, positionOf(ar, '/', 'بغداد/'));
      await screenshot('hover-ar-dateline');
      const en = await vscode.workspace.openTextDocument(workspaceUri('06-en-reuters.wire'));
      await showHoverAt(en, positionOf(en, 'Marc Delvaux', '', 2));
      await screenshot('hover-en');
    } finally {
      await vscode.commands.executeCommand('workbench.view.explorer');
    }
  });
});
