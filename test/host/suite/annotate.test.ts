// The annotation commands, run through executeCommand on fresh copies of the fixtures, with the quick
// picks and input boxes answered by a script; checked on the merged analysis every feature shows.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Entity, Quote } from '../../../src/core';
import {
  analysisOf, cpOf, cursorAtCp, cursorIn, openCopy, scriptUi, select, selectedText, wirelensApi, type Scripted,
} from './annotationHelpers';

const BARZANI = '01-ar-aa-dateline.wire';
const EMOJI = '09-ar-mixed-emoji.wire';

interface Annotated { start: number; end: number; text: string; id: string }

const mentionsAt = (entities: readonly Entity[], start: number, end: number) =>
  entities.filter(e => e.mentions.some(m => m.start === start && m.end === end));

suite('annotate: commands', () => {
  let ui: Scripted | undefined;
  teardown(() => { ui?.restore(); ui = undefined; });

  test('Annotate Selection as Entity… asks the type, snaps وبلجيكا to بلجيكا, and offers the last type first next time', async () => {
    const { doc, editor } = await openCopy(BARZANI);
    ui = await scriptUi({ pick: ['Country or city', 'Person'] });
    select(editor, 'وبلجيكا');
    const a = await vscode.commands.executeCommand<Annotated>('wirelens.annotateEntity');
    assert.deepStrictEqual({ text: a.text, start: a.start }, { text: 'بلجيكا', start: cpOf(doc, 'وبلجيكا') + 1 });
    assert.strictEqual(selectedText(editor), 'بلجيكا');
    const [entity] = mentionsAt((await analysisOf(doc)).entities, a.start, a.end);
    assert.deepStrictEqual({ id: entity.id, type: entity.type, origin: entity.origin }, { id: a.id, type: 'GPE', origin: 'manual' });

    select(editor, 'الكاظمي');
    await vscode.commands.executeCommand('wirelens.annotateEntity');
    assert.strictEqual(ui.picks[1][0], 'Country or city', 'the type chosen last is offered first');
  });

  test('Annotate Selection as Organisation asks nothing and leaves the brackets outside', async () => {
    const { doc, editor } = await openCopy(EMOJI);
    ui = await scriptUi({});
    select(editor, '(Turkish Airlines)');
    const a = await vscode.commands.executeCommand<Annotated>('wirelens.annotateOrganisation');
    assert.strictEqual(a.text, 'Turkish Airlines');
    const owners = mentionsAt((await analysisOf(doc)).entities, a.start, a.end);
    assert.deepStrictEqual(owners.map(e => e.type), ['ORG']);
    assert.deepStrictEqual(ui.picks, []);
  });

  test('with wirelens.snapSelection off, the selection is annotated exactly as it is', async () => {
    const config = vscode.workspace.getConfiguration('wirelens');
    await config.update('snapSelection', false, vscode.ConfigurationTarget.Global);
    try {
      const { editor } = await openCopy(BARZANI);
      ui = await scriptUi({});
      select(editor, 'وبلجيكا');
      const a = await vscode.commands.executeCommand<Annotated>('wirelens.annotatePerson');
      assert.strictEqual(a.text, 'وبلجيكا');
    } finally {
      await config.update('snapSelection', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Mark Selection as Quote leaves the marks outside and keeps what the analyzer knew of the quote', async () => {
    const { doc, editor } = await openCopy(EMOJI);
    ui = await scriptUi({});
    select(editor, '“تويتر”');
    const a = await vscode.commands.executeCommand<Annotated>('wirelens.markQuote');
    assert.strictEqual(a.text, 'تويتر');
    const detected = (await wirelensApi()).cache.get(doc).detected.quotes.find(q => q.start === a.start)!;
    const quote = (await analysisOf(doc)).quotes.find(q => q.id === a.id)!;
    assert.deepStrictEqual({ kind: quote.kind, open: quote.open, close: quote.close }, { kind: detected.kind, open: '“', close: '”' });
    assert.match(a.id, /^a\d+$/, 'a quote of the user\'s');
  });

  test('Set Speaker offers the entities nearest the quote first, then New speaker…; a new speaker becomes an entity', async () => {
    const { doc, editor } = await openCopy(EMOJI);
    ui = await scriptUi({ pick: ['New speaker…', 'Person', undefined], input: ['متحدث باسم المطار'] });
    cursorIn(editor, 'شبكتنا');
    const view = await analysisOf(doc);
    const quote = view.quotes.find(q => q.text.includes('شبكتنا'))!;
    const speaker = await vscode.commands.executeCommand<string>('wirelens.setQuoteSpeaker');
    const after = await analysisOf(doc);
    const entity = after.entities.find(e => e.id === speaker)!;
    assert.deepStrictEqual({ name: entity.name, type: entity.type }, { name: 'متحدث باسم المطار', type: 'PERSON' });
    assert.strictEqual(after.quotes.find(q => q.start === quote.start)!.speaker, speaker);

    const labels = ui.picks[0];
    assert.deepStrictEqual(labels.slice(-2), ['$(add) New speaker…', '$(circle-slash) No speaker']);
    const gap = (e: Entity, q: Quote) => Math.min(...e.mentions.map(m => m.end <= q.outer.start ? q.outer.start - m.end : m.start >= q.outer.end ? m.start - q.outer.end : Infinity));
    const nearest = [...view.entities].sort((a, b) => gap(a, quote) - gap(b, quote))[0];
    assert.strictEqual(labels[0], nearest.name);

    // Dismissing the pick changes nothing.
    cursorIn(editor, 'شبكتنا');
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.setQuoteSpeaker'), undefined);
    assert.strictEqual((await analysisOf(doc)).quotes.find(q => q.start === quote.start)!.speaker, speaker);
  });

  test('Mark Paragraph as Background / Lead set the role of every paragraph the selection touches', async () => {
    const { doc, editor } = await openCopy(EMOJI);
    ui = await scriptUi({});
    cursorIn(editor, 'وتأسست');
    assert.deepStrictEqual(await vscode.commands.executeCommand('wirelens.markParagraphBackground'), [7]);
    editor.selection = new vscode.Selection(new vscode.Position(4, 3), new vscode.Position(5, 3));
    assert.deepStrictEqual(await vscode.commands.executeCommand('wirelens.markParagraphLead'), [4, 5]);
    const roles = new Map((await analysisOf(doc)).paragraphs.map(p => [p.index, p.role]));
    assert.deepStrictEqual([roles.get(7), roles.get(4), roles.get(5)], ['background', 'lead', 'lead']);
  });

  test('Mark Paragraph on a whole line selected (as Ctrl+L selects it, up to the next line\'s start) marks that paragraph only', async () => {
    const { doc, editor } = await openCopy(EMOJI);
    ui = await scriptUi({});
    const paragraphs = (await analysisOf(doc)).paragraphs.map(p => p.index);
    assert.ok(paragraphs.includes(4) && paragraphs.includes(5), 'lines 4 and 5 are paragraphs');
    editor.selection = new vscode.Selection(new vscode.Position(4, 0), new vscode.Position(5, 0));
    assert.deepStrictEqual(await vscode.commands.executeCommand('wirelens.markParagraphBackground'), [4]);
    // A selection from the very end of one paragraph into the next marks the next only.
    editor.selection = new vscode.Selection(doc.lineAt(4).range.end, new vscode.Position(5, 2));
    assert.deepStrictEqual(await vscode.commands.executeCommand('wirelens.markParagraphLead'), [5]);
  });

  test('Accept Detected Annotation at Cursor makes a detection the user\'s, once; Accept All takes every one', async () => {
    const { doc, editor } = await openCopy(EMOJI);
    ui = await scriptUi({});
    const api = await wirelensApi();
    const mention = (await analysisOf(doc)).entities.find(e => e.origin !== 'manual')!.mentions[0];
    cursorAtCp(editor, mention.start + 1);
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.acceptAnnotation'), true);
    assert.ok(api.store.annotationsOf(doc).mentions.some(m => m.anchor.start === mention.start && m.anchor.end === mention.end));
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.acceptAnnotation'), false);
    assert.match(ui.messages.at(-1)!, /already yours/);

    assert.strictEqual(await vscode.commands.executeCommand('wirelens.acceptAll'), true);
    const view = await analysisOf(doc);
    assert.deepStrictEqual(view.entities.filter(e => e.origin !== 'manual').map(e => e.name), []);
    assert.deepStrictEqual(view.quotes.filter(q => q.start < q.end && !/^a\d+$/.test(q.id)).map(q => q.text), []);
  });

  test('Reject (called as a hover card calls it) removes a detection, and it stays gone after re-analysis', async () => {
    const { uri, doc, editor } = await openCopy(EMOJI);
    ui = await scriptUi({});
    const api = await wirelensApi();
    const target = (await analysisOf(doc)).entities[0].mentions[0];
    const has = (m: { start: number; end: number }[]) => m.some(x => x.start === target.start && x.end === target.end);
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.rejectAnnotation', uri.toString(), target.start, target.end), true);
    assert.ok(!has((await analysisOf(doc)).entities.flatMap(e => e.mentions)));

    // An edit after it: the analyzer runs again and still finds it; the merge keeps it out.
    await editor.edit(b => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\nسطر جديد.'));
    assert.ok(has(api.cache.get(doc).detected.entities.flatMap(e => e.mentions)), 'the analyzer still detects it');
    assert.ok(!has((await analysisOf(doc)).entities.flatMap(e => e.mentions)), 'the rejection holds');

    // At the cursor, inside a quote and on no mention: the quote is rejected.
    cursorIn(editor, 'شبكتنا');
    const quote = (await analysisOf(doc)).quotes.find(q => q.text.includes('شبكتنا'))!;
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.rejectAnnotation'), true);
    assert.ok(!(await analysisOf(doc)).quotes.some(q => q.start === quote.start));
  });

  test('Retype, Rename, Add Alias and Merge Into act on the entity a caller names, or the one at the cursor', async () => {
    const { uri, doc, editor } = await openCopy(EMOJI);
    ui = await scriptUi({ pick: ['Event', 'Person'], input: ['اسم جديد', 'Alias Test'] });
    const [first, second] = (await analysisOf(doc)).entities;
    const retyped = await vscode.commands.executeCommand<string>('wirelens.retypeEntity', uri, first.id);
    const renamed = await vscode.commands.executeCommand<string>('wirelens.renameEntity', uri.toString(), retyped);
    const aliased = await vscode.commands.executeCommand<string>('wirelens.addEntityAlias', uri, renamed);
    const e = (await analysisOf(doc)).entities.find(x => x.id === aliased)!;
    assert.deepStrictEqual({ type: e.type, name: e.name, alias: e.aliases.includes('Alias Test') }, { type: 'EVENT', name: 'اسم جديد', alias: true });
    assert.deepStrictEqual(e.mentions.map(m => m.start), first.mentions.map(m => m.start));

    // At the cursor: the entity of the mention there.
    cursorAtCp(editor, second.mentions[0].start + 1);
    const retypedHere = await vscode.commands.executeCommand<string>('wirelens.retypeEntity');
    assert.strictEqual((await analysisOf(doc)).entities.find(x => x.id === retypedHere)!.type, 'PERSON');

    // Merge: the second entity into the first; its mentions follow, its name becomes an alias.
    ui.restore();
    ui = await scriptUi({ pick: ['اسم جديد'] });
    const into = await vscode.commands.executeCommand<string>('wirelens.mergeEntity', uri, retypedHere);
    const merged = (await analysisOf(doc)).entities.find(x => x.id === into)!;
    assert.strictEqual(merged.name, 'اسم جديد');
    for (const mm of second.mentions) assert.ok(merged.mentions.some(x => x.start === mm.start), `mention at ${mm.start} moved`);
    assert.ok(merged.aliases.includes(second.name));
  });

  test('Go to Next / Previous Annotation select the mentions and quotes in text order, wrapping at the ends', async () => {
    const { doc, editor } = await openCopy(EMOJI);
    ui = await scriptUi({});
    const view = await analysisOf(doc);
    const starts = [...new Set([...view.entities.flatMap(e => e.mentions), ...view.quotes].map(s => s.start))].sort((a, b) => a - b);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const first = await vscode.commands.executeCommand<{ start: number }>('wirelens.nextAnnotation');
    const second = await vscode.commands.executeCommand<{ start: number }>('wirelens.nextAnnotation');
    assert.deepStrictEqual([first.start, second.start], starts.slice(0, 2));
    await vscode.commands.executeCommand('wirelens.previousAnnotation');
    const wrapped = await vscode.commands.executeCommand<{ start: number }>('wirelens.previousAnnotation');
    assert.strictEqual(wrapped.start, starts[starts.length - 1]);
    assert.ok(selectedText(editor).length > 0);
  });

  test('Undo Last Annotation Change reverts the last command; Redo brings it back', async () => {
    const { doc, editor } = await openCopy(BARZANI);
    ui = await scriptUi({});
    select(editor, 'وبلجيكا');
    const a = await vscode.commands.executeCommand<Annotated>('wirelens.annotateEvent');
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.undoAnnotation'), 'Annotate as Event');
    assert.deepStrictEqual(mentionsAt((await analysisOf(doc)).entities, a.start, a.end).filter(e => e.type === 'EVENT'), []);
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.redoAnnotation'), 'Annotate as Event');
    assert.strictEqual(mentionsAt((await analysisOf(doc)).entities, a.start, a.end)[0].type, 'EVENT');
  });
});

suite('annotate: annotations follow the text', () => {
  let ui: Scripted | undefined;
  teardown(() => { ui?.restore(); ui = undefined; });

  test('typing before a mention moves it; deleting it makes an orphan with a diagnostic; the editor\'s undo brings it back', async () => {
    const { doc, editor } = await openCopy(EMOJI);
    ui = await scriptUi({});
    select(editor, 'بالبصرة');
    const a = await vscode.commands.executeCommand<Annotated>('wirelens.annotatePlace');
    assert.strictEqual(a.text, 'البصرة');
    const api = await wirelensApi();
    const mine = () => api.store.annotationsOf(doc).mentions[0];

    await editor.edit(b => b.insert(new vscode.Position(0, 0), '😀 '));
    assert.deepStrictEqual({ start: mine().anchor.start, orphan: mine().anchor.orphan }, { start: a.start + 2, orphan: undefined });
    assert.ok(mentionsAt((await analysisOf(doc)).entities, a.start + 2, a.end + 2).length === 1);

    const at = doc.getText().indexOf('بالبصرة') + 1;
    await editor.edit(b => b.delete(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'البصرة'.length))));
    assert.strictEqual(mine().anchor.orphan, 'deleted');
    const orphans = (await analysisOf(doc)).diagnostics.filter(d => d.code === 'orphan-annotation');
    assert.strictEqual(orphans.length, 1);
    assert.match(orphans[0].message, /البصرة/);

    await vscode.commands.executeCommand('undo');
    assert.deepStrictEqual({ start: mine().anchor.start, orphan: mine().anchor.orphan }, { start: a.start + 2, orphan: undefined });
    assert.deepStrictEqual((await analysisOf(doc)).diagnostics.filter(d => d.code === 'orphan-annotation'), []);
  });
});

suite('annotate: commands that ask, then act', () => {
  let ui: Scripted | undefined;
  teardown(() => { ui?.restore(); ui = undefined; });

  test('an entity is found again by its place after the question: its id changing meanwhile (accepted: e3 -> m1) does not lose it', async () => {
    const { uri, doc } = await openCopy(EMOJI);
    ui = await scriptUi({});
    const api = await wirelensApi();
    const target = (await analysisOf(doc)).entities[1];
    api.ui.pick = async items => {
      await vscode.commands.executeCommand('wirelens.acceptAll');
      assert.ok(!(await analysisOf(doc)).entities.some(e => e.id === target.id), 'the id the command was given is gone');
      return items.find(i => i.label === 'Event');
    };
    const id = await vscode.commands.executeCommand<string>('wirelens.retypeEntity', uri, target.id);
    const after = await analysisOf(doc);
    assert.deepStrictEqual(after.entities.filter(e => e.type === 'EVENT').map(e => e.mentions[0].start), [target.mentions[0].start], 'the entity asked about, and only it');
    assert.strictEqual(after.entities.find(e => e.id === id)?.type, 'EVENT');
  });

  test('when the text changes while the user answers, the command changes nothing and says so', async () => {
    const { uri, doc, editor } = await openCopy(BARZANI);
    ui = await scriptUi({});
    const api = await wirelensApi();
    const entity = (await analysisOf(doc)).entities[0];
    api.ui.pick = async items => {
      await editor.edit(b => b.insert(new vscode.Position(0, 0), 'عاجل: '));
      return items.find(i => i.label === 'Event');
    };
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.retypeEntity', uri, entity.id), undefined);
    assert.match(ui.messages.at(-1)!, /the article changed while you were answering, so nothing was changed/);
    assert.strictEqual(api.store.history(doc).past.length, 0, 'no annotation change');

    // Annotate Selection as Entity…: the selection's offsets belong to the text before the edit.
    select(editor, 'الكاظمي');
    api.ui.pick = async items => {
      await editor.edit(b => b.insert(new vscode.Position(0, 0), 'X'));
      return items.find(i => i.label === 'Person');
    };
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.annotateEntity'), undefined);
    assert.strictEqual(api.store.history(doc).past.length, 0);
  });

  test('a hover card\'s action on text that changed since the card was made does nothing and says so', async () => {
    const { uri, doc, editor } = await openCopy(BARZANI);
    ui = await scriptUi({ pick: ['Event'] });
    const entity = (await analysisOf(doc)).entities[0];
    const ref = { start: entity.mentions[0].start, end: entity.mentions[0].end, version: doc.version };
    await editor.edit(b => b.insert(new vscode.Position(0, 0), 'X'));
    assert.strictEqual(await vscode.commands.executeCommand('wirelens.retypeEntity', uri.toString(), ref), undefined);
    assert.match(ui.messages.at(-1)!, /the article changed since that entity was shown/);
    assert.deepStrictEqual(ui.picks, [], 'nothing was asked');
  });

  test('Find All Mentions of a speaker named only in the quick pick (no mention in the text) says so', async () => {
    const { uri, doc, editor } = await openCopy(EMOJI);
    ui = await scriptUi({ pick: ['New speaker…', 'Person'], input: ['متحدث باسم المطار'] });
    cursorIn(editor, 'شبكتنا');
    const speaker = await vscode.commands.executeCommand<string>('wirelens.setQuoteSpeaker');
    assert.deepStrictEqual((await analysisOf(doc)).entities.find(e => e.id === speaker)?.mentions, []);
    assert.deepStrictEqual(await vscode.commands.executeCommand('wirelens.findMentions', uri, speaker), []);
    assert.match(ui.messages.at(-1)!, /متحدث باسم المطار is not mentioned in the text/);
  });
});
