// Shared activation for the desktop and the web entries: build the context, register every feature.
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerLanguageDetection } from './languageDetection';
import { registerExportYaml } from './exportYaml';
import { registerNavigation } from './navigation';
import { registerSemanticTokens } from './semanticTokens';
import { registerHover } from './hover';
import { registerStatusBar, type ArticleStatusBar } from './statusBar';
import type { OutlineNode } from '../core/outline';
import { registerOutline, type OutlineTreeProvider } from './outline';
import { registerDocumentSymbols } from './symbols';
import { registerDiagnostics } from './diagnostics';
import { registerCodeActions } from './codeActions';

export interface WirelensApi {
  readonly cache: AnalysisCache;
  /** The status bar item of the active article (the API has no way to list status bar items). */
  readonly statusBar: ArticleStatusBar;
  /** The sidebar's Article tree (tests read its items). */
  readonly outline: OutlineTreeProvider;
  readonly outlineView: vscode.TreeView<OutlineNode>;
}

export function activateShared(context: vscode.ExtensionContext): WirelensApi {
  try {
    const cache = new AnalysisCache();
    const outline = registerOutline(cache);
    const statusBar = registerStatusBar(cache);
    context.subscriptions.push(
      cache,
      registerLanguageDetection(),
      registerExportYaml(cache),
      registerSemanticTokens(cache),
      registerNavigation(cache),
      registerHover(cache),
      statusBar,
      outline,
      registerDocumentSymbols(cache),
      registerDiagnostics(cache),
      registerCodeActions(cache),
    );
    return { cache, statusBar, outline: outline.provider, outlineView: outline.view };
  } catch (e: any) {
    void vscode.window.showErrorMessage(`Wirelens failed to start: ${e?.message ?? e}`);
    throw e;
  }
}
