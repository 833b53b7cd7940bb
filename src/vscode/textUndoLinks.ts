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

/** Edits remembered; older ones are followed, never restored (an article's text is small, the list is not). */
export const UNDO_LINK_LIMIT = 100;

export class TextUndoLinks {
  private undoable: Link[] = [];
  private redoable: Link[] = [];

  /** A change the user made (typing, paste, an outside reload): a new branch, so nothing is redoable. */
  edited(textBefore: string, before: AnnotationHistory, textAfter: string, after: AnnotationHistory): void {
    this.undoable = [...this.undoable, { textBefore, before, textAfter, after }].slice(-UNDO_LINK_LIMIT);
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
