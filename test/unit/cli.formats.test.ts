// The CLI as a user runs it (`node dist/cli.js`, a child process) on copies of the fixtures: every
// format's files, sidecars merged in, and a broken sidecar reported on stderr without stopping the export.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import { EMPTY_ANNOTATIONS, type AnnotationSet } from '../../src/core/annotations/model';
import { addMentionOfNewEntity, rejectMention } from '../../src/core/annotations/operations';
import { writeSidecar } from '../../src/core/annotations/sidecar';
import { sha256Hex } from '../../src/core/text/hash';

const CLI = path.resolve('dist/cli.js');
const EMOJI = '09-ar-mixed-emoji.wire';
const REUTERS = '06-en-reuters.wire';

let dir: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'export', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
const cps = (name: string) => [...read(name)];

/** A sidecar for the emoji article: "Levent Aksoy" annotated as a person, the first detected mention rejected. */
function sidecarSet(text: string): { set: AnnotationSet; rejected: string } {
  const analysis = analyze(text);
  const first = analysis.entities[0].mentions[0];
  let set = rejectMention(EMPTY_ANNOTATIONS, analysis, first);
  const i = [...text].join('').indexOf('Levent Aksoy');
  const start = [...text.slice(0, i)].length;
  set = addMentionOfNewEntity(set, mergeAnnotations(analysis, set), { start, end: start + 12 }, 'PERSON', 'Levent Aksoy (test)').set;
  return { set, rejected: `${first.start} ${first.end}` };
}

function writeSidecarFor(article: string, where: string): void {
  const bytes = fs.readFileSync(path.join(dir, article));
  const text = bytes.toString('utf8');
  const yaml = writeSidecar(analyze(text), sidecarSet(text).set, { path: article, sha256: sha256Hex(bytes) });
  fs.mkdirSync(path.dirname(path.join(dir, where)), { recursive: true });
  fs.writeFileSync(path.join(dir, where), yaml);
}

