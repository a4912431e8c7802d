// `node test/bench/compare.mjs [label=dir …]`: builds of <sales-funnel> side by side, with d3-funnel as the yardstick,
// on the benchmark's own pages (pages.mjs), in one run so the ratios hold on a noisy machine. Each `dir` (under the
// project, so the bench's server serves it) holds a `sales-funnel.js` and its chunks; default: `dist=dist`.
// Each of COMPARE_ROUNDS rounds (default 9) goes round the builds and d3-funnel: a cold load, a page of 50
// funnels, and, for ours, 100 slider moves at 6 steps and at 100 steps on fresh pages.
//
//   cold   median of the cold renders (start → painted), and ours ÷ d3-funnel's (budget ≤ 1.25)
//   fifty  median of the 50-funnel pages (start → painted), and ours ÷ d3-funnel's (budget ≤ 1.5)
//   p95    update p95 at 6 and at 100 steps (budgets ≤ 2 ms and ≤ 8 ms; bench.mjs counts them after 20 warm-up moves)
//
// To try a change to src/ without touching it: copy the project's src/ elsewhere, change it, build it there with
// the project's rollup config into a folder under test/bench/build/, and pass that folder here next to dist.
import { existsSync } from 'node:fs';
import { median, percentile, withBrowser } from './browser.mjs';
import { fiftyTimes, LIBRARIES, page, stepsPage, stepUpdates } from './pages.mjs';

const ROUNDS = Number(process.env.COMPARE_ROUNDS) || 9;
const MOVES = 100;
const builds = (process.argv.slice(2).length ? process.argv.slice(2) : ['dist=dist']).map((a) => {
  const [label, dir = label] = a.split('=');
  if (!existsSync(`${dir}/sales-funnel.js`)) throw new Error(`${dir}/sales-funnel.js: no such build`);
  return {
    label,
    dir,
    lib: { ...LIBRARIES['sales-funnel'], files: [`${dir}/sales-funnel.js`] },
    cold: [],
    fifty: [],
    6: [],
    100: [],
  };
});
const d3 = { label: 'd3-funnel', lib: LIBRARIES['d3-funnel'], cold: [], fifty: [] };

await withBrowser(async ({ open }) => {
  for (let k = 0; k < ROUNDS; k++) {
    for (const b of [...builds, d3]) {
      const name = b == d3 ? 'd3-funnel' : `compare-${b.label}`;
      let p = await open(page(name, b.lib), { waitForElement: false });
      b.cold.push(
        await p.evaluate(async () => (await window.ready, performance.measure('cold', 'start', 'painted').duration)),
      );
      await p.close();
      p = await open(page(name, b.lib, 50), { waitForElement: false });
      const { ms, elements } = await p.evaluate(fiftyTimes);
      b.fifty.push(ms);
      b.elements = elements;
      await p.close();
      if (b == d3) continue;
      for (const size of [6, 100]) {
        p = await open(stepsPage(b.lib.files[0], b.label));
        b[size].push(...(await p.evaluate(stepUpdates, size, MOVES)));
        await p.close();
      }
    }
    process.stderr.write(`  round ${k + 1} of ${ROUNDS}\r`);
  }
});

const [c, f] = [median(d3.cold), median(d3.fifty)];
console.log(`\n${ROUNDS} rounds; d3-funnel: cold ${c.toFixed(1)} ms, 50 funnels ${f.toFixed(0)} ms\n`);
console.log(
  'build'.padEnd(24) +
    ['cold', '÷ d3', '50 funnels', '÷ d3', 'p95 6 steps', 'p95 100', 'median 6', 'median 100', 'elements']
      .map((h) => h.padStart(12))
      .join(''),
);
for (const b of builds)
  console.log(
    b.label.padEnd(24) +
      [
        `${median(b.cold).toFixed(1)} ms`,
        (median(b.cold) / c).toFixed(2),
        `${median(b.fifty).toFixed(0)} ms`,
        (median(b.fifty) / f).toFixed(2),
        `${percentile(b[6], 95).toFixed(2)} ms`,
        `${percentile(b[100], 95).toFixed(2)} ms`,
        `${median(b[6]).toFixed(2)} ms`,
        `${median(b[100]).toFixed(2)} ms`,
        String(b.elements),
      ]
        .map((x) => x.padStart(12))
        .join(''),
  );
