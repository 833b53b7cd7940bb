// Bundles: the extension for desktop (node) and web (browser), the CLI, and (with --tests) the test suites.
//   node esbuild.mjs [--production] [--watch] [--tests] [--dist=DIR]
// --dist=DIR puts the three bundles in DIR instead of dist/ (the benchmarks measure production bundles there).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const dist = process.argv.find(a => a.startsWith('--dist='))?.slice('--dist='.length) ?? 'dist';
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  format: 'cjs',
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  external: ['vscode'],
  logLevel: 'warning',
  // Arabic stays Arabic in the bundles (2 bytes a letter in UTF-8), not \uXXXX escapes (6).
  charset: 'utf8',
  define: { WIRELENS_VERSION: JSON.stringify(pkg.version) },
};

// The entity recognisers' word lists (src/core/entities/data, readable TypeScript, with the country names the
// i18n-iso-countries library gives) go into the bundles as one deflated JSON string that the core unpacks on
// first use (src/core/entities/unpack.ts): a third of the size, and no country library in the bundle.
const DATA_INDEX = path.resolve('src/core/entities/data/index.ts');
let packedData = null;
async function packedDataModule() {
  const dir = path.dirname(DATA_INDEX);
  const stamp = fs.readdirSync(dir).map(f => `${f}:${fs.statSync(path.join(dir, f)).mtimeMs}`).join();
  if (packedData?.stamp !== stamp) {
    const built = await esbuild.build({ entryPoints: [DATA_INDEX], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
    const lists = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
    const packed = zlib.deflateRawSync(Buffer.from(JSON.stringify({ ...lists })), { level: 9 }).toString('base64');
    const contents = `import { unpackData } from ${JSON.stringify(path.resolve('src/core/entities/unpack.ts'))};\n`
      + `const lists = unpackData(${JSON.stringify(packed)});\n`
      + Object.keys(lists).map(name => `export const ${name} = lists.${name};`).join('\n');
    packedData = { stamp, contents, watchFiles: fs.readdirSync(dir).map(f => path.join(dir, f)) };
  }
  return packedData;
}
const packData = {
  name: 'packed-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]entities[\\/]data[\\/]index\.ts$/ }, async () => {
      const { contents, watchFiles } = await packedDataModule();
      return { contents, loader: 'js', resolveDir: path.dirname(DATA_INDEX), watchFiles };
    });
  },
};
// esbuild has no require.context: `require('wirelens:host-tests')` becomes one require per test/host/suite/*.test.ts.
const hostTestList = {
  name: 'host-test-list',
  setup(build) {
    build.onResolve({ filter: /^wirelens:host-tests$/ }, () => ({ path: 'host-tests', namespace: 'host-tests' }));
    build.onLoad({ filter: /.*/, namespace: 'host-tests' }, () => ({
      contents: fs.readdirSync('test/host/suite').filter(f => f.endsWith('.test.ts')).sort().map(f => `require('./${f}');`).join('\n'),
      resolveDir: path.resolve('test/host/suite'),
      watchDirs: [path.resolve('test/host/suite')],
      loader: 'js',
    }));
  },
};

// mocha's browser build (mocha/mocha.js) is a UMD script in a package of "type": "module": bundled as ESM, its
// `module.exports = mocha` would replace the test bundle's own exports. Loaded outside the file namespace,
// esbuild sees CommonJS and wraps it.
const mochaBrowserBuild = {
  name: 'mocha-browser-build',
  setup(build) {
    build.onResolve({ filter: /^mocha\/mocha$/ }, () => ({ path: path.resolve('node_modules/mocha/mocha.js'), namespace: 'mocha-umd' }));
    build.onLoad({ filter: /.*/, namespace: 'mocha-umd' }, args => ({ contents: fs.readFileSync(args.path, 'utf8'), loader: 'js' }));
  },
};

const node = { ...common, platform: 'node' };
const browser = { ...common, platform: 'browser', define: { ...common.define, global: 'globalThis' } };

const builds = [
  { ...node, plugins: [packData], entryPoints: ['src/vscode/extension.ts'], outfile: `${dist}/extension.js` },
  { ...browser, plugins: [packData], entryPoints: ['src/vscode/extension.web.ts'], outfile: `${dist}/web/extension.js` },
  { ...node, plugins: [packData], entryPoints: ['src/cli/main.ts'], outfile: `${dist}/cli.js`, banner: { js: '#!/usr/bin/env node' } },
];

if (args.has('--tests')) {
  const unit = fs.readdirSync('test/unit').filter(f => f.endsWith('.test.ts')).map(f => `test/unit/${f}`);
  builds.push({ ...node, sourcemap: true, minify: false, entryPoints: unit, outdir: 'out/unit', external: ['vscode', 'mocha'] });
  // The host suite, once per extension host; each index requires 'wirelens:host-tests' (hostTestList above).
  const host = { sourcemap: true, minify: false, plugins: [hostTestList], define: { ...common.define, WIRELENS_TEST_GREP: JSON.stringify(process.env.GREP ?? '') } };
  builds.push(
    { ...browser, ...host, define: { ...host.define, global: 'globalThis', WIRELENS_TEST_HOST: '"web"' },
      plugins: [hostTestList, mochaBrowserBuild], inject: ['test/host/processShim.js'], entryPoints: ['test/host/suite/index.web.ts'], outfile: 'out/host/web/index.js' },
    { ...node, ...host, define: { ...host.define, WIRELENS_TEST_HOST: '"node"' },
      external: ['vscode', 'mocha'], entryPoints: ['test/host/suite/index.node.ts'], outfile: 'out/host/node/index.js' },
  );
}

if (args.has('--watch')) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
  fs.chmodSync(`${dist}/cli.js`, 0o755);
}
