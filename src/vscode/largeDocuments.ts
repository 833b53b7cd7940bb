// Documents above `wirelens.maxAnalysisSize`: the cache analyses only what is on screen (analysisCache.ts);
// here the user is told so, once per opening, and offered the whole file (also the command Wirelens:
// Analyse Whole File) or the setting. The whole analysis of a big file takes seconds: it runs behind a
// progress notification, and the window stays shown until it is done.
import * as vscode from 'vscode';
import { documentSize, isWireDocument, MAX_ANALYSIS_SIZE_SETTING, maxAnalysisSize, type AnalysisCache } from './analysisCache';
import { documentOf, fileName } from './documents';
import { plain } from './plainMessage';
import type { WirelensUi } from './ui';

export const ANALYSE_WHOLE_FILE = vscode.l10n.t('Analyse Whole File');
export const CHANGE_LIMIT = vscode.l10n.t('Change the Limit');

/** Analyses the whole document behind a progress notification (the notification shows before the work starts). */
function analyseWholeFile(cache: AnalysisCache, doc: vscode.TextDocument): Thenable<void> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Wirelens: analysing all of {0}…', plain(fileName(doc.uri))) },
    () => new Promise<void>(resolve => setTimeout(() => {
      if (!doc.isClosed) cache.analyseWhole(doc);
      resolve();
    }, 0)),
  );
}

async function tell(cache: AnalysisCache, ui: WirelensUi, doc: vscode.TextDocument): Promise<void> {
  const choice = await ui.info(
    vscode.l10n.t('Wirelens: {0} has {1} characters, more than wirelens.maxAnalysisSize ({2}): only the part on screen is analysed. Exports and the sidecar still cover the whole file.',
      plain(fileName(doc.uri)), documentSize(doc).toLocaleString('en'), maxAnalysisSize(doc).toLocaleString('en')),
    ANALYSE_WHOLE_FILE, CHANGE_LIMIT,
  );
  if (choice === ANALYSE_WHOLE_FILE) await analyseWholeFile(cache, doc);
  else if (choice === CHANGE_LIMIT) await vscode.commands.executeCommand('workbench.action.openSettings', `wirelens.${MAX_ANALYSIS_SIZE_SETTING}`);
}

export function registerLargeDocuments(cache: AnalysisCache, ui: WirelensUi): vscode.Disposable {
  return vscode.Disposable.from(
    cache.onDidAnalyseWindow(doc => void tell(cache, ui, doc)),
    vscode.commands.registerCommand('wirelens.analyseWholeFile', async (uriArg?: unknown) => {
      const doc = await documentOf(uriArg);
      if (!doc || !isWireDocument(doc)) return void ui.info(vscode.l10n.t('Wirelens: open a wire article first.'));
      await analyseWholeFile(cache, doc);
    }),
  );
}
