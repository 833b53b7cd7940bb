// Bundles: the extension for desktop (node) and web (browser), the CLI, and (with --tests) the test suites.
//   node esbuild.mjs [--production] [--watch] [--tests]
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  format: 'cjs',
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  external: ['vscode'],
  logLevel: 'warning',
  define: { WIRELENS_VERSION: JSON.stringify(pkg.version) },
};
const node = { ...common, platform: 'node' };
const browser = { ...common, platform: 'browser', define: { ...common.define, global: 'globalThis' } };

const builds = [
  { ...node, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js' },
  { ...browser, entryPoints: ['src/vscode/extension.web.ts'], outfile: 'dist/web/extension.js' },
  { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (args.has('--tests')) {
  const unit = fs.readdirSync('test/unit').filter(f => f.endsWith('.test.ts')).map(f => `test/unit/${f}`);
  builds.push({ ...node, sourcemap: true, minify: false, entryPoints: unit, outdir: 'out/unit', external: ['vscode', 'mocha'] });
}

if (args.has('--watch')) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
  fs.chmodSync('dist/cli.js', 0o755);
}
