// `npm run bench`: the article's funnel (six steps, in a 600 × 400 box) drawn by <sales-funnel> and by the
// funnel charts people use today, and by a hand-written SVG funnel with no library (the floor), all in one
// run of headless Chromium so the ratios hold on a noisy machine. Prints one table and writes results.json.
//
//   bytes   what a page loads for it: scripts and CSS, min+gzip (gzip -9)
//   cold    from the start of the script's evaluation to the funnel painted (two animation frames after the
//           library says it is done), over fresh page loads: median and spread (min–max)
//   update  one step's value changed and the funnel redrawn, layout included; ours through a slider `input`
//           event, the others through their own update API: median and p95 of 200
//   fifty   50 funnels on one page: the time to render them all
//   ours alone: update p95 at 6, 25 and 100 steps
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { median, percentile, withBrowser } from './browser.mjs';

const LOADS = Number(process.env.BENCH_LOADS) || 21;
const UPDATES = 200;
const build = 'test/bench/build';
mkdirSync(build, { recursive: true });

/** ECharts as its docs advise for size: the core, the funnel series and the SVG renderer, tree-shaken by rollup. */
async function buildECharts() {
  writeFileSync(
    `${build}/echarts-entry.mjs`,
    `import * as echarts from 'echarts/core';
import { FunnelChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([FunnelChart, SVGRenderer]);
window.echarts = echarts;
`,
  );
  const production = { name: 'production', transform: (code) => code.replaceAll('process.env.NODE_ENV', '"production"') };
  const bundle = await rollup({ input: `${build}/echarts-entry.mjs`, plugins: [resolve(), production], onwarn() {} });
  await bundle.write({ file: `${build}/echarts.min.js`, format: 'iife', plugins: [terser()] });
}

const LABELS = ['Leads', 'Qualified leads', 'Engaged', 'Proposal made', 'Proposal discussed', 'Purchase'];
const COUNTS = [1000, 400, 250, 120, 60, 20];

/**
 * Each library: the files a page loads, and an adapter run in the page defining
 * `render(box, labels, counts) → Promise` (resolves when the library says it is done) and
 * `update(chart, step, value) → Promise` (one step's value changed, redrawn).
 */
