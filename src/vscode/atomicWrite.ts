// Never leave a partial file behind: write a temporary sibling, then rename it over the target.
import * as vscode from 'vscode';

export async function writeFileAtomic(target: vscode.Uri, content: Uint8Array): Promise<void> {
  const dir = vscode.Uri.joinPath(target, '..');
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const tmp = vscode.Uri.joinPath(dir, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`);
  await vscode.workspace.fs.writeFile(tmp, content);
  try {
    await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}
