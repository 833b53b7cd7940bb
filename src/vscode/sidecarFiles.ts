// Where an article's sidecar lives and what it holds, read without asking anything: used when an
// article opens (sidecarSync.ts) and when the workspace export reads articles that are not open.
import * as vscode from 'vscode';
import { decodeArticle, parseSidecar, sidecarPathFor, type SidecarParse } from '../core';

export type SidecarLocation = 'beside' | 'workspace';

/** Under the workspace folder, for `wirelens.sidecarLocation: workspace`, mirroring the article's path. */
export const WORKSPACE_SIDECAR_DIR = '.wirelens';

/**
 * `ARTICLE.wirelens.yaml` beside the article, or `.wirelens/<path in the folder>.wirelens.yaml`
 * (beside it again when the article is outside every workspace folder).
 */
export function sidecarUri(article: vscode.Uri): vscode.Uri {
  const location = vscode.workspace.getConfiguration('wirelens', article).get<SidecarLocation>('sidecarLocation', 'beside');
  const folder = location === 'workspace' ? vscode.workspace.getWorkspaceFolder(article) : undefined;
  if (!folder) return article.with({ path: sidecarPathFor(article.path) });
  const root = folder.uri.path.replace(/\/$/, '');
  const relative = article.path.slice(root.length + 1);
  return vscode.Uri.joinPath(folder.uri, WORKSPACE_SIDECAR_DIR, ...sidecarPathFor(relative).split('/'));
}

/** The file name, for messages. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function isNotFound(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'FileNotFound' || code === 'EntryNotFound' || code === 'ENOENT';
}

export type SidecarRead =
  | { readonly found: false }
  | { readonly found: true; readonly parse: SidecarParse };

/** The sidecar of an article whose text and sha256 are given, parsed and checked against it. */
export async function readSidecar(uri: vscode.Uri, articleText: string, sha256: string): Promise<SidecarRead> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    if (isNotFound(e)) return { found: false };
    return { found: true, parse: { ok: false, code: 'invalid', message: `could not be read: ${(e as Error).message ?? e}` } };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { found: true, parse: { ok: false, code: 'not-yaml', message: decoded.message } };
  return { found: true, parse: parseSidecar(decoded.text, articleText, sha256) };
}

/** A free name beside the sidecar for a copy of it: NAME.wirelens.yaml.bak, then .2.bak, .3.bak … */
export async function backupUri(uri: vscode.Uri): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const candidate = uri.with({ path: `${uri.path}${n === 1 ? '' : `.${n}`}.bak` });
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch (e) {
      if (isNotFound(e)) return candidate;
      throw e;
    }
  }
}
