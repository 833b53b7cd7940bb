// One analysis per document version, shared by every feature; listeners hear when it changes.
import * as vscode from 'vscode';
import { analyze, TextIndex, type ArticleAnalysis } from '../core';

export interface DocumentAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly analysis: ArticleAnalysis;
  readonly index: TextIndex;
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

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument(doc => this.entries.delete(doc.uri.toString())),
    );
  }

  /** The analysis of the document as it is now (computed on first request for a version). */
  get(doc: vscode.TextDocument): DocumentAnalysis {
    const key = doc.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    const entry: DocumentAnalysis = { uri: doc.uri, version: doc.version, analysis: analyze(text), index: new TextIndex(text) };
    this.entries.set(key, entry);
    this.changed.fire(entry);
    return entry;
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
    this.entries.clear();
  }
}
