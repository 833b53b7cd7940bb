// The user's annotations of each open wire article: an AnnotationSet with its undo history, kept in
// step with every edit of the text. Edits shift, update or orphan spans (the core's followEdits);
// the editor's Undo/Redo of an edit brings back the annotations that edit changed, when nothing
// else changed them since (textUndoLinks.ts). An article without annotations costs its typing
// nothing: its text is indexed only once it has some. The set is loaded once per opening (from the
// sidecar, through the injected loader, for the text as it was when loading began: typed over
// meanwhile, the set is re-anchored on the text as it is); commands await `ready(doc)` so that they
// never act on a set that loading would then replace.
import * as vscode from 'vscode';
import {
  EMPTY_ANNOTATIONS, TextIndex, followEdits, reanchor, record, redo, startHistory, undo, undoLabel,
  type AnnotationHistory, type AnnotationSet,
} from '../core';
import { hasAnnotations, isWireDocument, type AnnotationSource } from './analysisCache';
import { codePointEdits } from './codePointEdits';
import { TextUndoLinks } from './textUndoLinks';

/**
 * Loads the set kept for a document (null: none), anchored on `text` (the document's text when loading
 * began). `adopt` may be called later, when the user accepts something the loader could only offer (a
 * sidecar re-anchored on changed text).
 */
export type AnnotationLoader = (doc: vscode.TextDocument, text: string, adopt: (set: AnnotationSet, label: string) => void) => Promise<AnnotationSet | null>;

interface DocState {
  history: AnnotationHistory;
  /**
   * The text the history fits, indexed: the text before the next change event. Null while the document
   * has no annotations and no history (nothing to move): then typing does not copy the text at all.
   */
  index: TextIndex | null;
  /** The version the last change event left. */
  version: number;
  readonly links: TextUndoLinks;
  readonly ready: Promise<void>;
}

export class AnnotationStore implements AnnotationSource, vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document's set changed (a command, an edit that moved spans, a load, an undo). */
  readonly onDidChangeAnnotations = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  constructor(private readonly load: AnnotationLoader) {
    // Registered before the other features' listeners (activate builds the store first), so that
    // a feature reacting to the same edit already finds the set moved with it.
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument(e => this.follow(e)),
      vscode.workspace.onDidOpenTextDocument(doc => { if (isWireDocument(doc)) this.stateOf(doc); }),
      vscode.workspace.onDidCloseTextDocument(doc => this.states.delete(doc.uri.toString())),
    );
    vscode.workspace.textDocuments.filter(isWireDocument).forEach(doc => this.stateOf(doc));
  }

  annotationsOf(doc: vscode.TextDocument): AnnotationSet {
    return this.states.get(doc.uri.toString())?.history.present ?? EMPTY_ANNOTATIONS;
  }

  history(doc: vscode.TextDocument): AnnotationHistory {
    return this.stateOf(doc).history;
  }

  /** The document's history if the store holds the document (never starts loading it, unlike `history`). */
  loadedHistory(doc: vscode.TextDocument): AnnotationHistory | undefined {
    return this.states.get(doc.uri.toString())?.history;
  }

  /** Resolves once the document's saved annotations are loaded (at once for one already loaded). */
  ready(doc: vscode.TextDocument): Promise<void> {
    return this.stateOf(doc).ready;
  }

  /** Makes `next` the document's set as one undoable step; false when it changed nothing. */
  change(doc: vscode.TextDocument, label: string, next: AnnotationSet): boolean {
    const state = this.stateOf(doc);
    const history = record(state.history, next, label);
    if (history === state.history) return false;
    this.replaceHistory(doc, state, history);
    return true;
  }

  /** Undoes the last annotation change; its label, or null when there was none. */
  undo(doc: vscode.TextDocument): string | null {
    const state = this.stateOf(doc);
    const label = undoLabel(state.history);
    if (label !== null) this.replaceHistory(doc, state, undo(state.history));
    return label;
  }

  redo(doc: vscode.TextDocument): string | null {
    const state = this.stateOf(doc);
    const label = state.history.future[0]?.label ?? null;
    if (label !== null) this.replaceHistory(doc, state, redo(state.history));
    return label;
  }

  private replaceHistory(doc: vscode.TextDocument, state: DocState, history: AnnotationHistory): void {
    state.history = history;
    // From now on edits move something: they need the text they start from.
    state.index ??= new TextIndex(doc.getText());
    state.links.forget();
    this.changed.fire(doc);
  }

  /** Whether the document has nothing an edit could move. */
  private static plain(state: DocState): boolean {
    return state.history.past.length === 0 && state.history.future.length === 0 && !hasAnnotations(state.history.present);
  }

  private stateOf(doc: vscode.TextDocument): DocState {
    const key = doc.uri.toString();
    let state = this.states.get(key);
    if (state) return state;
    let settle!: () => void;
    const ready = new Promise<void>(resolve => (settle = resolve));
    state = { history: startHistory(EMPTY_ANNOTATIONS), index: null, version: doc.version, links: new TextUndoLinks(), ready };
    this.states.set(key, state);
    const mine = state;
    const adopt = (set: AnnotationSet, label: string) => {
      if (this.states.get(key) !== mine) return;
      this.change(doc, label, reanchor(set, doc.getText()).set);
    };
    // What the loader anchors on: the text now. Typing goes on while the file is read.
    const loadedVersion = doc.version;
    this.load(doc, doc.getText(), adopt).then(set => {
      // Closed, or already changed by the user while loading (a command does not wait for ever): keep theirs.
      if (set && this.states.get(key) === mine && mine.history.past.length === 0 && !hasAnnotations(mine.history.present)) {
        // The text changed while the file was read: find the spans again in what it is now.
        const text = doc.getText();
        mine.history = startHistory(doc.version === loadedVersion ? set : reanchor(set, text).set);
        mine.index = new TextIndex(text);
        this.changed.fire(doc);
      }
    }, e => console.error('Wirelens: loading annotations failed', e)).finally(settle);
    return state;
  }

  private follow(e: vscode.TextDocumentChangeEvent): void {
    const doc = e.document;
    const state = this.states.get(doc.uri.toString());
    if (!state || e.contentChanges.length === 0 || doc.version === state.version) return;
    state.version = doc.version;
    const beforeIndex = state.index;
    // Nothing to move: no text copied, no undo links kept (the index is built when annotations come).
    if (AnnotationStore.plain(state) || !beforeIndex) { state.index = null; return; }
    const before = beforeIndex.text;
    const afterIndex = new TextIndex(doc.getText()), after = afterIndex.text;
    state.index = afterIndex;

    const restored = e.reason === vscode.TextDocumentChangeReason.Undo ? state.links.undo(before, state.history, after)
      : e.reason === vscode.TextDocumentChangeReason.Redo ? state.links.redo(before, state.history, after)
      : null;
    const previous = state.history;
    state.history = restored ?? followEdits(state.history, codePointEdits(beforeIndex, e.contentChanges), afterIndex);
    if (!restored && e.reason === undefined) state.links.edited(before, previous, after, state.history);
    if (state.history.present !== previous.present) this.changed.fire(doc);
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
    this.states.clear();
  }
}