const LIBRARIES = {
  'sales-funnel': {
    files: ['dist/sales-funnel.js'],
    module: true,
    adapter: `
      render: async (box, labels, counts) => {
        const el = document.createElement('sales-funnel');
        el.setAttribute('steps', labels.map((l, i) => l + ': ' + counts[i]).join('; '));
        el.setAttribute('deal-value', '2500');
        box.append(el);
        await customElements.whenDefined('sales-funnel');
        await el.updateComplete;
        return el;
      },
      update: async (el, step, value) => {
        const input = el.shadowRoot.querySelectorAll('input')[step];
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
      },`,
  },
  'd3-funnel': {
    files: ['node_modules/d3-funnel/dist/d3-funnel.min.js'],
    adapter: `
      render: async (box, labels, counts) => {
        const chart = new (D3Funnel.default || D3Funnel)(box);
        chart.data = labels.map((label, i) => ({ label, value: counts[i] }));
        chart.options = { chart: { width: 600, height: 400, animate: 0 } };
        chart.draw(chart.data, chart.options);
        return chart;
      },
      update: async (chart, step, value) => {
        chart.data = chart.data.map((d, i) => (i == step ? { ...d, value } : d));
        chart.draw(chart.data, chart.options);
      },`,
  },
  'funnel-graph-js': {
    files: ['node_modules/funnel-graph-js/dist/js/funnel-graph.min.js', 'node_modules/funnel-graph-js/dist/css/main.min.css', 'node_modules/funnel-graph-js/dist/css/theme.min.css'],
    adapter: `
      render: async (box, labels, counts) => {
        box.classList.add('funnel' + (window.__n = (window.__n || 0) + 1));
        const chart = new FunnelGraph({ container: '.funnel' + window.__n, data: { labels, colors: ['#5a8ad0', '#3f6192'], values: counts.slice() }, displayPercent: true, direction: 'vertical', width: 600, height: 400 });
        chart.draw();
        chart.values = counts.slice();
        return chart;
      },
      update: async (chart, step, value) => {
        chart.values[step] = value;
        chart.updateData({ values: chart.values.slice() });
      },`,
  },
  'chart.js': {
    files: ['node_modules/chart.js/dist/chart.umd.min.js', 'node_modules/chartjs-chart-funnel/build/index.umd.min.js'],
    adapter: `
      render: async (box, labels, counts) => {
        const canvas = box.appendChild(document.createElement('canvas'));
        canvas.width = 600;
        canvas.height = 400;
        return new Chart(canvas, { type: 'funnel', data: { labels, datasets: [{ data: counts.slice() }] }, options: { animation: false, responsive: false, plugins: { legend: { display: false } } } });
      },
      update: async (chart, step, value) => {
        chart.data.datasets[0].data[step] = value;
        chart.update('none');
      },`,
  },
  echarts: {
    files: [`${build}/echarts.min.js`],
    adapter: `
      render: async (box, labels, counts) => {
        const chart = echarts.init(box, null, { renderer: 'svg', width: 600, height: 400 });
        chart.data = labels.map((name, i) => ({ name, value: counts[i] }));
        chart.setOption({ animation: false, series: [{ type: 'funnel', sort: 'none', data: chart.data }] });
        return chart;
      },
      update: async (chart, step, value) => {
        chart.data = chart.data.map((d, i) => (i == step ? { ...d, value } : d));
        chart.setOption({ series: [{ data: chart.data }] });
      },`,
  },
  highcharts: {
    files: ['node_modules/highcharts/highcharts.js', 'node_modules/highcharts/modules/funnel.js'],
    adapter: `
      render: async (box, labels, counts) =>
        Highcharts.chart(box, {
          chart: { type: 'funnel', animation: false, width: 600, height: 400 },
          title: { text: null },
          credits: { enabled: false },
          plotOptions: { series: { animation: false, neckWidth: '30%', neckHeight: '25%' } },
          series: [{ data: labels.map((l, i) => [l, counts[i]]) }],
        }),
      update: async (chart, step, value) => {
        chart.series[0].points[step].update(value, true, false);
      },`,
  },
  'floor (no library)': {
    files: [],
    adapter: `
      // A funnel by hand: a bar per step, centred, as wide as its count, with its label and count.
      render: async (box, labels, counts) => {
        const ns = 'http://www.w3.org/2000/svg';
        const svg = box.appendChild(document.createElementNS(ns, 'svg'));
        svg.setAttribute('viewBox', '0 0 600 400');
        svg.setAttribute('width', '600');
        svg.setAttribute('height', '400');
        const chart = { svg, counts: counts.slice(), bars: [], texts: [] };
        labels.forEach((label, i) => {
          const rect = svg.appendChild(document.createElementNS(ns, 'rect'));
          rect.setAttribute('y', String(i * 66 + 8));
          rect.setAttribute('height', '50');
          rect.setAttribute('fill', '#5a8ad0');
          const text = svg.appendChild(document.createElementNS(ns, 'text'));
          text.setAttribute('x', '300');
          text.setAttribute('y', String(i * 66 + 38));
          text.setAttribute('text-anchor', 'middle');
          chart.bars.push(rect);
          chart.texts.push({ text, label });
        });
        draw(chart);
        return chart;
      },
      update: async (chart, step, value) => {
        chart.counts[step] = value;
        draw(chart);
      },`,
    helpers: `
      function draw(chart) {
        const max = Math.max(...chart.counts);
        chart.counts.forEach((c, i) => {
          const w = Math.max(6, (600 * c) / max);
          chart.bars[i].setAttribute('x', String((600 - w) / 2));
          chart.bars[i].setAttribute('width', String(w));
          chart.texts[i].text.textContent = chart.texts[i].label + ': ' + c.toLocaleString();
        });
      }`,
  },
};

