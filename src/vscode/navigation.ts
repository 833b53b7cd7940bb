// Going to a place in an article: the links of the hover cards (and anything else that names a span
// by code points) run these. `wirelens.revealSpan(uri, start, end)` selects and reveals a span;
// `wirelens.findMentions(uri, entityId)` lists an entity's mentions in the references peek
// (without arguments: the entity under the cursor).
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { mentionAt } from './highlightSpans';
import { toOffset, toPosition, toRange } from './positions';

/** Command links carry the uri as a string (JSON in a markdown link); callers in code pass a Uri. */
export function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return vscode.Uri.parse(value);
  if (value && typeof value === 'object' && typeof (value as { scheme?: unknown }).scheme === 'string') return vscode.Uri.from(value as vscode.Uri);
  return undefined;
}

async function revealSpan(cache: AnalysisCache, uriArg: unknown, start: unknown, end: unknown): Promise<vscode.Range | undefined> {
  const uri = toUri(uriArg);
  if (!uri || typeof start !== 'number' || typeof end !== 'number') return undefined;
  const editor = await vscode.window.showTextDocument(uri);
  const range = toRange(cache.get(editor.document).index, { start, end });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return range;
}

async function findMentions(cache: AnalysisCache, uriArg?: unknown, entityId?: unknown): Promise<vscode.Location[] | undefined> {
  const uri = toUri(uriArg);
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc) return undefined;
  const { analysis, index } = cache.get(doc);
  const entity = typeof entityId === 'string'
    ? analysis.entities.find(e => e.id === entityId)
    : vscode.window.activeTextEditor?.document === doc
      ? mentionAt(analysis, index, toOffset(index, vscode.window.activeTextEditor.selection.active))?.entity
      : undefined;
  if (!entity) {
    void vscode.window.showInformationMessage(typeof entityId === 'string'
      ? vscode.l10n.t('Wirelens: that entity is no longer in the article.')
      : vscode.l10n.t('Wirelens: place the cursor on an entity mention to find its other mentions.'));
    return undefined;
  }
  const locations = entity.mentions.map(m => new vscode.Location(doc.uri, toRange(index, m)));
  await vscode.commands.executeCommand('editor.action.showReferences', doc.uri, toPosition(index, entity.mentions[0].start), locations);
  return locations;
}

export function registerNavigation(cache: AnalysisCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('wirelens.revealSpan', (uri: unknown, start: unknown, end: unknown) => revealSpan(cache, uri, start, end)),
    vscode.commands.registerCommand('wirelens.findMentions', (uri?: unknown, entityId?: unknown) => findMentions(cache, uri, entityId)),
  );
}
