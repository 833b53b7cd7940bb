// Finding the articles of a workspace folder for Export All: every `.wire`/`.news` file under it,
// through `workspace.fs.readDirectory` (it works on every file system, the web's included). A folder
// reached through a symbolic link is not entered (a link to a parent would loop for ever, and one
// elsewhere leaves the workspace), tools' and our own output folders are skipped, and a folder that
// cannot be read is reported and skipped, not the end of the export. No `vscode` here: the file
// system is passed in (with VS Code's FileType bits), so that this is unit-tested.

/** `vscode.FileType`'s bits. */
export const FILE = 1, DIRECTORY = 2, SYMBOLIC_LINK = 64;

export interface WalkFileSystem<U> {
  readDirectory(dir: U): Thenable<[string, number][]>;
  join(dir: U, name: string): U;
}

export interface Walk<U> {
  readonly articles: U[];
  /** Folders that could not be read, with why. */
  readonly unreadable: { readonly dir: U; readonly reason: string }[];
}

export const ARTICLE_FILE = /\.(wire|news)$/i;

export async function articlesUnder<U>(fs: WalkFileSystem<U>, root: U, skipped: ReadonlySet<string>, cancelled: () => boolean): Promise<Walk<U>> {
  const articles: U[] = [], unreadable: { dir: U; reason: string }[] = [];
  const walk = async (dir: U): Promise<void> => {
    if (cancelled()) return;
    let entries: [string, number][];
    try {
      entries = await fs.readDirectory(dir);
    } catch (e: any) {
      unreadable.push({ dir, reason: String(e?.message ?? e) });
      return;
    }
    for (const [name, type] of entries) {
      if (type & SYMBOLIC_LINK && type & DIRECTORY) continue;
      const uri = fs.join(dir, name);
      if (type & DIRECTORY) { if (!skipped.has(name)) await walk(uri); } else if (ARTICLE_FILE.test(name)) articles.push(uri);
    }
  };
  await walk(root);
  return { articles, unreadable };
}
