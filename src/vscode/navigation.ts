// Going to a place in an article: the links of the hover cards (and anything else that names a span
// by code points) run these. `wirelens.revealSpan(uri, start, end)` selects and reveals a span;
// `wirelens.findMentions(uri, entity)` lists an entity's mentions in the references peek (the entity
// as commandContext.ts's EntityRef; without it, the entity under the cursor).
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { entityOf } from './commandContext';
import { documentOf, toUri } from './documents';
import { plain } from './plainMessage';
import { toPosition, toRange } from './positions';
import type { WirelensUi } from './ui';

async function revealSpan(cache: AnalysisCache, uriArg: unknown, start: unknown, end: unknown): Promise<vscode.Range | undefined> {
  const uri = toUri(uriArg);
  if (!uri || typeof start !== 'number' || typeof end !== 'number') return undefined;
  const editor = await vscode.window.showTextDocument(uri);
  const range = toRange(cache.current(editor.document).index, { start, end });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return range;
}

async function findMentions(cache: AnalysisCache, ui: WirelensUi, uriArg?: unknown, ref?: unknown): Promise<vscode.Location[] | undefined> {
  const doc = await documentOf(uriArg);
  if (!doc) return undefined;
  const entity = entityOf({ cache, ui }, doc, ref);
  if (!entity) return undefined;
  // An entity named only as a speaker ("New speaker…") has no mention in the text.
  if (entity.mentions.length === 0) {
    void ui.info(vscode.l10n.t('Wirelens: {0} is not mentioned in the text.', plain(entity.name)));
    return [];
  }
  const { index } = cache.current(doc);
  const locations = entity.mentions.map(m => new vscode.Location(doc.uri, toRange(index, m)));
  await vscode.commands.executeCommand('editor.action.showReferences', doc.uri, toPosition(index, entity.mentions[0].start), locations);
  return locations;
}

export function registerNavigation(cache: AnalysisCache, ui: WirelensUi): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('wirelens.revealSpan', (uri: unknown, start: unknown, end: unknown) => revealSpan(cache, uri, start, end)),
    vscode.commands.registerCommand('wirelens.findMentions', (uri?: unknown, ref?: unknown) => findMentions(cache, ui, uri, ref)),
  );
}
