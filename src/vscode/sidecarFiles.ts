// Where an article's sidecar lives and what it holds, read without asking anything: used when an
// article opens (sidecarSync.ts), when the workspace export reads articles that are not open, and
// when an article is renamed. The sidecar is named after the article's whole file name
// (`x.wire.wirelens.yaml`); one of the first naming (`x.wirelens.yaml`) is still read when there is
// none of the current name (core/annotations/sidecar.ts says how it is treated).
import * as vscode from 'vscode';
import { decodeArticle, parseSidecar, sidecarPathFor, type SidecarParse } from '../core';
import { legacySidecarPathFor } from '../core/annotations/sidecar';

export type SidecarLocation = 'beside' | 'workspace';

/** Under the workspace folder, for `wirelens.sidecarLocation: workspace`, mirroring the article's path. */
export const WORKSPACE_SIDECAR_DIR = '.wirelens';

function sidecarUriWith(article: vscode.Uri, name: (path: string) => string): vscode.Uri {
  const location = vscode.workspace.getConfiguration('wirelens', article).get<SidecarLocation>('sidecarLocation', 'beside');
  const folder = location === 'workspace' ? vscode.workspace.getWorkspaceFolder(article) : undefined;
  if (!folder) return article.with({ path: name(article.path) });
  const root = folder.uri.path.replace(/\/$/, '');
  const relative = article.path.slice(root.length + 1);
  return vscode.Uri.joinPath(folder.uri, WORKSPACE_SIDECAR_DIR, ...name(relative).split('/'));
}

/**
 * `ARTICLE.wirelens.yaml` (the article's whole name, extension included) beside the article, or
 * `.wirelens/<path in the folder>.wirelens.yaml` (beside it again when the article is outside every
 * workspace folder): where the sidecar is written.
 */
export function sidecarUri(article: vscode.Uri): vscode.Uri {
  return sidecarUriWith(article, sidecarPathFor);
}

/** Where a sidecar of the first naming would be (the article's extension replaced). */
export function legacySidecarUri(article: vscode.Uri): vscode.Uri {
  return sidecarUriWith(article, legacySidecarPathFor);
}

export function isNotFound(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'FileNotFound' || code === 'EntryNotFound' || code === 'ENOENT';
}

export type SidecarRead =
  | { readonly found: false }
  | {
    readonly found: true;
    /** The file read: the sidecar, or one of the first naming (`legacy`). */
    readonly uri: vscode.Uri;
    readonly legacy: boolean;
    readonly parse: SidecarParse;
  };

/** The sidecar of an article whose text and sha256 are given (of the current name, else of the first naming), parsed and checked against it. */
export async function readSidecar(article: vscode.Uri, articleText: string, sha256: string): Promise<SidecarRead> {
  const current = await readOne(sidecarUri(article), articleText, sha256);
  if (current) return { found: true, uri: sidecarUri(article), legacy: false, parse: current };
  const legacy = legacySidecarUri(article);
  const old = await readOne(legacy, articleText, sha256);
  return old ? { found: true, uri: legacy, legacy: true, parse: old } : { found: false };
}

/** One file parsed as a sidecar; undefined when there is none. */
async function readOne(uri: vscode.Uri, articleText: string, sha256: string): Promise<SidecarParse | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    if (isNotFound(e)) return undefined;
    return { ok: false, code: 'invalid', message: `could not be read: ${(e as Error).message ?? e}` };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, code: 'not-yaml', message: decoded.message };
  return parseSidecar(decoded.text, articleText, sha256);
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

/** Whether a file exists (a failure other than "not found" is thrown). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}
