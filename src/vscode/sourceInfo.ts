// What an export or a sidecar records about its source: the path (workspace-relative where possible)
// and a sha256. The sha256 is of the bytes on disk when they decode to the text the editor holds
// (a byte order mark or CRLF line endings kept as they are, so that it equals the CLI's); otherwise,
// of the editor's text as UTF-8: when the article has unsaved changes, or when the editor changed the
// text on loading it (VS Code makes mixed line endings all one kind, and a lone CR a line break of
// the file's kind), in which case the offsets are the editor's too. `lineEndingsNormalised` tells
// that last case, so that the user can be told once.
import * as vscode from 'vscode';
import { decodeArticle, sha256Hex, type SourceInfo } from '../core';

export interface EditorSource {
  readonly info: SourceInfo;
  /** The file on disk differs from the editor's text only in its line endings (the editor normalised them). */
  readonly lineEndingsNormalised: boolean;
}

const oneKind = (text: string) => text.replace(/\r\n?/g, '\n');

/** The source of `text` (the document's text, by default read now). */
export async function editorSource(doc: vscode.TextDocument, text = doc.getText()): Promise<EditorSource> {
  let bytes: Uint8Array | undefined;
  let lineEndingsNormalised = false;
  if (!doc.isUntitled) {
    try {
      const disk = await vscode.workspace.fs.readFile(doc.uri);
      const decoded = decodeArticle(disk);
      if (decoded.ok && decoded.text === text) bytes = disk;
      else if (decoded.ok && oneKind(decoded.text) === oneKind(text)) lineEndingsNormalised = true;
    } catch { /* not on disk (any more): hash what the editor holds */ }
  }
  bytes ??= new TextEncoder().encode(text);
  return { info: { path: vscode.workspace.asRelativePath(doc.uri, false), sha256: sha256Hex(bytes) }, lineEndingsNormalised };
}

export async function sourceInfo(doc: vscode.TextDocument, text?: string): Promise<SourceInfo> {
  return (await editorSource(doc, text)).info;
}
