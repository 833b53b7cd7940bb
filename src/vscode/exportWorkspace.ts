// Export All Wire Articles in the Workspace…: every .wire/.news file of every workspace folder (and
// any other document open as a wire article), with the user's annotations — from the editor for an
// open article, from its sidecar otherwise — into one folder, mirroring the workspace's layout (with
// several folders, each folder's name first; jsonl: one articles.jsonl). Like the CLI, a file above
// 10 MB is not analysed, and two articles whose exports would have one name (`x.wire` and `x.news`
// both give `x.yaml`) are not written over each other: the second is reported, as is any export
// that would land on an article or an open document (brat's `.txt` in the articles' own folder).
// A progress notification can cancel it; a summary says what was written and what was not.
import * as vscode from 'vscode';
import {
  BRAT_CONF_NAME, analyze, articleBaseName, decodeArticle, exportFiles, formatBytes, isExportFormat, jsonlLine, mergeAnnotations, sha256Hex,
  type ArticleAnalysis, type ExportFormat, type SourceInfo,
} from '../core';
import { isWireDocument } from './analysisCache';
import { articlesUnder } from './articleWalk';
import { writeFileAtomic } from './atomicWrite';
import type { CommandContext } from './commandContext';
import { fileName, toUri } from './documents';
import { ensureBratConf, pickFormat, protectedFiles } from './exportAnnotations';
import { plain } from './plainMessage';
import { readSidecar, WORKSPACE_SIDECAR_DIR } from './sidecarFiles';
import { sourceInfo } from './sourceInfo';

export const WORKSPACE_EXPORT_DIR = '.wirelens-export';
/** Folders never searched: tools' and our own output. */
const SKIPPED = new Set(['node_modules', '.git', WORKSPACE_SIDECAR_DIR, WORKSPACE_EXPORT_DIR]);
/** Closed articles above this are not analysed (as the CLI's --max-size default): the analysis takes about 70 MB per MB. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export interface WorkspaceExport {
  readonly folder: vscode.Uri;
  /** Workspace-relative paths of the articles exported. */
  readonly exported: readonly string[];
  /** Articles (and folders that could not be read) not exported, with why. */
  readonly failed: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
  /** Articles exported without their sidecar, which could not be used. */
  readonly withoutSidecar: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
}

interface Article { readonly analysis: ArticleAnalysis; readonly source: SourceInfo; readonly sidecarProblem?: string }

/** An open article as the editor shows it; a closed one from its bytes and its sidecar. */
async function articleOf(ctx: CommandContext, uri: vscode.Uri, path: string): Promise<Article> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString() && isWireDocument(d));
  if (open) {
    await ctx.store.ready(open);
    return { analysis: ctx.cache.whole(open).analysis, source: await sourceInfo(open) };
  }
  const size = (await vscode.workspace.fs.stat(uri)).size;
  if (size > MAX_ARTICLE_BYTES) throw new Error(`file is ${formatBytes(size)}, above the limit of ${formatBytes(MAX_ARTICLE_BYTES)}`);
  const bytes = await vscode.workspace.fs.readFile(uri);
  const decoded = decodeArticle(bytes, MAX_ARTICLE_BYTES);
  if (!decoded.ok) throw new Error(decoded.message);
  const source = { path, sha256: sha256Hex(bytes) };
  const analysis = analyze(decoded.text);
  const sidecar = await readSidecar(uri, decoded.text, source.sha256);
  if (!sidecar.found) return { analysis, source };
  if (sidecar.parse.ok) return { analysis: mergeAnnotations(analysis, sidecar.parse.set), source };
  return { analysis, source, sidecarProblem: `${sidecar.parse.code}: ${sidecar.parse.message}` };
}

interface FolderItem extends vscode.QuickPickItem { readonly folder?: vscode.Uri }

async function pickFolder(ctx: CommandContext, root: vscode.Uri): Promise<vscode.Uri | undefined> {
  const inWorkspace = vscode.Uri.joinPath(root, WORKSPACE_EXPORT_DIR);
  const choice = await ctx.ui.pick<FolderItem>([
    { label: `$(folder) ${WORKSPACE_EXPORT_DIR}`, description: vscode.l10n.t('in the workspace'), folder: inWorkspace },
    { label: `$(folder-opened) ${vscode.l10n.t('Choose a Folder…')}` },
  ], { placeHolder: vscode.l10n.t('Export the articles to…') });
  if (!choice) return undefined;
  return choice.folder ?? (await ctx.ui.openDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, openLabel: vscode.l10n.t('Export Here'), defaultUri: root }))?.[0];
}

const byPath = (a: vscode.Uri, b: vscode.Uri) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

