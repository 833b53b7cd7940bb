// Articles built to do harm or to break things, where the user meets them: copy with markdown command
// links, raw HTML, `javascript:` links and theme icons stays inert in every item of the Article tree and in
// the status bar; a right-to-left override inside a quote (Trojan source) is an error in the Problems panel;
// a binary `.wire` file is refused with a clear reason and breaks nothing, an empty or mis-encoded one opens
// as what it is; a sidecar that is an alias bomb, a list, binary or cut short is reported and left as it is.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OutlineNode } from '../../../src/core/outline';
import { besideSidecar, scriptUi, type Scripted } from './annotationHelpers';
import { scratchFile, workspaceUri } from './testWorkspace';
import { sleep, waitFor } from './waitFor';
import { wirelens } from './wirelensApi';

const PAYLOADS = ['[x](command:workbench.action.files.delete)', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '[y](javascript:alert(1))', '$(trash)', '**bold**'];
const HOSTILE = [
  `Minister warns ${PAYLOADS[0]} over ${PAYLOADS[1]}`,
  `LONDON, June 10 (Reuters) - British minister John Smith said on Thursday: "A trap ${PAYLOADS.join(' ')}", and he left.`,
  `"Another ${PAYLOADS[3]} ${PAYLOADS[4]}," said Ama Mensah of the ${PAYLOADS[2]} Party.`,
  '',
].join('\n');

/** Every node of the tree, depth first. */
function walk(children: (node?: OutlineNode) => OutlineNode[] | undefined | null, node?: OutlineNode): OutlineNode[] {
  return (children(node) ?? []).flatMap(n => [n, ...walk(children, n)]);
}

/** Markdown that carries none of the payloads live: escaped or absent. */
function assertInert(markdown: string, where: string): void {
  for (const p of PAYLOADS) assert.ok(!markdown.includes(p), `${JSON.stringify(p)} is live in ${where}:\n${markdown}`);
  assert.ok(!/\]\((command|javascript):/.test(markdown.replace(/\]\(command:wirelens\.[\w.]+\?[^)\s]*\)/g, '')), `a link other than ours in ${where}:\n${markdown}`);
}

