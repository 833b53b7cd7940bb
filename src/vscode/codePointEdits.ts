// An editor change event's parts, in UTF-16 offsets, as the core's code point edits. Each part is
// in the coordinates left by the parts before it (the extension host applies them in order), so
// the text is rebuilt between parts; a single part, the usual case, needs only the old index.
// No `vscode` import: the event's parts are passed as plain records, and this is unit-tested.
import { TextIndex, type TextEdit } from '../core';

export interface Utf16Change {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export function codePointEdits(before: TextIndex, changes: readonly Utf16Change[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let index = before;
  changes.forEach((c, i) => {
    const end = c.rangeOffset + c.rangeLength;
    edits.push({ start: index.toCodePoint(c.rangeOffset), end: index.toCodePoint(end), text: c.text });
    if (i < changes.length - 1) index = new TextIndex(index.text.slice(0, c.rangeOffset) + c.text + index.text.slice(end));
  });
  return edits;
}
