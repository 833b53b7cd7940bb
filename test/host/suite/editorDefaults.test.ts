// The editor settings Wirelens gives wire articles (package.json `configurationDefaults`), as VS Code resolves them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { workspaceUri } from './testWorkspace';
import { wirelens } from './wirelensApi';

suite('editor defaults for wire articles', () => {
  suiteSetup(async () => { await wirelens(); });

  test('a wire article wraps its paragraphs, offers no completions, and keeps bidi controls highlighted', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('01-ar-aa-dateline.wire'));
    assert.strictEqual(doc.languageId, 'wire');
    const editor = vscode.workspace.getConfiguration('editor', doc);
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.strictEqual(editor.get('wrappingIndent'), 'none');
    assert.deepStrictEqual(editor.get('quickSuggestions'), { other: 'off', comments: 'off', strings: 'off' });
    assert.strictEqual(editor.get('wordBasedSuggestions'), 'off');
    assert.strictEqual(editor.get('semanticHighlighting.enabled'), true);
    // Trojan-source protection stays on: invisible bidi controls are highlighted in the copy.
    assert.strictEqual(editor.get('unicodeHighlight.invisibleCharacters'), true);
  });

  test('other files keep the editor\'s own defaults', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('06-en-reuters.gold.yaml'));
    assert.notStrictEqual(vscode.workspace.getConfiguration('editor', doc).get('wordWrap'), 'on');
  });
});
