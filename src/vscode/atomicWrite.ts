// Never leave a partial file behind: write a temporary sibling, then rename it over the target. A
// failure (or a crash) between the two steps leaves the previous file as it was; at worst a hidden
// `.NAME.….tmp` beside it. No `vscode` at run time: the file system is passed in (`vscode.workspace.fs`,
// or a test's), so that the steps are unit-tested with a rename that fails.
import type * as vscode from 'vscode';

/** The part of `vscode.workspace.fs` a write needs. */
export type AtomicFileSystem = Pick<vscode.FileSystem, 'writeFile' | 'rename' | 'delete'>;

export async function writeFileAtomic(target: vscode.Uri, content: Uint8Array, fs: AtomicFileSystem): Promise<void> {
  const slash = target.path.lastIndexOf('/');
  const name = target.path.slice(slash + 1);
  const tmp = target.with({ path: `${target.path.slice(0, slash + 1)}.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp` });
  await fs.writeFile(tmp, content);
  try {
    await fs.rename(tmp, target, { overwrite: true });
  } catch (e) {
    try { await fs.delete(tmp); } catch { /* the rename's failure is the one to report */ }
    throw e;
  }
}
