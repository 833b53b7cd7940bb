// The copy's problems in the Problems panel, and their quick fixes, through the APIs VS Code itself
// uses: languages.getDiagnostics, vscode.executeCodeActionProvider, workspace.applyEdit.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { WireCodeActions } from '../../../src/vscode/codeActions';
import { screenshot } from './screenshot';
import { openDocument, readText, scratchFile, workspaceUri } from './testWorkspace';
import { waitFor } from './waitFor';
import { wirelens } from './wirelensApi';

const UNCLOSED = '05-ar-unclosed.wire';
const BIDI = '15-ar-bidi.wire';

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter(d => d.source === 'Wirelens');

async function problemsOf(uri: vscode.Uri, what = 'problems'): Promise<{ doc: vscode.TextDocument; problems: vscode.Diagnostic[] }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const problems = await waitFor(`${what} of ${uri.path}`, () => { const p = ours(uri); return p.length ? p : undefined; });
  return { doc, problems };
}

const code = (d: vscode.Diagnostic) => String(d.code);
const ofCode = (ds: readonly vscode.Diagnostic[], c: string) => ds.filter(d => code(d) === c);

async function actionsAt(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
  // The command's results carry no `diagnostics` (VS Code 1.91): that field is tested on the provider itself.
  // Titles lose the bidi isolates around quoted copy, for comparing.
  return actions.filter((a): a is vscode.CodeAction => 'kind' in a && a.kind?.value === vscode.CodeActionKind.QuickFix.value)
    .map(a => Object.assign(a, { title: a.title.replace(/[\u2068\u2069]/g, '') }));
}

