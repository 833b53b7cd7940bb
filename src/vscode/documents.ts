// The document a command is about: its uri argument (a Uri from code or a menu, a string from a command
// link, whose arguments are JSON) or the active editor's. And a file's name, for messages and titles.
import * as vscode from 'vscode';

/** Command links carry the uri as a string (JSON in a markdown link); callers in code pass a Uri. */
export function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return vscode.Uri.parse(value);
  if (value && typeof value === 'object' && typeof (value as { scheme?: unknown }).scheme === 'string') return vscode.Uri.from(value as vscode.Uri);
  return undefined;
}

/** The document of the uri argument, opened if it must be, or else the active editor's. */
export async function documentOf(uriArg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = toUri(uriArg);
  return uri ? vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
}

/** The file name (the last segment of the path). */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
