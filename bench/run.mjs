// npm run bench — speed and size against their targets, printed as a table and written to
// bench/results/latest.json. Each section runs in a process of its own; a ratio is measured in one
// process against its baseline on the same text. Targets are reported, never asserted: a MISS is news
// for whoever works on that part, not a failure of the run (a section that crashes is).
//   node bench/run.mjs [--only=analysis,grammar,bundles,activation,memory]
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { measureActivation } from './hostActivation.mjs';

const OUT = 'out/bench';
const RESULTS = 'bench/results/latest.json';
const KB = 1024;
const only = process.argv.find(a => a.startsWith('--only='))?.slice('--only='.length).split(',');

/** The TypeScript benchmarks, bundled with the core; the comparison libraries are loaded from node_modules. */
async function buildBenchmarks() {
  await esbuild.build({
    entryPoints: ['bench/analysis.ts', 'bench/grammar.ts', 'bench/memory.ts'], outdir: OUT, bundle: true, platform: 'node', format: 'cjs',
    target: 'es2022', sourcemap: true, logLevel: 'warning',
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'vscode-textmate', 'vscode-oniguruma'],
  });
}

/** Runs a benchmark script; its progress goes to the terminal, its figures come back (the last line of its stdout). */
function runScript(script, args = [], nodeArgs = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, '--enable-source-maps', path.join(OUT, script), ...args], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${script} exited with ${r.status ?? r.signal}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** The production bundles, built into a temporary directory so that the shared dist/ keeps its development build. */
function buildProduction(dir) {
  const r = spawnSync(process.execPath, ['esbuild.mjs', '--production', `--dist=${dir}`], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the production build failed (${r.status})`);
}

function bundleSizes(dir) {
  const size = file => fs.statSync(path.join(dir, file)).size / KB;
  return [
    { id: 'bundle.web', label: 'web bundle dist/web/extension.js (production)', value: size('web/extension.js'), unit: 'KB', target: { op: '<', value: 400 } },
    { id: 'bundle.node', label: 'desktop bundle dist/extension.js (production)', value: size('extension.js'), unit: 'KB' },
    { id: 'bundle.cli', label: 'CLI bundle dist/cli.js (production)', value: size('cli.js'), unit: 'KB' },
  ];
}

async function activation(dir) {
  const runs = async article => {
    const out = [];
    for (let i = 0; i < 3; i++) out.push(await measureActivation({ dist: dir, article, verbose: !!process.env.VERBOSE }));
    return key => out.map(r => r[key]).sort((a, b) => a - b)[1];
  };
  const withArticle = await runs(true), empty = await runs(false);
  return [
    { id: 'activation.web', label: 'activateShared in VS Code for the Web, an article open', value: withArticle('activationMs'), unit: 'ms', target: { op: '<', value: 50 }, note: 'median of 3 fresh windows' },
    { id: 'activation.web.noArticle', label: 'activateShared with nothing open (no analysis yet)', value: empty('activationMs'), unit: 'ms' },
    { id: 'activation.web.openToApi', label: 'opening an article to the API in hand (loading included)', value: withArticle('openToApiMs'), unit: 'ms' },
  ];
}

const passes = (f) => !f.target ? null : f.target.op === '>=' ? f.value >= f.target.value : f.value < f.target.value;

function format(value) {
  const abs = Math.abs(value);
  return abs >= 1000 ? Math.round(value).toLocaleString('en') : abs >= 10 ? value.toFixed(1) : abs >= 1 ? value.toFixed(2) : value.toFixed(3);
}

function printTable(sections) {
  const rows = [['section', 'figure', 'value', 'target', '']];
  for (const { name, figures, error } of sections) {
    if (error) { rows.push([name, `FAILED: ${error}`, '', '', '']); continue; }
    for (const f of figures) {
      const verdict = passes(f);
      rows.push([name, f.label + (f.note ? ` (${f.note})` : ''), `${format(f.value)} ${f.unit}`,
        f.target ? `${f.target.op === '>=' ? '≥' : '<'} ${format(f.target.value)} ${f.unit}` : '', verdict === null ? '' : verdict ? 'PASS' : 'MISS']);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => [...r[i]].length)));
  const line = r => r.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`\n${line(rows[0])}\n${widths.map(w => '-'.repeat(w)).join('  ')}`);
  for (const r of rows.slice(1)) console.log(line(r));
}

const prod = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelens-bench-dist-'));
const SECTIONS = [
  ['analysis', () => runScript('analysis.js', [], ['--expose-gc'])],
  ['grammar', () => runScript('grammar.js')],
  ['bundles', () => bundleSizes(prod)],
  ['activation', () => activation(prod)],
  ['memory', () => ['ar', 'en'].flatMap(language => runScript('memory.js', [language], ['--expose-gc']))],
].filter(([name]) => !only || only.includes(name));

const started = Date.now();
const sections = [];
try {
  await buildBenchmarks();
  if (SECTIONS.some(([name]) => name === 'bundles' || name === 'activation')) buildProduction(prod);
  for (const [name, run] of SECTIONS) {
    console.log(`=== ${name}`);
    try {
      sections.push({ name, figures: await run() });
    } catch (e) {
      console.error(`${name}: ${e.stack ?? e}`);
      sections.push({ name, figures: [], error: e.message ?? String(e) });
    }
  }
} finally {
  fs.rmSync(prod, { recursive: true, force: true });
}

printTable(sections);
const figures = sections.flatMap(s => s.figures.map(f => ({ section: s.name, ...f, pass: passes(f) })));
const misses = figures.filter(f => f.pass === false).length, passed = figures.filter(f => f.pass).length;
const failed = sections.filter(s => s.error).map(s => s.name);
console.log(`\nbench: ${passed} targets met, ${misses} missed${failed.length ? `, sections failed: ${failed.join(', ')}` : ''} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const commit = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim() !== '';
fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
fs.writeFileSync(RESULTS, JSON.stringify({
  date: new Date().toISOString(), commit, dirty, node: process.version, cpu: os.cpus()[0]?.model, cpus: os.cpus().length,
  sections: sections.map(s => ({ name: s.name, error: s.error ?? null })), figures,
}, null, 2) + '\n');
console.log(`written: ${RESULTS}`);
process.exitCode = failed.length ? 1 : 0;
