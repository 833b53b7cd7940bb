// The workspace the host suite opens: a temporary copy of test/fixtures/ (and of test/host/fixtures/ as host/),
// so that no test writes into the repo, holding in .expected/ the CLI's export of every article. The CLI runs
// in that folder, so the paths it records are workspace-relative, as the extension's are.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ARTICLE = /\.(wire|news|txt)$/i;

function articlesBelow(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter(e => !e.name.startsWith('.'))
    .flatMap(e => e.isDirectory() ? articlesBelow(path.join(dir, e.name), `${prefix}${e.name}/`) : ARTICLE.test(e.name) ? [prefix + e.name] : []);
}

export function prepareWorkspace(repo, { keep = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelens-ws-'));
  const fixtures = path.join(repo, 'test/fixtures');
  if (fs.existsSync(fixtures)) fs.cpSync(fixtures, dir, { recursive: true });
  fs.cpSync(path.join(repo, 'test/host/fixtures'), path.join(dir, 'host'), { recursive: true });

  const articles = articlesBelow(dir).sort();
  const cli = spawnSync(process.execPath, [path.join(repo, 'dist/cli.js'), 'export', ...articles, '--out-dir', '.expected'], { cwd: dir, encoding: 'utf8' });
  // Exit 1 means some article could not be exported (a fixture of bad bytes, say): the host is compared on the rest.
  if (cli.status !== 0 && cli.status !== 1) throw new Error(`the CLI failed (${cli.status ?? cli.signal}) on the fixtures:\n${cli.stderr}`);
  if (cli.status === 1) process.stderr.write(cli.stderr);
  const expected = articles
    .map(article => ({ article, expected: `.expected/${path.basename(article).replace(/\.[^.]*$/, '')}.yaml` }))
    .filter(e => fs.existsSync(path.join(dir, e.expected)));
  fs.writeFileSync(path.join(dir, '.expected/articles.json'), JSON.stringify(expected, null, 2) + '\n');
  console.log(`workspace: ${articles.length} articles, ${expected.length} exported by the CLI, in ${dir}`);

  return {
    dir,
    dispose: () => { if (!keep) fs.rmSync(dir, { recursive: true, force: true }); },
  };
}
