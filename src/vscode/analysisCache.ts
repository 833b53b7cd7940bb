// One analysis per document version, shared by every feature; listeners hear when it changes.
// `analysis` is the analyzer's result with the user's annotations merged over it (the annotation
// store is the source), so every feature shows the user's corrections and their orphans.
// Big documents never make typing wait: after an edit of one (above BIG_DOCUMENT characters), every
// caller gets the last analysis until the typing pauses for EDIT_DELAY_MS, then it is analysed once
// and listeners hear. A document above `wirelens.maxAnalysisSize` characters (as the editor counts
// them, UTF-16 units) is analysed only around the lines on screen (analysisWindow.ts), again as the
// view scrolls, until the user asks for the whole file (largeDocuments.ts tells them so).
import * as vscode from 'vscode';
import { analyze, EMPTY_ANNOTATIONS, mergeAnnotations, TextIndex, type AnnotationSet, type ArticleAnalysis } from '../core';
import { analyzeWindow, covers, windowAround, type LineWindow } from './analysisWindow';
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

/** Characters in the document, as the editor counts them, without building its text. */
export function documentSize(doc: vscode.TextDocument): number {
  return doc.lineCount === 0 ? 0 : doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

export function maxAnalysisSize(doc: vscode.TextDocument): number {
  return vscode.workspace.getConfiguration('wirelens', doc.uri).get<number>(MAX_ANALYSIS_SIZE_SETTING, DEFAULT_MAX_ANALYSIS_SIZE);
}

/** The lines of the document on screen, in every editor that shows it. */
function visibleLines(doc: vscode.TextDocument): LineWindow[] {
  return vscode.window.visibleTextEditors.filter(e => e.document === doc)
    .flatMap(e => e.visibleRanges.map(r => ({ firstLine: r.start.line, lastLine: r.end.line })));
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
      if (entry?.window && !covers(entry.window, visibleLines(doc))) refreshLater(this.scrolls, doc);
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
        if (e.contentChanges.length && this.entries.has(e.document.uri.toString()) && this.isBig(e.document)) refreshLater(this.edits, e.document);
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
   * annotations change); for a big document being typed in, the last one until the typing pauses.
   */
  get(doc: vscode.TextDocument): DocumentAnalysis {
    const cached = this.entries.get(doc.uri.toString());
    const annotations = this.annotationsOf(doc);
    if (cached && cached.version === doc.version) return cached.annotations === annotations ? cached : this.remember(this.merged(cached, cached.detected, annotations));
    // A change of the annotations of a stale analysis waits too: the set follows the text, which the analysis does not yet.
    if (cached && this.isBig(doc)) return cached;
    return this.remember(this.analyse(doc, annotations, false));
  }

  /**
   * The analysis of the whole document, even above wirelens.maxAnalysisSize, for what is written
   * (exports, sidecars): on a big file that takes seconds.
   */
  whole(doc: vscode.TextDocument): DocumentAnalysis {
    const cached = this.entries.get(doc.uri.toString());
    if (cached && cached.version === doc.version && !cached.window) return this.get(doc);
    return this.remember(this.analyse(doc, this.annotationsOf(doc), true));
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
    if (!doc.isClosed && this.entries.has(doc.uri.toString())) this.remember(this.analyse(doc, this.annotationsOf(doc), false));
  }

  private analyse(doc: vscode.TextDocument, annotations: AnnotationSet, whole: boolean): DocumentAnalysis {
    const key = doc.uri.toString();
    const text = doc.getText();
    const index = new TextIndex(text);
    if (whole || text.length <= maxAnalysisSize(doc) || this.wholeFiles.has(key)) return this.merged({ uri: doc.uri, version: doc.version, index }, analyze(text), annotations);
    const visible = visibleLines(doc);
    const window = windowAround(index, visible);
    const detected = analyzeWindow(index, window, visible[0]?.firstLine);
    if (!this.toldWindowed.has(key)) {
      this.toldWindowed.add(key);
      this.windowed.fire(doc);
    }
    return { ...this.merged({ uri: doc.uri, version: doc.version, index }, detected, annotations), window };
  }

  private merged(base: Pick<DocumentAnalysis, 'uri' | 'version' | 'index' | 'window'>, detected: ArticleAnalysis, annotations: AnnotationSet): DocumentAnalysis {
    return {
      uri: base.uri, version: base.version, index: base.index, detected, annotations,
      analysis: hasAnnotations(annotations) ? mergeAnnotations(detected, annotations) : detected,
      ...(base.window ? { window: base.window } : {}),
    };
  }

  private remember(entry: DocumentAnalysis): DocumentAnalysis {
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
