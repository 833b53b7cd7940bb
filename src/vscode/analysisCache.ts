// One analysis per document version, shared by every feature; listeners hear when it changes.
// `analysis` is the analyzer's result with the user's annotations merged over it (the annotation
// store is the source), so every feature shows the user's corrections and their orphans.
// Big documents never make typing wait: after an edit of one (above BIG_DOCUMENT characters), `get`
// gives the last analysis until the typing pauses for EDIT_DELAY_MS, then it is analysed once and
// listeners hear. That last analysis is of older text: its offsets are not the document's. So what
// converts positions or builds edits never uses it: commands take `current` (analysed now, whatever
// the size), and the language features (hover, semantic tokens, symbols, quick fixes) wait for
// `settled`, the analysis of the text as it is once the typing pauses.
// A document above `wirelens.maxAnalysisSize` characters (as the editor counts them, UTF-16 units) is
// analysed only around what is on screen (analysisWindow.ts), again as the view scrolls, until the
// user asks for the whole file (largeDocuments.ts tells them so). A closed document is never cached.
import * as vscode from 'vscode';
import { analyze, EMPTY_ANNOTATIONS, mergeAnnotations, TextIndex, type AnnotationSet, type ArticleAnalysis } from '../core';
import { analyzeWindow, covers, windowAround, windowRange, type LineWindow } from './analysisWindow';
import { Debouncer } from './debounce';

export interface DocumentAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** What every feature shows: the analyzer's result with the user's annotations merged in. */
  readonly analysis: ArticleAnalysis;
  /** The analyzer's own result, before the user's annotations. */
  readonly detected: ArticleAnalysis;
  /** The user's set merged into `analysis`. */
  readonly annotations: AnnotationSet;
  readonly index: TextIndex;
  /** Set when the document is above wirelens.maxAnalysisSize: the lines analysed; there is nothing about the others. */
  readonly window?: LineWindow;
  /** With `window`: the UTF-16 range analysed (less than the window's lines when one long line was cut). */
  readonly windowRange?: { readonly start: number; readonly end: number };
}

/** Where the user's annotations of a document come from (the annotation store). */
export interface AnnotationSource {
  annotationsOf(doc: vscode.TextDocument): AnnotationSet;
  readonly onDidChangeAnnotations: vscode.Event<vscode.TextDocument>;
}

export function hasAnnotations(set: AnnotationSet): boolean {
  return set.entities.length + set.mentions.length + set.quotes.length + set.paragraphs.length + set.rejections.length > 0;
}

export const WIRE_LANGUAGE = 'wire';

export const MAX_ANALYSIS_SIZE_SETTING = 'maxAnalysisSize';
export const DEFAULT_MAX_ANALYSIS_SIZE = 2_000_000;
/** Above this many characters a document is re-analysed only when typing pauses (the core segments such files too). */
export const BIG_DOCUMENT = 64 * 1024;
/** How long after the last keystroke a big document is analysed again. */
export const EDIT_DELAY_MS = 500;
/** How long after scrolling stops a new window is analysed. */
const SCROLL_DELAY_MS = 100;
/** How long `settled` waits for the debounced analysis before it analyses the text itself. */
const SETTLE_TIMEOUT_MS = 4 * EDIT_DELAY_MS;

/** Characters in the document, as the editor counts them, without building its text. */
export function documentSize(doc: vscode.TextDocument): number {
  return doc.lineCount === 0 ? 0 : doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

export function maxAnalysisSize(doc: vscode.TextDocument): number {
  return vscode.workspace.getConfiguration('wirelens', doc.uri).get<number>(MAX_ANALYSIS_SIZE_SETTING, DEFAULT_MAX_ANALYSIS_SIZE);
}

/** What of the document is on screen, in every editor that shows it: lines, and UTF-16 offsets (a long wrapped line shows in part). */
function visibleParts(doc: vscode.TextDocument): (LineWindow & { start: number; end: number })[] {
  return vscode.window.visibleTextEditors.filter(e => e.document === doc)
    .flatMap(e => e.visibleRanges.map(r => ({ firstLine: r.start.line, lastLine: r.end.line, start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) })));
}

/** Whether the analysed window holds what is on screen now. */
function holdsVisible(entry: DocumentAnalysis, doc: vscode.TextDocument): boolean {
  const visible = visibleParts(doc);
  if (!entry.window || !covers(entry.window, visible)) return false;
  const range = entry.windowRange;
  return !range || visible.every(v => range.start <= v.start && v.end <= range.end);
}

