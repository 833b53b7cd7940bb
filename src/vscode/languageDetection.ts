// `.wire`/`.news` files are wire articles by their extension; a plain `.txt` becomes one when
// `wirelens.detect` is on and one of its first lines carries a dateline. Each file is looked at once
// per session: a user who switches a detected file back to Plain Text keeps it so (a language switch
// reopens the document, which must not detect it again). The command switches any file by hand.
import * as vscode from 'vscode';
import { looksLikeWireArticle } from '../core';
import { WIRE_LANGUAGE } from './analysisCache';
import { documentOf } from './documents';
import type { WirelensUi } from './ui';

const SNIFF_LINES = 8;
/** At most this many characters are read: the first line of a huge .txt may be all of it. */
const SNIFF_CHARS = 4096;

export function registerLanguageDetection(ui: WirelensUi): vscode.Disposable {
  const looked = new Set<string>();
  const maybeSwitch = async (doc: vscode.TextDocument): Promise<void> => {
    if (doc.languageId !== 'plaintext' || !/\.txt$/i.test(doc.uri.path)) return;
    const key = doc.uri.toString();
    if (looked.has(key)) return;
    looked.add(key);
    if (!vscode.workspace.getConfiguration('wirelens', doc.uri).get<boolean>('detect', true)) return;
    const end = Math.min(doc.offsetAt(new vscode.Position(Math.min(SNIFF_LINES, doc.lineCount), 0)), SNIFF_CHARS);
    const head = doc.getText(new vscode.Range(new vscode.Position(0, 0), doc.positionAt(end)));
    if (looksLikeWireArticle(head)) await vscode.languages.setTextDocumentLanguage(doc, WIRE_LANGUAGE);
  };
  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument(doc => void maybeSwitch(doc)),
    vscode.commands.registerCommand('wirelens.treatAsWire', async (uri?: unknown) => {
      const doc = await documentOf(uri);
      if (!doc) { void ui.info(vscode.l10n.t('Wirelens: open a text file first.')); return undefined; }
      const switched = await vscode.languages.setTextDocumentLanguage(doc, WIRE_LANGUAGE);
      return switched.languageId;
    }),
  ];
  vscode.workspace.textDocuments.forEach(doc => void maybeSwitch(doc));
  return vscode.Disposable.from(...subscriptions);
}
