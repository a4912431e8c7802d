import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from './web-test-runner.config.mjs';
import { close, listen } from './demo/serve.mjs';
const port = await listen(8300);
const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
const runs = [];
for (let k = 0; k < 15; k++) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}${process.argv[2]}`, { waitUntil: 'load' });
  runs.push(await page.evaluate(async () => { await window.ready; const m = performance.getEntriesByType('mark'); const o = Object.fromEntries(m.map((x) => [x.name, x.startTime - m[0].startTime])); const t = (globalThis.__t || [])[0] || []; o.derive = t[0]; o.template = t[1]; o.commit = t[2]; return o; }));
  await page.close();
}
for (const k of Object.keys(runs[0])) console.log(k.padEnd(14), runs.map((r) => r[k]).sort((a, b) => a - b)[7]?.toFixed(1));
await browser.close(); close();
