// What every other host test stands on: the extension activates; its language, grammar and commands are
// contributed and live; plain-text files are switched to wire when they carry a dateline; and the export
// through the editor equals the CLI's byte for byte.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { name, publisher } from '../../../package.json';
import type { WirelensApi } from '../../../src/vscode/activate';
import { screenshot } from './screenshot';
import { expectedExports, openDocument, readText, scratchFile, workspaceUri } from './testWorkspace';
import { sleep, waitFor } from './waitFor';

const EXTENSION_ID = `${publisher}.${name}`;
const ARTICLE = 'host/host-article.wire';
const DATELINE_TXT = 'host/host-dateline.txt';
const NOTE_TXT = 'host/host-note.txt';

interface Contributes {
  commands?: { command: string }[];
  grammars?: { language?: string; scopeName: string; path: string }[];
}

function extension(): vscode.Extension<WirelensApi> {
  const ext = vscode.extensions.getExtension<WirelensApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this host`);
  return ext;
}

/** A file of the extension itself: on the web the extension is served over http, not through a file system. */
async function readExtensionFile(ext: vscode.Extension<unknown>, relativePath: string): Promise<string> {
  const uri = vscode.Uri.joinPath(ext.extensionUri, relativePath);
  if (uri.scheme === 'http' || uri.scheme === 'https') {
    const response = await fetch(uri.toString(true));
    assert.ok(response.ok, `${uri.toString(true)}: HTTP ${response.status}`);
    return response.text();
  }
  return readText(uri);
}

async function languageOf(uri: vscode.Uri): Promise<string> {
  await vscode.workspace.openTextDocument(uri);
  return openDocument(uri)!.languageId;
}

/** Where the bytes first differ, as a line of each, so that a failure says what to look at. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n'), e = expected.split('\n');
  const line = a.findIndex((l, i) => l !== e[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: got ${JSON.stringify(a[at] ?? '<end>')}, expected ${JSON.stringify(e[at] ?? '<end>')}`;
}

suite('foundation', () => {
  suiteSetup(async () => {
    await extension().activate();
  });

  test('the extension activates and hands out its analysis cache', async () => {
    const ext = extension();
    const api = await ext.activate();
    assert.strictEqual(ext.isActive, true);
    assert.strictEqual(typeof api?.cache?.get, 'function');
  });

  test('a .wire fixture opens with the language id wire', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri(ARTICLE));
    assert.strictEqual(doc.languageId, 'wire');
    await vscode.window.showTextDocument(doc);
    await screenshot('foundation-wire-article');
  });

  test('a .txt fixture with a dateline in its first lines is switched to wire', async () => {
    const uri = workspaceUri(DATELINE_TXT);
    await vscode.workspace.openTextDocument(uri);
    await waitFor(`${DATELINE_TXT} to become wire`, () => openDocument(uri)?.languageId === 'wire');
  });

  test('a .txt fixture without a dateline stays plaintext', async () => {
    const note = workspaceUri(NOTE_TXT);
    assert.strictEqual(await languageOf(note), 'plaintext');
    // Detection handles documents in the order they open: once a later one has switched, the note was judged.
    const later = await scratchFile('dateline.txt', await readText(workspaceUri(DATELINE_TXT)));
    await vscode.workspace.openTextDocument(later);
    await waitFor('a later dateline file to become wire', () => openDocument(later)?.languageId === 'wire');
    assert.strictEqual(openDocument(note)?.languageId, 'plaintext');
  });

  test('with wirelens.detect off, a .txt with a dateline stays plaintext', async () => {
    const config = vscode.workspace.getConfiguration('wirelens');
    await config.update('detect', false, vscode.ConfigurationTarget.Global);
    try {
      const uri = await scratchFile('detect-off.txt', await readText(workspaceUri(DATELINE_TXT)));
      await vscode.workspace.openTextDocument(uri);
      await sleep(500); // a switch would have been asked for when the document opened
      assert.strictEqual(openDocument(uri)?.languageId, 'plaintext');
    } finally {
      await config.update('detect', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('a detected .txt the user switches back to Plain Text stays Plain Text', async () => {
    const uri = await scratchFile('switch-back.txt', await readText(workspaceUri(DATELINE_TXT)));
    await vscode.workspace.openTextDocument(uri);
    await waitFor('the file to become wire', () => openDocument(uri)?.languageId === 'wire');
    await vscode.languages.setTextDocumentLanguage(openDocument(uri)!, 'plaintext');
    await sleep(500); // a detection would have switched it again when the document reopened with the new language
    assert.strictEqual(openDocument(uri)?.languageId, 'plaintext');
  });

  test('Treat This File as a Wire Article switches a plain file to wire', async () => {
    const uri = await scratchFile('note.txt', await readText(workspaceUri(NOTE_TXT)));
    assert.strictEqual(await languageOf(uri), 'plaintext');
    const result = await vscode.commands.executeCommand<string>('wirelens.treatAsWire', uri);
    assert.strictEqual(result, 'wire');
    assert.strictEqual(openDocument(uri)?.languageId, 'wire');
  });

  test('the grammar text.wire is contributed for the language wire and its file is there', async () => {
    const ext = extension();
    const grammar = (ext.packageJSON.contributes as Contributes).grammars?.find(g => g.scopeName === 'text.wire');
    assert.ok(grammar, 'package.json contributes no grammar with scopeName text.wire');
    assert.strictEqual(grammar.language, 'wire');
    const file = JSON.parse(await readExtensionFile(ext, grammar.path));
    assert.strictEqual(file.scopeName, 'text.wire', `${grammar.path} declares another scopeName`);
  });

  test('every command contributed in package.json is registered', async () => {
    const contributed = ((extension().packageJSON.contributes as Contributes).commands ?? []).map(c => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(contributed.filter(id => !registered.has(id)), []);
  });

  test("the YAML export of every fixture article equals the CLI's byte for byte", async () => {
    const expected = await expectedExports();
    assert.ok(expected.length >= 3, `only ${expected.length} expected exports: did the runner prepare the workspace?`);
    const differences: string[] = [];
    for (const { article, expected: expectedPath } of expected) {
      const uri = workspaceUri(article);
      const doc = await vscode.workspace.openTextDocument(uri);
      // A .txt without a dateline is exported too, once the user has said it is an article.
      if (doc.languageId !== 'wire') await vscode.commands.executeCommand('wirelens.treatAsWire', uri);
      const target = workspaceUri(`.exported/${expectedPath.slice(expectedPath.lastIndexOf('/') + 1)}`);
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('wirelens.exportYaml', uri, target);
      if (written?.toString() !== target.toString()) { differences.push(`${article}: nothing written`); continue; }
      const [actualBytes, expectedBytes] = await Promise.all([vscode.workspace.fs.readFile(target), vscode.workspace.fs.readFile(workspaceUri(expectedPath))]);
      if (actualBytes.length === expectedBytes.length && actualBytes.every((b, i) => b === expectedBytes[i])) continue;
      const decode = (b: Uint8Array) => new TextDecoder().decode(b);
      differences.push(`${article}: ${firstDifference(decode(actualBytes), decode(expectedBytes))}`);
    }
    assert.deepStrictEqual(differences, []);
  });
});
