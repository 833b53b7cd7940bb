// What an export records about its source: the path (workspace-relative where possible) and
// the sha256 of the bytes on disk, or of the bytes a save would write when the editor holds changes.
import * as vscode from 'vscode';
import { decodeArticle, sha256Hex, type SourceInfo } from '../core';

export async function sourceInfo(doc: vscode.TextDocument): Promise<SourceInfo> {
  const text = doc.getText();
  let bytes: Uint8Array | undefined;
  if (!doc.isUntitled) {
    try {
      const disk = await vscode.workspace.fs.readFile(doc.uri);
      const decoded = decodeArticle(disk);
      if (decoded.ok && decoded.text === text) bytes = disk;
    } catch { /* not on disk (any more): hash what the editor holds */ }
  }
  bytes ??= new TextEncoder().encode(text);
  return { path: vscode.workspace.asRelativePath(doc.uri, false), sha256: sha256Hex(bytes) };
}
