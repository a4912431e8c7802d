// `npm run screenshot`: the picture at the top of the README, demo/screenshot.webp. The article's funnel in Dutch,
// in a 680 px column, light, the fourth slider at +20 %, drawn by headless Chromium at device pixel ratio 2 from the
// built bundle (run `npm run build` first; the npm script does).
//
//   CHROME_PATH   the Chromium to use (default /usr/bin/chromium)
//
// The text is Lato (Debian's fonts-lato), as a blog's body text might be; DejaVu Sans where it is missing.
import { statSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { listen, close } from '../../demo/serve.mjs';

/** WebP at quality 90: about 90 KB, where the same picture as a PNG is about 170 KB. */
const out = 'demo/screenshot.webp';
const column = 680;
const page = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><script type="module" src="/dist/sales-funnel.js"></script>
<style>
  html { background: transparent; }
  body { margin: 0; font: 16px/1.5 Lato, 'DejaVu Sans', sans-serif; }
  main { width: ${column}px; padding: 20px; background: #eceef2; border-radius: 20px; }
</style></head>
<body><main>
  <sales-funnel heading="Trechter van het artikel" deal-value="2.500" period="quarter" improvements="0; 0; 0; 20"
    steps="Leads: 1.000; Gekwalificeerd: 400; Gedrag stimuleren: 250; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20">
  </sales-funnel>
</main></body>
</html>`;

const port = await listen(8700);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: column + 200, height: 1600, deviceScaleFactor: 2 });
  // A page of the server first, so the bundle and its chunks load from the same origin as the content set here.
  await tab.goto(`http://127.0.0.1:${port}/demo/embed/`);
  await tab.setContent(page, { waitUntil: 'load' });
  await tab.evaluate(async () => {
    await customElements.whenDefined('sales-funnel');
    const el = document.querySelector('sales-funnel');
    await el.updateComplete;
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    if (el.shadowRoot.querySelector('[part=error]')) throw new Error('the funnel shows its error panel');
  });
  const main = await tab.$('main');
  await main.screenshot({ path: out, type: 'webp', quality: 90, omitBackground: true });
  const { width, height } = await main.boundingBox();
  const kb = statSync(out).size / 1024;
  console.log(
    `${out}: ${Math.round(width * 2)}×${Math.round(height * 2)} px (${Math.round(width)}×${Math.round(height)} CSS px at 2×), ${kb.toFixed(0)} KB`,
  );
  if (kb > 150) throw new Error(`${out} is ${kb.toFixed(0)} KB, more than 150 KB`);
} finally {
  await browser.close();
  close();
}
