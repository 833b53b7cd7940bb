// A document above wirelens.maxAnalysisSize (a desk's day file): the user is told, only the lines on screen
// are analysed (again as the view scrolls), the providers answer from that, typing never waits for a
// whole analysis, and Analyse Whole File (or an export) covers all of it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ANALYSE_WHOLE_FILE } from '../../../src/vscode/largeDocuments';
import { scriptUi, select, type Scripted } from './annotationHelpers';
import { readText, scratchFile, workspaceUri } from './testWorkspace';
import { sleep, waitFor } from './waitFor';
import { wirelens } from './wirelensApi';

const STORIES = ['06-en-reuters.wire', '01-ar-aa-dateline.wire', '07-en-ap.wire'];

/** Stories one after another, a blank line between, up to `chars` characters. */
async function dayFile(chars: number): Promise<string> {
  const stories = await Promise.all(STORIES.map(async f => (await readText(workspaceUri(f))).trimEnd()));
  const out: string[] = [];
  for (let size = 0, i = 0; size < chars; i++) {
    out.push(stories[i % stories.length]);
    size += stories[i % stories.length].length + 2;
  }
  return out.join('\n\n') + '\n';
}

/** The first line at or after `from` that holds `needle`, and where in it. */
function find(doc: vscode.TextDocument, needle: string, from = 0): vscode.Position {
  for (let line = from; line < doc.lineCount; line++) {
    const at = doc.lineAt(line).text.indexOf(needle);
    if (at >= 0) return new vscode.Position(line, at + 1);
  }
  throw new Error(`${needle} is not in the document after line ${from}`);
}

async function hoverText(doc: vscode.TextDocument, at: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
  return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
}

const NOTICE = /more than wirelens\.maxAnalysisSize/;

suite('large documents', () => {
  let ui: Scripted | undefined;
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    ui = await scriptUi({});
    const uri = await scratchFile('day-file.wire', await dayFile(3_000_000));
    doc = await vscode.workspace.openTextDocument(uri);
    editor = await vscode.window.showTextDocument(doc);
  });
  suiteTeardown(async () => {
    ui?.restore();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // A later Export All need not analyse 3 MB.
    await vscode.workspace.fs.delete(doc.uri);
  });

  test('a 3 MB day file: one notice, and only the lines on screen (with a margin) are analysed', async () => {
    const notice = await waitFor('the notice', () => ui!.messages.find(m => NOTICE.test(m)));
    assert.match(notice, /^Wirelens: \d+-day-file\.wire has 3,0\d\d,\d{3} characters, more than wirelens\.maxAnalysisSize \(2,000,000\): only the part on screen is analysed\./);
    const entry = (await wirelens()).cache.get(doc);
    assert.ok(entry.window, 'analysed as a window');
    const shown = editor.visibleRanges[0];
    assert.ok(entry.window.firstLine <= shown.start.line && shown.end.line <= entry.window.lastLine, JSON.stringify({ window: entry.window, shown }));
    assert.ok(entry.window.lastLine < 1000 && doc.lineCount > 10_000, `${entry.window.lastLine} of ${doc.lineCount} lines`);
    assert.ok(entry.analysis.paragraphs.every(p => p.index <= entry.window!.lastLine));
    assert.ok(entry.analysis.entities.length > 0 && entry.analysis.quotes.length > 0);
    assert.strictEqual(entry.analysis.length, [...doc.getText()].length, 'offsets are the whole document\'s');
    assert.strictEqual(ui!.messages.filter(m => NOTICE.test(m)).length, 1);
  });

  test('a hover on the lines on screen answers from the window, without analysing again', async () => {
    const api = await wirelens();
    const entry = api.cache.get(doc);
    let analysed = 0;
    const listening = api.cache.onDidChange(e => { if (e.uri.toString() === doc.uri.toString()) analysed++; });
    try {
      const at = find(doc, 'Marc Delvaux');
      for (let i = 0; i < 5; i++) assert.match(await hoverText(doc, at), /Marc Delvaux/);
      assert.strictEqual(api.cache.get(doc), entry, 'the same analysis, not a new one per call');
      assert.strictEqual(analysed, 0);
    } finally {
      listening.dispose();
    }
  });

  test('scrolling far down analyses the lines that come on screen', async () => {
    const api = await wirelens();
    const target = find(doc, 'Marc Delvaux', Math.floor(doc.lineCount * 0.7));
    editor.revealRange(new vscode.Range(target, target), vscode.TextEditorRevealType.InCenter);
    const entry = await waitFor('a window on the new lines', () => {
      const e = api.cache.get(doc);
      return e.window && e.window.firstLine <= target.line && target.line <= e.window.lastLine ? e : undefined;
    });
    assert.ok(entry.window!.firstLine > 1000);
    assert.match(await hoverText(doc, target), /Marc Delvaux/);
    assert.strictEqual(ui!.messages.filter(m => NOTICE.test(m)).length, 1, 'told once');
  });

  test('typing: every call gets the last analysis until the typing pauses, then the document is analysed once', async () => {
    const api = await wirelens();
    const before = api.cache.get(doc);
    const at = editor.visibleRanges[0].start;
    for (const letter of 'abc') {
      assert.ok(await editor.edit(b => b.insert(at, letter)));
      assert.strictEqual(api.cache.get(doc), before, 'no analysis while typing');
    }
    await sleep(100);
    assert.strictEqual(api.cache.get(doc), before);
    const after = await waitFor('the analysis after the pause', () => { const e = api.cache.get(doc); return e.version === doc.version ? e : undefined; });
    assert.ok(after.window && after.analysis.text.startsWith(doc.getText().slice(0, 100)));
    await vscode.commands.executeCommand('undo');
  });
});

