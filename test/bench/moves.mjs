// `node test/bench/moves.mjs [dir]`: what one slider move costs <sales-funnel> (dir/sales-funnel.js, default dist),
// split by kind, at 6 and 100 steps in a 600 px column: 200 moves round the sliders on a fresh page per size, each
// rendered and laid out before the next. Prints the moves' median and p95 (performance.now, layout included) and,
// from Chromium's Performance.getMetrics, the script, style and layout time per move. `npm run bench` sets ours
// against other libraries; this says where a move's time goes (layout at 100 steps: 6.1 ms a move before the live
// boxes of styles.ts, 1.5 ms after).
import { withBrowser, median, percentile } from './browser.mjs';
import { stepsPage } from './pages.mjs';

const dir = process.argv[2] || 'dist';
await withBrowser(async ({ open }) => {
  for (const size of [6, 100]) {
    const p = await open(stepsPage(`${dir}/sales-funnel.js`, `moves-${dir}`));
    const cdp = await p.createCDPSession();
    await cdp.send('Performance.enable');
    const elements = await p.evaluate(async (size) => {
      const el = document.createElement('sales-funnel');
      el.setAttribute('steps', Array.from({ length: size }, (_, i) => `Step ${i + 1}: ${Math.round(100000 * 0.9 ** i)}`).join('; '));
      el.setAttribute('deal-value', '2500');
      document.querySelector('.column').append(el);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      window.funnel = el;
      return el.shadowRoot.querySelectorAll('*').length;
    }, size);
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metrics();
    const times = await p.evaluate(async (size) => {
      const el = window.funnel;
      const inputs = el.shadowRoot.querySelectorAll('input[type=range]');
      const out = [];
      for (let k = 0; k < 200; k++) {
        const t = performance.now();
        const input = inputs[k % size];
        input.value = String(10 + ((k + Math.floor(k / size)) % 40));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
        void document.body.offsetHeight;
        out.push(performance.now() - t);
      }
      return out;
    }, size);
    const after = await metrics();
    const per = (k) => (((after[k] - before[k]) * 1000) / times.length).toFixed(2);
    console.log(
      `${String(size).padStart(3)} steps, ${elements} elements: a move ${median(times).toFixed(1)} ms median, ${percentile(times, 95).toFixed(1)} ms p95;` +
        ` per move: script ${per('ScriptDuration')}, style ${per('RecalcStyleDuration')}, layout ${per('LayoutDuration')} ms`,
    );
    await p.close();
  }
});
