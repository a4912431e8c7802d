// Headless Chromium for the benchmark scripts: the same browser and flags as the test runner's.
import puppeteer from 'puppeteer-core';
import { close, listen } from '../../demo/serve.mjs';

// The test runner's config starts a launcher for every engine in BROWSERS as it is imported, and WebKit's
// (Xvfb and WebKitWebDriver, child processes) would keep this process alive after the benchmark ends:
// Chromium only.
process.env.BROWSERS = 'chromium';
const { chromeArgs, chromePath } = await import('../../web-test-runner.config.mjs');

/** Serves the project, opens Chromium; `run(page)` per fresh page. Returns the browser's version too. */
export async function withBrowser(fn) {
  const port = await listen(8100);
  const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
  try {
    const version = await browser.version();
    /** A fresh page at `path`; waits for <sales-funnel> to be defined unless told not to. */
    const open = async (path, { waitForElement = true } = {}) => {
      const page = await browser.newPage();
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
      if (waitForElement) await page.waitForFunction(() => customElements.get('sales-funnel'));
      return page;
    };
    return await fn({ open, version, browser, port });
  } finally {
    await browser.close();
    close();
  }
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
