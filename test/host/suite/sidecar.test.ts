// The sidecar ARTICLE.wirelens.yaml: written on save (and after an annotation change while the article
// is saved), read back through workspace.fs and parsed as the core parses it, loaded when the article
// opens; a sidecar that cannot be used is reported, never changed unasked, and a refusal is remembered.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseSidecar, sha256Hex } from '../../../src/core';
import {
  besideSidecar, bytesOf, openCopy, scriptUi, select, waitForAsync, waitForFile, wirelensApi, type Scripted,
} from './annotationHelpers';
import { readText, scratchFile, workspaceUri } from './testWorkspace';
import { sleep, waitFor } from './waitFor';

const EMOJI = '09-ar-mixed-emoji.wire';

async function articleSha(uri: vscode.Uri): Promise<string> {
  return sha256Hex(await vscode.workspace.fs.readFile(uri));
}

/** A new scratch article with the given sidecar bytes beside it, opened (the load warning answered by `warn`). */
async function openWithSidecar(sidecar: string | Uint8Array, warn: (string | undefined)[] = [undefined]): Promise<{ uri: vscode.Uri; doc: vscode.TextDocument; sidecar: vscode.Uri; bytes: Uint8Array; ui: Scripted }> {
  const uri = await scratchFile(EMOJI, await readText(workspaceUri(EMOJI)));
  const bytes = typeof sidecar === 'string' ? new TextEncoder().encode(sidecar) : sidecar;
  await vscode.workspace.fs.writeFile(besideSidecar(uri), bytes);
  const ui = await scriptUi({ warn: [...warn] });
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await (await wirelensApi()).store.ready(doc);
  return { uri, doc, sidecar: besideSidecar(uri), bytes, ui };
}

/** Saves the article with an annotation added (an edit makes the save a real one). */
async function annotateAndSave(doc: vscode.TextDocument, word: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(doc);
  select(editor, word);
  await vscode.commands.executeCommand('wirelens.annotatePerson');
  await editor.edit(b => b.insert(doc.lineAt(doc.lineCount - 1).range.end, ' '));
  assert.ok(await doc.save(), 'the article was saved');
}

const sameBytes = (a: Uint8Array | undefined, b: Uint8Array) => !!a && a.length === b.length && a.every((x, i) => x === b[i]);

