// npm test — every layer, in order: the type check of each project, the unit tests, the host suite in VS Code
// for the Web. Each layer prints its closing line (`name: N passed, N failed`); every layer runs even when an
// earlier one failed; the summary ends with the total, and any failure makes the exit code non-zero.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';

const CLOSING_LINE = /^([\w-]+): (\d+) passed, (\d+) failed/;

/** Runs a command with its output passed through; resolves with the exit code and the last closing line it printed. */
function run(command, args) {
  return new Promise(resolve => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let closing = null, pending = '';
    child.stdout.on('data', data => {
      process.stdout.write(data);
      const lines = (pending + data).split('\n');
      pending = lines.pop();
      for (const line of lines) closing = line.match(CLOSING_LINE) ?? closing;
    });
    child.on('close', code => {
      closing = pending.match(CLOSING_LINE) ?? closing;
      resolve({ code, passed: closing ? Number(closing[2]) : 0, failed: closing ? Number(closing[3]) : 0 });
    });
  });
}

/** The projects of `npm run typecheck` (`tsc -p A --noEmit && tsc -p B …`), each counted as one check. */
async function typecheck() {
  const script = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts.typecheck;
  let passed = 0, failed = 0;
  for (const command of script.split('&&').map(c => c.trim())) {
    const [bin, ...args] = command.split(/\s+/);
    const { code } = await run('npx', ['--no-install', bin, ...args]);
    if (code === 0) passed++;
    else { failed++; console.log(`typecheck: ${command} failed`); }
  }
  console.log(`typecheck: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

/**
 * A layer: steps run in order (a build, then the runner, which prints its own closing line). A step that fails,
 * or a runner that ends without a closing line, counts as one failure.
 */
async function layer(name, ...steps) {
  for (const [index, [command, ...args]] of steps.entries()) {
    const result = await run(command, args);
    const last = index === steps.length - 1;
    if (result.code === 0 && !last) continue;
    if (result.failed > 0 || (result.code === 0 && result.passed > 0)) return result;
    console.log(`${name}: ${result.passed} passed, 1 failed`);
    return { passed: result.passed, failed: 1 };
  }
}

const layers = [
  ['typecheck', typecheck],
  ['unit', () => layer('unit', ['node', 'test/run-unit.mjs'])],
  ['host-web', () => layer('host-web', ['node', 'esbuild.mjs', '--tests'], ['node', 'test/host/run-web.mjs'])],
];

const results = [];
for (const [name, runLayer] of layers) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  const { passed, failed } = await runLayer();
  results.push({ name, passed, failed, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const r of results) {
  console.log(`  ${r.name.padEnd(10)} ${`${r.passed} passed, ${r.failed} failed`.padEnd(24)} ${r.seconds.toFixed(1).padStart(6)} s${r.failed ? '   FAILED' : ''}`);
}
const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed }), { passed: 0, failed: 0 });
console.log(`total: ${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