/** Applies an action's edit and waits until the panel no longer lists the diagnostics it fixes. */
async function apply(uri: vscode.Uri, action: vscode.CodeAction, fixes: readonly vscode.Diagnostic[]): Promise<string> {
  assert.ok(action.edit, `${action.title} has no edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `${action.title} was not applied`);
  const fixed = fixes.map(d => `${code(d)}@${d.range.start.line}:${d.range.start.character}`);
  await waitFor(`${fixed.join(', ')} to leave the Problems`, () => !ours(uri).some(d => fixed.includes(`${code(d)}@${d.range.start.line}:${d.range.start.character}`)));
  return openDocument(uri)!.getText();
}

async function scratchCopy(file: string): Promise<vscode.Uri> {
  return scratchFile(file, await readText(workspaceUri(file)));
}

suite('problems', () => {
  suiteSetup(async () => { await wirelens(); });

  test('an unclosed quote and a stray mark are warnings on the marks themselves', async () => {
    const { doc, problems } = await problemsOf(workspaceUri(UNCLOSED));
    assert.deepStrictEqual(problems.map(d => [code(d), d.severity, doc.getText(d.range)]), [
      ['unclosed-quote', vscode.DiagnosticSeverity.Warning, '“'],
      ['unbalanced-quote', vscode.DiagnosticSeverity.Warning, '”'],
    ]);
  });

  test('bidi controls and a number mixing digit systems, with severities by what they can do', async () => {
    const { doc, problems } = await problemsOf(workspaceUri(BIDI));
    const [mixed] = ofCode(problems, 'mixed-digits');
    assert.strictEqual(doc.getText(mixed.range), '٢٠21');
    assert.strictEqual(mixed.severity, vscode.DiagnosticSeverity.Warning);
    const bidi = ofCode(problems, 'bidi-control');
    assert.ok(bidi.length >= 2);
    for (const d of bidi) {
      const text = doc.getText(d.range);
      assert.match(text, /^[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]+$/u);
      // An embedding is a warning; a mark, which may be there on purpose, only information.
      assert.strictEqual(d.severity, /^[\u200E\u200F\u061C]+$/u.test(text) ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning, JSON.stringify(text));
    }
  });

  test('problems follow an edit once typing pauses', async () => {
    const uri = await scratchCopy(UNCLOSED);
    const { problems } = await problemsOf(uri);
    const [stray] = ofCode(problems, 'unbalanced-quote');
    const edit = new vscode.WorkspaceEdit();
    edit.delete(uri, stray.range);
    await vscode.workspace.applyEdit(edit);
    await waitFor('the stray mark to leave the Problems', () => ofCode(ours(uri), 'unbalanced-quote').length === 0);
    assert.deepStrictEqual(ours(uri).map(code), ['unclosed-quote']);
  });

  test('switching an article to plain text clears its problems', async () => {
    const uri = await scratchCopy(UNCLOSED);
    await problemsOf(uri);
    await vscode.languages.setTextDocumentLanguage(openDocument(uri)!, 'plaintext');
    await waitFor('the problems to be cleared', () => ours(uri).length === 0);
  });
});

suite('quick fixes', () => {
  suiteSetup(async () => { await wirelens(); });

  test('an unclosed quote closes before the trailing attribution (preferred) or at the paragraph end', async () => {
    const uri = await scratchCopy(UNCLOSED);
    const { doc, problems } = await problemsOf(uri);
    const [unclosed] = ofCode(problems, 'unclosed-quote');
    const line = doc.lineAt(unclosed.range.start.line).text;
    const actions = await actionsAt(uri, unclosed);
    assert.deepStrictEqual(actions.map(a => [a.title, a.isPreferred === true]), [
      ['Close the quote with ” before "على حد قوله"', true],
      ['Close the quote with ” at the end of the paragraph', false],
    ]);
    const text = await apply(uri, actions[0], [unclosed]);
    const comma = line.lastIndexOf('،');
    assert.strictEqual(text.split('\n')[unclosed.range.start.line], `${line.slice(0, comma)}”${line.slice(comma)}`);
  });

  test('a stray mark can be removed', async () => {
    const uri = await scratchCopy(UNCLOSED);
    const [stray] = ofCode((await problemsOf(uri)).problems, 'unbalanced-quote');
    const [remove] = await actionsAt(uri, stray);
    assert.strictEqual(remove.title, 'Remove the stray ” mark');
    const before = openDocument(uri)!.getText();
    assert.strictEqual((await apply(uri, remove, [stray])).length, before.length - 1);
  });

  test('a mixed number is written in Latin or Arabic-Indic digits', async () => {
    for (const [title, digits] of [['Write ٢٠21 in Latin digits: 2021', '2021'], ['Write ٢٠21 in Arabic-Indic digits: ٢٠٢١', '٢٠٢١']]) {
      const uri = await scratchCopy(BIDI);
      const { doc, problems } = await problemsOf(uri);
      const [mixed] = ofCode(problems, 'mixed-digits');
      const line = doc.lineAt(mixed.range.start.line).text;
      const action = (await actionsAt(uri, mixed)).find(a => a.title === title);
      assert.ok(action, `no action "${title}"`);
      const text = await apply(uri, action, [mixed]);
      assert.strictEqual(text.split('\n')[mixed.range.start.line], line.replace('٢٠21', digits));
    }
  });

  test('bidi controls are removed one run at a time or all at once', async () => {
    const uri = await scratchCopy(BIDI);
    const { doc, problems } = await problemsOf(uri);
    const bidi = ofCode(problems, 'bidi-control');
    const embedding = bidi.find(d => d.severity === vscode.DiagnosticSeverity.Warning)!;
    const length = doc.getText().length;
    const actions = await actionsAt(uri, embedding);
    assert.deepStrictEqual(actions.map(a => [a.title, a.isPreferred === true]), [
      ['Remove the invisible bidi control character', true],
      [`Remove all ${bidi.length} bidi control characters in this file`, false],
    ]);
    assert.strictEqual((await apply(uri, actions[0], [embedding])).length, length - 1);
    const rest = ofCode(ours(uri), 'bidi-control');
    const all = (await actionsAt(uri, rest[0])).find(a => a.title.startsWith('Remove all'))!;
    const text = await apply(uri, all, rest);
    assert.doesNotMatch(text, /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u);
    assert.deepStrictEqual(ofCode(ours(uri), 'bidi-control'), []);
  });

  test('each fix names the Problems entries it resolves: its own, or every bidi control for the file-wide one', async () => {
    const uri = workspaceUri(BIDI);
    const { doc, problems } = await problemsOf(uri);
    const provider = new WireCodeActions((await wirelens()).cache);
    const context = (diagnostics: vscode.Diagnostic[]): vscode.CodeActionContext => ({ diagnostics, triggerKind: vscode.CodeActionTriggerKind.Invoke, only: undefined });
    const [mixed] = ofCode(problems, 'mixed-digits');
    const none = new vscode.CancellationTokenSource().token;
    const digits = await provider.provideCodeActions(doc, mixed.range, context([mixed]), none);
    assert.strictEqual(digits.length, 2);
    for (const action of digits) assert.deepStrictEqual(action.diagnostics, [mixed], action.title);
    assert.strictEqual(digits[0].title, 'Write \u2068٢٠21\u2069 in Latin digits: 2021');
    const bidi = ofCode(problems, 'bidi-control');
    // Asked about two runs at once, the file-wide fix is offered once.
    const actions = await provider.provideCodeActions(doc, bidi[0].range.union(bidi[1].range), context(bidi.slice(0, 2)), none);
    assert.deepStrictEqual(actions.map(a => a.title.startsWith('Remove all')), [false, true, false]);
    assert.deepStrictEqual(actions[1].diagnostics?.map(d => d.range), bidi.map(d => d.range));
  });

  test('a missing dateline is offered as a template in the language of the article', async () => {
    const cases = [
      ['ar.wire', 'الأردن يطلق خطة لمواجهة شح المياه\nأعلنت الحكومة الأردنية خطة طارئة لمواجهة شح المياه.\n',
        'الأردن يطلق خطة لمواجهة شح المياه\nالمدينة/اسم المراسل/الوكالة\nأعلنت الحكومة الأردنية خطة طارئة لمواجهة شح المياه.\n'],
      ['en.wire', 'Ministers agree on water plan\nJordan announced an emergency water plan on Thursday.\n',
        'Ministers agree on water plan\nCITY, Month D (Agency) - Jordan announced an emergency water plan on Thursday.\n'],
    ];
    for (const [name, text, expected] of cases) {
      const uri = await scratchFile(name, text);
      const [missing] = ofCode((await problemsOf(uri)).problems, 'no-dateline');
      const [insert] = await actionsAt(uri, missing);
      assert.ok(insert.title.startsWith('Insert a dateline to fill in'), insert.title);
      assert.strictEqual(insert.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(insert.edit!));
      // The placeholders are not a dateline yet: the problem stays until the user fills them in.
      assert.strictEqual(openDocument(uri)!.getText(), expected);
    }
  });

  test('screenshot: the Problems panel and the quick fixes of an unclosed quote', async () => {
    const uri = workspaceUri(UNCLOSED);
    const { problems } = await problemsOf(uri);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const [unclosed] = ofCode(problems, 'unclosed-quote');
    editor.selection = new vscode.Selection(unclosed.range.start, unclosed.range.start);
    editor.revealRange(unclosed.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // Earlier tests left scratch articles open: show the problems of this one only.
    await vscode.commands.executeCommand('workbench.actions.workbench.panel.markers.view.toggleActiveFile');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('problems-quickfix');
    await vscode.commands.executeCommand('hideCodeActionWidget');
    await vscode.commands.executeCommand('workbench.actions.workbench.panel.markers.view.toggleActiveFile');
  });
});
