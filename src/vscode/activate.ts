// Shared activation for the desktop and the web entries: build the context, register every feature.
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerAnnotating } from './annotating';
import type { AnnotationStore } from './annotationStore';
import { plain } from './plainMessage';
import { windowUi, type WirelensUi } from './ui';
import { registerLanguageDetection } from './languageDetection';
import { registerNavigation } from './navigation';
import { registerSemanticTokens } from './semanticTokens';
import { registerHover } from './hover';
import { registerLargeDocuments } from './largeDocuments';
import { registerStatusBar, type ArticleStatusBar } from './statusBar';
import type { OutlineNode } from '../core/outline';
import { registerOutline, type OutlineTreeProvider } from './outline';
import { registerDocumentSymbols } from './symbols';
import { registerDiagnostics } from './diagnostics';
import { registerCodeActions } from './codeActions';
import { registerReadingView, type ReadingView } from './readingView';

export interface WirelensApi {
  readonly cache: AnalysisCache;
  /** The user's annotations per article (the cache's analysis merges them). */
  readonly store: AnnotationStore;
  /** The questions commands ask (quick picks, dialogs, messages); tests replace its methods. */
  readonly ui: WirelensUi;
  /** The status bar item of the active article (the API has no way to list status bar items). */
  readonly statusBar: ArticleStatusBar;
  /** The sidebar's Article tree (tests read its items). */
  readonly outline: OutlineTreeProvider;
  readonly outlineView: vscode.TreeView<OutlineNode>;
  /** The reading view's panel and the article it shows (the API has no way to list webview panels). */
  readonly readingView: ReadingView;
  /** How long activateShared took, in milliseconds (`npm run bench` reports it). */
  readonly activationMs: number;
}

/** What the entries' `deactivate` waits for: the sidecar writes still waiting for a pause in the typing. */
let flushOnDeactivate: (() => Promise<void>) | undefined;

export function activateShared(context: vscode.ExtensionContext): WirelensApi {
  const started = performance.now();
  try {
    const cache = new AnalysisCache();
    const ui = windowUi();
    // First: the annotation store must follow each edit before any feature re-reads the analysis.
    const annotating = registerAnnotating(context, cache, ui);
    flushOnDeactivate = () => annotating.sidecars.flush();
    // Before any feature reads the cache: a document too large to analyse whole is announced once.
    const largeDocuments = registerLargeDocuments(cache, ui);
    const outline = registerOutline(cache);
    const statusBar = registerStatusBar(cache);
    const readingView = registerReadingView(context, cache);
    context.subscriptions.push(
      cache,
      annotating,
      largeDocuments,
      registerLanguageDetection(ui),
      registerSemanticTokens(cache),
      registerNavigation(cache, ui),
      registerHover(cache),
      statusBar,
      outline,
      registerDocumentSymbols(cache),
      registerDiagnostics(cache),
      registerCodeActions(cache),
      readingView,
    );
    return {
      cache, store: annotating.store, ui, statusBar, outline: outline.provider, outlineView: outline.view, readingView,
      activationMs: performance.now() - started,
    };
  } catch (e: any) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Wirelens failed to start: {0}', plain(e?.message ?? e)));
    throw e;
  }
}

/**
 * For the entries' `deactivate`: the annotation changes not written yet are written now (VS Code waits
 * for the promise before it lets the extension go, a window reload or close included).
 */
export function deactivateShared(): Promise<void> {
  const flush = flushOnDeactivate;
  flushOnDeactivate = undefined;
  return flush ? flush() : Promise.resolve();
}
