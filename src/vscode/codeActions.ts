// Quick fixes on the Problems the analyzer reports (diagnostics.ts): the core works out the edits
// (quickFixes.ts); this file words them and turns them into workspace edits.
import * as vscode from 'vscode';
import type { Diagnostic, TextIndex } from '../core';
import { quickFixes, type QuickFix, type TemplatePart } from '../core/quickFixes';
import { WIRE_LANGUAGE, type AnalysisCache } from './analysisCache';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { isolate } from './markdownText';
import { toOffset, toPosition, toRange } from './positions';

/** Titles; copy quoted in them is isolated, so Arabic words and digits keep their order inside the English sentence. */
function title(fix: QuickFix, index: TextIndex): string {
  const d = fix.diagnostics[0];
  switch (fix.kind) {
    case 'close-quote-before-attribution': return vscode.l10n.t('Close the quote with {0} before "{1}"', fix.edits[0].text, isolate(fix.detail));
    case 'close-quote-at-paragraph-end': return vscode.l10n.t('Close the quote with {0} at the end of the paragraph', fix.edits[0].text);
    case 'remove-stray-mark': return vscode.l10n.t('Remove the stray {0} mark', fix.detail);
    case 'digits-latin': return vscode.l10n.t('Write {0} in Latin digits: {1}', isolate(index.slice(d.start, d.end)), fix.detail);
    case 'digits-arabic-indic': return vscode.l10n.t('Write {0} in Arabic-Indic digits: {1}', isolate(index.slice(d.start, d.end)), isolate(fix.detail));
    case 'remove-bidi': return fix.detail === '1' ? vscode.l10n.t('Remove the invisible bidi control character')
      : vscode.l10n.t('Remove these {0} invisible bidi control characters', fix.detail);
    case 'remove-all-bidi': return vscode.l10n.t('Remove all {0} bidi control characters in this file', fix.detail);
    case 'insert-dateline': return vscode.l10n.t('Insert a dateline to fill in: {0}', isolate(fix.detail));
  }
}

/** The placeholders become tab stops, so the user types the city, the reporter, the agency in turn. */
function snippetOf(parts: readonly TemplatePart[]): vscode.SnippetString {
  const snippet = new vscode.SnippetString();
  for (const p of parts) {
    if (typeof p === 'string') snippet.appendText(p);
    else snippet.appendPlaceholder(p.placeholder);
  }
  return snippet;
}

function toEdit(doc: vscode.TextDocument, fix: QuickFix, index: TextIndex): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  if (fix.template) {
    edit.set(doc.uri, [vscode.SnippetTextEdit.insert(toPosition(index, fix.edits[0].start), snippetOf(fix.template))]);
  } else {
    for (const e of fix.edits) edit.replace(doc.uri, toRange(index, e), e.text);
  }
  return edit;
}

export class WireCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly cache: AnalysisCache) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    // The edits are built on the text as it is: a big document being typed in waits for its analysis.
    const entry = await this.cache.settled(doc, token);
    if (!entry || entry.version !== doc.version) return [];
    const { analysis, index } = entry;
    // The Problems entries of this file, to name every one a file-wide fix resolves.
    const listed = vscode.languages.getDiagnostics(doc.uri).filter(d => d.source === DIAGNOSTIC_SOURCE);
    const find = (d: Diagnostic) => listed.find(v => v.code === d.code && toOffset(index, v.range.start) === d.start && toOffset(index, v.range.end) === d.end);
    const actions: vscode.CodeAction[] = [];
    const fileWide = new Set<string>();
    for (const shown of ours) {
      const start = toOffset(index, shown.range.start), end = toOffset(index, shown.range.end);
      // A Problems entry from before the last edit matches nothing until the panel catches up.
      const d = analysis.diagnostics.find(x => x.code === shown.code && x.start === start && x.end === end);
      if (!d) continue;
      for (const fix of quickFixes(analysis, d)) {
        if (fix.diagnostics.length > 1) {
          if (fileWide.has(fix.kind)) continue;
          fileWide.add(fix.kind);
        }
        const action = new vscode.CodeAction(title(fix, index), vscode.CodeActionKind.QuickFix);
        action.edit = toEdit(doc, fix, index);
        action.diagnostics = fix.diagnostics.length > 1 ? fix.diagnostics.map(find).filter((v): v is vscode.Diagnostic => v !== undefined) : [shown];
        action.isPreferred = fix.preferred;
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerCodeActions(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: WIRE_LANGUAGE }, new WireCodeActions(cache), WireCodeActions.metadata);
}
