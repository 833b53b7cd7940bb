// The sidebar's Article tree in a real VS Code: it follows the active article, groups quotes by
// speaker and entities by type with counts taken from the analysis, selects a span on click,
// keeps article text inert in tooltips, and catches up with edits.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Quote } from '../../../src/core';
import type { OutlineNode } from '../../../src/core/outline';
import type { WirelensApi } from '../../../src/vscode/activate';
import { screenshot } from './screenshot';
import { readText, scratchFile, workspaceUri } from './testWorkspace';
import { waitFor } from './waitFor';
import { EXTENSION_ID, wirelens } from './wirelensApi';

const ARABIC = '01-ar-aa-dateline.wire';
const ENGLISH = '06-en-reuters.wire';

let api: WirelensApi;

/** Shows the file and waits until the tree follows it. */
async function showArticle(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitFor(`the tree to follow ${uri.path}`, () => api.outline.document?.uri.toString() === uri.toString());
  return editor;
}

const roots = () => api.outline.getChildren();
/** The item as VS Code gets it, less the bidi isolates around Arabic text (outlineText.ts). */
const item = (node: OutlineNode) => {
  const raw = api.outline.getTreeItem(node);
  const plain = (s: unknown) => (typeof s === 'string' ? s.replace(/[\u2068\u2069]/g, '') : s);
  return Object.assign(raw, { label: plain(raw.label), description: plain(raw.description) });
};
const label = (node: OutlineNode) => item(node).label as string;
const byLabel = (nodes: readonly OutlineNode[], text: string) => {
  const found = nodes.find(n => label(n) === text);
  assert.ok(found, `no item "${text}" among ${nodes.map(label).join(', ')}`);
  return found;
};

/** Runs an item's command as a click would and returns the text selected in the editor. */
async function click(node: OutlineNode): Promise<string> {
  const command = item(node).command;
  assert.ok(command, `${label(node)} has no command`);
  await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  const editor = vscode.window.activeTextEditor!;
  return editor.document.getText(editor.selection);
}

