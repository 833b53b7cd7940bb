// The status bar item, read through the extension's API (VS Code has no API that lists status bar items).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { readText, scratchFile, workspaceUri } from './testWorkspace';
import { waitFor } from './waitFor';
import { wirelens } from './wirelensApi';

suite('status bar', () => {
  suiteSetup(async () => { await wirelens(); });
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('an Arabic article shows its language, direction and counts; a click opens the Wirelens sidebar', async () => {
    const api = await wirelens();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('01-ar-aa-dateline.wire'));
    await vscode.window.showTextDocument(doc);
    const { analysis } = api.cache.get(doc);
    const expected = `$(symbol-text) ar · RTL · ${analysis.entities.length} entities · ${analysis.quotes.length} quotes`;
    await waitFor(`the status bar to read ${expected}`, () => api.statusBar.visible && api.statusBar.item.text === expected);
    const command = api.statusBar.item.command;
    const id = typeof command === 'string' ? command : command?.command;
    assert.strictEqual(id, 'workbench.view.extension.wirelens');
    assert.ok((await vscode.commands.getCommands(true)).includes(id), `${id} is not a command in this host`);
    const tooltip = api.statusBar.item.tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /^\*\*01&#45;ar&#45;aa&#45;dateline&#46;wire\*\*  \nArabic \(ar\), right to left  \n\d+ paragraphs  \n\d+ entities: /);
  });

  test('an English article reads LTR; a file that is not a wire article hides the item', async () => {
    const api = await wirelens();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('06-en-reuters.wire')));
    await waitFor('an English status', () => api.statusBar.visible && /^\$\(symbol-text\) en · LTR · \d+ entities · \d+ quotes$/.test(api.statusBar.item.text));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('06-en-reuters.gold.yaml')));
    await waitFor('the item to hide', () => !api.statusBar.visible);
  });

  test('the counts follow an edit once typing pauses', async () => {
    const api = await wirelens();
    const uri = await scratchFile('status.wire', await readText(workspaceUri('06-en-reuters.wire')));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const quotes = () => Number(/(\d+) quotes?$/.exec(api.statusBar.item.text)?.[1]);
    await waitFor('the status of the new article', () => api.statusBar.visible && quotes() > 0);
    const before = quotes();
    const line = editor.document.lineAt(editor.document.lineCount - 1).text === '' ? editor.document.lineCount - 1 : editor.document.lineCount;
    await editor.edit(b => b.insert(new vscode.Position(line, 0), '"We will not wait," the minister said.\n'));
    await waitFor(`${before + 1} quotes`, () => quotes() === before + 1);
    await editor.document.save(); // a dirty editor would ask before closing
  });
});
