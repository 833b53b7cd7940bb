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
  const format = typeof formatArg === 'string' && isExportFormat(formatArg) ? formatArg : await pickFormat(ctx.ui, 'Export the annotations as…');
  if (!format) return undefined;
  if (!vscode.workspace.isTrusted) { void ctx.ui.info('Wirelens: this workspace is not trusted, so nothing is exported. Trust the workspace to export.'); return undefined; }
  const info = exportFormat(format);
  const main = info.suffixes[0];
  const target = toUri(targetArg) ?? await ctx.ui.saveDialog({
    defaultUri: vscode.Uri.joinPath(doc.uri, '..', articleBaseName(doc.uri.path) + main),
    filters: { [info.label]: [main.slice(1)] }, saveLabel: 'Export',
  });
  if (!target) return undefined;
  const files = exportFiles(format, ctx.cache.get(doc).analysis, await sourceInfo(doc));
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
    void ctx.ui.error(`Wirelens: could not write ${target.fsPath || target.path}: ${e.message ?? e}`);
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
    canSelectMany: false, openLabel: 'Import',
    filters: { 'Wirelens YAML or brat': ['yaml', 'yml', 'ann'] },
    defaultUri: vscode.Uri.joinPath(doc.uri, '..'),
  }))?.[0];
  if (!source) return undefined;
  let content: string;
  try {
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(source));
    if (!decoded.ok) throw new Error(decoded.message);
    content = decoded.text;
  } catch (e: any) {
    void ctx.ui.warn(`Wirelens: could not read ${fileName(source)}: ${e.message ?? e}`, {});
    return undefined;
  }
  const text = doc.getText();
  const result = /\.ann$/i.test(source.path) ? importBrat(content, text) : importWirelensYaml(content, text);
  if (!result.ok) {
    void ctx.ui.warn(`Wirelens: could not import ${fileName(source)} (${result.code}): ${result.message}. Nothing was changed.`, {});
    return undefined;
  }
  const had = countOf(ctx.store.annotationsOf(doc));
  ctx.store.change(doc, 'Import Annotations', result.set);
  const summary: ImportSummary = {
    annotations: countOf(result.set),
    lost: 'report' in result ? new Set(result.report.orphans.map(o => `${o.place.owner} ${o.place.id}`)).size : 0,
    warnings: 'warnings' in result ? result.warnings : [],
  };
  void ctx.ui.info([
    `Wirelens: imported ${summary.annotations} annotation(s) from ${fileName(source)}`,
    had ? `, replacing the ${had} you had (Undo Last Annotation Change brings them back)` : '',
    summary.lost ? `; ${summary.lost} could not be placed on this text (see Problems)` : '',
    summary.warnings.length ? `; ${summary.warnings.length} line(s) skipped: ${summary.warnings[0]}${summary.warnings.length > 1 ? ' …' : ''}` : '',
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
