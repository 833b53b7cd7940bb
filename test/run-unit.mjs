// Unit tests of src/core in plain Node: bundle test/unit/*.test.ts with esbuild, run them with mocha.
// Prints `unit: N passed, N failed` as its last line; exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

execFileSync(process.execPath, ['esbuild.mjs', '--tests'], { stdio: 'inherit' });
const grep = process.env.GREP;
const mocha = new Mocha({ ui: 'tdd', timeout: 20000, reporter: process.env.REPORTER || 'spec', ...(grep ? { grep } : {}) });
const dir = 'out/unit';
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.test.js')).sort()) mocha.addFile(path.resolve(dir, f));
const runner = mocha.run(failures => {
  console.log(`unit: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
  process.exitCode = failures > 0 ? 1 : 0;
});
