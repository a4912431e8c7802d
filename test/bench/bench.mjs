// `npm run bench`: the article's funnel (six steps, in a 600 × 400 box) drawn by <sales-funnel> and by the
// funnel charts people use today, and by a hand-written SVG funnel with no library (the floor), all in one
// run of headless Chromium so the ratios hold on a noisy machine. Prints one table and writes results.json.
//
//   bytes   what the page fetched for it before the funnel was painted, as its Resource Timing lists it:
//           scripts and CSS (chunks loaded on demand included, where a page requested them), min+gzip (gzip -9)
//   cold    from the start of the script's evaluation to the funnel painted (two animation frames after the
//           library says it is done), over fresh page loads: median and spread (min–max)
//   update  one step's value changed and the funnel redrawn, layout included; ours through a slider `input`
//           event, the others through their own update API: median and p95 of 200 on a fresh page, in each of
//           BENCH_ROUNDS rounds (default 5) that go round the libraries as the cold loads do
//   fifty   50 funnels on one page: the time to show them, from the script's start to painted (two frames after
//           the last is rendered and laid out), median and spread over the same rounds
//   elements  DOM elements per funnel (ours: in its shadow root), in the 50-funnel page
//   ours alone: update median and p95 at 6, 25 and 100 steps, in a 600 px column: 220 slider moves round the
//           sliders on a fresh page per size and round, the sizes taking turns; the first 20 are the warm-up (the
//           engine compiles the move's code as it goes), not counted, and the first move is said on its own
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { median, percentile, withBrowser } from './browser.mjs';
import { buildECharts, fetched, fiftyTimes, LIBRARIES, page, stepsPage, stepUpdates, updateTimes } from './pages.mjs';

const LOADS = Number(process.env.BENCH_LOADS) || 21;
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 5;
const UPDATES = 200;
/** Slider moves before the ones counted (SPEC 4: the p95 of warm moves); the first is reported on its own. */
const WARM_UP = 20;
const SIZES = [6, 25, 100];
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

await buildECharts();
const results = {
  browser: '',
  cores: os.cpus().length,
  cpu: os.cpus()[0].model,
  loads: LOADS,
  rounds: ROUNDS,
  updates: UPDATES,
  libraries: {},
  ours: {},
};

await withBrowser(async ({ open, version }) => {
  results.browser = version;
  // BENCH_ONLY=floor,d3 measures ours and some of the others (the table then compares those).
  const only = process.env.BENCH_ONLY?.split(',');
  const libs = Object.entries(LIBRARIES).filter(
    ([n]) => !only || n == 'sales-funnel' || only.some((o) => n.startsWith(o)),
  );
  /** Every file a library's pages fetched, over all its loads: what its bytes count. */
  const loaded = Object.fromEntries(libs.map(([name]) => [name, new Set()]));
  const note = (name, files) => files.forEach((f) => loaded[name].add(f));
  for (const [name] of libs) results.libraries[name] = { cold: [] };

  // Cold loads go round the libraries, so a slow moment of the machine falls on all of them alike.
  for (let k = 0; k < LOADS; k++)
    for (const [name, lib] of libs) {
      const p = await open(page(name, lib), { waitForElement: false });
      results.libraries[name].cold.push(
        await p.evaluate(async () => (await window.ready, performance.measure('cold', 'start', 'painted').duration)),
      );
      note(name, await p.evaluate(fetched));
      await p.close();
    }

  // Updates and fifty funnels: ROUNDS rounds, each round going round the libraries, as the cold loads do.
  for (const [name] of libs) Object.assign(results.libraries[name], { update: [], fifty: [] });
  for (let k = 0; k < ROUNDS; k++)
    for (const [name, lib] of libs) {
      const r = results.libraries[name];
      const p = await open(page(name, lib), { waitForElement: false });
      r.update.push(...(await p.evaluate(updateTimes, UPDATES)));
      await p.close();
      const fifty = await open(page(name, lib, 50), { waitForElement: false });
      const { ms, elements } = await fifty.evaluate(fiftyTimes);
      r.fifty.push(ms);
      r.elements = elements;
      note(name, await fifty.evaluate(fetched));
      await fifty.close();
      if (k == ROUNDS - 1) console.error(`  measured ${name}`);
    }

  for (const [name, lib] of libs) {
    const r = results.libraries[name];
    r.cold = { median: median(r.cold), min: Math.min(...r.cold), max: Math.max(...r.cold) };
    r.update = { median: median(r.update), p95: percentile(r.update, 95) };
    r.fifty = { median: median(r.fifty), min: Math.min(...r.fifty), max: Math.max(...r.fifty) };
    r.files = [...loaded[name]].sort();
    r.bytes = r.files.reduce((sum, f) => sum + gz(f), 0);
    // The page fetched something the library's files do not list (a chunk), or not all of them: say so.
    const extra = r.files.filter((f) => !lib.files.includes(f));
    const missing = lib.files.filter((f) => !loaded[name].has(f));
    if (extra.length || missing.length)
      console.error(
        `  ${name}: fetched ${extra.length ? 'also ' + extra.join(', ') : ''}${missing.length ? ' not ' + missing.join(', ') : ''}`,
      );
  }

  // Ours alone: how the update grows with the number of steps; the sizes take turns, a fresh page each.
  const steps = stepsPage(LIBRARIES['sales-funnel'].files[0]);
  const by = Object.fromEntries(SIZES.map((size) => [size, { warm: [], first: [] }]));
  for (let k = 0; k < ROUNDS; k++)
    for (const size of SIZES) {
      const p = await open(steps);
      const times = await p.evaluate(stepUpdates, size, WARM_UP + UPDATES);
      by[size].first.push(times[0]);
      by[size].warm.push(...times.slice(WARM_UP));
      await p.close();
    }
  results.ours.updateBySteps = Object.fromEntries(
    SIZES.map((size) => [
      size,
      { median: median(by[size].warm), p95: percentile(by[size].warm, 95), first: median(by[size].first) },
    ]),
  );
});

