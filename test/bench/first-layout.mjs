// `node test/bench/first-layout.mjs [bundle] [variants]`: the article's funnel's first render and first layout, on a
// fresh page each time, in the benchmark's 600 × 400 box (Chromium). docs/performance.md's first-layout figures
// (17–18 ms; two weights instead of more took about 2 ms off it) come from here.
//
//   render        from the element put in the page to its first render done (`updateComplete`): our script
//   first layout  the layout that follows, forced at once (the root's `content-visibility` switched off, so the
//                 funnel is laid out then rather than in the next frame)
//
// `variants` is JSON, name → CSS added to the element's styles before its first render, to see what a rule costs:
//   node test/bench/first-layout.mjs dist/sales-funnel.js '{"as it is":"","one face":"*{font-weight:400!important;font-size:16px!important}"}'
// Median of FIRST_LAYOUT_LOADS loads (default 15), the variants taking turns.
import { writeFileSync } from 'node:fs';
import { median, withBrowser } from './browser.mjs';
import { BOX_STYLE, build, COUNTS, LABELS } from './pages.mjs';

const bundle = process.argv[2] || 'dist/sales-funnel.js';
const variants = JSON.parse(process.argv[3] || '{"as it is":""}');
const LOADS = Number(process.env.FIRST_LAYOUT_LOADS) || 15;
const file = `${build}/first-layout.html`;
writeFileSync(
  file,
  `<!doctype html><html lang="en"><head><meta charset="utf-8">
${BOX_STYLE}
<script type="module" src="/${bundle}"></script></head><body><div class="box"></div></body></html>`,
);
const steps = LABELS.map((l, i) => `${l}: ${COUNTS[i]}`).join('; ');

await withBrowser(async ({ open }) => {
  const times = {};
  for (let r = 0; r < LOADS; r++)
    for (const [name, css] of Object.entries(variants)) {
      const p = await open('/' + file);
      const t = await p.evaluate(
        async (css, steps) => {
          // Before any instance: the class's styles are made into its sheet when the first one is.
          customElements.get('sales-funnel').styles += '.root{content-visibility:visible!important}' + css;
          const el = document.createElement('sales-funnel');
          el.setAttribute('steps', steps);
          el.setAttribute('deal-value', '2500');
          const t0 = performance.now();
          document.querySelector('.box').append(el);
          await el.updateComplete;
          const t1 = performance.now();
          void document.body.offsetHeight;
          return [t1 - t0, performance.now() - t1];
        },
        css,
        steps,
      );
      (times[name] ??= []).push(t);
      await p.close();
    }
  console.log(`${bundle}, median of ${LOADS} fresh pages:`);
  for (const [name, xs] of Object.entries(times))
    console.log(
      `  ${name.padEnd(24)} render ${median(xs.map((x) => x[0])).toFixed(1)} ms, first layout ${median(xs.map((x) => x[1])).toFixed(1)} ms`,
    );
});
