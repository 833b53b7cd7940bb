// npm run test:node-host — the host suite in a real Node extension host: the VS Code server (1.139, from
// code-server, installed into .host/ by scripts/install-node-host.mjs) started directly through server-main.js
// (the code-server wrapper ignores `payload`), with its web client in headless chromium.
//   NODE_HOST_PORT      the server's port (default: any free one)
//   VERBOSE=1           also print the server's log and the workbench's console
//   TEST_TIMEOUT_MS     how long the whole suite may take (default 180000)
//   KEEP_WORKSPACE=1    keep the temporary workspace for a look afterwards
// Exits 0 when every test passed. Expects the bundles of `node esbuild.mjs --tests`.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNodeHostInstalled, nodeHost } from '../../scripts/install-node-host.mjs';
import { runSuiteInBrowser } from './browser.mjs';
import { prepareWorkspace } from './workspace.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const verbose = !!process.env.VERBOSE;
const tests = path.join(repo, 'out/host/node/index.js');
if (!fs.existsSync(tests)) throw new Error(`${tests} is missing: run \`node esbuild.mjs --tests\` first`);
if (!isNodeHostInstalled()) throw new Error('the node host is not installed: run `node scripts/install-node-host.mjs` first');

/** Starts server-main.js with its state in a temporary folder; resolves with the port it listens on. */
async function startServer(stateDir) {
  const server = spawn(nodeHost.node, [nodeHost.serverMain,
    '--host', '127.0.0.1', '--port', process.env.NODE_HOST_PORT || '0',
    '--without-connection-token', '--accept-server-license-terms', '--disable-telemetry', '--disable-workspace-trust',
    '--enable-smoke-test-driver', // gives the page the codeAutomationLog/codeAutomationExit hooks
    '--user-data-dir', path.join(stateDir, 'user-data'), '--server-data-dir', path.join(stateDir, 'server-data'),
    '--extensions-dir', path.join(stateDir, 'extensions'),
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const record = out => data => { log += data; if (verbose) out.write(data); };
  server.stdout.on('data', record(process.stdout));
  server.stderr.on('data', record(process.stderr));
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the VS Code server did not start in 60 s:\n${log}`)), 60000);
    server.stdout.on('data', () => {
      const m = log.match(/Extension host agent listening on (\d+)/);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    server.once('exit', code => { clearTimeout(timer); reject(new Error(`the VS Code server exited with ${code}:\n${log}`)); });
  });
  return { port, close: () => server.kill() };
}

const started = Date.now();
const workspace = prepareWorkspace(repo, { keep: !!process.env.KEEP_WORKSPACE });
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelens-server-'));
let result;
try {
  const server = await startServer(stateDir);
  try {
    const remote = p => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(repo)], ['extensionTestsPath', remote(tests)], ['skipWelcome', 'true']];
    const url = `http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(workspace.dir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    result = await runSuiteInBrowser({ url, repo, host: 'node', timeoutMs: Number(process.env.TEST_TIMEOUT_MS || 180000), verbose });
  } finally {
    server.close();
  }
} finally {
  workspace.dispose();
  fs.rmSync(stateDir, { recursive: true, force: true });
}
// A suite that never got to report (it failed to load, or timed out) still gets a closing line.
if (!result.reported) console.log('host-node: 0 passed, 1 failed');
console.log(`host-node: ${result.code === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.code === 0 ? 0 : 1);
