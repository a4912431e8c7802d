// Runs every test/**/*.test.ts (but the Node-only *.node.test.ts) in headless Chromium, Firefox and WebKit, the
// three side by side, one test file at a time in each.
//
// BROWSERS picks engines (`BROWSERS=firefox npx wtr`; `npm test -- --browsers firefox` sets it). What each needs:
//   chromium  Debian's `chromium` (/usr/bin/chromium, or CHROME_PATH), driven by puppeteer-core over CDP
//   firefox   Debian's `firefox-esr` (/usr/bin/firefox-esr, or FIREFOX_PATH), puppeteer-core over WebDriver BiDi
//   webkit    Debian's `webkit2gtk-driver` and `xvfb`: WebKitWebDriver drives WebKitGTK's MiniBrowser (WEBKIT_PATH)
//             on an X display (DISPLAY, else an Xvfb started here), WebDriver classic through webdriverio
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
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
  // Skia on the CPU only: WebKitGTK 2.50 paints some tiles on the GPU (here Mesa's llvmpipe) and some on the CPU,
  // chosen as it goes, and the two smooth edges differently; a screenshot would then change from run to run.
  const env = { ...process.env, DISPLAY: await display(), WEBKIT_SKIA_ENABLE_CPU_RENDERING: '1' };
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env });
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

/** `UPDATE_VISUALS=1` writes new baselines instead of comparing (`npm run visuals:update` does it in every engine). */
const updateVisuals = process.env.UPDATE_VISUALS == '1';
/** pngjs, as the visual regression plugin has it (it reads and writes its PNGs with it), and its own diff. */
const pluginRequire = createRequire(fileURLToPath(import.meta.resolve('@web/test-runner-visual-regression/plugin')));
const { PNG } = pluginRequire('pngjs');
const { pixelMatchDiff } = pluginRequire('./dist/pixelMatchDiff.js');

/**
 * WebKit's shot of an element: the viewport's, cut to the element's box. WebKitGTK 2.50's own element screenshot
 * (WebDriver "Take Element Screenshot", which the plugin uses) comes back partly or wholly black: 40 % of a 500 px
 * element in the default 1024×768 window, all of it once the window is 1,200 px tall (on the GPU or the CPU alike).
 * Its viewport screenshot is right at any size.
 */
async function webkitElementShot(driver, locator) {
  const box = await driver.execute(`var el = (function () { ${locator} })(); if (!el) return null;
    var r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, devicePixelRatio];`);
  if (!box) throw new Error('visual diff: the element is not in the page');
  const [left, top, right, bottom, dpr] = box;
  const page = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
  const [x, y] = [Math.round(left * dpr), Math.round(top * dpr)];
  const [w, h] = [Math.round(right * dpr) - x, Math.round(bottom * dpr) - y];
  if (x < 0 || y < 0 || x + w > page.width || y + h > page.height)
    throw new Error(`visual diff: the element (${x},${y} ${w}×${h}) is not wholly in the ${page.width}×${page.height} viewport`);
  const shot = new PNG({ width: w, height: h });
  PNG.bitblt(page, shot, x, y, w, h, 0, 0);
  return PNG.sync.write(shot);
}

/**
 * Whether a screenshot is blank: one colour for all but a few pixels (an element shot before it was painted). A
 * funnel always has text and slices in other colours than its background.
 */
function blank(image) {
  const { data, width, height } = PNG.sync.read(image);
  const first = data.readUInt32BE(0);
  let other = 0;
  for (let i = 0; i < data.length; i += 4) if (data.readUInt32BE(i) != first) other++;
  return other < (width * height) / 1000;
}

