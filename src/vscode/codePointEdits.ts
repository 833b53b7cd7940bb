// An editor change event's parts, in UTF-16 offsets, as the core's code point edits. Each part is in
// the coordinates left by the parts before it (the extension host applies them in order). VS Code
// reports the parts of one edit (several cursors, Replace All) last first and without overlap, so
// every part's offsets are also the text's before the event: all are converted with the old index,
// with no text built in between (a Replace All of thousands of matches in a big article stays one
// pass). Parts in any other order are converted the slow way, each in the text the ones before left.
// No `vscode` import: the event's parts are passed as plain records, and this is unit-tested.
import { TextIndex, type TextEdit } from '../core';

export interface Utf16Change {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** Whether each part ends before the previous one starts: then none moved another. */
function lastFirst(changes: readonly Utf16Change[]): boolean {
  for (let i = 1; i < changes.length; i++) {
    if (changes[i].rangeOffset + changes[i].rangeLength > changes[i - 1].rangeOffset) return false;
  }
  return true;
}

export function codePointEdits(before: TextIndex, changes: readonly Utf16Change[]): TextEdit[] {
  if (lastFirst(changes)) {
    return changes.map(c => ({ start: before.toCodePoint(c.rangeOffset), end: before.toCodePoint(c.rangeOffset + c.rangeLength), text: c.text }));
  }
  const edits: TextEdit[] = [];
  let index = before;
  changes.forEach((c, i) => {
    const end = c.rangeOffset + c.rangeLength;
    edits.push({ start: index.toCodePoint(c.rangeOffset), end: index.toCodePoint(end), text: c.text });
    if (i < changes.length - 1) index = new TextIndex(index.text.slice(0, c.rangeOffset) + c.text + index.text.slice(end));
  });
  return edits;
}
