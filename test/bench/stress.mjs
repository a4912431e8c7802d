// `npm run stress`: heavy use of the built bundle in headless Chromium, measured and reported.
//   1. 10,000 slider input events in a burst: the work per event (the handler: calculate, schedule a render),
//      and per event with its render when each one is rendered (a slow drag).
//   2. 200 funnels on one page: the time to render them all, layout included (median of 5 loads).
//   3. 1,000 cycles of attaching and detaching 20 funnels: the JS heap after garbage collection, before and after.
import os from 'node:os';
import { median, percentile, withBrowser } from './browser.mjs';

const ARTICLE =
  'Leads: 1000; Qualified leads: 400; Engaged: 250; Proposal made: 120; Proposal discussed: 60; Purchase: 20';

await withBrowser(async ({ open, version }) => {
  console.log(`${version}, ${os.cpus().length} cores (${os.cpus()[0].model})\n`);

  let page = await open('/test/bench/stress.html');
  const input = await page.evaluate(async (steps) => {
    const el = document.createElement('sales-funnel');
    el.setAttribute('steps', steps);
    el.setAttribute('deal-value', '2500');
    document.body.append(el);
    await el.updateComplete;
    const sliders = [...el.shadowRoot.querySelectorAll('input[type=range]')];
    const fire = (k) => {
      const s = sliders[k % 6];
      s.value = String(k % 101);
      s.dispatchEvent(new Event('input', { bubbles: true }));
    };
    let t = performance.now();
    for (let k = 0; k < 10000; k++) fire(k);
    const burst = (performance.now() - t) / 10000;
    await el.updateComplete;
    const rendered = [];
    for (let k = 0; k < 1000; k++) {
      t = performance.now();
      fire(k);
      await el.updateComplete;
      rendered.push(performance.now() - t);
    }
    return { burst, rendered };
  }, ARTICLE);
  console.log(
    `10,000 input events in a burst: ${(input.burst * 1000).toFixed(1)} µs of work each (rendered once, at the end)`,
  );
  console.log(
    `1,000 input events, each rendered: median ${median(input.rendered).toFixed(3)} ms, p95 ${percentile(input.rendered, 95).toFixed(3)} ms`,
  );

  const loads = [];
  for (let run = 0; run < 5; run++) {
    await page.close();
    page = await open('/test/bench/stress.html');
    loads.push(
      await page.evaluate(async (steps) => {
        const t = performance.now();
        const els = Array.from({ length: 200 }, (_, k) => {
          const el = document.createElement('sales-funnel');
          el.setAttribute('steps', steps);
          el.setAttribute('deal-value', String(1000 + k));
          return el;
        });
        document.body.append(...els);
        await Promise.all(els.map((el) => el.updateComplete));
        document.body.getBoundingClientRect();
        return performance.now() - t;
      }, ARTICLE),
    );
  }
  console.log(
    `200 funnels on one page: ${median(loads).toFixed(0)} ms to render them all (median of 5; ${(median(loads) / 200).toFixed(2)} ms each)`,
  );

  await page.close();
  page = await open('/test/bench/stress.html');
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycles = (n) =>
    page.evaluate(
      async (n, steps) => {
        for (let k = 0; k < n; k++) {
          const els = Array.from({ length: 20 }, () => {
            const el = document.createElement('sales-funnel');
            el.setAttribute('steps', steps);
            return el;
          });
          document.body.append(...els);
          await Promise.all(els.map((el) => el.updateComplete));
          els.forEach((el) => el.remove());
        }
      },
      n,
      ARTICLE,
    );
  await cycles(50);
  const before = await heap();
  await cycles(1000);
  const after = await heap();
  console.log(
    `1,000 cycles of attaching and detaching 20 funnels: heap ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB (${((after - before) / 1e3).toFixed(0)} kB)`,
  );
});