suite('large documents: the whole file', () => {
  let ui: Scripted | undefined;
  const config = () => vscode.workspace.getConfiguration('wirelens');

  setup(async () => {
    await config().update('maxAnalysisSize', 20_000, vscode.ConfigurationTarget.Global);
    ui = await scriptUi({});
  });
  teardown(async () => {
    ui?.restore();
    await config().update('maxAnalysisSize', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Analyse Whole File in the notice analyses all of the document, and keeps it whole while it is open', async () => {
    const api = await wirelens();
    const info = api.ui.info;
    api.ui.info = async (message, ...actions) => (NOTICE.test(message) ? ANALYSE_WHOLE_FILE : info(message, ...actions));
    try {
      const doc = await vscode.workspace.openTextDocument(await scratchFile('whole.wire', await dayFile(60_000)));
      await vscode.window.showTextDocument(doc);
      const entry = await waitFor('the whole analysis', () => { const e = api.cache.get(doc); return e.window ? undefined : e; });
      assert.strictEqual(entry.analysis.paragraphs.at(-1)!.index, doc.lineCount - 2, 'the last story is analysed');
      const editor = vscode.window.activeTextEditor!;
      assert.ok(await editor.edit(b => b.insert(new vscode.Position(0, 0), 'x')));
      const again = await waitFor('the analysis after the edit', () => { const e = api.cache.get(doc); return e.version === doc.version ? e : undefined; });
      assert.strictEqual(again.window, undefined, 'still whole');
      await vscode.commands.executeCommand('undo');
    } finally {
      api.ui.info = info;
    }
  });

  test('the YAML export of a document analysed as a window covers the whole file', async () => {
    const api = await wirelens();
    const doc = await vscode.workspace.openTextDocument(await scratchFile('export.wire', await dayFile(60_000)));
    await vscode.window.showTextDocument(doc);
    await waitFor('the notice', () => ui!.messages.find(m => NOTICE.test(m)));
    assert.ok(api.cache.get(doc).window);
    const target = workspaceUri('.scratch/large-export.yaml');
    await vscode.commands.executeCommand('wirelens.exportYaml', doc.uri, target);
    const yaml = await readText(target);
    const lastLine = doc.lineCount - 2;
    assert.match(yaml, new RegExp(`index: ${lastLine}\\b`), 'the last paragraph is in the export');
  });
});

suite('big documents being typed in (above 64K characters, analysed again only when typing pauses)', () => {
  let ui: Scripted | undefined;
  teardown(async () => {
    ui?.restore();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function bigDocument(): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
    const doc = await vscode.workspace.openTextDocument(await scratchFile('big.wire', await dayFile(100_000)));
    const editor = await vscode.window.showTextDocument(doc);
    const api = await wirelens();
    await api.store.ready(doc);
    assert.strictEqual(api.cache.get(doc).version, doc.version);
    return { doc, editor };
  }

  test('an edit, then at once a command: the command acts on the text as it is, not on the last analysis', async () => {
    const { doc, editor } = await bigDocument();
    ui = await scriptUi({});
    const api = await wirelens();
    const stale = api.cache.get(doc);
    assert.ok(await editor.edit(b => b.insert(new vscode.Position(0, 0), 'عاجل عاجل: ')));
    assert.strictEqual(api.cache.get(doc), stale, 'typing does not wait for an analysis');
    select(editor, 'Marc Delvaux');
    const annotated = await vscode.commands.executeCommand<{ text: string; start: number; end: number }>('wirelens.annotatePerson');
    assert.strictEqual(annotated?.text, 'Marc Delvaux');
    const mention = api.store.annotationsOf(doc).mentions[0];
    assert.strictEqual([...doc.getText()].slice(mention.anchor.start, mention.anchor.end).join(''), 'Marc Delvaux');
  });

  test('a hover right after an edit does not answer with the ranges of the text before it', async () => {
    const { doc, editor } = await bigDocument();
    const at = find(doc, 'Marc Delvaux');
    assert.ok(await editor.edit(b => b.insert(new vscode.Position(at.line, 0), 'XXXXXXXXXX ')));
    const moved = new vscode.Position(at.line, at.character + 11);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, moved);
    const ranges = hovers.map(h => h.range && doc.getText(h.range));
    assert.ok(ranges.length > 0 && ranges.every(r => r === 'Marc Delvaux'), JSON.stringify(ranges));
  });

  test('the semantic tokens right after an edit are those of the text as it is', async () => {
    const { doc, editor } = await bigDocument();
    const at = find(doc, 'Marc Delvaux');
    assert.ok(await editor.edit(b => b.insert(new vscode.Position(at.line, 0), 'XXXXXXXXXX ')));
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    let line = 0, char = 0;
    const persons: string[] = [];
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
      if (line === at.line && legend.tokenTypes[tokens.data[i + 3]] === 'person') persons.push(doc.lineAt(line).text.substr(char, tokens.data[i + 2]));
    }
    assert.ok(persons.includes('Marc Delvaux'), JSON.stringify(persons));
  });
});
