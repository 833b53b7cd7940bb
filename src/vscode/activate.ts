// Shared activation for the desktop and the web entries: build the context, register every feature.
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerLanguageDetection } from './languageDetection';
import { registerExportYaml } from './exportYaml';
import { registerNavigation } from './navigation';
import { registerSemanticTokens } from './semanticTokens';
import { registerHover } from './hover';

export interface WirelensApi {
  readonly cache: AnalysisCache;
}

export function activateShared(context: vscode.ExtensionContext): WirelensApi {
  try {
    const cache = new AnalysisCache();
    context.subscriptions.push(
      cache,
      registerLanguageDetection(),
      registerExportYaml(cache),
      registerSemanticTokens(cache),
      registerNavigation(cache),
      registerHover(cache),
    );
    return { cache };
  } catch (e: any) {
    void vscode.window.showErrorMessage(`Wirelens failed to start: ${e?.message ?? e}`);
    throw e;
  }
}
