// The editor side of keeping annotations in step with the text, without an editor: change events
// in UTF-16 offsets become code point edits, and the editor's Undo finds the annotations back.
import * as assert from 'node:assert/strict';
import { TextIndex } from '../../src/core/text/codePoints';
import { applyEdits } from '../../src/core/annotations/edit';
import { followEdits, record, startHistory } from '../../src/core/annotations/history';
import { EMPTY_ANNOTATIONS } from '../../src/core/annotations/model';
import { addMentionOfNewEntity } from '../../src/core/annotations/operations';
import { codePointEdits, type Utf16Change } from '../../src/vscode/codePointEdits';
import { TextUndoLinks, UNDO_TEXT_LIMIT } from '../../src/vscode/textUndoLinks';
import { ARABIC, arabicAnalysis, at, slice } from './annotationFixtures';

/** Applies UTF-16 changes in order, as the extension host does. */
function applyUtf16(text: string, changes: readonly Utf16Change[]): string {
  return changes.reduce((t, c) => t.slice(0, c.rangeOffset) + c.text + t.slice(c.rangeOffset + c.rangeLength), text);
}

const utf16Of = (text: string, needle: string) => ({ rangeOffset: text.indexOf(needle), rangeLength: needle.length });

suite('editor changes as code point edits', () => {
  test('an offset after an emoji counts the emoji once', () => {
    const text = '🌾 بارزاني';
    const [edit] = codePointEdits(new TextIndex(text), [{ ...utf16Of(text, 'بارزاني'), text: 'X' }]);
    assert.deepEqual(edit, { start: 2, end: 9, text: 'X' });
  });

  test('several parts of one event each count in the text the parts before them left', () => {
    const text = '🌾a 🌾b 🌾c';
    // Two cursors typing: the later part first, as the editor reports them, then an emoji inserted in front.
    const changes: Utf16Change[] = [{ rangeOffset: 10, rangeLength: 1, text: 'C' }, { rangeOffset: 0, rangeLength: 0, text: '🚨' }];
    const edits = codePointEdits(new TextIndex(text), changes);
    assert.deepEqual(edits, [{ start: 7, end: 8, text: 'C' }, { start: 0, end: 0, text: '🚨' }]);
    const after = applyUtf16(text, changes);
    assert.equal(after, '🚨🌾a 🌾b 🌾C');
  });

  test('a Replace All of many parts, last first as VS Code reports them, is converted against the old text, with no text built', () => {
    const text = '🌾 الأمم المتحدة، '.repeat(2000);
    const needle = 'الأمم';
    const offsets: number[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) offsets.push(i);
    const changes: Utf16Change[] = offsets.reverse().map(o => ({ rangeOffset: o, rangeLength: needle.length, text: 'الامم' }));
    let built = 0;
    const Counting = class extends TextIndex { constructor(t: string) { super(t); built++; } };
    const before = new Counting(text);
    built = 0;
    const edits = codePointEdits(before, changes);
    assert.equal(built, 0, 'no index of an intermediate text');
    const after = applyUtf16(text, changes);
    // Applied one after the other, each edit lands where the text says.
    let cps = [...text];
    for (const e of edits) cps = [...cps.slice(0, e.start), ...e.text, ...cps.slice(e.end)];
    assert.equal(cps.join(''), after);
  });

  test('parts in any other order are still converted one after the other', () => {
    const text = '🌾a 🌾b 🌾c';
    const changes: Utf16Change[] = [{ rangeOffset: 0, rangeLength: 0, text: '🚨' }, { rangeOffset: 12, rangeLength: 1, text: 'C' }];
    const edits = codePointEdits(new TextIndex(text), changes);
    assert.deepEqual(edits, [{ start: 0, end: 0, text: '🚨' }, { start: 8, end: 9, text: 'C' }]);
    assert.equal(applyUtf16(text, changes), '🚨🌾a 🌾b 🌾C');
  });

  test('an annotation followed through an event of several parts lands on its text', () => {
    const view = arabicAnalysis();
    const set = addMentionOfNewEntity(EMPTY_ANNOTATIONS, view, at(ARABIC, 'الأمم المتحدة'), 'ORG').set;
    const changes: Utf16Change[] = [
      { ...utf16Of(ARABIC, 'الأمم المتحدة'), rangeLength: 0, text: '🌍 ' },
      { rangeOffset: 0, rangeLength: 0, text: '😀😀' },
    ];
    const after = applyUtf16(ARABIC, changes);
    const moved = applyEdits(set, codePointEdits(new TextIndex(ARABIC), changes), after).mentions[0].anchor;
    assert.equal(moved.orphan, undefined);
    assert.equal(slice(after, moved.start, moved.end), 'الأمم المتحدة');
  });
});

