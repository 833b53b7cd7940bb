// The CLI's wirelens/1 YAML on whole folders, as a user would run it: valid documents, every span
// its source slice in code points, deterministic output, and clear errors that stop nothing else.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';

const CLI = path.resolve('dist/cli.js');
/** The shared evaluation articles, read where they are (never copied into the project), when present. */
const EVAL = path.resolve('../shared/eval/wire-dev');

function exportAll(files: string[], outDir: string) {
  return spawnSync(process.execPath, [CLI, 'export', ...files, '--out-dir', outDir], { encoding: 'utf8' });
}

/** Every {start, end, text} record in a parsed document, with the path that leads to it. */
function spansIn(node: unknown, where = '', out: Array<[string, { start: number; end: number; text: string }]> = []) {
  if (Array.isArray(node)) node.forEach((x, i) => spansIn(x, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push([where, o as never]);
    for (const [k, v] of Object.entries(o)) spansIn(v, `${where}.${k}`, out);
  }
  return out;
}

function checkExports(files: string[]) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelens-yaml-'));
  try {
    const r = exportAll(files, out);
    assert.equal(r.status, 0, r.stderr);
    for (const f of files) {
      const name = path.basename(f).replace(/\.[^.]*$/, '') + '.yaml';
      const yaml = fs.readFileSync(path.join(out, name), 'utf8');
      const doc = parse(yaml);
      const bytes = fs.readFileSync(f);
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
      const cps = [...text];
      assert.equal(doc.format, 'wirelens/1', name);
      assert.equal(doc.source.sha256, crypto.createHash('sha256').update(bytes).digest('hex'), name);
      const spans = spansIn(doc);
      assert.ok(spans.length > 0, `${name}: no spans`);
      for (const [where, s] of spans) assert.equal(s.text, cps.slice(s.start, s.end).join(''), `${name}${where}: text is not the source slice`);
      for (const list of [doc.quotes, doc.article.paragraphs, doc.diagnostics]) {
        for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].start <= list[i].start, `${name}: a list is not sorted by start`);
      }
      for (const q of doc.quotes) if (q.speaker) assert.ok(doc.entities.some((e: { id: string }) => e.id === q.speaker), `${name}: ${q.id}'s speaker ${q.speaker} is no entity`);
    }
    // the same input gives byte-identical output
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelens-yaml-'));
    exportAll(files, again);
    for (const n of fs.readdirSync(out)) assert.equal(fs.readFileSync(path.join(again, n), 'utf8'), fs.readFileSync(path.join(out, n), 'utf8'), `${n} differs between runs`);
    fs.rmSync(again, { recursive: true, force: true });
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

suite('CLI: wirelens/1 YAML', () => {
  test('every fixture article: valid, every span its code-point slice, deterministic', () => {
    checkExports(fs.readdirSync('test/fixtures').filter(f => /\.(wire|txt)$/.test(f)).map(f => path.join('test/fixtures', f)));
  });

  test('every article of the shared evaluation set, when it is there', function () {
    if (!fs.existsSync(EVAL)) this.skip();
    checkExports(fs.readdirSync(EVAL).filter(f => f.endsWith('.txt')).map(f => path.join(EVAL, f)));
  });

  test('missing, binary and invalid UTF-8 files: one line each on stderr, exit 1, the other files exported', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelens-bad-'));
    try {
      fs.writeFileSync(path.join(dir, 'binary.wire'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
      fs.writeFileSync(path.join(dir, 'latin1.wire'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
      fs.copyFileSync('test/fixtures/06-en-reuters.wire', path.join(dir, 'good.wire'));
      const r = spawnSync(process.execPath, [CLI, 'export', 'missing.wire', 'binary.wire', 'latin1.wire', 'good.wire', '--out-dir', 'out'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 1);
      const errors = r.stderr.split('\n').filter(l => /^wirelens: .*\.wire: /.test(l));
      assert.deepEqual(errors.map(l => l.split(':')[1].trim()), ['missing.wire', 'binary.wire', 'latin1.wire']);
      assert.match(errors[0], /no such file/);
      assert.match(errors[1], /binary/);
      assert.match(errors[2], /UTF-8/);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['good.yaml']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
