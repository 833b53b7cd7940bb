// Bundles: the extension for desktop (node) and web (browser), the CLI, and (with --tests) the test suites.
//   node esbuild.mjs [--production] [--watch] [--tests] [--dist=DIR]
// --dist=DIR puts the three bundles in DIR instead of dist/ (the benchmarks measure production bundles there).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
import { createRequire } from 'node:module';

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
// i18n-iso-countries library gives) go into the bundles packed (src/core/entities/unpack.ts: one byte a character,
// LZMA, in base 118), and the core unpacks them when it loads: a quarter of the size, and no country library
// in the bundle. The build checks that they unpack to exactly the readable lists.
const DATA_INDEX = path.resolve('src/core/entities/data/index.ts');
const UNPACK = path.resolve('src/core/entities/unpack.ts');
let packedData = null;
/** LZMA, mode 9, as unlzma (unpack.ts) reads it: the `lzma` package's .lzma output less its dictionary size and
 * length (bytes 1-12): the properties byte, then the range-coded data. It takes 1.5 s: kept in node_modules/.cache
 * by a hash of the bytes and the package's version (the build still checks what it unpacks to). */
function lzma(bytes) {
  const require = createRequire(import.meta.url);
  const key = crypto.createHash('sha256').update(require('lzma/package.json').version).update(bytes).digest('hex').slice(0, 32);
  const cached = path.join('node_modules', '.cache', 'wirelens', `lists-${key}.lzma`);
  if (fs.existsSync(cached)) return new Uint8Array(fs.readFileSync(cached));
  const out = require('lzma').compress(Array.from(bytes), 9);
  const raw = Uint8Array.from([out[0], ...out.slice(13)], b => b & 255);
  fs.mkdirSync(path.dirname(cached), { recursive: true });
  fs.writeFileSync(cached, raw);
  return raw;
}
async function importTs(file) {
  const built = await esbuild.build({ entryPoints: [file], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
}
async function packedDataModule() {
  const dir = path.dirname(DATA_INDEX);
  const stamp = [...fs.readdirSync(dir).map(f => path.join(dir, f)), UNPACK].map(f => `${f}:${fs.statSync(f).mtimeMs}`).join();
  if (packedData?.stamp !== stamp) {
    const lists = { ...await importTs(DATA_INDEX) };
    const { packLists, unpackData } = await importTs(UNPACK);
    const { shape, chars, size, text } = packLists(lists, lzma);
    if (JSON.stringify(unpackData(shape, chars, size, text)) !== JSON.stringify(lists)) throw new Error('packedData: the packed word lists do not unpack to the lists (a damaged node_modules/.cache/wirelens?)');
    const contents = `import { unpackData } from ${JSON.stringify(UNPACK)};\n`
      + `const lists = unpackData(${JSON.stringify(shape)}, ${JSON.stringify(chars)}, ${size}, ${JSON.stringify(text)});\n`
      + Object.keys(lists).map(name => `export const ${name} = lists.${name};`).join('\n');
    packedData = { stamp, contents, text, watchFiles: [...fs.readdirSync(dir).map(f => path.join(dir, f)), UNPACK] };
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
  // Base 118 relies on esbuild writing those characters as they are, not escaped.
  for (const file of ['extension.js', 'web/extension.js', 'cli.js']) {
    if (!fs.readFileSync(`${dist}/${file}`, 'utf8').includes(packedData.text)) throw new Error(`${dist}/${file}: the packed word lists are not there as packed`);
  }
}