async function exportWorkspace(ctx: CommandContext, formatArg?: unknown, folderArg?: unknown): Promise<WorkspaceExport | undefined> {
  const roots = (vscode.workspace.workspaceFolders ?? []).map(f => f.uri);
  if (roots.length === 0) { void ctx.ui.info(vscode.l10n.t('Wirelens: open a folder to export its articles.')); return undefined; }
  const format: ExportFormat | undefined = typeof formatArg === 'string' && isExportFormat(formatArg) ? formatArg : await pickFormat(ctx.ui, vscode.l10n.t('Export every article as…'));
  if (!format) return undefined;
  const folder = toUri(folderArg) ?? await pickFolder(ctx, roots[0]);
  if (!folder) return undefined;
  if (!vscode.workspace.isTrusted) { void ctx.ui.info(vscode.l10n.t('Wirelens: this workspace is not trusted, so nothing is exported. Trust the workspace to export.')); return undefined; }

  // With several folders, paths name their folder, so that two folders' a.wire do not meet.
  const relative = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, roots.length > 1);
  const exported: string[] = [], failed: { path: string; reason: string }[] = [], withoutSidecar: { path: string; reason: string }[] = [];
  const lines: string[] = [];
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Wirelens: exporting articles'), cancellable: true }, async (progress, token) => {
      const found: vscode.Uri[] = [];
      for (const root of roots) {
        const walk = await articlesUnder({ readDirectory: d => vscode.workspace.fs.readDirectory(d), join: (d, n) => vscode.Uri.joinPath(d, n) }, root, SKIPPED, () => token.isCancellationRequested);
        found.push(...walk.articles);
        failed.push(...walk.unreadable.map(u => ({ path: relative(u.dir), reason: vscode.l10n.t('folder not read: {0}', u.reason) })));
      }
      const openWire = vscode.workspace.textDocuments.filter(d => isWireDocument(d) && !d.isUntitled && !found.some(u => u.toString() === d.uri.toString())).map(d => d.uri);
      const all = [...found, ...openWire].sort(byPath);
      // No export lands on an article or an open document; none on another article's export.
      const taken = protectedFiles();
      for (const uri of all) taken.set(uri.toString(), relative(uri));
      const writtenFor = new Map<string, string>();
      await vscode.workspace.fs.createDirectory(folder);
      for (const uri of all) {
        if (token.isCancellationRequested) break;
        const path = relative(uri);
        progress.report({ message: path, increment: 100 / all.length });
        try {
          const article = await articleOf(ctx, uri, vscode.workspace.asRelativePath(uri, false));
          if (format === 'jsonl') lines.push(jsonlLine(article.analysis, article.source) + '\n');
          else {
            const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')).split('/') : [];
            const files = exportFiles(format, article.analysis, article.source).map(f => ({ ...f, uri: vscode.Uri.joinPath(folder, ...dir, articleBaseName(path) + f.suffix) }));
            for (const f of files) {
              const key = f.uri.toString();
              const earlier = writtenFor.get(key);
              if (earlier) throw new Error(`would overwrite the export of ${earlier} (${fileName(f.uri)}); export them to separate folders`);
              if (taken.has(key)) throw new Error(`would write over ${taken.get(key)}`);
            }
            for (const f of files) {
              await writeFileAtomic(f.uri, new TextEncoder().encode(f.content), vscode.workspace.fs);
              writtenFor.set(f.uri.toString(), path);
            }
          }
          if (article.sidecarProblem) withoutSidecar.push({ path, reason: article.sidecarProblem });
          exported.push(path);
        } catch (e: any) {
          failed.push({ path, reason: String(e?.message ?? e) });
        }
      }
      if (format === 'jsonl') await writeFileAtomic(vscode.Uri.joinPath(folder, 'articles.jsonl'), new TextEncoder().encode(lines.join('')), vscode.workspace.fs);
      if (format === 'brat' && exported.length) await ensureBratConf(folder);
    });
  } catch (e: any) {
    failed.push({ path: relative(folder), reason: String(e?.message ?? e) });
  }

  const where = plain(vscode.workspace.asRelativePath(folder, false));
  const first = (list: readonly { path: string; reason?: string }[]) => plain(`${list[0].path}${list[0].reason ? `: ${list[0].reason}` : ''}${list.length > 1 ? ' …' : ''}`);
  void ctx.ui.info([
    vscode.l10n.t('Wirelens: exported {0} article(s) as {1} to {2}', exported.length, plain(format), where),
    format === 'brat' ? ` (${vscode.l10n.t('with {0}', BRAT_CONF_NAME)})` : '',
    failed.length ? vscode.l10n.t('; {0} failed ({1})', failed.length, first(failed)) : '',
    withoutSidecar.length ? vscode.l10n.t('; {0} without their sidecar, which could not be used ({1})', withoutSidecar.length, plain(withoutSidecar[0].path)) : '',
    '.',
  ].join(''));
  return { folder, exported, failed, withoutSidecar };
}

export function registerExportWorkspace(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('wirelens.exportWorkspace', (format?: unknown, folder?: unknown) => exportWorkspace(ctx, format, folder));
}