suite('the editor\'s undo brings annotations back', () => {
  const view = arabicAnalysis();
  const span = at(ARABIC, 'الأمم المتحدة');
  const annotated = startHistory(addMentionOfNewEntity(EMPTY_ANNOTATIONS, view, span, 'ORG').set);
  const cps = [...ARABIC];
  const deleted = [...cps.slice(0, span.start), ...cps.slice(span.end)].join('');
  const edit = [{ start: span.start, end: span.end, text: '' }];

  test('undoing a deletion restores the annotation it orphaned; redo orphans it again', () => {
    const links = new TextUndoLinks();
    const orphaned = followEdits(annotated, edit, deleted);
    assert.equal(orphaned.present.mentions[0].anchor.orphan, 'deleted');
    links.edited(ARABIC, annotated, deleted, orphaned);
    assert.equal(links.undo(deleted, orphaned, ARABIC), annotated);
    assert.equal(links.redo(ARABIC, annotated, deleted), orphaned);
  });

  test('one undo of a typing burst goes back over several remembered edits', () => {
    const links = new TextUndoLinks();
    const a = followEdits(annotated, edit, deleted);
    const typed = deleted.replace('وكانت', 'وكانت X');
    const end = at(deleted, 'وكانت').end;
    const b = followEdits(a, [{ start: end, end, text: ' X' }], typed);
    links.edited(ARABIC, annotated, deleted, a);
    links.edited(deleted, a, typed, b);
    assert.equal(links.undo(typed, b, ARABIC), annotated);
  });

  test('an annotation change after the edit means the undo is followed like any edit', () => {
    const links = new TextUndoLinks();
    const orphaned = followEdits(annotated, edit, deleted);
    links.edited(ARABIC, annotated, deleted, orphaned);
    const changed = record(orphaned, EMPTY_ANNOTATIONS, 'Reject Mention');
    assert.equal(links.undo(deleted, changed, ARABIC), null);
  });

  test('the links keep at most UNDO_TEXT_LIMIT characters of text: a big article keeps its last edits only', () => {
    const links = new TextUndoLinks();
    const big = 'x'.repeat(UNDO_TEXT_LIMIT / 4);
    const texts = Array.from({ length: 10 }, (_, i) => big + i);
    for (let i = 1; i < texts.length; i++) links.edited(texts[i - 1], annotated, texts[i], annotated);
    const kept = (links as unknown as { undoable: { textBefore: string; textAfter: string }[] }).undoable;
    const chars = kept.reduce((n, l) => n + l.textAfter.length, 0) + kept[0].textBefore.length;
    assert.ok(chars <= UNDO_TEXT_LIMIT, `${chars} characters kept`);
    assert.equal(kept.at(-1)!.textAfter, texts[9], 'the newest edit is kept');
    assert.ok(kept.length >= 2 && kept.length < 9, `${kept.length} links`);
  });

  test('an undo that does not lead back to a remembered text restores nothing', () => {
    const links = new TextUndoLinks();
    const orphaned = followEdits(annotated, edit, deleted);
    links.edited(ARABIC, annotated, deleted, orphaned);
    assert.equal(links.undo(deleted, orphaned, ARABIC + ' '), null);
    assert.equal(links.undo(deleted, orphaned, ARABIC), null, 'the links were forgotten');
  });
});
