// One analysis per document version, shared by every feature; listeners hear when it changes.
// `analysis` is the analyzer's result with the user's annotations merged over it (the annotation
// store is the source), so every feature shows the user's corrections and their orphans.
import * as vscode from 'vscode';
import { analyze, EMPTY_ANNOTATIONS, mergeAnnotations, TextIndex, type AnnotationSet, type ArticleAnalysis } from '../core';

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

export function isWireDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === WIRE_LANGUAGE;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, DocumentAnalysis>();
  private readonly changed = new vscode.EventEmitter<DocumentAnalysis>();
  /** Fires after a wire document was (re-)analysed. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private source: AnnotationSource | undefined;

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument(doc => this.entries.delete(doc.uri.toString())),
    );
  }

  /** Merges `source`'s annotations from now on; an annotation change re-merges and fires onDidChange. */
  useAnnotations(source: AnnotationSource): vscode.Disposable {
    this.source = source;
    return source.onDidChangeAnnotations(doc => { if (!doc.isClosed) this.get(doc); });
  }

  /** The analysis of the document as it is now (analysed once per version, merged again when the annotations change). */
  get(doc: vscode.TextDocument): DocumentAnalysis {
    const key = doc.uri.toString();
    const cached = this.entries.get(key);
    const annotations = this.source?.annotationsOf(doc) ?? EMPTY_ANNOTATIONS;
    const sameText = cached && cached.version === doc.version ? cached : undefined;
    if (sameText && sameText.annotations === annotations) return sameText;
    const text = sameText?.detected.text ?? doc.getText();
    const detected = sameText?.detected ?? analyze(text);
    const entry: DocumentAnalysis = {
      uri: doc.uri, version: doc.version, detected, annotations,
      analysis: hasAnnotations(annotations) ? mergeAnnotations(detected, annotations) : detected,
      index: sameText?.index ?? new TextIndex(text),
    };
    this.entries.set(key, entry);
    this.changed.fire(entry);
    return entry;
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
    this.entries.clear();
  }
}
