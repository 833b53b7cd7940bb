// The sidecar ARTICLE.wirelens.yaml: written on save (and after an annotation change while the article
// is saved), read back through workspace.fs and parsed as the core parses it, loaded when the article
// opens; a sidecar that cannot be used is reported, never changed unasked, and a refusal is remembered.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseSidecar, sha256Hex } from '../../../src/core';
import { NOTIFICATION_LINK } from '../../../src/vscode/plainMessage';
import {
  besideSidecar, bytesOf, legacySidecar, openCopy, scriptUi, select, waitForAsync, waitForFile, wirelensApi, type Scripted,
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
      const relative = `${vscode.workspace.asRelativePath(uri, false)}.wirelens.yaml`;
      assert.match(await waitForFile(workspaceUri(`.wirelens/${relative}`)), /Levent Aksoy/);
      assert.strictEqual(await bytesOf(besideSidecar(uri)), undefined, 'nothing beside the article');
    } finally {
      await config.update('sidecarLocation', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a sidecar whose content would make a command link in the message shows it as plain text', async () => {
    const link = '[Open Terminal](command:workbench.action.terminal.new)';
    const hostile = 'format: wirelens/1\nsource: {path: x.wire, sha256: abc}\nannotations:\n  entities:\n'
      + `    - {id: '${link}', type: PERSON, name: A, aliases: [], merged_into: null}\n`
      + `    - {id: '${link}', type: PERSON, name: B, aliases: [], merged_into: null}\n`
      + '  mentions: []\n  quotes: []\n  paragraphs: []\n  rejections: []\n...\n';
    const opened = await openWithSidecar(hostile);
    ui = opened.ui;
    const message = await waitFor('the message', () => ui!.messages[0]);
    assert.doesNotMatch(message, NOTIFICATION_LINK, 'no link a notification would render');
    assert.ok(message.replace(/\u2060/g, '').includes(`${link} is used twice`), message);
  });

  test('an annotation made just before the article closes is written: closing does not drop the pending write', async () => {
    // Opened as a user opens it (not through openTextDocument, which keeps the document for minutes), so that it closes with its editor.
    const uri = await scratchFile(EMOJI, await readText(workspaceUri(EMOJI)));
    await vscode.commands.executeCommand('vscode.open', uri);
    const editor = await waitFor('the editor', () => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined));
    const doc = editor.document;
    await (await wirelensApi()).store.ready(doc);
    ui = await scriptUi({});
    select(editor, 'Levent Aksoy');
    await vscode.commands.executeCommand('wirelens.annotatePerson');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor('the article to close', () => doc.isClosed, 10000);
    assert.match(await waitForFile(besideSidecar(uri), 3000), /Levent Aksoy/);
  });

  test('x.wire and x.news side by side keep a sidecar each; one of the first naming (x.wirelens.yaml) is read, then moved to the current name', async () => {
    // A sidecar of the first naming, written for the article's text.
    const first = await openCopy(EMOJI);
    ui = await scriptUi({});
    await annotateAndSave(first.doc, 'Levent Aksoy');
    const yaml = await waitForFile(besideSidecar(first.uri));
    const wire = await scratchFile('pair.wire', first.doc.getText());
    const news = wire.with({ path: wire.path.replace(/\.wire$/, '.news') });
    await vscode.workspace.fs.writeFile(news, new TextEncoder().encode(first.doc.getText() + 'سطر آخر.\n'));
    await vscode.workspace.fs.writeFile(legacySidecar(wire), new TextEncoder().encode(yaml));

    const api = await wirelensApi();
    const wireDoc = await vscode.workspace.openTextDocument(wire);
    await api.store.ready(wireDoc);
    assert.strictEqual(api.store.annotationsOf(wireDoc).mentions.length, 1, 'the old file\'s annotations are loaded');
    const editor = await vscode.window.showTextDocument(wireDoc);
    select(editor, 'Aksoy');
    await vscode.commands.executeCommand('wirelens.annotatePerson');
    assert.match(await waitForFile(besideSidecar(wire)), /Levent Aksoy/);
    await waitForAsync('the old file to go', async () => (await bytesOf(legacySidecar(wire))) === undefined);

    // The .news article: its own sidecar, and the .wire's untouched.
    const wireSidecar = await bytesOf(besideSidecar(wire));
    const newsEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(news));
    await api.store.ready(newsEditor.document);
    assert.strictEqual(api.store.annotationsOf(newsEditor.document).mentions.length, 0);
    select(newsEditor, 'Levent Aksoy');
    await vscode.commands.executeCommand('wirelens.annotateOrganisation');
    assert.match(await waitForFile(besideSidecar(news)), /Levent Aksoy/);
    assert.notStrictEqual(besideSidecar(news).toString(), besideSidecar(wire).toString());
    assert.ok(sameBytes(await bytesOf(besideSidecar(wire)), wireSidecar!), 'the .wire\'s sidecar is left as it was');
  });

  test('a sidecar loaded while the user types lands on the text as it is, not as it was when loading began', async () => {
    const first = await openCopy(EMOJI);
    ui = await scriptUi({});
    await annotateAndSave(first.doc, 'Levent Aksoy');
    const yaml = await waitForFile(besideSidecar(first.uri));
    const copy = await scratchFile(EMOJI, first.doc.getText());
    await vscode.workspace.fs.writeFile(besideSidecar(copy), new TextEncoder().encode(yaml));
    const api = await wirelensApi();
    const doc = await vscode.workspace.openTextDocument(copy);
    // Typed at once, while the sidecar is being read.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(copy, new vscode.Position(0, 0), 'عاجل: ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await api.store.ready(doc);
    const mention = api.store.annotationsOf(doc).mentions[0];
    assert.ok(mention, 'the annotations are loaded');
    assert.strictEqual([...doc.getText()].slice(mention.anchor.start, mention.anchor.end).join(''), 'Levent Aksoy');
  });

  test('an article whose line endings the editor normalised as it opened it is named in one warning', async () => {
    const text = await readText(workspaceUri(EMOJI));
    const lines = text.split('\n');
    const mixed = lines.map((l, i) => (i === 1 ? `${l}\r` : l)).join('\n');
    const uri = await scratchFile('mixed-eol.wire', mixed);
    ui = await scriptUi({});
    const api = await wirelensApi();
    const doc = await vscode.workspace.openTextDocument(uri);
    await api.store.ready(doc);
    assert.notStrictEqual(doc.getText(), mixed, 'the editor normalised the file');
    const warning = await waitFor('the warning', () => ui!.messages.find(m => /changed the line endings of/.test(m)));
    assert.match(warning, /\d+-mixed-eol\.wire as it opened it/);
    // An article whose file is the editor's text is not named.
    const plainCopy = await scratchFile('plain-eol.wire', text);
    await api.store.ready(await vscode.workspace.openTextDocument(plainCopy));
    assert.strictEqual(ui.messages.filter(m => /changed the line endings/.test(m)).length, 1);
  });

  for (const location of ['beside', 'workspace'] as const) {
    test(`renaming an article takes its sidecar along (${location})`, async () => {
      const config = vscode.workspace.getConfiguration('wirelens');
      if (location === 'workspace') await config.update('sidecarLocation', 'workspace', vscode.ConfigurationTarget.Workspace);
      try {
        const { uri, editor } = await openCopy(EMOJI);
        ui = await scriptUi({});
        select(editor, 'Levent Aksoy');
        await vscode.commands.executeCommand('wirelens.annotatePerson');
        const sidecarOf = (article: vscode.Uri) => (location === 'beside' ? besideSidecar(article)
          : workspaceUri(`.wirelens/${vscode.workspace.asRelativePath(article, false)}.wirelens.yaml`));
        await waitForFile(sidecarOf(uri));
        const renamed = uri.with({ path: uri.path.replace(/\.wire$/, '-renamed.wire') });
        const edit = new vscode.WorkspaceEdit();
        edit.renameFile(uri, renamed);
        assert.ok(await vscode.workspace.applyEdit(edit));
        assert.match(await waitForFile(sidecarOf(renamed)), /Levent Aksoy/);
        assert.strictEqual(await bytesOf(sidecarOf(uri)), undefined, 'nothing left under the old name');
        const api = await wirelensApi();
        const doc = await vscode.workspace.openTextDocument(renamed);
        await api.store.ready(doc);
        assert.ok(api.store.annotationsOf(doc).mentions.some(m => m.anchor.text === 'Levent Aksoy'), 'the renamed article has its annotations');
      } finally {
        if (location === 'workspace') await config.update('sidecarLocation', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });
  }
});
