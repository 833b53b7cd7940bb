// The CLI (`node dist/cli.js`) on files that are not articles and on sidecars that cannot be used: each is
// named on stderr with the reason, the rest of the run goes on, the exit code is 1, and every file that was
// there before is byte for byte the same afterwards.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { EMPTY_ANNOTATIONS } from '../../src/core/annotations/model';
import { rejectMention } from '../../src/core/annotations/operations';
import { writeSidecar } from '../../src/core/annotations/sidecar';
import { sha256Hex } from '../../src/core/text/hash';

const CLI = path.resolve('dist/cli.js');
const ARTICLE = '06-en-reuters.wire';
const SIDECAR = '06-en-reuters.wirelens.yaml';

let dir: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'export', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file below the temporary directory with its bytes, but the export directory `out/`. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (p === 'out') continue;
      if (e.isDirectory()) walk(p);
      else files.set(p, sha256Hex(fs.readFileSync(path.join(dir, p))));
    }
  };
  walk('');
  return files;
}

const write = (name: string, bytes: Uint8Array | string) => fs.writeFileSync(path.join(dir, name), bytes);
const exported = () => (fs.existsSync(path.join(dir, 'out')) ? fs.readdirSync(path.join(dir, 'out')).sort() : []);

suite('CLI: files that are not articles', () => {
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelens-cli-bad-'));
    fs.copyFileSync(path.join('test/fixtures', ARTICLE), path.join(dir, ARTICLE));
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('binary, Latin-1, a UTF-8 sequence cut short and an empty file: each named with the reason, skipped, and left byte for byte', () => {
    write('photo.wire', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    write('latin1.wire', Buffer.from('Caf\xe9 au lait, said the minister.\n', 'latin1'));
    write('cut.wire', Buffer.concat([Buffer.from('Minister said “'), Buffer.from('é').subarray(0, 1)]));
    write('empty.wire', '');
    const before = snapshot();
    const r = cli('photo.wire', 'latin1.wire', 'cut.wire', 'empty.wire', ARTICLE, '--out-dir', 'out');
    assert.equal(r.code, 1);
    assert.deepEqual(r.stderr.trimEnd().split('\n'), [
      'wirelens: photo.wire: binary file (NUL byte at offset 8)',
      'wirelens: latin1.wire: not valid UTF-8 (byte 3)',
      'wirelens: cut.wire: not valid UTF-8 (byte 17)',
      'wirelens: empty.wire: empty file (0 bytes): nothing to export',
      'wirelens: exported 1 of 5 file(s) to out',
    ]);
    assert.deepEqual(exported(), ['06-en-reuters.yaml']);
    assert.deepEqual(snapshot(), before);
  });

  test('a 50 MB file is refused before it is read, with its size and the limit', () => {
    const unit = Buffer.from(fs.readFileSync(path.join(dir, ARTICLE), 'utf8') + '\n');
    const big = Buffer.alloc(50 * 1024 * 1024);
    for (let at = 0; at < big.length; at += unit.length) unit.copy(big, at);
    write('feed.wire', big);
    const before = snapshot();
    const r = cli('feed.wire', '-o', 'out');
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'wirelens: feed.wire: file is 50.0 MB, above the limit of 10.0 MB (--max-size)\nwirelens: exported 0 of 1 file(s) to out\n');
    assert.deepEqual(exported(), []);
    assert.deepEqual(snapshot(), before);
  });

  test('--max-size sets the limit in bytes, KB or MB; a size that is not one is a usage error', () => {
    const small = cli(ARTICLE, '--max-size', '1KB');
    assert.equal(small.code, 1);
    assert.equal(small.stderr, 'wirelens: 06-en-reuters.wire: file is 1.4 KB, above the limit of 1.0 KB (--max-size)\n');
    assert.equal(small.stdout, '');
    assert.equal(cli(ARTICLE, '--max-size=2000').code, 0);
    const wrong = cli(ARTICLE, '--max-size', 'large');
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^wirelens: --max-size: 'large' is not a size \(e\.g\. 500KB, 20MB\)/);
  });

  test('an export whose rename fails (a directory is in the way) leaves no temporary file and is reported', () => {
    fs.mkdirSync(path.join(dir, 'out/06-en-reuters.yaml'), { recursive: true });
    const r = cli(ARTICLE, '-o', 'out');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^wirelens: 06-en-reuters\.wire: .*(EISDIR|directory).*\n/);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['06-en-reuters.yaml']);
    assert.ok(fs.statSync(path.join(dir, 'out/06-en-reuters.yaml')).isDirectory());
  });
});

suite('CLI: sidecars that cannot be used', () => {
  let sidecar: string;

  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelens-cli-bad-'));
    fs.copyFileSync(path.join('test/fixtures', ARTICLE), path.join(dir, ARTICLE));
    const bytes = fs.readFileSync(path.join(dir, ARTICLE));
    const analysis = analyze(bytes.toString('utf8'));
    sidecar = writeSidecar(analysis, rejectMention(EMPTY_ANNOTATIONS, analysis, analysis.entities[0].mentions[0]), { path: ARTICLE, sha256: sha256Hex(bytes) });
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  const bomb = ['format: wirelens/1', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]', 'annotations: [*e, *e, *e, *e, *e, *e, *e, *e, *e]', '...', ''].join('\n');
  const cases: ReadonlyArray<readonly [string, (good: string) => string | Uint8Array, RegExp]> = [
    ['a YAML alias bomb', () => bomb, /alias-bomb: the file expands YAML aliases more than 100 times/],
    ['a list instead of a map', () => '- format: wirelens/1\n- annotations: {}\n...\n', /not-a-map: the file holds a list/],
    ['a future format version', good => good.replace('format: wirelens/1', 'format: wirelens/7'), /future-format: format wirelens\/7 is newer than this Wirelens reads/],
    ['a file cut short', good => good.slice(0, Math.floor(good.length * 0.6)), /truncated: the file ends early/],
    ['binary bytes', () => '\u0000\u0001\u0002PK', /not-yaml: binary file \(NUL byte at offset 0\)/],
    ['Latin-1 bytes', () => Buffer.from('format: wirelens/1\n# caf\xe9\n...\n', 'latin1'), /not-yaml: not valid UTF-8 \(byte 24\)/],
  ];
  for (const [what, make, message] of cases) {
    test(`${what}: reported with its code, the article exported without it, the sidecar byte for byte as it was`, () => {
      write(SIDECAR, make(sidecar));
      const before = snapshot();
      const r = cli(ARTICLE, '-o', 'out');
      assert.equal(r.code, 1);
      const [first, last, ...rest] = r.stderr.trimEnd().split('\n');
      assert.deepEqual(rest, []);
      assert.match(first, new RegExp(`^wirelens: 06-en-reuters\\.wire: sidecar 06-en-reuters\\.wirelens\\.yaml: ${message.source}.*; exported without it$`));
      assert.equal(last, 'wirelens: exported 1 of 1 file(s) to out');
      assert.deepEqual(exported(), ['06-en-reuters.yaml']);
      assert.deepEqual(snapshot(), before);
    });
  }
});
