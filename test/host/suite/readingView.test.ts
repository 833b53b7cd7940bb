// The reading view: the panel that `wirelens.openReadingView` opens beside the editor, the page it holds
// (webview.html, as VS Code has it), the messages of its script, and how it follows edits and editors.
// Webviews do not load in headless chromium on VS Code for the Web, so the script's own `ready` message
// is awaited in the Node host only.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { TEST_HOST } from './runSuite';
import { screenshot } from './screenshot';
import { readText, scratchFile, workspaceUri } from './testWorkspace';
import { sleep, waitFor } from './waitFor';
import { EXTENSION_ID, wirelens } from './wirelensApi';

/** The blocks of the page: one per paragraph, each `dir="auto"`. */
const blocks = (html: string) => [...html.matchAll(/<(p|h1) dir="auto" class="para ([a-z-]+)" data-line="(\d+)"/g)].map(m => ({ tag: m[1], role: m[2], line: Number(m[3]) }));

async function openArticle(path: string | vscode.Uri): Promise<vscode.TextEditor> {
  const uri = typeof path === 'string' ? workspaceUri(path) : path;
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { viewColumn: vscode.ViewColumn.One });
}

suite('reading view', () => {
  suiteSetup(async () => { await wirelens(); });
  // A panel disposed while the workbench still sets it up logs an error of its own: let it settle first.
  const settle = () => sleep(300);
  teardown(async () => { await settle(); (await wirelens()).readingView.webviewPanel?.dispose(); });
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('the command opens a panel beside an Arabic article: the headline a heading, every paragraph a dir="auto" block', async () => {
    const api = await wirelens();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await openArticle('01-ar-aa-dateline.wire');
    let loaded: vscode.Uri | undefined;
    const listening = api.readingView.onDidLoad(uri => { loaded = uri; });
    try {
      await vscode.commands.executeCommand('wirelens.openReadingView');
      const panel = api.readingView.webviewPanel;
      assert.ok(panel, 'no panel after wirelens.openReadingView');
      assert.strictEqual(panel.viewType, 'wirelens.readingView');
      await waitFor('the panel beside the article', () => panel.viewColumn === vscode.ViewColumn.Two);
      assert.strictEqual(panel.title, 'Reading: 01-ar-aa-dateline.wire');
      assert.strictEqual(api.readingView.article?.toString(), editor.document.uri.toString());

      const { analysis } = api.cache.get(editor.document);
      const html = panel.webview.html;
      assert.deepStrictEqual(blocks(html), analysis.paragraphs.map(p => ({ tag: p.role === 'headline' ? 'h1' : 'p', role: p.role === 'dateline' ? 'dateline-line' : p.role, line: p.index })));
      assert.match(html, /<article lang="ar" /);
      assert.match(html, new RegExp(`<h1 dir="auto" class="para headline" data-line="0">[^\\n]*${analysis.headline!.text.split(' ')[0]}`));
      assert.match(html, /<span class="quote speech" data-start="\d+" data-end="\d+"/);
      assert.match(html, /<p dir="auto" class="para background"/);

      // Security: our stylesheet and one nonce'd script, nothing else; files from media/ only; no command links.
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1].replace(/&#39;/g, "'");
      const nonce = /<script nonce="([0-9a-f]{36})" src="[^"]*\/media\/reading\.js"><\/script>/.exec(html)?.[1];
      assert.ok(nonce, 'the script carries a fresh nonce');
      assert.strictEqual(csp, `default-src 'none'; style-src ${panel.webview.cspSource}; script-src 'nonce-${nonce}';`);
      assert.strictEqual(panel.webview.options.enableScripts, true);
      assert.ok(!panel.webview.options.enableCommandUris, 'command links are off');
      const media = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'media');
      assert.deepStrictEqual(panel.webview.options.localResourceRoots?.map(u => u.toString()), [media.toString()]);

      if (TEST_HOST === 'node') {
        // The page loaded and its script ran under the policy: it says so.
        await waitFor('the page to load and its script to run', () => loaded?.toString() === editor.document.uri.toString(), 15000);
        // A clear picture: no chat, no panel, the article from its start.
        await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
        await vscode.commands.executeCommand('workbench.action.closePanel');
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
        await sleep(500);
        await screenshot('reading-ar');
      }
    } finally {
      listening.dispose();
    }
  });

  test('a click in the page reveals the mention in the editor beside it; a span outside the article is refused', async () => {
    const api = await wirelens();
    const editor = await openArticle('06-en-reuters.wire');
    await vscode.commands.executeCommand('wirelens.openReadingView', editor.document.uri);
    const panel = api.readingView.webviewPanel!;
    const { analysis, index } = api.cache.get(editor.document);
    const mention = analysis.entities.find(e => e.name === 'Marc Delvaux')!.mentions[1];
    // The page posts { type: 'reveal', start, end } with the code points of the element clicked.
    panel.reveal(undefined, false);
    await waitFor('the reading view to be the active tab group', () => vscode.window.tabGroups.activeTabGroup.viewColumn === vscode.ViewColumn.Two);
    await sleep(500);
    await api.readingView.receive({ type: 'reveal', start: mention.start, end: mention.end });
    const active = await waitFor('the article to be the active editor', () => vscode.window.activeTextEditor?.document === editor.document && vscode.window.activeTextEditor);
    assert.strictEqual(active.viewColumn, vscode.ViewColumn.One, 'the article opens where it was, not over the reading view');
    assert.strictEqual(active.document.getText(active.selection), mention.text);
    const at = index.positionAt(mention.start);
    assert.deepStrictEqual([active.selection.start.line, active.selection.start.character], [at.line, at.character]);
    assert.ok(api.readingView.webviewPanel, 'the reading view stays open');

    await api.readingView.receive({ type: 'reveal', start: 0, end: analysis.length + 5 });
    await api.readingView.receive({ type: 'reveal', start: 9, end: 3 });
    assert.strictEqual(active.document.getText(active.selection), mention.text, 'the selection is unchanged');
  });

  test('the page follows an edit once typing pauses, and the active wire editor, not any other', async () => {
    const api = await wirelens();
    const uri = await scratchFile('reading.wire', await readText(workspaceUri('06-en-reuters.wire')));
    const editor = await openArticle(uri);
    await vscode.commands.executeCommand('wirelens.openReadingView');
    const panel = api.readingView.webviewPanel!;
    const before = blocks(panel.webview.html).length;
    await editor.edit(b => b.insert(new vscode.Position(editor.document.lineCount, 0), '\n"We will not <wait>," the minister said.'));
    await waitFor('the new paragraph in the page', () => blocks(panel.webview.html).length === before + 1, 5000);
    assert.match(panel.webview.html, /We will not &lt;wait&gt;,/);
    await editor.document.save();

    await openArticle('01-ar-aa-dateline.wire');
    await waitFor('the page of the Arabic article', () => api.readingView.article?.path.endsWith('/01-ar-aa-dateline.wire') && /<article lang="ar"/.test(panel.webview.html));
    assert.strictEqual(panel.title, 'Reading: 01-ar-aa-dateline.wire');
    await openArticle('06-en-reuters.gold.yaml');
    await sleep(400);
    assert.ok(api.readingView.article?.path.endsWith('/01-ar-aa-dateline.wire'), 'a file that is no wire article leaves the page as it is');
  });

  test('one panel at a time; closed, it opens again; the editor title offers it for wire articles only', async () => {
    const api = await wirelens();
    await openArticle('06-en-reuters.wire');
    await vscode.commands.executeCommand('wirelens.openReadingView');
    const first = api.readingView.webviewPanel!;
    await vscode.commands.executeCommand('wirelens.openReadingView');
    assert.strictEqual(api.readingView.webviewPanel, first);
    await settle();
    first.dispose();
    assert.strictEqual(api.readingView.webviewPanel, undefined);
    assert.strictEqual(api.readingView.article, undefined);
    await openArticle('06-en-reuters.wire');
    await vscode.commands.executeCommand('wirelens.openReadingView');
    assert.ok(api.readingView.webviewPanel && api.readingView.webviewPanel !== first);

    const menus = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.menus as Record<string, { command?: string; when?: string }[]>;
    assert.deepStrictEqual(menus['editor/title'].filter(m => m.command === 'wirelens.openReadingView').map(m => m.when), ['editorLangId == wire']);
  });
});
