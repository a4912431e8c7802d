// `node test/bench/moves.mjs [dir]`: what one slider move costs <sales-funnel> (dir/sales-funnel.js, default dist),
// split by kind, at 6 and 100 steps in a 600 px column: 200 moves round the sliders on a fresh page per size, each
// rendered and laid out before the next (`stepUpdates` of pages.mjs, as `npm run bench` makes them). Prints the
// moves' median and p95 (performance.now, layout included) and, from Chromium's Performance.getMetrics, the script,
// style and layout time per move. `npm run bench` sets ours
// against other libraries; this says where a move's time goes (layout at 100 steps: 6.1 ms a move before the live
// boxes of src/view/styles/host.ts, 1.5 ms after).
import { withBrowser, median, percentile } from './browser.mjs';
import { stepsPage, stepUpdates } from './pages.mjs';

const dir = process.argv[2] || 'dist';
const MOVES = 200;
await withBrowser(async ({ open }) => {
  for (const size of [6, 100]) {
    const p = await open(stepsPage(`${dir}/sales-funnel.js`, `moves-${dir}`));
    const cdp = await p.createCDPSession();
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    // The same funnel made and shown without a move, then with the moves: the difference is the moves' own.
    const a = await metrics();
    await p.evaluate(stepUpdates, size, 0);
    const b = await metrics();
    const times = await p.evaluate(stepUpdates, size, MOVES);
    const c = await metrics();
    const per = (k) => (((c[k] - b[k] - (b[k] - a[k])) * 1000) / MOVES).toFixed(2);
    console.log(
      `${String(size).padStart(3)} steps: a move ${median(times).toFixed(1)} ms median, ${percentile(times, 95).toFixed(1)} ms p95;` +
        ` per move: script ${per('ScriptDuration')}, style ${per('RecalcStyleDuration')}, layout ${per('LayoutDuration')} ms`,
    );
    await p.close();
  }
});