/**
 * Screenshots of test/visual/*.test.ts (`visualDiff(element, name)`), compared with PNGs per engine:
 *   test/visual/baseline/<engine>/<name>.png   the baselines, committed
 *   test/visual/failed/<engine>/<name>.png     what the engine drew when it differed, and <name>-diff.png (gitignored)
 * The element's own box is shot: puppeteer's element screenshot in Chromium (CDP) and Firefox (WebDriver BiDi); in
 * WebKit (WebDriver classic) the viewport's screenshot cut to the element's box (see webkitElementShot). A test
 * fails when its size differs, or when more than 5 pixels differ by more than pixelmatch's colour threshold (0.1;
 * anti-aliased edges aside). Here the shots are the same to the pixel from run to run in all three engines; one
 * changed digit is 8–20 such pixels, a slider one point further about 300. Server commands for the tests:
 * `visual-update` (are baselines being written?) and `visual-viewport` (sizes the viewport, in every engine).
 */
function visualsPlugin() {
  const plugin = visualRegressionPlugin({
    update: updateVisuals,
    baseDir: 'test/visual',
    // "<name>--canary": a shot that must differ from <name>'s baseline (the test that a diff can fail).
    getBaselineName: ({ browser, name }) => `baseline/${engineOf(browser)}/${name.replace(/--canary$/, '')}`,
    getFailedName: ({ browser, name }) => `failed/${engineOf(browser)}/${name}`,
    getDiffName: ({ browser, name }) => `failed/${engineOf(browser)}/${name}-diff`,
    // A screenshot that did not come (an empty buffer), or came blank, is never a baseline.
    saveBaseline: async ({ filePath, content }) => {
      if (!content?.length) throw new Error(`visual diff: no screenshot for ${filePath}`);
      if (blank(content)) throw new Error(`visual diff: the screenshot for ${filePath} is blank, one colour: the element was not painted`);
      await mkdir(dirname(filePath), { recursive: true });
      await writeFile(filePath, content);
    },
    // A blank shot is said to be blank, not counted as pixels that differ.
    getImageDiff: (args) =>
      blank(args.image)
        ? { error: `the screenshot of ${args.name} is blank, one colour: the element was not painted when it was taken`, diffImage: args.image, diffPercentage: 100, diffPixels: 0 }
        : pixelMatchDiff(args),
    diffOptions: { threshold: 0.1 },
    failureThresholdType: 'pixel',
    failureThreshold: 5,
  });
  return {
    name: 'visuals',
    async executeCommand(args) {
      const { command, session, payload } = args;
      if (command == 'visual-update') return updateVisuals;
      // The viewport's size, so a 1200 px column and a tall funnel fit in it (WebKit's shot is cut from it).
      if (command == 'visual-viewport') {
        const { width, height } = payload;
        if (session.browser.type == 'puppeteer') {
          await session.browser.getPage(session.id).setViewport({ width, height });
          return true;
        }
        if (session.browser.type == 'webdriver') {
          // The launcher's webdriverio session (a private field); the window's frame is measured, then added.
          const { driver } = session.browser;
          const [outer, inner] = [await driver.getWindowSize(), await driver.execute(() => [innerWidth, innerHeight])];
          await driver.setWindowSize(width + outer.width - inner[0], height + outer.height - inner[1]);
          return true;
        }
        return false;
      }
      if (command == 'visual-diff' && session.browser.type == 'webdriver') {
        const browser = Object.create(session.browser, {
          takeScreenshot: { value: (_id, locator) => webkitElementShot(session.browser.driver, locator) },
        });
        return plugin.executeCommand({ ...args, session: { ...session, browser } });
      }
      return plugin.executeCommand(args);
    },
  };
}

/**
 * A second HTTP server, on another port (another origin), serving sheets as a published Google Sheet would, and
 * every way one can fail: for `src` (test/element/sheet.test.ts). Server command `sheet-server`: its address.
 *   /ok.csv        a CSV with CORS              /redirect    a 307 to /ok.csv, as Google's CSV links answer
 *   /no-cors.csv   a CSV without CORS           /404, /403   those statuses (with CORS, so they can be read)
 *   /sign-in       an HTML page (a sign-in)     /big.csv     2 MB          /slow.csv   answers after 15 s
 *   /changing.csv  a CSV that changes at each load (its Last-Modified too)    /markup.csv  a label with markup
 *   /two.csv       two periods: the quarter before and this one, named by the header row
 */
