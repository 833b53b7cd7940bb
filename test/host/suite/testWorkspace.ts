// The workspace the runner mounted: a temporary copy of test/fixtures/ (with test/host/fixtures/ under host/),
// and the CLI's exports of every article in .expected/, listed in .expected/articles.json.
import * as vscode from 'vscode';

export interface ExpectedExport {
  /** The article, relative to the workspace root. */
  readonly article: string;
  /** The CLI's `wirelens/1` export of it, relative to the workspace root. */
  readonly expected: string;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder: the host tests need the fixture workspace the runner mounts');
  return folder.uri;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function expectedExports(): Promise<ExpectedExport[]> {
  return JSON.parse(await readText(workspaceUri('.expected/articles.json')));
}

let scratchCount = 0;
/** A new file under .scratch/, so that a test starts from a document that no other test has opened. */
export async function scratchFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(`.scratch/${++scratchCount}-${name}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** The open document for a uri as the extension host sees it now (a language switch replaces the object). */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
}
