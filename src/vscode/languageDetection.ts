// `.wire`/`.news` files are wire articles by their extension; a plain `.txt` becomes one when
// `wirelens.detect` is on and one of its first lines carries a dateline. The command switches any file by hand.
import * as vscode from 'vscode';
import { looksLikeWireArticle } from '../core';
import { WIRE_LANGUAGE } from './analysisCache';

const SNIFF_LINES = 8;

async function maybeSwitch(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext' || !/\.txt$/i.test(doc.uri.path)) return;
  if (!vscode.workspace.getConfiguration('wirelens', doc.uri).get<boolean>('detect', true)) return;
  const head = doc.getText(new vscode.Range(0, 0, Math.min(SNIFF_LINES, doc.lineCount), 0));
  if (looksLikeWireArticle(head)) await vscode.languages.setTextDocumentLanguage(doc, WIRE_LANGUAGE);
}

export function registerLanguageDetection(): vscode.Disposable {
  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument(doc => void maybeSwitch(doc)),
    vscode.commands.registerCommand('wirelens.treatAsWire', async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) { void vscode.window.showInformationMessage(vscode.l10n.t('Wirelens: open a text file first.')); return undefined; }
      const switched = await vscode.languages.setTextDocumentLanguage(doc, WIRE_LANGUAGE);
      return switched.languageId;
    }),
  ];
  vscode.workspace.textDocuments.forEach(doc => void maybeSwitch(doc));
  return vscode.Disposable.from(...subscriptions);
}
