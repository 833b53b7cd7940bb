// Where the analysis spends its time: a V8 CPU profile of analysing 1 MB of wire copy (the analysis
// alone, after a warm-up), summed by function (self time) and by source file.
//   node bench/profile.mjs [ar|en] [--top=N]     (the .cpuprofile stays in out/bench/profile/ for a closer look)
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const language = process.argv.slice(2).find(a => !a.startsWith('--')) ?? 'ar';
const top = Number(process.argv.find(a => a.startsWith('--top='))?.slice(6) ?? 25);
const dir = 'out/bench/profile';
fs.rmSync(dir, { recursive: true, force: true });
// Not minified, names kept: the profile names the core's functions.
await esbuild.build({ entryPoints: ['bench/profileTarget.ts'], outfile: 'out/bench/profileTarget.js', bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' });
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `analysis-${language}-1mb.cpuprofile`);
const run = spawnSync(process.execPath, ['out/bench/profileTarget.js', language, file], { stdio: 'inherit' });
if (run.status !== 0) process.exit(1);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));

// Self time per node: samples × the mean interval.
const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const byFunction = new Map(), byFile = new Map();
let bundleLines;
let total = 0;
for (const node of profile.nodes) {
  const ms = (hits.get(node.id) ?? 0) * interval;
  if (!ms) continue;
  total += ms;
  const { functionName, url, lineNumber } = node.callFrame;
  // The bundle keeps one comment per source file ("// src/core/…"): map bundle lines back to them.
  const source = sourceOf(url, lineNumber);
  const key = `${functionName || '(anonymous)'}  ${source}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  byFile.set(source.replace(/:\d+$/, ''), (byFile.get(source.replace(/:\d+$/, '')) ?? 0) + ms);
}

function sourceOf(url, line) {
  if (!url.endsWith('profileTarget.js')) return url ? path.basename(url) : '(native)';
  bundleLines ??= fs.readFileSync('out/bench/profileTarget.js', 'utf8').split('\n');
  for (let i = line; i >= 0; i--) {
    const m = bundleLines[i]?.match(/^\/\/ ((?:src|bench|node_modules)\/\S+)$/);
    if (m) return `${m[1]}:${line - i}`;
  }
  return `profileTarget.js:${line}`;
}

const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${(100 * ms / total).toFixed(1).padStart(5)}%  ${key}`);
  }
};
show(`self time by function (${total.toFixed(0)} ms sampled; file:line is the line within that file's part of the bundle)`, byFunction);
show('self time by source file', byFile);
console.log(`\nprofile: ${file} (open it in Chrome DevTools or VS Code for the call tree)`);
