// What the annotations were before each text edit, so that the editor's Undo of a deletion brings
// back the annotations it orphaned instead of leaving them lost. An entry links the text and the
// annotation history before an edit to those after it; Undo restores an entry only while nothing
// else happened to the annotations since (an annotation change in between would be thrown away),
// otherwise the undo is followed like any other edit. No `vscode` import: unit-tested.
import type { AnnotationHistory } from '../core';

interface Link {
  readonly textBefore: string;
  readonly before: AnnotationHistory;
  readonly textAfter: string;
  readonly after: AnnotationHistory;
}

/** Edits remembered; older ones are followed, never restored. */
export const UNDO_LINK_LIMIT = 100;
/**
 * Characters of text the links may hold, all together: each link keeps the whole text after its edit
 * (the text before it is the previous link's), so a 2,000,000-character article keeps only its last
 * few edits, not a hundred copies of itself.
 */
export const UNDO_TEXT_LIMIT = 8_000_000;

export class TextUndoLinks {
  private undoable: Link[] = [];
  private redoable: Link[] = [];

  /** A change the user made (typing, paste, an outside reload): a new branch, so nothing is redoable. */
  edited(textBefore: string, before: AnnotationHistory, textAfter: string, after: AnnotationHistory): void {
    const links = [...this.undoable, { textBefore, before, textAfter, after }].slice(-UNDO_LINK_LIMIT);
    // Newest first: the texts after the kept edits, and the text before the oldest kept one, within the
    // limit. A link that breaks it goes, and every older one with it (an Undo walks them in a chain).
    let chars = 0, keep = links.length;
    while (keep > 0) {
      const link = links[keep - 1];
      if (chars + link.textAfter.length + link.textBefore.length > UNDO_TEXT_LIMIT) break;
      chars += link.textAfter.length;
      keep--;
    }
    this.undoable = links.slice(keep);
    this.redoable = [];
  }

  /**
   * The history to restore after the editor's Undo turned `textBefore` (with `current`) into
   * `textAfter`, or null when no chain of remembered edits leads back there untouched. An Undo
   * may revert several edits at once (a typing burst), so the chain may be several links long.
   */
  undo(textBefore: string, current: AnnotationHistory, textAfter: string): AnnotationHistory | null {
    let text = textBefore, history = current;
    for (let i = this.undoable.length - 1; i >= 0; i--) {
      const link = this.undoable[i];
      if (link.textAfter !== text || link.after !== history) break;
      if (link.textBefore === textAfter) {
        this.undoable = this.undoable.slice(0, i);
        this.redoable = [{ textBefore: textAfter, before: link.before, textAfter: textBefore, after: current }, ...this.redoable];
        return link.before;
      }
      text = link.textBefore;
      history = link.before;
    }
    this.forget();
    return null;
  }

  /** The history to restore after the editor's Redo, the mirror of `undo`. */
  redo(textBefore: string, current: AnnotationHistory, textAfter: string): AnnotationHistory | null {
    const [link, ...rest] = this.redoable;
    if (!link || link.textBefore !== textBefore || link.before !== current || link.textAfter !== textAfter) {
      this.forget();
      return null;
    }
    this.redoable = rest;
    this.undoable = [...this.undoable, link];
    return link.after;
  }

  /** After an annotation change, or an undo that could not be matched: the links no longer describe the history. */
  forget(): void {
    this.undoable = [];
    this.redoable = [];
  }
}
