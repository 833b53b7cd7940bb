// Activation in VS Code for the Web: the production bundles in a copy of the extension, an empty
// window, bench/host/activation.ts as the extension tests. Resolves with what that script printed.
//   const { activationMs, openToApiMs } = await measureActivation({ dist, article: true });
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runSuiteInBrowser } from '../test/host/browser.mjs';
import { startWebServer } from '../test/host/webServer.mjs';

const REPORT = /^wirelens-bench: (\{.*\})$/;
// What the manifest points at, besides the bundles.
const EXTENSION_FILES = ['package.json', 'language-configuration.json', 'syntaxes', 'media', 'l10n', 'package.nls.json', 'package.nls.ar.json'];

/**
 * `dist`: a directory holding the bundles of `node esbuild.mjs --production --dist=DIR`; `article`: whether an
 * article is open when Wirelens activates (it then analyses it), or nothing is.
 */
export async function measureActivation({ dist, article = true, verbose = false }) {
  const repo = process.cwd();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelens-bench-ext-'));
  try {
    const extension = path.join(root, 'extension');
    for (const f of EXTENSION_FILES) if (fs.existsSync(f)) fs.cpSync(f, path.join(extension, f), { recursive: true });
    fs.cpSync(dist, path.join(extension, 'dist'), { recursive: true });
    // The server serves the tests from inside the extension's folder only.
    const tests = path.join(extension, 'bench-activation.js');
    await esbuild.build({
      entryPoints: ['bench/host/activation.ts'], outfile: tests, bundle: true, format: 'cjs', platform: 'browser',
      target: 'es2022', external: ['vscode'], logLevel: 'warning', define: { WIRELENS_BENCH_NO_ARTICLE: String(!article) },
    });
    const server = await startWebServer({ extensionDevelopmentPath: extension, extensionTestsPath: tests, port: 0, verbose });
    // The page's console reaches this process through console's methods: keep the report line, pass the rest on.
    let report = null;
    const methods = ['log', 'info', 'warn', 'error', 'debug'];
    const original = Object.fromEntries(methods.map(m => [m, console[m]]));
    for (const m of methods) {
      console[m] = (...args) => {
        const line = typeof args[0] === 'string' ? args[0].match(REPORT) : null;
        if (line) report = JSON.parse(line[1]);
        else if (verbose) original[m](...args);
      };
    }
    try {
      const result = await runSuiteInBrowser({ url: server.url, repo, host: 'web', timeoutMs: Number(process.env.TEST_TIMEOUT_MS || 120000), verbose });
      if (result.code !== 0 || !report) throw new Error(`the activation run failed (exit ${result.code})`);
    } finally {
      Object.assign(console, original);
      server.close();
    }
    return report;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