// The table: absolute figures, then each library's ratio to ours (above 1: ours is smaller or faster).
const ours = results.libraries['sales-funnel'];
const rows = [
  ['bytes (min+gzip)', (r) => r.bytes, (v) => `${(v / 1024).toFixed(1)} KB`],
  ['cold render, median', (r) => r.cold.median, (v) => `${v.toFixed(1)} ms`],
  ['cold render, min–max', (r) => r.cold, (v) => `${v.min.toFixed(0)}–${v.max.toFixed(0)} ms`, false],
  ['update, median', (r) => r.update.median, (v) => `${v.toFixed(2)} ms`],
  ['update, p95', (r) => r.update.p95, (v) => `${v.toFixed(2)} ms`],
  ['50 funnels, median', (r) => r.fifty.median, (v) => `${v.toFixed(0)} ms`],
  ['50 funnels, min–max', (r) => r.fifty, (v) => `${v.min.toFixed(0)}–${v.max.toFixed(0)} ms`, false],
  ['elements per funnel', (r) => r.elements, (v) => String(v), false],
];
const names = Object.keys(results.libraries);
const pad = (s, n) => String(s).padEnd(n);
const width = 19;
console.log(
  `\n${results.browser}, ${results.cores} cores (${results.cpu}); ${LOADS} cold loads each; ${ROUNDS} rounds of ${UPDATES} updates and of 50 funnels each\n`,
);
console.log(pad('', 22) + names.map((n) => pad(n, width)).join(''));
for (const [label, get, show, ratio = true] of rows) {
  console.log(pad(label, 22) + names.map((n) => pad(show(get(results.libraries[n])), width)).join(''));
  if (ratio)
    console.log(
      pad('  × ours', 22) + names.map((n) => pad((get(results.libraries[n]) / get(ours)).toFixed(2), width)).join(''),
    );
}
console.log(
  `\nOurs fetched before its first render: ${ours.files.map((f) => `${f} (${(gz(f) / 1024).toFixed(1)} KB)`).join(', ')}`,
);
console.log('Ours alone, update as the steps grow:');
for (const [size, t] of Object.entries(results.ours.updateBySteps))
  console.log(
    `  ${String(size).padStart(3)} steps: after ${WARM_UP} moves median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms; the first move ${t.first.toFixed(2)} ms (median of ${ROUNDS})`,
  );
// SPEC 4's budgets, as ratios within this run.
const d3 = results.libraries['d3-funnel'];
const by = results.ours.updateBySteps;
const budgets = [
  ...(d3
    ? [
        ['cold render ≤ 1.25 × d3-funnel', ours.cold.median / d3.cold.median, 1.25, '×'],
        ['50 funnels ≤ 1.5 × d3-funnel', ours.fifty.median / d3.fifty.median, 1.5, '×'],
      ]
    : []),
  [`update p95 at 6 steps, after ${WARM_UP} moves, ≤ 2 ms`, by[6].p95, 2, ' ms'],
  [`update p95 at 100 steps, after ${WARM_UP} moves, ≤ 8 ms`, by[100].p95, 8, ' ms'],
];
console.log('Budgets (SPEC 4):');
for (const [name, value, limit, unit] of budgets)
  console.log(`  ${value <= limit ? '✓' : '✗'} ${name}: ${value.toFixed(2)}${unit}`);
results.budgets = Object.fromEntries(
  budgets.map(([name, value, limit]) => [name, { value, limit, met: value <= limit }]),
);
writeFileSync('test/bench/results.json', JSON.stringify(results, null, 2));
console.log('\nWritten to test/bench/results.json');