suite('sidecar', () => {
  let ui: Scripted | undefined;
  teardown(() => { ui?.restore(); ui = undefined; });

  test('saving the article writes its sidecar beside it; parseSidecar reads back the same set', async () => {
    const { uri, doc } = await openCopy(EMOJI);
    ui = await scriptUi({});
    await annotateAndSave(doc, 'Levent Aksoy');
    const yaml = await waitForFile(besideSidecar(uri));
    const parsed = parseSidecar(yaml, doc.getText(), await articleSha(uri));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
    assert.deepStrictEqual(parsed.set, (await wirelensApi()).store.annotationsOf(doc));
    assert.match(yaml, /^format: wirelens\/1\n/);
    assert.ok(yaml.endsWith('\n...\n'), 'a complete sidecar ends with the document end marker');
    const names = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(uri, '..'))).map(([n]) => n);
    assert.deepStrictEqual(names.filter(n => n.endsWith('.tmp')), [], 'no temporary file is left behind');
  });

  test('an annotation change while the article has no unsaved edits writes the sidecar without a save', async () => {
    const { uri, editor } = await openCopy(EMOJI);
    ui = await scriptUi({});
    select(editor, 'Levent Aksoy');
    await vscode.commands.executeCommand('wirelens.annotatePerson');
    assert.match(await waitForFile(besideSidecar(uri)), /Levent Aksoy/);
  });

  test('an article opens with the annotations of its sidecar', async () => {
    const first = await openCopy(EMOJI);
    ui = await scriptUi({});
    await annotateAndSave(first.doc, 'Levent Aksoy');
    const yaml = await waitForFile(besideSidecar(first.uri));
    const api = await wirelensApi();
    const saved = api.store.annotationsOf(first.doc);
    // A second copy of the saved article, with the sidecar beside it.
    const copy = await scratchFile(EMOJI, first.doc.getText());
    await vscode.workspace.fs.writeFile(besideSidecar(copy), new TextEncoder().encode(yaml));
    const doc = await vscode.workspace.openTextDocument(copy);
    await api.store.ready(doc);
    assert.strictEqual(api.store.annotationsOf(doc).mentions.length, saved.mentions.length);
    assert.ok(api.cache.get(doc).analysis.entities.some(e => e.origin === 'manual' && e.mentions.some(m => m.text === 'Levent Aksoy')));
  });

  test('a corrupt sidecar is reported, stays byte-identical, and a declined save writes nothing and asks no more', async () => {
    const corrupt = 'format: wirelens/1\nannotations: {mentions: [unclosed\n';
    const opened = await openWithSidecar(corrupt);
    ui = opened.ui;
    assert.match(ui.messages[0], /could not be read \((not-yaml|truncated)\).*left as it is/);
    assert.deepStrictEqual((await wirelensApi()).store.annotationsOf(opened.doc).mentions, []);

    await annotateAndSave(opened.doc, 'Levent Aksoy'); // the modal is answered by nothing: declined
    await sleep(500);
    assert.strictEqual(ui.modals.length, 1);
    assert.match(ui.modals[0], /Replace it with the annotations in this editor\?/);
    assert.ok(sameBytes(await bytesOf(opened.sidecar), opened.bytes), 'the sidecar is byte-identical');

    await annotateAndSave(opened.doc, 'Aksoy');
    await sleep(500);
    assert.strictEqual(ui.modals.length, 1, 'the refusal is remembered');
    assert.ok(sameBytes(await bytesOf(opened.sidecar), opened.bytes));
  });

  test('a sidecar of a future format is reported and left as it is', async () => {
    const future = 'format: wirelens/9\nsource: {path: x.wire, sha256: abc}\nannotations: {}\n...\n';
    const opened = await openWithSidecar(future);
    ui = opened.ui;
    assert.match(ui.messages[0], /\(future-format\): format wirelens\/9 is newer than this Wirelens reads/);
    await sleep(400);
    assert.ok(sameBytes(await bytesOf(opened.sidecar), opened.bytes));
  });

  test('Keep Both on save keeps the unreadable sidecar as .bak and writes the new one', async () => {
    const opened = await openWithSidecar('not: [yaml\n', [undefined, 'Keep Both']);
    ui = opened.ui;
    await annotateAndSave(opened.doc, 'Levent Aksoy');
    const backup = opened.sidecar.with({ path: opened.sidecar.path + '.bak' });
    await waitForFile(backup);
    assert.ok(sameBytes(await bytesOf(backup), opened.bytes), 'the old file is kept byte for byte');
    const sha = await articleSha(opened.uri);
    const parsed = await waitForAsync('the new sidecar', async () => {
      const p = parseSidecar(new TextDecoder().decode(await bytesOf(opened.sidecar)), opened.doc.getText(), sha);
      return p.ok && p;
    });
    assert.strictEqual(parsed.set.mentions.length, 1, 'the new sidecar holds the annotation');
  });

  test('a sidecar written for other text is reported; Use Re-anchored adopts its annotations where they moved', async () => {
    // A sidecar saved for the article, then the article changed outside the editor: a line added at the top.
    const first = await openCopy(EMOJI);
    ui = await scriptUi({});
    await annotateAndSave(first.doc, 'Levent Aksoy');
    const yaml = await waitForFile(besideSidecar(first.uri));
    ui.restore();
    const copy = await scratchFile(EMOJI, 'سطر أضيف في الأعلى\n' + first.doc.getText());
    await vscode.workspace.fs.writeFile(besideSidecar(copy), new TextEncoder().encode(yaml));
    ui = await scriptUi({ warn: ['Use Re-anchored'] });
    const doc = await vscode.workspace.openTextDocument(copy);
    const api = await wirelensApi();
    await api.store.ready(doc);
    assert.match(ui.messages[0], /written for other text .* [1-9]\d* annotation\(s\) moved and 0 lost/);
    const mention = await waitFor('the re-anchored annotations', () => api.store.annotationsOf(doc).mentions[0]);
    assert.strictEqual(mention.anchor.text, 'Levent Aksoy');
    assert.strictEqual([...doc.getText()].slice(mention.anchor.start, mention.anchor.end).join(''), 'Levent Aksoy');
  });

  test('with wirelens.sidecarLocation set to workspace, the sidecar goes under .wirelens/ mirroring the path', async () => {
    const config = vscode.workspace.getConfiguration('wirelens');
    await config.update('sidecarLocation', 'workspace', vscode.ConfigurationTarget.Workspace);
    try {
      const { uri, doc } = await openCopy(EMOJI);
      ui = await scriptUi({});
      await annotateAndSave(doc, 'Levent Aksoy');
      const relative = vscode.workspace.asRelativePath(uri, false).replace(/\.wire$/, '.wirelens.yaml');
      assert.match(await waitForFile(workspaceUri(`.wirelens/${relative}`)), /Levent Aksoy/);
      assert.strictEqual(await bytesOf(besideSidecar(uri)), undefined, 'nothing beside the article');
    } finally {
      await config.update('sidecarLocation', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