/** A page for one library and `boxes` funnels: marks 'start' before its scripts and 'painted' after. */
function page(name, lib, boxes = 1) {
  const tags = lib.files.map((f) =>
    f.endsWith('.css') ? `<link rel="stylesheet" href="/${f}">` : `<script ${lib.module ? 'type="module" ' : ''}src="/${f}"></script>`,
  );
  const css = '<style>body{margin:0;font:16px system-ui,sans-serif}.box{width:600px;height:400px;overflow:hidden}</style>';
  const run = `
    ${lib.helpers ?? ''}
    window.bench = { ${lib.adapter} };
    const labels = ${JSON.stringify(LABELS)};
    const counts = ${JSON.stringify(COUNTS)};
    window.charts = [];
    window.ready = (async () => {
      for (const box of document.querySelectorAll('.box')) charts.push(await bench.render(box, labels, counts));
      document.body.offsetHeight;
      performance.mark('done');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      performance.mark('painted');
    })();`;
  const body = Array.from({ length: boxes }, () => '<div class="box"></div>').join('');
  // Ours is a module: its adapter waits in a module script, run after it; the others are classic scripts.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${css}
<script>performance.mark('start')</script>
${tags.join('\n')}
</head><body>${body}<script${lib.module ? ' type="module"' : ''}>${run}</script></body></html>`;
  const file = `${build}/${name.replace(/\W+/g, '-')}-${boxes}.html`;
  writeFileSync(file, html);
  return '/' + file;
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

await buildECharts();
const results = { browser: '', cores: os.cpus().length, cpu: os.cpus()[0].model, loads: LOADS, updates: UPDATES, libraries: {}, ours: {} };

await withBrowser(async ({ open, version }) => {
  results.browser = version;
  // BENCH_ONLY=floor,d3 measures ours and some of the others (the table then compares those).
  const only = process.env.BENCH_ONLY?.split(',');
  const libs = Object.entries(LIBRARIES).filter(([n]) => !only || n == 'sales-funnel' || only.some((o) => n.startsWith(o)));
  for (const [name, lib] of libs) results.libraries[name] = { bytes: lib.files.reduce((sum, f) => sum + gz(f), 0), cold: [] };

  // Cold loads go round the libraries, so a slow moment of the machine falls on all of them alike.
  for (let k = 0; k < LOADS; k++)
    for (const [name, lib] of libs) {
      const p = await open(page(name, lib), { waitForElement: false });
      results.libraries[name].cold.push(await p.evaluate(async () => (await window.ready, performance.measure('cold', 'start', 'painted').duration)));
      await p.close();
    }

  for (const [name, lib] of libs) {
    const r = results.libraries[name];
    r.cold = { median: median(r.cold), min: Math.min(...r.cold), max: Math.max(...r.cold) };
    // Updates: step 3 ("Proposal made") back and forth, layout included.
    const p = await open(page(name, lib), { waitForElement: false });
    const times = await p.evaluate(async (n) => {
      await window.ready;
      const out = [];
      for (let k = 0; k < n; k++) {
        const t = performance.now();
        await window.bench.update(window.charts[0], 3, 10 + (k % 40));
        void document.body.offsetHeight; // layout too
        out.push(performance.now() - t);
      }
      return out;
    }, UPDATES);
    r.update = { median: median(times), p95: percentile(times, 95) };
    await p.close();
    const fifty = await open(page(name, lib, 50), { waitForElement: false });
    r.fifty = await fifty.evaluate(async () => (await window.ready, performance.measure('fifty', 'start', 'done').duration));
    await fifty.close();
    console.error(`  measured ${name}`);
  }

  // Ours alone: how the update grows with the number of steps.
  const p = await open('/test/bench/stress.html');
  results.ours.updateBySteps = await p.evaluate(async (n) => {
    const out = {};
    for (const size of [6, 25, 100]) {
      const el = document.createElement('sales-funnel');
      el.setAttribute('steps', Array.from({ length: size }, (_, i) => `Step ${i + 1}: ${Math.round(100000 * 0.9 ** i)}`).join('; '));
      el.setAttribute('deal-value', '2500');
      document.body.append(el);
      await el.updateComplete;
      const inputs = el.shadowRoot.querySelectorAll('input');
      const times = [];
      for (let k = 0; k < n; k++) {
        const t = performance.now();
        const input = inputs[k % size];
        input.value = String(k % 50);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
        void document.body.offsetHeight; // layout too
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      out[size] = { median: times[Math.floor(n / 2)], p95: times[Math.floor(n * 0.95)] };
      el.remove();
    }
    return out;
  }, UPDATES);
  await p.close();
});

// The table: absolute figures, then each library's ratio to ours (above 1: ours is smaller or faster).
const ours = results.libraries['sales-funnel'];
const rows = [
  ['bytes (min+gzip)', (r) => r.bytes, (v) => `${(v / 1024).toFixed(1)} KB`],
  ['cold render, median', (r) => r.cold.median, (v) => `${v.toFixed(1)} ms`],
  ['cold render, min–max', (r) => r.cold, (v) => `${v.min.toFixed(0)}–${v.max.toFixed(0)} ms`, false],
  ['update, median', (r) => r.update.median, (v) => `${v.toFixed(2)} ms`],
  ['update, p95', (r) => r.update.p95, (v) => `${v.toFixed(2)} ms`],
  ['50 funnels', (r) => r.fifty, (v) => `${v.toFixed(0)} ms`],
];
const names = Object.keys(results.libraries);
const pad = (s, n) => String(s).padEnd(n);
const width = 19;
console.log(`\n${results.browser}, ${results.cores} cores (${results.cpu}); ${LOADS} cold loads and ${UPDATES} updates each\n`);
console.log(pad('', 22) + names.map((n) => pad(n, width)).join(''));
for (const [label, get, show, ratio = true] of rows) {
  console.log(pad(label, 22) + names.map((n) => pad(show(get(results.libraries[n])), width)).join(''));
  if (ratio) console.log(pad('  × ours', 22) + names.map((n) => pad((get(results.libraries[n]) / get(ours)).toFixed(2), width)).join(''));
}
console.log('\nOurs alone, update as the steps grow:');
for (const [size, t] of Object.entries(results.ours.updateBySteps)) console.log(`  ${String(size).padStart(3)} steps: median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms`);
writeFileSync('test/bench/results.json', JSON.stringify(results, null, 2));
console.log('\nWritten to test/bench/results.json');
