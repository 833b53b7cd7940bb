// The commands hover-card links run: reveal a span given in code points, list an entity's mentions.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { workspaceUri } from './testWorkspace';
import { wirelens } from './wirelensApi';

suite('navigation', () => {
  suiteSetup(async () => { await wirelens(); });
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('Reveal Span selects a span given in code points, after an emoji too', async () => {
    const uri = workspaceUri('09-ar-mixed-emoji.wire');
    const doc = await vscode.workspace.openTextDocument(uri);
    const headline = doc.lineAt(0).text;
    const word = 'إسطنبول';
    const startCp = [...headline.slice(0, headline.indexOf(word))].length;
    // The link passes the uri as a string, as a markdown command link carries it.
    await vscode.commands.executeCommand('wirelens.revealSpan', uri.toString(), startCp, startCp + [...word].length);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), uri.toString());
    assert.strictEqual(editor.document.getText(editor.selection), word);
  });

  test('Find All Mentions lists every mention of the entity', async () => {
    const uri = workspaceUri('06-en-reuters.wire');
    const doc = await vscode.workspace.openTextDocument(uri);
    const api = await wirelens();
    const ireland = api.cache.get(doc).analysis.entities.find(e => e.name === 'Ireland');
    assert.ok(ireland, 'the analysis finds Ireland');
    await vscode.window.showTextDocument(doc);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('wirelens.findMentions', uri.toString(), ireland.id);
    assert.deepStrictEqual(locations?.map(l => doc.getText(l.range)), ['Ireland', 'Ireland']);
  });

  test('Find All Mentions without arguments takes the entity under the cursor', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('01-ar-aa-dateline.wire'));
    const editor = await vscode.window.showTextDocument(doc);
    const at = new vscode.Position(0, doc.lineAt(0).text.indexOf('وبلجيكا'));
    editor.selection = new vscode.Selection(at, at);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('wirelens.findMentions');
    assert.ok(locations && locations.length >= 2, `${locations?.length} mentions`);
    assert.ok(locations.every(l => doc.getText(l.range) === 'بلجيكا'));
  });
});
