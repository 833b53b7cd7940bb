// Export All's search for articles: symbolic links to folders are not followed (a link to a parent
// would never end), skipped folders stay skipped, and a folder that cannot be read is reported while
// the rest is still searched.
import * as assert from 'node:assert/strict';
import { articlesUnder, DIRECTORY, FILE, SYMBOLIC_LINK, type WalkFileSystem } from '../../src/vscode/articleWalk';

/** A file system of paths: folder -> its entries. */
function fakeFs(tree: Record<string, [string, number][] | Error>): WalkFileSystem<string> & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readDirectory: async dir => {
      reads.push(dir);
      const entries = tree[dir];
      if (entries === undefined) throw new Error(`ENOENT: ${dir}`);
      if (entries instanceof Error) throw entries;
      return entries;
    },
    join: (dir, name) => `${dir}/${name}`,
  };
}

suite('Export All: finding the articles', () => {
  test('a symbolic link to a parent folder is not followed; a linked article file is exported', async () => {
    const fs = fakeFs({
      '/ws': [['a.wire', FILE], ['loop', DIRECTORY | SYMBOLIC_LINK], ['sub', DIRECTORY], ['notes.txt', FILE], ['linked.news', FILE | SYMBOLIC_LINK]],
      '/ws/sub': [['b.news', FILE], ['up', DIRECTORY | SYMBOLIC_LINK]],
    });
    const walk = await articlesUnder(fs, '/ws', new Set(), () => false);
    assert.deepEqual([...walk.articles].sort(), ['/ws/a.wire', '/ws/linked.news', '/ws/sub/b.news']);
    assert.deepEqual(walk.unreadable, []);
    assert.deepEqual(fs.reads, ['/ws', '/ws/sub']);
  });

  test('a folder that cannot be read is reported, and the others are still searched', async () => {
    const fs = fakeFs({
      '/ws': [['locked', DIRECTORY], ['open', DIRECTORY], ['node_modules', DIRECTORY]],
      '/ws/locked': new Error('EACCES: permission denied'),
      '/ws/open': [['c.wire', FILE]],
    });
    const walk = await articlesUnder(fs, '/ws', new Set(['node_modules']), () => false);
    assert.deepEqual(walk.articles, ['/ws/open/c.wire']);
    assert.deepEqual(walk.unreadable, [{ dir: '/ws/locked', reason: 'EACCES: permission denied' }]);
    assert.ok(!fs.reads.includes('/ws/node_modules'));
  });

  test('a cancelled search stops', async () => {
    const fs = fakeFs({ '/ws': [['a', DIRECTORY]], '/ws/a': [['x.wire', FILE]] });
    let calls = 0;
    const walk = await articlesUnder(fs, '/ws', new Set(), () => ++calls > 1);
    assert.deepEqual(walk.articles, []);
  });
});
