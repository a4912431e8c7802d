// Runs every test/**/*.test.ts in headless Chromium (Debian's, or CHROME_PATH).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';

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

/** Prints the run's total as "N passed, N failed"; a test file that fails to load counts as one failure. */
function totalReporter() {
  let passed = 0;
  let failed = 0;
  const walk = (suite) => {
    for (const t of suite.tests) if (!t.skipped) t.passed ? passed++ : failed++;
    suite.suites.forEach(walk);
  };
  return {
    onTestRunFinished({ sessions }) {
      passed = failed = 0;
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (s.errors?.length || (!s.passed && !s.testResults?.tests.length && !s.testResults?.suites.length)) failed++;
      }
    },
    stop() {
      console.log(`browser tests: ${passed} passed, ${failed} failed`);
    },
  };
}

/**
 * Server commands for the end-to-end tests: `open-page` loads a page of the demo in its own tab, the way a
 * visitor would, and reports what happened: console errors, CSP violations, requests, and each funnel's state.
 */
function pagesPlugin() {
  return {
    name: 'pages',
    async executeCommand({ command, payload, session }) {
      // The test page's JS heap after a full garbage collection, through the DevTools Protocol.
      if (command == 'heap') {
        const cdp = await session.browser.getPage(session.id).createCDPSession();
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        await cdp.detach();
        return usedSize;
      }
      // How many inputs the fuzz tests try: a few thousand in `npm test`, FUZZ_RUNS in `npm run fuzz`.
      if (command == 'fuzz-runs') return Number(process.env.FUZZ_RUNS) || 0;
      if (command != 'open-page') return undefined;
      const { url, width = 1280, height = 800 } = payload;
      const page = await session.browser.getPage(session.id).browser().newPage();
      const errors = [];
      const warnings = [];
      const requests = [];
      page.on('console', (m) => (m.type() == 'error' ? errors : m.type() == 'warn' ? warnings : []).push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => requests.push(r.url()));
      await page.setViewport({ width, height });
      // Runs before the page's own scripts, outside its CSP.
      await page.evaluateOnNewDocument(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      try {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(
          () => customElements.get('sales-funnel') && [...document.querySelectorAll('sales-funnel')].every((f) => f.shadowRoot?.querySelector('.root')),
          { timeout: 15000 },
        );
        // Press what a visitor would (the export buttons, say), then let the page settle.
        if (payload.click)
          await page.evaluate((selector) => {
            for (const f of document.querySelectorAll('sales-funnel')) f.shadowRoot.querySelectorAll(selector).forEach((b) => b.click());
          }, payload.click);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const state = await page.evaluate(() => {
          const doc = document.documentElement;
          return {
            funnels: [...document.querySelectorAll('sales-funnel')].map((f) => {
              const root = f.shadowRoot.querySelector('.root');
              const box = f.getBoundingClientRect();
              const shape = (selector) => {
                const e = f.shadowRoot.querySelector(selector);
                const r = e?.getBoundingClientRect();
                return r ? [Math.round(r.width), Math.round(r.height)] : null;
              };
              return {
                // Readable: the drawing, a slider and the text have a size a reader can see.
                svg: shape('svg'),
                slider: shape('input'),
                fontSize: parseFloat(getComputedStyle(f.shadowRoot.querySelector('small') ?? root).fontSize),
                rendered: !!f.shadowRoot.querySelector('.steps li'),
                error: f.shadowRoot.querySelector('[part=error]')?.textContent ?? null,
                overflow: root.scrollWidth > root.clientWidth + 1 || box.right > doc.clientWidth + 1 || box.left < -1,
                height: box.height,
              };
            }),
            pageOverflow: doc.scrollWidth > doc.clientWidth,
            // Every funnel should adopt the one style sheet, parsed once.
            sheets: new Set([...document.querySelectorAll('sales-funnel')].map((f) => f.shadowRoot.adoptedStyleSheets[0])).size,
            violations: window.__violations,
            // Set by an injection payload that ran: it must stay unset.
            pwned: window.__pwned ?? null,
            globals: Object.keys(window).filter((k) => /funnel|^lit|zod/i.test(k)),
          };
        });
        return { ...state, errors, warnings, requests };
      } catch (e) {
        return { failed: String(e), errors, warnings, requests };
      } finally {
        await page.close();
      }
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One tab at a time: a tab in the background gets no animation frames and no ResizeObserver callbacks,
  // and layout, focus and keyboard tests need them.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  // The long fuzz run (`npm run fuzz`) takes as long as it takes.
  testsFinishTimeout: process.env.FUZZ_RUNS ? 6 * 3600_000 : 600_000,
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs } })],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), pagesPlugin()],
  reporters: [defaultReporter(), totalReporter()],
};
