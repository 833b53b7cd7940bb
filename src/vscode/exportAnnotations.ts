// Export Annotations… (the active article, in a format the user picks, where the save dialog says),
// Export Annotations as YAML… (the same, in wirelens/1 YAML), and Import Annotations… (a wirelens/1
// YAML or a brat .ann, onto the article's text). The export is the merged view, so it holds the
// user's corrections; it also writes the sidecar, since an explicit export is a moment the user
// wants their work kept.
// An export never writes over an article: brat writes a `.txt` beside its `.ann`, which for
// `story.txt` exported as `story.ann` would be the article itself, so brat's files are offered as
// `story.brat.ann` + `story.brat.txt`, and any file that would land on the article, on another open
// document or on the article's sidecar is refused before anything is written.
import * as vscode from 'vscode';
import {
  BRAT_ANNOTATION_CONF, BRAT_CONF_NAME, EXPORT_FORMATS, articleBaseName, decodeArticle, exportFiles, exportFormat, importBrat,
  importWirelensYaml, isExportFormat, type AnnotationSet, type ExportFormat,
} from '../core';
import { writeFileAtomic } from './atomicWrite';
import { wireDocument, type CommandContext } from './commandContext';
import { fileName, toUri } from './documents';
import { plain } from './plainMessage';
import { isNotFound, legacySidecarUri, sidecarUri } from './sidecarFiles';
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

/** What a single export is named by default: `story.yaml`, `story.conll` …, and brat's `story.brat.ann` (+ `story.brat.txt`). */
export function defaultExportName(articlePath: string, format: ExportFormat): string {
  return articleBaseName(articlePath) + (format === 'brat' ? '.brat' : '') + exportFormat(format).suffixes[0];
}

/**
 * The files an export must not write over, with what each is: the open documents (the article among
 * them: a `.txt` article is what a brat export's `.txt` would hit) and the article's sidecar.
 */
export function protectedFiles(article?: vscode.Uri): Map<string, string> {
  const files = new Map<string, string>();
  for (const d of vscode.workspace.textDocuments) if (!d.isUntitled) files.set(d.uri.toString(), fileName(d.uri));
  if (article) {
    files.set(article.toString(), fileName(article));
    for (const sidecar of [sidecarUri(article), legacySidecarUri(article)]) files.set(sidecar.toString(), fileName(sidecar));
  }
  return files;
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
    defaultUri: vscode.Uri.joinPath(doc.uri, '..', defaultExportName(doc.uri.path, format)),
    filters: { [info.label]: [main.slice(1)] }, saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return undefined;
  const files = exportFiles(format, ctx.cache.whole(doc).analysis, await sourceInfo(doc));
  const base = stem(target, main);
  const targets = files.map(f => ({ uri: target.with({ path: base + f.suffix }), content: f.content }));
  const taken = protectedFiles(doc.uri);
  const clash = targets.find(t => taken.has(t.uri.toString()));
  if (clash) {
    void ctx.ui.error(vscode.l10n.t('Wirelens: nothing was exported: {0} would write over {1}, which is open or is the article or its sidecar. Choose another name.',
      plain(fileName(clash.uri)), plain(taken.get(clash.uri.toString()))));
    return undefined;
  }
  const written: vscode.Uri[] = [];
  try {
    for (const t of targets) {
      await writeFileAtomic(t.uri, new TextEncoder().encode(t.content), vscode.workspace.fs);
      written.push(t.uri);
    }
    if (format === 'brat') await ensureBratConf(vscode.Uri.joinPath(target, '..'));
  } catch (e: any) {
    void ctx.ui.error(vscode.l10n.t('Wirelens: could not write {0}: {1}', plain(target.fsPath || target.path), plain(e?.message ?? e)));
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
    void ctx.ui.warn(vscode.l10n.t('Wirelens: could not read {0}: {1}', plain(fileName(source)), plain(e?.message ?? e)), {});
    return undefined;
  }
  const text = doc.getText();
  const result = /\.ann$/i.test(source.path) ? importBrat(content, text) : importWirelensYaml(content, text);
  if (!result.ok) {
    void ctx.ui.warn(vscode.l10n.t('Wirelens: could not import {0} ({1}): {2}. Nothing was changed.', plain(fileName(source)), plain(result.code), plain(result.message)), {});
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
    vscode.l10n.t('Wirelens: imported {0} annotation(s) from {1}', summary.annotations, plain(fileName(source))),
    had ? vscode.l10n.t(', replacing the {0} you had (Undo Last Annotation Change brings them back)', had) : '',
    summary.lost ? vscode.l10n.t('; {0} could not be placed on this text (see Problems)', summary.lost) : '',
    summary.warnings.length ? vscode.l10n.t('; {0} line(s) skipped: {1}', summary.warnings.length, plain(`${summary.warnings[0]}${summary.warnings.length > 1 ? ' …' : ''}`)) : '',
    '.',
  ].join(''));
  return summary;
}

export function registerExportAnnotations(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('wirelens.exportAnnotations', (uri?: unknown, format?: unknown, target?: unknown) => exportAnnotations(ctx, uri, format, target)),
    // The YAML shortcut of the editor's title bar: the same export, its one file's uri returned.
    vscode.commands.registerCommand('wirelens.exportYaml', async (uri?: unknown, target?: unknown) => (await exportAnnotations(ctx, uri, 'yaml', target))?.[0]),
    vscode.commands.registerCommand('wirelens.importAnnotations', (uri?: unknown, source?: unknown) => importAnnotations(ctx, uri, source)),
  );
}
