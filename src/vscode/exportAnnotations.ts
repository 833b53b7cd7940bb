// Export Annotations… (the active article, in a format the user picks, where the save dialog says)
// and Import Annotations… (a wirelens/1 YAML or a brat .ann, onto the article's text). The export
// is the merged view, so it holds the user's corrections; it also writes the sidecar, since an
// explicit export is a moment the user wants their work kept.
import * as vscode from 'vscode';
import {
  BRAT_ANNOTATION_CONF, BRAT_CONF_NAME, EXPORT_FORMATS, articleBaseName, decodeArticle, exportFiles, exportFormat, importBrat,
  importWirelensYaml, isExportFormat, type AnnotationSet, type ExportFormat,
} from '../core';
import { writeFileAtomic } from './atomicWrite';
import { wireDocument, type CommandContext } from './commandContext';
import { toUri } from './navigation';
import { fileName, isNotFound } from './sidecarFiles';
import { sourceInfo } from './sourceInfo';
import type { WirelensUi } from './ui';

interface FormatItem extends vscode.QuickPickItem { readonly format: ExportFormat }

export async function pickFormat(ui: WirelensUi, placeHolder: string): Promise<ExportFormat | undefined> {
  const items: FormatItem[] = EXPORT_FORMATS.map(f => ({ format: f.id, label: f.label, description: f.suffixes.join(' + '), detail: f.description }));
  return (await ui.pick(items, { placeHolder }))?.format;
}

/** brat finds its annotation.conf in the collection's folder; one the user wrote is left alone. */
export async function ensureBratConf(folder: vscode.Uri): Promise<void> {
  const conf = vscode.Uri.joinPath(folder, BRAT_CONF_NAME);
  try {
    await vscode.workspace.fs.stat(conf);
  } catch (e) {
    if (!isNotFound(e)) throw e;
    await writeFileAtomic(conf, new TextEncoder().encode(BRAT_ANNOTATION_CONF), vscode.workspace.fs);
  }
}

/** `dir/name.ann` with the format's main suffix -> `dir/name`, so that a brat .txt lands beside its .ann. */
function stem(target: vscode.Uri, mainSuffix: string): string {
  return target.path.endsWith(mainSuffix) ? target.path.slice(0, -mainSuffix.length) : target.path.replace(/\.[^./]*$/, '');
}

/** Exports the article; the files written, the format's main file first. */
async function exportAnnotations(ctx: CommandContext, uriArg?: unknown, formatArg?: unknown, targetArg?: unknown): Promise<vscode.Uri[] | undefined> {
  const doc = await wireDocument(ctx, uriArg);
  if (!doc) return undefined;
  const format = typeof formatArg === 'string' && isExportFormat(formatArg) ? formatArg : await pickFormat(ctx.ui, vscode.l10n.t('Export the annotations as…'));
  if (!format) return undefined;
  if (!vscode.workspace.isTrusted) { void ctx.ui.info(vscode.l10n.t('Wirelens: this workspace is not trusted, so nothing is exported. Trust the workspace to export.')); return undefined; }
  const info = exportFormat(format);
  const main = info.suffixes[0];
  const target = toUri(targetArg) ?? await ctx.ui.saveDialog({
    defaultUri: vscode.Uri.joinPath(doc.uri, '..', articleBaseName(doc.uri.path) + main),
    filters: { [info.label]: [main.slice(1)] }, saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return undefined;
  const files = exportFiles(format, ctx.cache.whole(doc).analysis, await sourceInfo(doc));
  const base = stem(target, main);
  const written: vscode.Uri[] = [];
  try {
    for (const f of files) {
      const uri = target.with({ path: base + f.suffix });
      await writeFileAtomic(uri, new TextEncoder().encode(f.content), vscode.workspace.fs);
      written.push(uri);
    }
    if (format === 'brat') await ensureBratConf(vscode.Uri.joinPath(target, '..'));
  } catch (e: any) {
    void ctx.ui.error(vscode.l10n.t('Wirelens: could not write {0}: {1}', target.fsPath || target.path, String(e.message ?? e)));
    return undefined;
  }
  await ctx.sidecars.write(doc, 'export');
  return written;
}

export interface ImportSummary {
  readonly annotations: number;
  /** Spans of the file that could not be placed on the text (they are orphans, in Problems). */
  readonly lost: number;
  readonly warnings: readonly string[];
}

const countOf = (set: AnnotationSet) => set.mentions.length + set.quotes.length + set.paragraphs.length + set.rejections.length;

/** Replaces the article's annotations by a file's (one undoable step). */
async function importAnnotations(ctx: CommandContext, uriArg?: unknown, sourceArg?: unknown): Promise<ImportSummary | undefined> {
  const doc = await wireDocument(ctx, uriArg);
  if (!doc) return undefined;
  const source = toUri(sourceArg) ?? (await ctx.ui.openDialog({
    canSelectMany: false, openLabel: vscode.l10n.t('Import'),
    filters: { [vscode.l10n.t('Wirelens YAML or brat')]: ['yaml', 'yml', 'ann'] },
    defaultUri: vscode.Uri.joinPath(doc.uri, '..'),
  }))?.[0];
  if (!source) return undefined;
  let content: string;
  try {
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(source));
    if (!decoded.ok) throw new Error(decoded.message);
    content = decoded.text;
  } catch (e: any) {
    void ctx.ui.warn(vscode.l10n.t('Wirelens: could not read {0}: {1}', fileName(source), String(e.message ?? e)), {});
    return undefined;
  }
  const text = doc.getText();
  const result = /\.ann$/i.test(source.path) ? importBrat(content, text) : importWirelensYaml(content, text);
  if (!result.ok) {
    void ctx.ui.warn(vscode.l10n.t('Wirelens: could not import {0} ({1}): {2}. Nothing was changed.', fileName(source), result.code, result.message), {});
    return undefined;
  }
  const had = countOf(ctx.store.annotationsOf(doc));
  ctx.store.change(doc, vscode.l10n.t('Import Annotations'), result.set);
  const summary: ImportSummary = {
    annotations: countOf(result.set),
    lost: 'report' in result ? new Set(result.report.orphans.map(o => `${o.place.owner} ${o.place.id}`)).size : 0,
    warnings: 'warnings' in result ? result.warnings : [],
  };
  void ctx.ui.info([
    vscode.l10n.t('Wirelens: imported {0} annotation(s) from {1}', summary.annotations, fileName(source)),
    had ? vscode.l10n.t(', replacing the {0} you had (Undo Last Annotation Change brings them back)', had) : '',
    summary.lost ? vscode.l10n.t('; {0} could not be placed on this text (see Problems)', summary.lost) : '',
    summary.warnings.length ? vscode.l10n.t('; {0} line(s) skipped: {1}', summary.warnings.length, `${summary.warnings[0]}${summary.warnings.length > 1 ? ' …' : ''}`) : '',
    '.',
  ].join(''));
  return summary;
}

export function registerExportAnnotations(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('wirelens.exportAnnotations', (uri?: unknown, format?: unknown, target?: unknown) => exportAnnotations(ctx, uri, format, target)),
    vscode.commands.registerCommand('wirelens.importAnnotations', (uri?: unknown, source?: unknown) => importAnnotations(ctx, uri, source)),
  );
}
