// Runs every test/**/*.test.ts in headless Chromium, Firefox and WebKit, one engine after the other.
//
// BROWSERS picks engines (`BROWSERS=firefox npx wtr`; `npm test -- --browsers firefox` sets it). What each needs:
//   chromium  Debian's `chromium` (/usr/bin/chromium, or CHROME_PATH), driven by puppeteer-core over CDP
//   firefox   Debian's `firefox-esr` (/usr/bin/firefox-esr, or FIREFOX_PATH), puppeteer-core over WebDriver BiDi
//   webkit    Debian's `webkit2gtk-driver` and `xvfb`: WebKitWebDriver drives WebKitGTK's MiniBrowser (WEBKIT_PATH)
//             on an X display (DISPLAY, else an Xvfb started here), WebDriver classic through webdriverio
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
/** Flags for Chromium as root on a machine with no network but localhost. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Property tests run with one seed, printed, so a failure can be replayed; `npm run fuzz` draws a new one. */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.FUZZ_RUNS ? (Math.random() * 2 ** 31) | 0 : 20261129;

/** Processes started for WebKit (Xvfb, WebKitWebDriver), stopped when the run ends. */
const children = [];
process.on('exit', () => children.forEach((c) => c.kill()));

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Waits until `ready()` holds, up to `ms`; throws `message` otherwise. */
async function until(ready, ms, message) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (await ready()) return;
  throw new Error(message);
}

/** An X display for WebKitGTK: the one in DISPLAY, else a new Xvfb. */
async function display() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const n = 90 + Math.floor(Math.random() * 400);
  const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  xvfb.on('error', () => {});
  children.push(xvfb);
  await until(() => existsSync(`/tmp/.X11-unix/X${n}`), 10000, 'Xvfb did not start: apt-get install -y xvfb');
  return `:${n}`;
}

/** WebKitWebDriver on a free port, on an X display: the WebDriver endpoint the launcher talks to. */
async function webkitDriver() {
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: await display() } });
  driver.on('error', () => {});
  children.push(driver);
  const up = () => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
  await until(up, 10000, 'WebKitWebDriver did not start: apt-get install -y webkit2gtk-driver xvfb');
  return port;
}

/** WebKitGTK's MiniBrowser, under /usr/lib/<architecture>/webkit2gtk-4.x/ on Debian. */
const miniBrowser =
  process.env.WEBKIT_PATH ||
  readdirSync('/usr/lib', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => ['4.1', '4.0'].map((v) => `/usr/lib/${d.name}/webkit2gtk-${v}/MiniBrowser`))
    .find(existsSync);

const engines = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs } }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
    }),
  webkit: async () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: await webkitDriver(),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks WebDriver classic only; webdriverio would otherwise ask for BiDi and get no session.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    }),
};

/** The engine a launcher drives, by the name the launchers give themselves. */
export const engineOf = (name) => ({ chrome: 'chromium', chromium: 'chromium', firefox: 'firefox', minibrowser: 'webkit' })[String(name).toLowerCase()] ?? name;

const selected = (process.env.BROWSERS || 'chromium,firefox,webkit').split(/[\s,]+/).filter(Boolean);
for (const name of selected) if (!engines[name]) throw new Error(`BROWSERS: unknown engine "${name}"; use chromium, firefox, webkit`);

/**
 * Prints the run's totals per engine and in all: "chromium 350 passed, 0 failed, firefox 348 passed, 2 skipped…",
 * then "browser tests: N passed, N failed". A test file that fails to load counts as one failure.
 */
function totalReporter() {
  const lines = [];
  return {
    onTestRunFinished({ sessions }) {
      const per = {};
      const walk = (suite, t) => {
        for (const test of suite.tests) t[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach((s) => walk(s, t));
      };
      for (const s of sessions) {
        const t = (per[engineOf(s.browser.name)] ??= { passed: 0, failed: 0, skipped: 0 });
        if (s.testResults) walk(s.testResults, t);
        if (s.errors?.length || (!s.passed && !s.testResults?.tests.length && !s.testResults?.suites.length)) t.failed++;
      }
      const all = Object.values(per).reduce((a, t) => ({ passed: a.passed + t.passed, failed: a.failed + t.failed }), { passed: 0, failed: 0 });
      lines.length = 0;
      lines.push(
        'per engine: ' + Object.entries(per).map(([e, t]) => `${e} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`).join('; '),
        `browser tests: ${all.passed} passed, ${all.failed} failed`,
      );
    },
    stop() {
      console.log(`property tests ran with seed ${seed} (FC_SEED=${seed} replays it)`);
      lines.forEach((l) => console.log(l));
    },
  };
}

const probe = '<script src="/test/embed/probe.js"></script>';

/**
 * Pages opened by `openPage` (test/embed/pages.ts) carry `?probe`: they get the probe script first thing, before
 * their own scripts and their CSP, so it sees every error, warning, violation and request of the page.
 * Server commands: `seed` and `fuzz-runs` for the property tests, `heap` (Chromium's DevTools Protocol only).
 */
function pagesPlugin() {
  return {
    name: 'pages',
    transform(context) {
      if (!context.URL.searchParams.has('probe') || !context.response.is('html')) return;
      const body = String(context.body);
      const head = /<head[^>]*>/i.exec(body);
      return { body: head ? body.replace(head[0], head[0] + probe) : probe + body };
    },
    async executeCommand({ command, session }) {
      if (command == 'seed') return seed;
      // How many inputs the fuzz tests try: a few thousand in `npm test`, FUZZ_RUNS in `npm run fuzz`.
      if (command == 'fuzz-runs') return Number(process.env.FUZZ_RUNS) || 0;
      if (command == 'engine') return engineOf(session.browser.name);
      // The test page's JS heap after a full garbage collection; `bytes: null` where there is no DevTools Protocol.
      if (command == 'heap') {
        if (engineOf(session.browser.name) != 'chromium') return { bytes: null };
        const cdp = await session.browser.getPage(session.id).createCDPSession();
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        await cdp.detach();
        return { bytes: usedSize };
      }
      return undefined;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One tab at a time, one engine at a time: a tab in the background gets no animation frames and no
  // ResizeObserver callbacks, and layout, focus and keyboard tests need them.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  // The long fuzz run (`npm run fuzz`) takes as long as it takes.
  testsFinishTimeout: process.env.FUZZ_RUNS ? 6 * 3600_000 : 600_000,
  browsers: await Promise.all(selected.map((name) => engines[name]())),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), pagesPlugin()],
  reporters: [defaultReporter(), totalReporter()],
};
