// The benchmark's pages, shared by `npm run bench` (bench.mjs) and `node test/bench/compare.mjs`: each library's
// files and adapter, the page that renders its funnels, and what runs in those pages to measure them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const build = 'test/bench/build';
mkdirSync(build, { recursive: true });

/** ECharts as its docs advise for size: the core, the funnel series and the SVG renderer, tree-shaken by rollup. */
export async function buildECharts() {
  writeFileSync(
    `${build}/echarts-entry.mjs`,
    `import * as echarts from 'echarts/core';
import { FunnelChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([FunnelChart, SVGRenderer]);
window.echarts = echarts;
`,
  );
  const production = {
    name: 'production',
    transform: (code) => code.replaceAll('process.env.NODE_ENV', '"production"'),
  };
  const bundle = await rollup({ input: `${build}/echarts-entry.mjs`, plugins: [resolve(), production], onwarn() {} });
  await bundle.write({ file: `${build}/echarts.min.js`, format: 'iife', plugins: [terser()] });
}

export const LABELS = ['Leads', 'Qualified leads', 'Engaged', 'Proposal made', 'Proposal discussed', 'Purchase'];
export const COUNTS = [1000, 400, 250, 120, 60, 20];

/**
 * Each library: the files a page loads, and an adapter run in the page defining
 * `render(box, labels, counts) → Promise` (resolves when the library says it is done) and
 * `update(chart, step, value) → Promise` (one step's value changed, redrawn).
 */
export const LIBRARIES = {
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
        const input = el.shadowRoot.querySelectorAll('input[type=range]')[step];
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
    files: [
      'node_modules/funnel-graph-js/dist/js/funnel-graph.min.js',
      'node_modules/funnel-graph-js/dist/css/main.min.css',
      'node_modules/funnel-graph-js/dist/css/theme.min.css',
    ],
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

/** The benchmark's page style: the page's type, and each funnel in a 600 × 400 box. */
export const BOX_STYLE =
  '<style>body{margin:0;font:16px system-ui,sans-serif}.box{width:600px;height:400px;overflow:hidden}</style>';

/** A page for one library and `boxes` funnels: marks 'start' before its scripts and 'painted' after. */
export function page(name, lib, boxes = 1) {
  const tags = lib.files.map((f) =>
    f.endsWith('.css')
      ? `<link rel="stylesheet" href="/${f}">`
      : `<script ${lib.module ? 'type="module" ' : ''}src="/${f}"></script>`,
  );
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
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${BOX_STYLE}
<script>performance.mark('start')</script>
${tags.join('\n')}
</head><body>${body}<script${lib.module ? ' type="module"' : ''}>${run}</script></body></html>`;
  const file = `${build}/${name.replace(/\W+/g, '-')}-${boxes}.html`;
  writeFileSync(file, html);
  return '/' + file;
}

/**
 * In the page, once it is painted: the scripts and CSS it fetched (Resource Timing), as paths in the project.
 * Run after `window.ready`; a chunk still on its way then is not in the list, nor in the render it waited for.
 */
export const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.origin == location.origin && /\.(m?js|css)$/.test(u.pathname))
    .map((u) => decodeURIComponent(u.pathname).slice(1));

/** In a library's page, once it is ready: `n` updates of the first funnel, step 3 ("Proposal made") back and forth, layout included (ms each). */
export const updateTimes = async (n) => {
  await window.ready;
  const out = [];
  for (let k = 0; k < n; k++) {
    const t = performance.now();
    await window.bench.update(window.charts[0], 3, 10 + (k % 40));
    void document.body.offsetHeight; // layout too
    out.push(performance.now() - t);
  }
  return out;
};

/**
 * In a library's page, once it is ready: the time to show its 50 funnels, from its script's start to painted (two
 * frames after the last one is rendered and laid out: what is on screen drawn, as `content-visibility` would
 * leave the rest for later), and one funnel's elements (ours: in its shadow root).
 */
export const fiftyTimes = async () => {
  await window.ready;
  const all = [...document.querySelector('.box').querySelectorAll('*')];
  return {
    ms: performance.measure('fifty', 'start', 'painted').duration,
    elements: all.length + all.reduce((n, e) => n + (e.shadowRoot?.querySelectorAll('*').length ?? 0), 0),
  };
};

/** A page with <sales-funnel> from `bundle` and nothing else, in a 600 px column (the boxes' width, any height), for the updates by steps. */
export function stepsPage(bundle, label = 'dist') {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{margin:0;font:16px system-ui,sans-serif}.column{width:600px}</style>
<script type="module" src="/${bundle}"></script>
</head><body><div class="column"></div></body></html>`;
  const file = `${build}/steps-${label.replace(/\W+/g, '-')}.html`;
  writeFileSync(file, html);
  return '/' + file;
}

/**
 * In a steps page: a funnel of `size` steps (each 90 % of the one before, deal value 2,500) and `n` slider moves,
 * round its sliders (ms each): an `input` event, the render, layout included.
 */
export const stepUpdates = async (size, n) => {
  await customElements.whenDefined('sales-funnel');
  const el = document.createElement('sales-funnel');
  el.setAttribute(
    'steps',
    Array.from({ length: size }, (_, i) => `Step ${i + 1}: ${Math.round(100000 * 0.9 ** i)}`).join('; '),
  );
  el.setAttribute('deal-value', '2500');
  document.querySelector('.column').append(el);
  await el.updateComplete;
  // Shown first, as a funnel is before anyone drags its sliders (and as `content-visibility` would know it is).
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const inputs = el.shadowRoot.querySelectorAll('input[type=range]');
  if (inputs.length != size) throw new Error(`${inputs.length} sliders for ${size} steps`);
  const times = [];
  for (let k = 0; k < n; k++) {
    const t = performance.now();
    // A new value every time (10–49, shifted by one each time round): a move that changes nothing is not a move.
    const input = inputs[k % size];
    input.value = String(10 + ((k + Math.floor(k / size)) % 40));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    void document.body.offsetHeight; // layout too
    times.push(performance.now() - t);
  }
  el.remove();
  return times;
};