function sheetServerPlugin() {
  let server;
  let address = '';
  const versions = {};
  const cors = { 'access-control-allow-origin': '*' };
  const csv = (text, more = {}) => [200, { 'content-type': 'text/csv; charset=utf-8', ...cors, ...more }, text];
  const routes = {
    '/ok.csv': () => csv('Stap,Aantal\r\nLeads,"1.000"\r\n"Voorstel, gedaan",120\r\nKlanten,30\r\n'),
    '/redirect': () => [307, { location: '/ok.csv', ...cors }, ''],
    '/no-cors.csv': () => [200, { 'content-type': 'text/csv' }, 'Leads,1000\nKlanten,30\n'],
    '/404': () => [404, { 'content-type': 'text/plain', ...cors }, 'Not found'],
    '/403': () => [403, { 'content-type': 'text/plain', ...cors }, 'Forbidden'],
    '/sign-in': () => [200, { 'content-type': 'text/html', ...cors }, '<!doctype html><title>Sign in</title><form>Email</form>'],
    '/big.csv': () => csv('Leads,1000\n' + 'x'.repeat(2 * 1024 * 1024)),
    '/slow.csv': () => new Promise((done) => setTimeout(() => done(csv('Leads,1000\nKlanten,30\n')), 15000)),
    // Each `key` its own sheet (the engines run side by side): 21 customers at its first load, 22 at its second…;
    // after the first, half a second late, so the copy a browser kept shows first.
    '/changing.csv': async (url) => {
      const n = (versions[url.searchParams.get('key')] = (versions[url.searchParams.get('key')] ?? 0) + 1);
      if (n > 1) await new Promise((r) => setTimeout(r, 500));
      return csv(`Leads,1000\nKlanten,${20 + n}\n`, { 'last-modified': new Date(Date.UTC(2026, 11, 3, 9, 15 + n)).toUTCString() });
    },
    '/markup.csv': () => csv('"<img src=x onerror=""window.__pwned=1"">",100\nB,50\n'),
    '/two.csv': () => csv('Stap,Q1,Q2\r\nLeads,900,"1.000"\r\nVoorstel,100,120\r\nKlanten,24,30\r\n'),
  };
  return {
    name: 'sheet-server',
    async serverStart() {
      const { createServer: http } = await import('node:http');
      server = http(async (req, res) => {
        const url = new URL(req.url, 'http://x');
        const route = routes[url.pathname];
        const [status, headers, body] = route ? await route(url) : [404, {}, ''];
        res.writeHead(status, headers).end(body);
      });
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      address = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      server?.closeAllConnections?.();
      server?.close();
    },
    executeCommand({ command }) {
      return command == 'sheet-server' ? address : undefined;
    },
  };
}

export default {
  // *.node.test.ts read files and run in Node only (the fast lane).
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: true,
  // One tab at a time in each engine: a tab in the background gets no animation frames and no ResizeObserver
  // callbacks, and layout, focus and keyboard tests need them. The three engines run side by side
  // (CONCURRENT_BROWSERS=1 for one after the other).
  concurrency: 1,
  concurrentBrowsers: Number(process.env.CONCURRENT_BROWSERS) || 3,
  testFramework: { config: { timeout: 20000 } },
  // The long fuzz run (`npm run fuzz`) takes as long as it takes.
  testsFinishTimeout: process.env.FUZZ_RUNS ? 6 * 3600_000 : 600_000,
  browsers: await Promise.all(selected.map((name) => engines[name]())),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), pagesPlugin(), visualsPlugin(), sheetServerPlugin()],
  reporters: [defaultReporter(), totalReporter()],
};
