// Wirelens: Export Annotations as YAML… — the `wirelens/1` document of the active article.
import * as vscode from 'vscode';
import { toWirelensYaml } from '../core';
import { isWireDocument, type AnalysisCache } from './analysisCache';
import { writeFileAtomic } from './atomicWrite';
import { sourceInfo } from './sourceInfo';

export async function exportYamlText(cache: AnalysisCache, doc: vscode.TextDocument): Promise<string> {
  const { analysis } = cache.whole(doc);
  return toWirelensYaml(analysis, await sourceInfo(doc));
}

function defaultTarget(doc: vscode.Uri): vscode.Uri {
  return doc.with({ path: doc.path.replace(/(\.[^./]*)?$/, '.yaml') });
}

export function registerExportYaml(cache: AnalysisCache): vscode.Disposable {
  return vscode.commands.registerCommand('wirelens.exportYaml', async (uri?: vscode.Uri, target?: vscode.Uri) => {
    const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc || !isWireDocument(doc)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Wirelens: open a wire article to export its annotations.'));
      return undefined;
    }
    target ??= await vscode.window.showSaveDialog({ defaultUri: defaultTarget(doc.uri), filters: { [vscode.l10n.t('Wirelens YAML')]: ['yaml', 'yml'] }, saveLabel: vscode.l10n.t('Export') });
    if (!target) return undefined;
    const yaml = await exportYamlText(cache, doc);
    try {
      await writeFileAtomic(target, new TextEncoder().encode(yaml), vscode.workspace.fs);
    } catch (e: any) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Wirelens: could not write {0}: {1}', target.fsPath || target.path, String(e.message ?? e)));
      return undefined;
    }
    return target;
  });
}
