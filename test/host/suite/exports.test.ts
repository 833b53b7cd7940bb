// Export Annotations… in every format, Import Annotations… back (the round trip holds), and Export All
// Wire Articles in the Workspace…, on the Arabic article with emoji (code points != UTF-16 units).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { ArticleAnalysis } from '../../../src/core';
import {
  analysisOf, besideSidecar, bytesOf, cursorIn, openCopy, scriptUi, select, waitForFile, wirelensApi, type Opened, type Scripted,
} from './annotationHelpers';
import { readText, scratchFile, workspaceUri } from './testWorkspace';

const sameBytes = (a: Uint8Array | undefined, b: Uint8Array) => !!a && a.length === b.length && a.every((x, i) => x === b[i]);

const EMOJI = '09-ar-mixed-emoji.wire';

interface WorkspaceExport { folder: vscode.Uri; exported: string[]; failed: { path: string; reason: string }[]; withoutSidecar: { path: string; reason: string }[] }

const text = async (uri: vscode.Uri) => new TextDecoder().decode(await bytesOf(uri));
const sliceOf = (source: string, start: number, end: number) => [...source].slice(start, end).join('');

/** Every `{text, start, end}` map in a parsed YAML or JSON value. */
function spansIn(value: unknown, out: { text: string; start: number; end: number }[] = []) {
  if (Array.isArray(value)) value.forEach(v => spansIn(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') out.push(o as never);
    Object.values(o).forEach(v => spansIn(v, out));
  }
  return out;
}

/** What the formats carry, without ids and origins (which an import renumbers). */
function describe(a: ArticleAnalysis, withParagraphs = true) {
  const name = (id: string | null) => a.entities.find(e => e.id === id)?.name ?? null;
  return {
    entities: a.entities.map(e => `${e.type} ${e.name} ${e.mentions.map(m => `${m.start}-${m.end}`).join(',')}`).sort(),
    quotes: a.quotes.filter(q => q.start < q.end).map(q => `${q.start}-${q.end} ${q.kind} ${name(q.speaker)}`),
    paragraphs: withParagraphs ? a.paragraphs.map(p => `${p.index} ${p.role}`) : [],
  };
}

/** A copy of the emoji article with corrections of every kind the formats carry: new entities, a retype, a speaker. */
async function annotatedCopy(): Promise<Opened> {
  const opened = await openCopy(EMOJI);
  const ui = await scriptUi({ pick: ['Event', 'حيدر الساعدي'] });
  try {
    select(opened.editor, 'حيدر الساعدي');
    await vscode.commands.executeCommand('wirelens.annotatePerson');
    select(opened.editor, 'Levent Aksoy');
    await vscode.commands.executeCommand('wirelens.annotateOther');
    const first = (await analysisOf(opened.doc)).entities[0];
    await vscode.commands.executeCommand('wirelens.retypeEntity', opened.uri, first.id);
    cursorIn(opened.editor, 'شبكتنا');
    const speaker = await vscode.commands.executeCommand<string>('wirelens.setQuoteSpeaker');
    assert.strictEqual((await analysisOf(opened.doc)).entities.find(e => e.id === speaker)?.name, 'حيدر الساعدي');
  } finally {
    ui.restore();
  }
  return opened;
}

suite('exports', () => {
  let ui: Scripted | undefined;
  teardown(() => { ui?.restore(); ui = undefined; });

  test('each format is written with the user\'s corrections, and every span is the code point slice of the text', async () => {
    const { uri, doc } = await annotatedCopy();
    ui = await scriptUi({});
    const source = doc.getText();
    const target = (ext: string) => workspaceUri(`.exported/roundtrip-${Date.now()}${ext}`);

    const [yamlUri] = await vscode.commands.executeCommand<vscode.Uri[]>('wirelens.exportAnnotations', uri, 'yaml', target('.yaml'));
    const yaml = parse(await text(yamlUri));
    assert.ok(yaml.entities.some((e: { name: string; type: string }) => e.name === 'Levent Aksoy' && e.type === 'OTHER'), 'the correction is exported');
    const spans = spansIn(yaml);
    assert.ok(spans.length > 20);
    for (const s of spans) assert.strictEqual(sliceOf(source, s.start, s.end), s.text);

    const [ann, txt] = await vscode.commands.executeCommand<vscode.Uri[]>('wirelens.exportAnnotations', uri, 'brat', target('.ann'));
    assert.deepStrictEqual([ann.path.slice(-4), txt.path.slice(-4)], ['.ann', '.txt']);
    assert.strictEqual(await text(txt), source);
    assert.match(await text(vscode.Uri.joinPath(ann, '..', 'annotation.conf')), /^\[entities\]/);
    for (const line of (await text(ann)).split('\n').filter(l => l.startsWith('T'))) {
      const [, typeAndOffsets, words] = line.split('\t');
      const [start, end] = typeAndOffsets.split(' ').slice(1).map(Number);
      assert.strictEqual(sliceOf(source, start, end), words, line);
    }

    const [conll] = await vscode.commands.executeCommand<vscode.Uri[]>('wirelens.exportAnnotations', uri, 'conll', target('.conll'));
    assert.match(await text(conll), /^-DOCSTART- O\n\n[\s\S]*^Levent B-MISC\nAksoy I-MISC$/m);

    const [jsonl] = await vscode.commands.executeCommand<vscode.Uri[]>('wirelens.exportAnnotations', uri, 'jsonl', target('.jsonl'));
    const lines = (await text(jsonl)).split('\n').filter(Boolean);
    assert.strictEqual(lines.length, 1);
    const record = JSON.parse(lines[0]);
    assert.strictEqual(record.text, source);
    for (const s of record.spans) assert.strictEqual(sliceOf(source, s.start, s.end), s.text);

    const [ninjs] = await vscode.commands.executeCommand<vscode.Uri[]>('wirelens.exportAnnotations', uri, 'ninjs', target('.json'));
    const item = JSON.parse(await text(ninjs));
    assert.deepStrictEqual([item.standard.name, item.language], ['ninjs', 'ar']);
    assert.ok(item.people.some((p: { name: string }) => p.name === 'حيدر الساعدي'));

    // An explicit export keeps the user's work in the sidecar too.
    assert.match(await waitForFile(besideSidecar(uri)), /Levent Aksoy/);
  });

  test('Export Annotations… asks the format and the file; a brat export lands beside the chosen .ann', async () => {
    const { doc } = await openCopy(EMOJI);
    const chosen = workspaceUri(`.exported/dialog-${Date.now()}.ann`);
    ui = await scriptUi({ pick: ['brat'], save: [chosen] });
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('wirelens.exportAnnotations');
    assert.deepStrictEqual(written.map(u => u.toString()), [chosen.toString(), chosen.with({ path: chosen.path.replace(/\.ann$/, '.txt') }).toString()]);
    assert.strictEqual(await text(written[1]), doc.getText());
    assert.ok(ui.picks[0].includes('wirelens/1 YAML'));
  });

  test('a wirelens/1 YAML export imported into a fresh copy gives the same entities, quotes, speakers and roles', async () => {
    const a = await annotatedCopy();
    ui = await scriptUi({ pick: ['Person'], input: [] });
    cursorIn(a.editor, 'وتأسست');
    await vscode.commands.executeCommand('wirelens.markParagraphBackground');
    const exported = workspaceUri(`.exported/roundtrip-${Date.now()}.yaml`);
    await vscode.commands.executeCommand('wirelens.exportAnnotations', a.uri, 'yaml', exported);

    const b = await openCopy(EMOJI);
    const summary = await vscode.commands.executeCommand<{ annotations: number; lost: number }>('wirelens.importAnnotations', b.uri, exported);
    assert.strictEqual(summary.lost, 0);
    assert.ok(summary.annotations > 10);
    assert.deepStrictEqual(describe(await analysisOf(b.doc)), describe(await analysisOf(a.doc)));
    assert.match(ui.messages.at(-1)!, /^Wirelens: imported \d+ annotation\(s\) from roundtrip-\d+\.yaml\.$/);
  });

  test('a brat export imported into a fresh copy gives the same entities, quotes and speakers', async () => {
    const a = await annotatedCopy();
    ui = await scriptUi({});
    const exported = workspaceUri(`.exported/roundtrip-${Date.now()}.ann`);
    await vscode.commands.executeCommand('wirelens.exportAnnotations', a.uri, 'brat', exported);
    const b = await openCopy(EMOJI);
    ui.restore();
    ui = await scriptUi({ open: [exported] });
    await vscode.commands.executeCommand('wirelens.importAnnotations');
    assert.deepStrictEqual(describe(await analysisOf(b.doc), false), describe(await analysisOf(a.doc), false));
  });

  test('a file that cannot be imported is reported and changes nothing', async () => {
    const { uri, doc } = await openCopy(EMOJI);
    ui = await scriptUi({});
    const bad = await scratchFile('bad.ann', 'T1\tPERSON 0 4\tnot the text\n');
    const before = (await wirelensApi()).store.annotationsOf(doc);
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.importAnnotations', uri, bad), undefined);
    assert.match(ui.messages[0], /could not import \d+-bad\.ann \(offset-mismatch\).*Nothing was changed\./);
    assert.strictEqual((await wirelensApi()).store.annotationsOf(doc), before);
  });

  test('Export All Wire Articles merges each closed article\'s sidecar and names the ones it could not use', async () => {
    // A closed article with a good sidecar (copied from a saved one) and one with a corrupt sidecar.
    const saved = await annotatedCopy();
    await saved.editor.edit(b => b.insert(new vscode.Position(0, 0), ' '));
    await saved.doc.save();
    const sidecar = await waitForFile(besideSidecar(saved.uri));
    const good = await scratchFile('closed-good.wire', saved.doc.getText());
    await vscode.workspace.fs.writeFile(besideSidecar(good), new TextEncoder().encode(sidecar));
    const bad = await scratchFile('closed-bad.wire', await readText(workspaceUri(EMOJI)));
    await vscode.workspace.fs.writeFile(besideSidecar(bad), new TextEncoder().encode('format: [broken\n'));

    ui = await scriptUi({});
    const folder = workspaceUri(`.exported/all-${Date.now()}`);
    const result = await vscode.commands.executeCommand<WorkspaceExport>('wirelens.exportWorkspace', 'jsonl', folder);
    const rel = (u: vscode.Uri) => vscode.workspace.asRelativePath(u, false);
    assert.ok(result.exported.includes(rel(good)) && result.exported.includes(rel(bad)) && result.exported.includes('01-ar-aa-dateline.wire'));
    assert.deepStrictEqual(result.failed, []);
    assert.deepStrictEqual(result.withoutSidecar.map(w => w.path), [rel(bad)]);
    const lines = (await text(vscode.Uri.joinPath(folder, 'articles.jsonl'))).split('\n').filter(Boolean).map(l => JSON.parse(l));
    assert.strictEqual(lines.length, result.exported.length);
    const goodLine = lines.find(l => l.meta.path === rel(good));
    assert.ok(goodLine.spans.some((s: { text: string; label: string }) => s.text === 'Levent Aksoy' && s.label === 'OTHER'), 'the sidecar was merged');
    assert.match(ui.messages.at(-1)!, new RegExp(`exported ${result.exported.length} article\\(s\\) as jsonl .* 1 without their sidecar`));
  });

  test('Export All asks the format and the folder, and mirrors the workspace\'s layout in .wirelens-export', async () => {
    ui = await scriptUi({ pick: ['CoNLL', '.wirelens-export'] });
    const result = await vscode.commands.executeCommand<WorkspaceExport>('wirelens.exportWorkspace');
    assert.strictEqual(result.folder.toString(), workspaceUri('.wirelens-export').toString());
    assert.ok(result.exported.includes('host/host-article.wire'));
    assert.match(await text(workspaceUri('.wirelens-export/host/host-article.conll')), /^-DOCSTART- O/);
  });

  test('Export Annotations as YAML (wirelens.exportYaml) writes the view with the user\'s corrections', async () => {
    const { uri } = await annotatedCopy();
    ui = await scriptUi({});
    const target = workspaceUri(`.exported/exportYaml-${Date.now()}.yaml`);
    await vscode.commands.executeCommand('wirelens.exportYaml', uri, target);
    assert.match(await text(target), /name: Levent Aksoy\n\s+role: null\n(.*\n)*?\s+origin: manual/);
  });

  test('a brat export never writes over the article: story.txt is offered story.brat.ann, and story.ann (whose .txt is the article) is refused', async () => {
    const uri = await scratchFile('story.txt', await readText(workspaceUri('14-en-reuters-lead.txt')));
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== 'wire') await vscode.commands.executeCommand('wirelens.treatAsWire', uri);
    const before = await bytesOf(uri);
    ui = await scriptUi({ save: [undefined] });
    const api = await wirelensApi();
    let offered: vscode.Uri | undefined;
    const saveDialog = api.ui.saveDialog;
    api.ui.saveDialog = async options => { offered = options.defaultUri; return saveDialog(options); };
    await vscode.commands.executeCommand('wirelens.exportAnnotations', uri, 'brat');
    assert.strictEqual(offered?.path, uri.path.replace(/\.txt$/, '.brat.ann'));

    const over = uri.with({ path: uri.path.replace(/\.txt$/, '.ann') });
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.exportAnnotations', uri, 'brat', over), undefined);
    assert.match(ui.messages.at(-1)!, /nothing was exported: \d+-story\.txt would write over \d+-story\.txt/);
    assert.ok(sameBytes(await bytesOf(uri), before!), 'the article is as it was');
    assert.strictEqual(await bytesOf(over), undefined, 'nor was the .ann written');

    // The default names write two new files.
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('wirelens.exportAnnotations', uri, 'brat', offered);
    assert.deepStrictEqual(written.map(w => w.path.slice(w.path.lastIndexOf('-'))), ['-story.brat.ann', '-story.brat.txt']);
    assert.strictEqual(await text(written[1]), doc.getText());
  });

  test('Export All into the articles\' own folder does not write over an article, and two articles of one name are not exported over each other', async () => {
    const txt = await scratchFile('own-folder.txt', await readText(workspaceUri('14-en-reuters-lead.txt')));
    const doc = await vscode.workspace.openTextDocument(txt);
    if (doc.languageId !== 'wire') await vscode.commands.executeCommand('wirelens.treatAsWire', txt);
    const before = await bytesOf(txt);
    const wire = await scratchFile('same-name.wire', await readText(workspaceUri(EMOJI)));
    const news = wire.with({ path: wire.path.replace(/\.wire$/, '.news') });
    await vscode.workspace.fs.writeFile(news, new TextEncoder().encode(await readText(workspaceUri('06-en-reuters.wire'))));
    ui = await scriptUi({});
    const rel = (u: vscode.Uri) => vscode.workspace.asRelativePath(u, false);

    const brat = await vscode.commands.executeCommand<WorkspaceExport>('wirelens.exportWorkspace', 'brat', workspaceUri(''));
    const refused = brat.failed.find(f => f.path === rel(txt));
    assert.match(refused?.reason ?? '', /would write over/, JSON.stringify(brat.failed));
    assert.ok(sameBytes(await bytesOf(txt), before!), 'the article is as it was');

    const folder = workspaceUri(`.exported/same-name-${Date.now()}`);
    const yaml = await vscode.commands.executeCommand<WorkspaceExport>('wirelens.exportWorkspace', 'yaml', folder);
    // In path order: the .news is exported, the .wire would have its name.
    const twin = yaml.failed.find(f => f.path === rel(wire));
    assert.strictEqual(twin?.reason, `would overwrite the export of ${rel(news)} (${rel(news).split('/').pop()!.replace(/\.news$/, '.yaml')}); export them to separate folders`);
    assert.ok(yaml.exported.includes(rel(news)));
    assert.match(await text(vscode.Uri.joinPath(folder, ...rel(news).replace(/\.news$/, '.yaml').split('/'))), /path: \.scratch\/\d+-same-name\.news/);
  });

  test('Export Annotations as YAML is the same export: the sidecar is kept, and a target on the sidecar is refused through the same messages', async () => {
    const { uri, editor } = await openCopy(EMOJI);
    ui = await scriptUi({});
    select(editor, 'Levent Aksoy');
    await vscode.commands.executeCommand('wirelens.annotatePerson');
    const target = workspaceUri(`.exported/shortcut-${Date.now()}.yaml`);
    assert.strictEqual((await vscode.commands.executeCommand<vscode.Uri>('wirelens.exportYaml', uri, target))?.toString(), target.toString());
    assert.match(await waitForFile(besideSidecar(uri)), /Levent Aksoy/);
    const sidecar = await bytesOf(besideSidecar(uri));
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.exportYaml', uri, besideSidecar(uri)), undefined);
    assert.match(ui.messages.at(-1)!, /nothing was exported: \d+-09-ar-mixed-emoji\.wire\.wirelens\.yaml would write over/);
    assert.ok(sameBytes(await bytesOf(besideSidecar(uri)), sidecar!), 'the sidecar is as it was');
  });
});