suite('CLI: export formats and sidecars', () => {
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelens-cli-'));
    for (const f of [EMOJI, REUTERS]) fs.copyFileSync(path.join('test/fixtures', f), path.join(dir, f));
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('yaml (the default) prints one wirelens/1 document for one file', () => {
    const r = cli(EMOJI);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^format: wirelens\/1\nsource:\n {2}path: 09-ar-mixed-emoji.wire\n/);
  });

  test('brat writes NAME.txt, NAME.ann and annotation.conf; every T line slices the .txt by code points', () => {
    const r = cli(EMOJI, REUTERS, '--format', 'brat', '--out-dir', 'out');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(),
      ['06-en-reuters.ann', '06-en-reuters.txt', '09-ar-mixed-emoji.ann', '09-ar-mixed-emoji.txt', 'annotation.conf']);
    assert.equal(read('out/09-ar-mixed-emoji.txt'), read(EMOJI));
    const txt = cps('out/09-ar-mixed-emoji.txt');
    const tLines = read('out/09-ar-mixed-emoji.ann').split('\n').filter(l => l.startsWith('T'));
    assert.ok(tLines.length > 3);
    for (const line of tLines) {
      const [, kindAndOffsets, text] = line.split('\t');
      const [start, end] = kindAndOffsets.split(' ').slice(1).map(Number);
      assert.equal(txt.slice(start, end).join(''), text, line);
    }
  });

  test('brat without --out-dir is a usage error (exit 2)', () => {
    const r = cli(EMOJI, '--format', 'brat');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /brat writes two files per article .*--out-dir/);
  });

  test('conll writes NAME.conll, BIO tags after -DOCSTART-', () => {
    const r = cli(EMOJI, '--format', 'conll', '-o', 'out');
    assert.equal(r.code, 0, r.stderr);
    const conll = read('out/09-ar-mixed-emoji.conll');
    assert.ok(conll.startsWith('-DOCSTART- O\n\n'));
    assert.match(conll, /^إسطنبول B-LOC$/m);
  });

  test('jsonl: several inputs print one line each, or fill one articles.jsonl', () => {
    const printed = cli(EMOJI, REUTERS, '--format', 'jsonl');
    assert.equal(printed.code, 0, printed.stderr);
    const lines = printed.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    const first = JSON.parse(lines[0]);
    assert.equal(first.meta.path, EMOJI);
    const text = [...first.text];
    for (const s of first.spans) assert.equal(text.slice(s.start, s.end).join(''), s.text);
    assert.equal(cli(EMOJI, REUTERS, '--format=jsonl', '-o', 'out').code, 0);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['articles.jsonl']);
    assert.equal(read('out/articles.jsonl'), printed.stdout);
  });

  test('ninjs writes NAME.json, an IPTC ninjs 2.1 item', () => {
    const r = cli(EMOJI, '--format', 'ninjs', '-o', 'out');
    assert.equal(r.code, 0, r.stderr);
    const item = JSON.parse(read('out/09-ar-mixed-emoji.json'));
    assert.equal(item.standard.name, 'ninjs');
    assert.equal(item.standard.version, '2.1');
    assert.equal(item.language, 'ar');
  });

  test('an unknown format is a usage error (exit 2)', () => {
    const r = cli(EMOJI, '--format', 'xml');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown format 'xml' \(known: yaml, brat, conll, jsonl, ninjs\)/);
  });

  test('the sidecar beside an article is merged into every format', () => {
    writeSidecarFor(EMOJI, '09-ar-mixed-emoji.wire.wirelens.yaml');
    const { rejected } = sidecarSet(read(EMOJI));
    const yaml = cli(EMOJI);
    assert.equal(yaml.code, 0, yaml.stderr);
    assert.match(yaml.stdout, /name: Levent Aksoy \(test\)/);
    assert.ok(!yaml.stdout.includes(`start: ${rejected.split(' ')[0]}, end: ${rejected.split(' ')[1]}}`), 'the rejected mention is gone');
    const jsonl = JSON.parse(cli(EMOJI, '--format', 'jsonl').stdout);
    assert.ok(jsonl.spans.some((s: { text: string; label: string }) => s.text === 'Levent Aksoy' && s.label === 'PERSON'));
  });

  test('--sidecar-dir finds sidecars mirroring the article\'s path', () => {
    fs.mkdirSync(path.join(dir, 'articles'));
    fs.renameSync(path.join(dir, EMOJI), path.join(dir, 'articles', EMOJI));
    writeSidecarFor(`articles/${EMOJI}`, '.wirelens/articles/09-ar-mixed-emoji.wire.wirelens.yaml');
    assert.doesNotMatch(cli(`articles/${EMOJI}`).stdout, /Levent Aksoy \(test\)/);
    const r = cli(`articles/${EMOJI}`, '--sidecar-dir', '.wirelens');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /name: Levent Aksoy \(test\)/);
  });

  test('a corrupt sidecar: one line on stderr, the export goes on without it, exit 1, the file untouched', () => {
    const corrupt = 'format: wirelens/1\nannotations: [unclosed\n';
    fs.writeFileSync(path.join(dir, '09-ar-mixed-emoji.wire.wirelens.yaml'), corrupt);
    const r = cli(EMOJI, REUTERS, '-o', 'out');
    assert.equal(r.code, 1);
    const errors = r.stderr.trimEnd().split('\n');
    assert.equal(errors.length, 2, r.stderr);
    assert.match(errors[0], /^wirelens: 09-ar-mixed-emoji\.wire: sidecar 09-ar-mixed-emoji\.wire\.wirelens\.yaml: (not-yaml|truncated): .*; exported without it$/);
    assert.equal(errors[1], 'wirelens: exported 2 of 2 file(s) to out');
    assert.match(read('out/09-ar-mixed-emoji.yaml'), /^format: wirelens\/1/);
    assert.equal(read('09-ar-mixed-emoji.wire.wirelens.yaml'), corrupt);
  });

  test('a sidecar of the first naming (the extension replaced) is read when there is none of the current name', () => {
    writeSidecarFor(EMOJI, '09-ar-mixed-emoji.wirelens.yaml');
    const r = cli(EMOJI);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /name: Levent Aksoy \(test\)/);
    // The current name wins: an empty set there hides the old file's.
    fs.writeFileSync(path.join(dir, '09-ar-mixed-emoji.wire.wirelens.yaml'), writeSidecar(analyze(read(EMOJI)), EMPTY_ANNOTATIONS, { path: EMOJI, sha256: sha256Hex(fs.readFileSync(path.join(dir, EMOJI))) }));
    assert.doesNotMatch(cli(EMOJI).stdout, /Levent Aksoy \(test\)/);
  });

  test('brat keeps an annotation.conf the collection has, and never writes over an input article', () => {
    fs.mkdirSync(path.join(dir, 'out'));
    fs.writeFileSync(path.join(dir, 'out/annotation.conf'), '# mine\n');
    assert.equal(cli(EMOJI, '--format', 'brat', '-o', 'out').code, 0);
    assert.equal(read('out/annotation.conf'), '# mine\n');
    // story.txt exported as brat into its own folder would be story.txt + story.ann: refused, the article as it was.
    fs.copyFileSync(path.join(dir, REUTERS), path.join(dir, 'story.txt'));
    const before = read('story.txt');
    const r = cli('story.txt', '--format', 'brat', '-o', '.');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^wirelens: story\.txt: would write over the article story\.txt; export to another directory$/m);
    assert.equal(read('story.txt'), before);
    assert.ok(!fs.existsSync(path.join(dir, 'story.ann')));
  });

  test('a sidecar written for other text is not used and says so', () => {
    writeSidecarFor(EMOJI, '09-ar-mixed-emoji.wire.wirelens.yaml');
    fs.appendFileSync(path.join(dir, EMOJI), 'سطر جديد.\n');
    const r = cli(EMOJI);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^wirelens: 09-ar-mixed-emoji\.wire: sidecar 09-ar-mixed-emoji\.wire\.wirelens\.yaml: text-changed: the sidecar was written for other text .*; exported without it\n$/);
    assert.doesNotMatch(r.stdout, /Levent Aksoy \(test\)/);
  });
});