suite('sidebar tree', () => {
  suiteSetup(async () => { api = await wirelens(); });

  test('the Arabic article shows its dateline, headline, quotes, entities and background', async () => {
    const editor = await showArticle(workspaceUri(ARABIC));
    const { analysis } = api.cache.get(editor.document);
    assert.deepStrictEqual(roots().map(label), ['Dateline', 'Headline', 'Quotes', 'Entities', 'Background']);
    const dateline = byLabel(roots(), 'Dateline');
    assert.strictEqual(item(dateline).description, analysis.dateline!.text);
    assert.strictEqual(item(byLabel(roots(), 'Quotes')).description, String(analysis.quotes.length));
    assert.strictEqual(item(byLabel(roots(), 'Background')).description, String(analysis.paragraphs.filter(p => p.role === 'background').length));
  });

  test('the dateline lists the date with its ISO value and the agency with its name', async () => {
    const editor = await showArticle(workspaceUri(ARABIC));
    const { dateline } = api.cache.get(editor.document).analysis;
    const fields = api.outline.getChildren(byLabel(roots(), 'Dateline'));
    const date = byLabel(fields, dateline!.date!.text);
    assert.strictEqual(item(date).description, `date · ${dateline!.date!.value}`);
    assert.strictEqual((item(date).iconPath as vscode.ThemeIcon).id, 'calendar');
    assert.strictEqual(item(byLabel(fields, dateline!.agency!.text)).description, `agency · ${dateline!.agency!.name}`);
  });

  test('quotes are grouped by speaker with counts, and a quote selects its words in the editor', async () => {
    const editor = await showArticle(workspaceUri(ARABIC));
    const { analysis } = api.cache.get(editor.document);
    const groups = api.outline.getChildren(byLabel(roots(), 'Quotes'));
    // The first attributed quote's speaker, as the analysis names it: the entity, else the attributing words.
    const nameOf = (q: Quote) => analysis.entities.find(e => e.id === q.speaker)?.name ?? q.speakerMention?.text;
    const attributed = analysis.quotes.filter(q => q.kind === 'speech' && nameOf(q));
    assert.ok(attributed.length > 0, 'the fixture has no attributed quote');
    const name = nameOf(attributed[0])!;
    const group = byLabel(groups, name);
    const said = attributed.filter(q => nameOf(q) === name);
    assert.strictEqual(item(group).description, `${said.length} quote${said.length === 1 ? '' : 's'}`);
    assert.strictEqual(item(group).contextValue, 'wirelens.speaker');
    const [first] = api.outline.getChildren(group);
    assert.strictEqual(item(first).contextValue, 'wirelens.quote');
    assert.strictEqual(item(first).command?.command, 'wirelens.revealSpan');
    assert.strictEqual(await click(first), said[0].text);
    // Terms in quotes are a group of their own, at the end.
    if (analysis.quotes.some(q => q.kind === 'term')) assert.strictEqual(label(groups[groups.length - 1]), 'Terms and names in quotes');
  });

  test('entities are grouped by type with counts; an entity expands to its mentions with their lines', async () => {
    const editor = await showArticle(workspaceUri(ENGLISH));
    const { analysis } = api.cache.get(editor.document);
    const types = api.outline.getChildren(byLabel(roots(), 'Entities'));
    const people = byLabel(types, 'People');
    const persons = analysis.entities.filter(e => e.type === 'PERSON' && e.mentions.length);
    assert.strictEqual(item(people).description, `${persons.length} entit${persons.length === 1 ? 'y' : 'ies'}`);
    const most = [...persons].sort((a, b) => b.mentions.length - a.mentions.length)[0];
    const entity = api.outline.getChildren(people)[0];
    assert.strictEqual(label(entity), most.name);
    assert.strictEqual(item(entity).contextValue, 'wirelens.entity');
    assert.strictEqual(item(entity).description, `${most.mentions.length} mention${most.mentions.length === 1 ? '' : 's'}`);
    assert.strictEqual(item(entity).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const mentions = api.outline.getChildren(entity);
    assert.deepStrictEqual(mentions.map(label), most.mentions.map(m => m.text));
    const last = mentions[mentions.length - 1];
    assert.strictEqual(await click(last), most.mentions[most.mentions.length - 1].text);
    assert.strictEqual(item(last).description, `line ${editor.selection.start.line + 1}`);
  });

  test('Arabic text is isolated from the description after it, so that a count does not join it', async () => {
    await showArticle(workspaceUri(ARABIC));
    const raw = api.outline.getTreeItem(api.outline.getChildren(byLabel(roots(), 'Quotes'))[0]);
    assert.match(raw.label as string, /^\u2068.+\u2069$/u);
    assert.match(raw.description as string, /^\u2068\d+ quotes?\u2069$/u);
  });

  test('a tooltip shows article text as text: a markdown command link in the copy stays inert', async () => {
    const text = 'Ministers meet [click](command:workbench.action.quit) in Geneva\nGENEVA, June 10 (Reuters) - "Run [this](command:workbench.action.quit) now **please**," said Ama Mensah.\n';
    await showArticle(await scratchFile('inert.wire', text));
    const quote = api.outline.getChildren(api.outline.getChildren(byLabel(roots(), 'Quotes'))[0])[0];
    const tooltip = item(quote).tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.ok(!tooltip.isTrusted, 'a tooltip with article text must not be trusted');
    assert.ok(!tooltip.value.includes('[this](command:'), tooltip.value);
    assert.ok(!tooltip.value.includes('**please**'), tooltip.value);
  });

  test('the tree catches up with an edit once typing pauses', async () => {
    const text = await readText(workspaceUri(ENGLISH));
    const editor = await showArticle(await scratchFile('edit.wire', text));
    const before = Number(item(byLabel(roots(), 'Quotes')).description);
    let fired = 0;
    const listening = api.outline.onDidChangeTreeData(() => fired++);
    try {
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      await editor.edit(b => b.insert(end, '\n"We will be back next week," said Marc Delvaux.'));
      assert.strictEqual(fired, 0, 'the tree refreshed before the pause');
      await waitFor('the tree to refresh', () => fired > 0);
      assert.strictEqual(Number(item(byLabel(roots(), 'Quotes')).description), before + 1);
    } finally {
      listening.dispose();
    }
  });

  test("an entity item's menu finds all its mentions", async () => {
    const editor = await showArticle(workspaceUri(ENGLISH));
    const entity = api.outline.getChildren(byLabel(api.outline.getChildren(byLabel(roots(), 'Entities')), 'People'))[0];
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('wirelens.outline.findMentions', entity);
    assert.deepStrictEqual(locations.map(l => editor.document.getText(l.range)), entity.entity!.mentions.map(m => m.text));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  test("a quote item's menu rejects the quote, and the tree drops it", async () => {
    const editor = await showArticle(await scratchFile('reject.wire', await readText(workspaceUri(ARABIC))));
    const quotes = () => Number(item(byLabel(roots(), 'Quotes')).description);
    const before = quotes();
    const quote = api.outline.getChildren(api.outline.getChildren(byLabel(roots(), 'Quotes'))[0])[0];
    assert.ok(await vscode.commands.executeCommand('wirelens.outline.rejectAnnotation', quote));
    await waitFor('the rejected quote to leave the tree', () => quotes() === before - 1);
    assert.ok(!api.cache.get(editor.document).analysis.quotes.some(q => q.start === quote.quote!.start));
  });

  test('the item menus are on this view only, for commands the extension contributes', async () => {
    const { contributes } = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const items: { command: string; when: string }[] = contributes.menus['view/item/context'].filter((m: { when: string }) => m.when.includes('wirelens.outline'));
    assert.deepStrictEqual([...new Set(items.map(m => m.command))].sort(),
      ['wirelens.outline.findMentions', 'wirelens.outline.rejectAnnotation', 'wirelens.outline.renameEntity', 'wirelens.outline.retypeEntity']);
    const contributed = new Set(contributes.commands.map((c: { command: string }) => c.command));
    for (const m of items) {
      assert.match(m.when, /^view == wirelens\.outline && viewItem =~ /);
      assert.ok(contributed.has(m.command), m.command);
    }
  });

  test('a file that is not a wire article empties the view', async () => {
    await showArticle(workspaceUri(ENGLISH));
    // A file of its own: other suites switch the fixture notes to wire.
    const note = await vscode.workspace.openTextDocument(await scratchFile('note.txt', 'Call the desk at noon about the budget story.\n'));
    assert.strictEqual(note.languageId, 'plaintext');
    await vscode.window.showTextDocument(note);
    await waitFor('the tree to let go of the article', () => api.outline.document === undefined);
    assert.deepStrictEqual(roots(), []);
    // wirelens.articleOpen is false now: the view shows its welcome, with the button that switches the file.
    await vscode.commands.executeCommand('workbench.view.extension.wirelens');
    await screenshot('sidebar-welcome');
  });

  test('screenshot: the sidebar for an Arabic article', async () => {
    await showArticle(workspaceUri(ARABIC));
    await vscode.commands.executeCommand('workbench.view.extension.wirelens');
    await waitFor('the Article view to be visible', () => api.outlineView.visible);
    // Room for a speaker's name and the first words of a quote: a narrower editor ("Decrease Editor Width") widens the sidebar.
    for (let i = 0; i < 3; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    const quotes = byLabel(roots(), 'Quotes');
    for (const group of api.outline.getChildren(quotes)) await api.outlineView.reveal(group, { expand: true });
    const entities = byLabel(roots(), 'Entities');
    const person = api.outline.getChildren(api.outline.getChildren(entities)[0])[0];
    await api.outlineView.reveal(person, { expand: true, select: true, focus: false });
    await api.outlineView.reveal(byLabel(roots(), 'Dateline'), { select: false });
    await screenshot('sidebar-ar');
    for (let i = 0; i < 3; i++) await vscode.commands.executeCommand('workbench.action.increaseViewWidth');
  });
});