suite('hostile articles', () => {
  let ui: Scripted | undefined;
  teardown(() => { ui?.restore(); ui = undefined; });
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('every item of the Article tree for hostile copy: inert tooltips, and only our commands on click', async () => {
    const api = await wirelens();
    const uri = await scratchFile('hostile-tree.wire', HOSTILE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the tree to follow the article', () => api.outline.document?.uri.toString() === uri.toString());
    const nodes = walk(n => api.outline.getChildren(n));
    assert.ok(nodes.length > 10, `${nodes.length} items`);
    let tooltips = 0;
    for (const node of nodes) {
      const item = api.outline.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      const where = `the item ${JSON.stringify(label)}`;
      if (item.tooltip instanceof vscode.MarkdownString) {
        tooltips++;
        assert.ok(!item.tooltip.isTrusted, `${where}: a tooltip with copy in it must not be trusted`);
        // The only HTML is our own right-to-left block, for Arabic copy.
        const tags = item.tooltip.value.match(/<[^>]*>/g) ?? [];
        assert.deepStrictEqual(tags.filter(t => !/^<(div dir="rtl" align="right"|\/div)>$/.test(t)), [], `${where}: HTML from the copy`);
        assertInert(item.tooltip.value, `the tooltip of ${where}`);
      }
      if (item.command) assert.match(item.command.command, /^wirelens\./, `${where} runs ${item.command.command}`);
    }
    assert.ok(tooltips > 3, `${tooltips} tooltips`);
    // The copy is there to read, as text: the speaker's quote is an item.
    assert.ok(nodes.some(n => String(api.outline.getTreeItem(n).tooltip instanceof vscode.MarkdownString ? (api.outline.getTreeItem(n).tooltip as vscode.MarkdownString).value : '').includes('A trap')));
  });

  test('the status bar tooltip shows a hostile file name as text', async () => {
    const api = await wirelens();
    const uri = await scratchFile('[x](command:workbench.action.quit) <b>bold</b>.wire', HOSTILE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const tooltip = await waitFor('the status bar item of the article', () => {
      const t = api.statusBar.item.tooltip;
      return api.statusBar.visible && t instanceof vscode.MarkdownString && t.value.includes('command') ? t : undefined;
    });
    assert.ok(!tooltip.isTrusted && !tooltip.supportHtml);
    assert.ok(!tooltip.value.includes('](command:') && !tooltip.value.includes('<b>'), tooltip.value);
  });

  test('a right-to-left override inside a quote (Trojan source) is an error on the override in the Problems panel', async () => {
    const uri = await scratchFile('trojan.wire', 'Vote count disputed\nBAGHDAD, June 10 (Reuters) - "The count is \u202E71 ot 21\u202C in our favour," said Ali Hassan.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    const bidi = await waitFor('the bidi problems', () => {
      const ds = vscode.languages.getDiagnostics(uri).filter(d => d.source === 'Wirelens' && d.code === 'bidi-control');
      return ds.length === 2 ? ds : undefined;
    });
    assert.deepStrictEqual(bidi.map(d => [doc.getText(d.range), d.severity]), [
      ['\u202E', vscode.DiagnosticSeverity.Error],
      ['\u202C', vscode.DiagnosticSeverity.Warning],
    ]);
    assert.match(bidi[0].message, /RLO.*display other than it reads/);
  });

  test('a binary .wire file: VS Code does not open it as text, Export All names it with the reason, and nothing else changes', async () => {
    const api = await wirelens();
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]);
    const uri = workspaceUri(`.scratch/photo-${Date.now()}.wire`);
    await vscode.workspace.fs.writeFile(uri, bytes);
    try {
      ui = await scriptUi({});
      const opened = await vscode.workspace.openTextDocument(uri).then(doc => doc, (e: Error) => e);
      assert.ok(opened instanceof Error, 'refused as text');
      assert.match(opened.message, /binary/i);
      assert.deepStrictEqual(ui.messages, [], 'nothing for Wirelens to say: the editor said it');

      const folder = workspaceUri(`.exported/with-binary-${Date.now()}`);
      const result = await vscode.commands.executeCommand<{ exported: string[]; failed: { path: string; reason: string }[] }>('wirelens.exportWorkspace', 'jsonl', folder);
      const rel = vscode.workspace.asRelativePath(uri, false);
      assert.deepStrictEqual(result.failed, [{ path: rel, reason: 'binary file (NUL byte at offset 8)' }]);
      assert.ok(result.exported.length > 10);
      assert.match(ui.messages.at(-1)!, new RegExp(`1 failed \\(${rel.replace(/[.]/g, '\\.')}: binary file \\(NUL byte at offset 8\\)\\)`));
      assert.deepStrictEqual([...await vscode.workspace.fs.readFile(uri)], [...bytes], 'the file is as it was');

      // Wirelens still works.
      const doc = await vscode.workspace.openTextDocument(workspaceUri('06-en-reuters.wire'));
      assert.ok(api.cache.get(doc).analysis.entities.length > 3);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('an empty article and one in Latin-1 open as what they are, with no message from Wirelens', async () => {
    const api = await wirelens();
    ui = await scriptUi({});
    const empty = await vscode.workspace.openTextDocument(await scratchFile('empty.wire', ''));
    await vscode.window.showTextDocument(empty);
    assert.deepStrictEqual(api.cache.get(empty).analysis.paragraphs, []);
    const latin1 = workspaceUri(`.scratch/latin1-${Date.now()}.wire`);
    await vscode.workspace.fs.writeFile(latin1, new Uint8Array([...new TextEncoder().encode('Headline\nPARIS (AFP) - "Caf'), 0xe9, ...new TextEncoder().encode('," said Anne Roy.\n')]));
    const doc = await vscode.workspace.openTextDocument(latin1);
    await vscode.window.showTextDocument(doc);
    // VS Code decodes the stray byte as U+FFFD; the analysis takes the text as the editor has it.
    assert.strictEqual(api.cache.get(doc).analysis.quotes[0]?.text, 'Caf\uFFFD,');
    await sleep(300);
    assert.deepStrictEqual(ui.messages, []);
  });

  const bomb = ['format: wirelens/1', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'annotations: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', '...', ''].join('\n');
  const sidecars: ReadonlyArray<readonly [string, Uint8Array, RegExp]> = [
    ['a YAML alias bomb', new TextEncoder().encode(bomb), /\(alias-bomb\): the file expands YAML aliases more than 100 times/],
    ['a list', new TextEncoder().encode('- format: wirelens/1\n...\n'), /\(not-a-map\): the file holds a list/],
    ['binary bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /\(not-yaml\): binary file \(NUL byte at offset 4\)/],
    ['a file cut short', new TextEncoder().encode('format: wirelens/1\nsource: {path: x.wire, sha256: abc}\nannotations:\n  entities: []\n'), /\(truncated\): the file ends early/],
  ];
  for (const [what, bytes, message] of sidecars) {
    test(`a sidecar that is ${what}: reported with its code when the article opens, and left byte for byte as it was`, async () => {
      const api = await wirelens();
      const uri = await scratchFile('with-sidecar.wire', 'Headline\nLONDON (Reuters) - "Yes," said John Smith.\n');
      await vscode.workspace.fs.writeFile(besideSidecar(uri), bytes);
      ui = await scriptUi({ warn: [undefined] });
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await api.store.ready(doc);
      const warning = await waitFor('the warning', () => ui!.messages[0]);
      assert.match(warning, message);
      assert.match(warning, /It is left as it is, and will not be replaced without asking\./);
      assert.ok(api.cache.get(doc).analysis.entities.length > 0, 'the article is analysed without it');
      await sleep(400);
      assert.deepStrictEqual([...await vscode.workspace.fs.readFile(besideSidecar(uri))], [...bytes]);
    });
  }
});