export function isWireDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === WIRE_LANGUAGE;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, DocumentAnalysis>();
  private readonly changed = new vscode.EventEmitter<DocumentAnalysis>();
  /** Fires after a wire document was (re-)analysed. */
  readonly onDidChange = this.changed.event;
  private readonly windowed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires the first time a document (since it was opened) is analysed only around what is on screen. */
  readonly onDidAnalyseWindow = this.windowed.event;
  private readonly edits = new Debouncer(EDIT_DELAY_MS);
  private readonly scrolls = new Debouncer(SCROLL_DELAY_MS);
  private readonly subscriptions: vscode.Disposable[] = [this.changed, this.windowed, this.edits, this.scrolls];
  private source: AnnotationSource | undefined;
  /** Documents above the limit the user asked to have analysed whole, while they stay open. */
  private readonly wholeFiles = new Set<string>();
  private readonly toldWindowed = new Set<string>();

  constructor() {
    const refreshLater = (debouncer: Debouncer, doc: vscode.TextDocument) => debouncer.schedule(doc.uri.toString(), () => this.refresh(doc));
    const windowLeft = (doc: vscode.TextDocument) => {
      const entry = this.entries.get(doc.uri.toString());
      if (entry?.window && !holdsVisible(entry, doc)) refreshLater(this.scrolls, doc);
    };
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument(doc => {
        const key = doc.uri.toString();
        this.entries.delete(key);
        this.wholeFiles.delete(key);
        this.toldWindowed.delete(key);
        this.edits.cancel(key);
        this.scrolls.cancel(key);
      }),
      vscode.workspace.onDidChangeTextDocument(e => {
        const doc = e.document;
        // A command may have analysed the new text already (`current`): then there is nothing to catch up.
        if (e.contentChanges.length && this.entries.has(doc.uri.toString()) && this.isBig(doc)) {
          this.edits.schedule(doc.uri.toString(), () => { if (this.entries.get(doc.uri.toString())?.version !== doc.version) this.refresh(doc); });
        }
      }),
      // A window is analysed again when what is on screen leaves it (scrolling, another editor on the document).
      vscode.window.onDidChangeTextEditorVisibleRanges(e => windowLeft(e.textEditor.document)),
      vscode.window.onDidChangeVisibleTextEditors(editors => editors.forEach(e => windowLeft(e.document))),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (!e.affectsConfiguration(`wirelens.${MAX_ANALYSIS_SIZE_SETTING}`)) return;
        for (const doc of vscode.workspace.textDocuments) if (this.entries.has(doc.uri.toString())) this.refresh(doc);
      }),
    );
  }

  /** Merges `source`'s annotations from now on; an annotation change re-merges and fires onDidChange. */
  useAnnotations(source: AnnotationSource): vscode.Disposable {
    this.source = source;
    return source.onDidChangeAnnotations(doc => { if (!doc.isClosed) this.get(doc); });
  }

  /**
   * The analysis of the document as it is now (analysed once per version, merged again when the
   * annotations change); for a big document being typed in, the last one until the typing pauses:
   * check `version` before using its offsets with the document (or take `current` or `settled`).
   */
  get(doc: vscode.TextDocument): DocumentAnalysis {
    const cached = this.entries.get(doc.uri.toString());
    if (cached && cached.version !== doc.version && this.isBig(doc) && !doc.isClosed) {
      // A change of the annotations of a stale analysis waits too: the set follows the text, which the analysis does not yet.
      return cached;
    }
    return this.current(doc);
  }

  /** The analysis of the document's text as it is now, analysed now if it must be (even a big one being typed in). */
  current(doc: vscode.TextDocument): DocumentAnalysis {
    const cached = this.entries.get(doc.uri.toString());
    const annotations = this.annotationsOf(doc);
    if (cached && cached.version === doc.version) return cached.annotations === annotations ? cached : this.remember(doc, this.merged(cached, cached.detected, annotations));
    return this.remember(doc, this.analyse(doc, annotations, false));
  }

  /**
   * The analysis of the text as it is now, once a big document's typing has paused (at once for any
   * other); undefined when the request is cancelled or the document closes first. For the language
   * features, which must not answer with the offsets of older text and need not make typing wait.
   */
  settled(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    const entry = this.get(doc);
    if (entry.version === doc.version) return Promise.resolve(entry);
    if (token?.isCancellationRequested) return Promise.resolve(undefined);
    return new Promise(resolve => {
      const subscriptions: vscode.Disposable[] = [];
      const done = (value: DocumentAnalysis | undefined) => { subscriptions.forEach(d => d.dispose()); clearTimeout(timer); resolve(value); };
      // Should the debounced analysis not come (nothing scheduled it), the text is analysed now.
      const timer = setTimeout(() => done(doc.isClosed ? undefined : this.current(doc)), SETTLE_TIMEOUT_MS);
      subscriptions.push(
        this.onDidChange(e => { if (e.uri.toString() === doc.uri.toString() && e.version === doc.version) done(e); }),
        vscode.workspace.onDidCloseTextDocument(d => { if (d === doc) done(undefined); }),
      );
      if (token) subscriptions.push(token.onCancellationRequested(() => done(undefined)));
    });
  }

  /**
   * The analysis of the whole document, even above wirelens.maxAnalysisSize, for what is written
   * (exports, sidecars): on a big file that takes seconds.
   */
  whole(doc: vscode.TextDocument): DocumentAnalysis {
    const cached = this.entries.get(doc.uri.toString());
    if (cached && cached.version === doc.version && !cached.window) return this.current(doc);
    return this.remember(doc, this.analyse(doc, this.annotationsOf(doc), true));
  }

  /** From now on (while it is open) the document is analysed whole, whatever its size; analysed now. */
  analyseWhole(doc: vscode.TextDocument): DocumentAnalysis {
    this.wholeFiles.add(doc.uri.toString());
    return this.whole(doc);
  }

  private isBig(doc: vscode.TextDocument): boolean {
    return documentSize(doc) > Math.min(BIG_DOCUMENT, maxAnalysisSize(doc));
  }

  private annotationsOf(doc: vscode.TextDocument): AnnotationSet {
    return this.source?.annotationsOf(doc) ?? EMPTY_ANNOTATIONS;
  }

  /** Analyses the document as it is now and tells the listeners (when typing paused, the view scrolled, the limit changed). */
  private refresh(doc: vscode.TextDocument): void {
    if (!doc.isClosed && this.entries.has(doc.uri.toString())) this.remember(doc, this.analyse(doc, this.annotationsOf(doc), false));
  }

  private analyse(doc: vscode.TextDocument, annotations: AnnotationSet, whole: boolean): DocumentAnalysis {
    const key = doc.uri.toString();
    const text = doc.getText();
    const index = new TextIndex(text);
    if (whole || text.length <= maxAnalysisSize(doc) || this.wholeFiles.has(key)) return this.merged({ uri: doc.uri, version: doc.version, index }, analyze(text), annotations);
    const visible = visibleParts(doc);
    const window = windowAround(index, visible);
    // Centred on the first character on screen: one long wrapped line is analysed where it is read.
    const focus = visible.length ? Math.min(...visible.map(v => v.start)) : undefined;
    const detected = analyzeWindow(index, window, focus);
    if (!this.toldWindowed.has(key) && !doc.isClosed) {
      this.toldWindowed.add(key);
      this.windowed.fire(doc);
    }
    return this.merged({ uri: doc.uri, version: doc.version, index, window, windowRange: windowRange(index, window, focus) }, detected, annotations);
  }

  private merged(base: Pick<DocumentAnalysis, 'uri' | 'version' | 'index' | 'window' | 'windowRange'>, detected: ArticleAnalysis, annotations: AnnotationSet): DocumentAnalysis {
    return {
      uri: base.uri, version: base.version, index: base.index, detected, annotations,
      analysis: hasAnnotations(annotations) ? mergeAnnotations(detected, annotations) : detected,
      ...(base.window ? { window: base.window, windowRange: base.windowRange } : {}),
    };
  }

  /** Keeps the entry and tells the listeners; a closed document's is only returned (its close was heard already). */
  private remember(doc: vscode.TextDocument, entry: DocumentAnalysis): DocumentAnalysis {
    if (doc.isClosed) return entry;
    this.entries.set(entry.uri.toString(), entry);
    this.changed.fire(entry);
    return entry;
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
    this.entries.clear();
    this.wholeFiles.clear();
  }
}
