// Export All Wire Articles in the Workspace…: every .wire/.news file (and any other document open
// as a wire article), with the user's annotations — from the editor for an open article, from its
// sidecar otherwise — into one folder, mirroring the workspace's layout (jsonl: one articles.jsonl).
// A progress notification can cancel it; a summary says what was written and what was not.
import * as vscode from 'vscode';
import {
  BRAT_CONF_NAME, analyze, articleBaseName, decodeArticle, exportFiles, isExportFormat, jsonlLine, mergeAnnotations, sha256Hex,
  type ArticleAnalysis, type ExportFormat, type SourceInfo,
} from '../core';
import { isWireDocument } from './analysisCache';
import { writeFileAtomic } from './atomicWrite';
import type { CommandContext } from './commandContext';
import { toUri } from './navigation';
import { ensureBratConf, pickFormat } from './exportAnnotations';
import { readSidecar, sidecarUri, WORKSPACE_SIDECAR_DIR } from './sidecarFiles';
import { sourceInfo } from './sourceInfo';

export const WORKSPACE_EXPORT_DIR = '.wirelens-export';
const ARTICLE = /\.(wire|news)$/i;
/** Folders never searched: tools' and our own output. */
const SKIPPED = new Set(['node_modules', '.git', WORKSPACE_SIDECAR_DIR, WORKSPACE_EXPORT_DIR]);

export interface WorkspaceExport {
  readonly folder: vscode.Uri;
  /** Workspace-relative paths of the articles exported. */
  readonly exported: readonly string[];
  readonly failed: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
  /** Articles exported without their sidecar, which could not be used. */
  readonly withoutSidecar: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
}

/** Every article file under the folder (readDirectory works on every file system, the web's included). */
async function articlesUnder(folder: vscode.Uri, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  const walk = async (dir: vscode.Uri): Promise<void> => {
    if (token.isCancellationRequested) return;
    for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
      const uri = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) { if (!SKIPPED.has(name)) await walk(uri); } else if (ARTICLE.test(name)) out.push(uri);
    }
  };
  await walk(folder);
  return out;
}

interface Article { readonly analysis: ArticleAnalysis; readonly source: SourceInfo; readonly sidecarProblem?: string }

/** An open article as the editor shows it; a closed one from its bytes and its sidecar. */
async function articleOf(ctx: CommandContext, uri: vscode.Uri): Promise<Article> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString() && isWireDocument(d));
  if (open) {
    await ctx.store.ready(open);
    return { analysis: ctx.cache.whole(open).analysis, source: await sourceInfo(open) };
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new Error(decoded.message);
  const source = { path: vscode.workspace.asRelativePath(uri, false), sha256: sha256Hex(bytes) };
  const analysis = analyze(decoded.text);
  const sidecar = await readSidecar(sidecarUri(uri), decoded.text, source.sha256);
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

async function exportWorkspace(ctx: CommandContext, formatArg?: unknown, folderArg?: unknown): Promise<WorkspaceExport | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) { void ctx.ui.info(vscode.l10n.t('Wirelens: open a folder to export its articles.')); return undefined; }
  const format: ExportFormat | undefined = typeof formatArg === 'string' && isExportFormat(formatArg) ? formatArg : await pickFormat(ctx.ui, vscode.l10n.t('Export every article as…'));
  if (!format) return undefined;
  const folder = toUri(folderArg) ?? await pickFolder(ctx, root);
  if (!folder) return undefined;
  if (!vscode.workspace.isTrusted) { void ctx.ui.info(vscode.l10n.t('Wirelens: this workspace is not trusted, so nothing is exported. Trust the workspace to export.')); return undefined; }

  const exported: string[] = [], failed: { path: string; reason: string }[] = [], withoutSidecar: { path: string; reason: string }[] = [];
  const lines: string[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Wirelens: exporting articles'), cancellable: true }, async (progress, token) => {
    const found = await articlesUnder(root, token);
    const openWire = vscode.workspace.textDocuments.filter(d => isWireDocument(d) && !d.isUntitled && !found.some(u => u.toString() === d.uri.toString())).map(d => d.uri);
    const all = [...found, ...openWire].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    await vscode.workspace.fs.createDirectory(folder);
    for (const uri of all) {
      if (token.isCancellationRequested) break;
      const path = vscode.workspace.asRelativePath(uri, false);
      progress.report({ message: path, increment: 100 / all.length });
      try {
        const article = await articleOf(ctx, uri);
        if (article.sidecarProblem) withoutSidecar.push({ path, reason: article.sidecarProblem });
        if (format === 'jsonl') lines.push(jsonlLine(article.analysis, article.source) + '\n');
        else {
          const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')).split('/') : [];
          for (const f of exportFiles(format, article.analysis, article.source)) {
            const target = vscode.Uri.joinPath(folder, ...dir, articleBaseName(path) + f.suffix);
            await writeFileAtomic(target, new TextEncoder().encode(f.content), vscode.workspace.fs);
          }
        }
        exported.push(path);
      } catch (e: any) {
        failed.push({ path, reason: e.message ?? String(e) });
      }
    }
    if (format === 'jsonl') await writeFileAtomic(vscode.Uri.joinPath(folder, 'articles.jsonl'), new TextEncoder().encode(lines.join('')), vscode.workspace.fs);
    if (format === 'brat' && exported.length) await ensureBratConf(folder);
  });

  const where = vscode.workspace.asRelativePath(folder, false);
  void ctx.ui.info([
    vscode.l10n.t('Wirelens: exported {0} article(s) as {1} to {2}', exported.length, format, where),
    format === 'brat' ? ` (${vscode.l10n.t('with {0}', BRAT_CONF_NAME)})` : '',
    failed.length ? vscode.l10n.t('; {0} failed ({1}: {2})', failed.length, failed[0].path, `${failed[0].reason}${failed.length > 1 ? ' …' : ''}`) : '',
    withoutSidecar.length ? vscode.l10n.t('; {0} without their sidecar, which could not be used ({1})', withoutSidecar.length, withoutSidecar[0].path) : '',
    '.',
  ].join(''));
  return { folder, exported, failed, withoutSidecar };
}

export function registerExportWorkspace(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('wirelens.exportWorkspace', (format?: unknown, folder?: unknown) => exportWorkspace(ctx, format, folder));
}
