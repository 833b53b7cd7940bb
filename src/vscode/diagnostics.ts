// The analyzer's copy problems (unclosed quotes, no dateline, mixed digits, bidi controls) in the
// Problems panel: set when an article opens, refreshed when typing pauses, cleared when it closes.
import * as vscode from 'vscode';
import type { Diagnostic, Severity, TextIndex } from '../core';
import { isWireDocument, type AnalysisCache } from './analysisCache';
import { Debouncer } from './debounce';
import { toRange } from './positions';

export const DIAGNOSTIC_SOURCE = 'Wirelens';

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toVscodeDiagnostic(d: Diagnostic, index: TextIndex): vscode.Diagnostic {
  const out = new vscode.Diagnostic(toRange(index, d), d.message, SEVERITY[d.severity]);
  out.source = DIAGNOSTIC_SOURCE;
  out.code = d.code;
  return out;
}

export function registerDiagnostics(cache: AnalysisCache): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('wirelens');
  const debouncer = new Debouncer();

  const publish = (doc: vscode.TextDocument) => {
    if (doc.isClosed || !isWireDocument(doc)) { collection.delete(doc.uri); return; }
    const { analysis, index, version } = cache.get(doc);
    // The analysis of older text (a big document being typed in) would put problems in the wrong places; its
    // successor is published when it comes (cache.onDidChange below).
    if (version !== doc.version) return;
    collection.set(doc.uri, analysis.diagnostics.map(d => toVscodeDiagnostic(d, index)));
  };
  const forget = (doc: vscode.TextDocument) => {
    debouncer.cancel(doc.uri.toString());
    collection.delete(doc.uri);
  };

  const publishSoon = (doc: vscode.TextDocument) => debouncer.schedule(doc.uri.toString(), () => publish(doc));

  // The first analyses (the first builds the word lists) run after activation, not inside it.
  const startup = setTimeout(() => vscode.workspace.textDocuments.forEach(publish), 0);
  return vscode.Disposable.from(
    { dispose: () => clearTimeout(startup) },
    collection,
    debouncer,
    // A language switch closes the document and opens it again with the new language id.
    vscode.workspace.onDidOpenTextDocument(publish),
    vscode.workspace.onDidCloseTextDocument(forget),
    vscode.workspace.onDidChangeTextDocument(e => { if (isWireDocument(e.document) && e.contentChanges.length) publishSoon(e.document); }),
    // A change of the user's annotations re-merges the analysis (orphaned annotations are problems too).
    cache.onDidChange(entry => {
      const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === entry.uri.toString());
      if (doc) publishSoon(doc);
    }),
  );
}
