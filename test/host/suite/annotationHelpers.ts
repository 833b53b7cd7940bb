// For the annotation suites: a fresh copy of a fixture open in an editor, selections by text, the
// extension's `ui` answered by a script instead of a person, and the sidecar read back.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { name, publisher } from '../../../package.json';
import type { ArticleAnalysis } from '../../../src/core';
import type { WirelensApi } from '../../../src/vscode/activate';
import type { WirelensUi } from '../../../src/vscode/ui';
import { readText, scratchFile, workspaceUri } from './testWorkspace';
import { sleep } from './waitFor';

export async function wirelensApi(): Promise<WirelensApi> {
  const ext = vscode.extensions.getExtension<WirelensApi>(`${publisher}.${name}`);
  assert.ok(ext, 'Wirelens is not installed in this host');
  return ext.activate();
}

export interface Opened {
  readonly uri: vscode.Uri;
  readonly doc: vscode.TextDocument;
  readonly editor: vscode.TextEditor;
}

/** A scratch copy of a fixture (or of `text`), open in the active editor, its annotations loaded. */
export async function openCopy(fixture: string, text?: string): Promise<Opened> {
  const api = await wirelensApi();
  const uri = await scratchFile(fixture.slice(fixture.lastIndexOf('/') + 1), text ?? await readText(workspaceUri(fixture)));
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  assert.strictEqual(doc.languageId, 'wire');
  await api.store.ready(doc);
  return { uri, doc, editor };
}

/** Code point offset of the n-th occurrence of `needle` in the document. */
export function cpOf(doc: vscode.TextDocument, needle: string, n = 0): number {
  const text = doc.getText();
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" occurs fewer than ${n + 1} times`);
  }
  return [...text.slice(0, i)].length;
}

/** Selects the n-th occurrence of `needle` (less `left`/`right` UTF-16 units at its ends). */
export function select(editor: vscode.TextEditor, needle: string, { n = 0, left = 0, right = 0 } = {}): void {
  const text = editor.document.getText();
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" is not in the document`);
  const start = editor.document.positionAt(i + left), end = editor.document.positionAt(i + needle.length - right);
  editor.selection = new vscode.Selection(start, end);
}

/** Puts the cursor inside the n-th occurrence of `needle`, `offset` UTF-16 units into it. */
export function cursorIn(editor: vscode.TextEditor, needle: string, offset = 1, n = 0): void {
  select(editor, needle, { n });
  const p = editor.document.positionAt(editor.document.offsetAt(editor.selection.start) + offset);
  editor.selection = new vscode.Selection(p, p);
}

/** Puts the cursor at a code point offset. */
export function cursorAtCp(editor: vscode.TextEditor, cp: number): void {
  const p = editor.document.positionAt([...editor.document.getText()].slice(0, cp).join('').length);
  editor.selection = new vscode.Selection(p, p);
}

/** The selection as text. */
export const selectedText = (editor: vscode.TextEditor) => editor.document.getText(editor.selection);

export async function analysisOf(doc: vscode.TextDocument): Promise<ArticleAnalysis> {
  return (await wirelensApi()).cache.get(doc).analysis;
}

/** What a scripted user answers; each list is used in order. A string picks the item whose label contains it. */
export interface Script {
  pick?: (string | undefined)[];
  input?: (string | undefined)[];
  warn?: (string | undefined)[];
  save?: (vscode.Uri | undefined)[];
  open?: (vscode.Uri | undefined)[];
}

export interface Scripted {
  /** Every message shown (warnings, information, errors), in order. */
  readonly messages: string[];
  /** The items of each quick pick shown, by label. */
  readonly picks: string[][];
  /** Warnings shown as modal dialogs. */
  readonly modals: string[];
  restore(): void;
}

/** Replaces the extension's `ui` with a scripted user until `restore()`; a question the script does not answer fails the test. */
export async function scriptUi(script: Script): Promise<Scripted> {
  const ui = (await wirelensApi()).ui;
  const saved = { ...ui };
  const messages: string[] = [], picks: string[][] = [], modals: string[] = [];
  const next = <T>(queue: T[] | undefined, what: string): T => {
    if (!queue || queue.length === 0) throw new Error(`the test did not expect a ${what}`);
    return queue.shift()!;
  };
  const scripted: WirelensUi = {
    pick: async (items, _options) => {
      picks.push(items.map(i => i.label));
      const answer = next(script.pick, 'quick pick');
      if (answer === undefined) return undefined;
      const item = items.find(i => i.label === answer) ?? items.find(i => i.label.includes(answer));
      assert.ok(item, `no item "${answer}" among ${items.map(i => i.label).join(', ')}`);
      return item;
    },
    input: async () => next(script.input, 'input box'),
    warn: async (message, options) => {
      messages.push(message);
      if (options.modal) modals.push(message);
      return script.warn?.length ? script.warn.shift() : undefined;
    },
    info: async message => { messages.push(message); return undefined; },
    error: async message => { messages.push(message); return undefined; },
    saveDialog: async () => next(script.save, 'save dialog'),
    openDialog: async () => { const uri = next(script.open, 'open dialog'); return uri && [uri]; },
  };
  Object.assign(ui, scripted);
  return { messages, picks, modals, restore: () => Object.assign(ui, saved) };
}

export async function bytesOf(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}

/** The sidecar beside a scratch article (the default location): its whole file name and `.wirelens.yaml`. */
export function besideSidecar(article: vscode.Uri): vscode.Uri {
  return article.with({ path: article.path + '.wirelens.yaml' });
}

/** Where a sidecar of the first naming (the article's extension replaced) would be. */
export function legacySidecar(article: vscode.Uri): vscode.Uri {
  return article.with({ path: article.path.replace(/\.[^./]*$/, '') + '.wirelens.yaml' });
}

/** waitFor with an asynchronous probe (reading a file). */
export async function waitForAsync<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** Waits until the file exists and returns its text. */
export async function waitForFile(uri: vscode.Uri, timeoutMs = 5000): Promise<string> {
  const bytes = await waitForAsync(`${uri.path} to be written`, () => bytesOf(uri), timeoutMs);
  return new TextDecoder().decode(bytes);
}
