// `node test/bench/profile.mjs`: where <sales-funnel>'s time goes in the benchmark's pages (the article's funnel,
// attribute-configured, in a 600 × 400 box): the cold render (one funnel) and fifty funnels on a page.
//
//   metrics   Chromium's Performance.getMetrics over the page load up to the funnels painted: script, style
//             recalculation and layout time, their counts, DOM nodes; median of PROFILE_LOADS loads (default 7)
//   trace     a DevTools trace of one load: the main thread's self time by kind (script, style, layout, paint,
//             GC, HTML parsing), from the start of navigation to two frames after the last funnel's render
//   functions the JavaScript functions with the most self time (CPU profile, 50 µs samples), fifty funnels, in an
//             unminified build of the same sources (test/bench/build/plain/), so the names are readable
//   elements  what one funnel's shadow root holds, by kind
//
// BUNDLE=path/to/sales-funnel.js profiles another build (default dist/sales-funnel.js) for metrics and trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { median, withBrowser } from './browser.mjs';
import { BOX_STYLE } from './pages.mjs';

const LOADS = Number(process.env.PROFILE_LOADS) || 7;
const BUNDLE = process.env.BUNDLE || 'dist/sales-funnel.js';
const build = 'test/bench/build';
const STEPS =
  'Leads: 1000; Qualified leads: 400; Engaged: 250; Proposal made: 120; Proposal discussed: 60; Purchase: 20';

/** The element's bundle as `npm run build` makes it, without the minifier: the functions keep their names. */
async function plainBuild() {
  const [bundle] = (await import('../../rollup.config.mjs')).default;
  const b = await rollup({
    input: bundle.input,
    plugins: bundle.plugins.filter((p) => p.name != 'terser'),
    onwarn() {},
  });
  await b.write({
    dir: `${build}/plain`,
    format: 'es',
    entryFileNames: 'sales-funnel.js',
    chunkFileNames: 'sales-funnel-[name].js',
  });
  await b.close();
  return `${build}/plain/sales-funnel.js`;
}

/** The benchmark's page for ours: `boxes` funnels rendered one after the other, 'painted' two frames after. */
function page(bundle, boxes) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
${BOX_STYLE}
<script>performance.mark('start')</script>
<script type="module" src="/${bundle}"></script>
</head><body>${'<div class="box"></div>'.repeat(boxes)}<script type="module">
window.ready = (async () => {
  for (const box of document.querySelectorAll('.box')) {
    const el = document.createElement('sales-funnel');
    el.setAttribute('steps', ${JSON.stringify(STEPS)});
    el.setAttribute('deal-value', '2500');
    box.append(el);
    await customElements.whenDefined('sales-funnel');
    await el.updateComplete;
  }
  document.body.offsetHeight;
  performance.mark('done');
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  performance.mark('painted');
})();
</script></body></html>`;
  const file = `${build}/profile-${bundle.replace(/\W+/g, '-')}-${boxes}.html`;
  writeFileSync(file, html);
  return '/' + file;
}

/** Self time of a trace's main-thread events, by kind, in ms. */
function summarize(events) {
  // The renderer's main thread that parsed our page.
  const parse = events.find((e) => e.name == 'ParseHTML' && /profile-/.test(e.args?.beginData?.url));
  const main = { pid: parse.pid, tid: parse.tid };
  const mine = events
    .filter((e) => e.pid == main.pid && e.tid == main.tid && e.ph == 'X' && e.dur != null)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const kind = (e) => {
    const n = e.name;
    if (/GC|Sweep|Scavenge|MarkCompact/.test(n)) return 'GC';
    if (
      /UpdateLayoutTree|RecalculateStyles|updateStyle|UpdateStyle|StyleEngine|RuleSet|parseStyleSheet|StyleInvalidat|StyleRecalc|processStyleSheet/i.test(
        n,
      )
    )
      return 'style';
    if (/performLayout|^Layout$|UpdateLayout|ShapeText|LayoutNG|LayoutBlock|LayoutGrid|Intrinsic/.test(n))
      return 'layout';
    if (/Paint|Layerize|Composit|^Commit|Raster|UpdateLayer|Decode/.test(n)) return 'paint';
    if (/ParseHTML|HTMLDocumentParser/.test(n)) return 'HTML parsing';
    if (
      /^(v8|V8)\.|FunctionCall|EvaluateScript|RunMicrotasks|Compile|EvaluateModule|TimerFire|FireAnimationFrame|EventDispatch|HTMLConstructor|CustomElement/.test(
        n,
      ) ||
      /v8/.test(e.cat)
    )
      return 'script';
    return 'other';
  };
  const out = {};
  const names = {};
  const stack = [];
  for (const e of mine) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.self -= e.dur;
    e.self = e.dur;
    stack.push(e);
  }
  for (const e of mine) {
    const k = kind(e);
    out[k] = (out[k] ?? 0) + e.self / 1000;
    names[e.name] = (names[e.name] ?? 0) + e.self / 1000;
  }
  return {
    byKind: out,
    byName: Object.entries(names)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15),
  };
}

/** One funnel's shadow root by kind of element. */
const census = () => {
  const root = document.querySelector('sales-funnel').shadowRoot;
  const n = (s) => root.querySelectorAll(s).length;
  return {
    all: n('*'),
    'ghosts (.stack, .ghost and their text spans)': n('.stack, .stack > *'),
    'key figures (.figures, all)': n('.figures, .figures *'),
    'funnel (svg, all)': n('.shape, .shape *'),
    '  svg <text> labels': n('svg text'),
    '  of which hidden (display:none)': [...root.querySelectorAll('svg text')].filter(
      (t) => getComputedStyle(t).display == 'none',
    ).length,
    legend: n('.legend, .legend *'),
    headers: n('.head, .head *'),
    'rows (li, all)': n('.steps, .steps *'),
    '  per row': Math.round((10 * n('.steps *')) / n('[part=step]')) / 10,
    'footer (insights summary, reset, export menu)': n('.foot, .foot *'),
    '  export menu content (hidden while closed)': n('.menu .items, .menu .items *'),
    'elements in hidden/closed content': [...root.querySelectorAll('*')].filter((e) => !e.checkVisibility()).length,
  };
};

mkdirSync(build, { recursive: true });
await withBrowser(async ({ browser, version, port }) => {
  console.log(`${version}\n`);
  const plain = await plainBuild();
  const url = (path) => `http://127.0.0.1:${port}${path}`;

  // Performance.getMetrics: the page's totals from navigation to painted.
  const metrics = async (path) => {
    const p = await browser.newPage();
    const cdp = await p.createCDPSession();
    await cdp.send('Performance.enable');
    await p.goto(url(path), { waitUntil: 'load' });
    await p.evaluate(() => window.ready);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const painted = await p.evaluate(() => performance.measure('x', 'start', 'painted').duration);
    await p.close();
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return {
      painted,
      script: m.ScriptDuration * 1e3,
      style: m.RecalcStyleDuration * 1e3,
      layout: m.LayoutDuration * 1e3,
      task: m.TaskDuration * 1e3,
      styleCount: m.RecalcStyleCount,
      layoutCount: m.LayoutCount,
      nodes: m.Nodes,
      heapMB: m.JSHeapUsedSize / 1e6,
    };
  };
  for (const [label, boxes] of [
    ['cold render (1 funnel)', 1],
    ['fifty funnels', 50],
  ]) {
    const path = page(BUNDLE, boxes);
    const runs = [];
    for (let k = 0; k < LOADS; k++) runs.push(await metrics(path));
    const med = (key) => median(runs.map((r) => r[key]));
    console.log(`${label}, ${BUNDLE}: Performance.getMetrics, median of ${LOADS} loads`);
    console.log(
      `  start → painted ${med('painted').toFixed(1)} ms; tasks ${med('task').toFixed(1)} ms: script ${med('script').toFixed(1)} ms, style ${med('style').toFixed(1)} ms (${med('styleCount')} recalcs), layout ${med('layout').toFixed(1)} ms (${med('layoutCount')} layouts); ${med('nodes')} DOM nodes, JS heap ${med('heapMB').toFixed(1)} MB`,
    );

    // A trace of one more load.
    const p = await browser.newPage();
    await p.tracing.start({
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'blink',
        'loading',
      ],
    });
    await p.goto(url(path), { waitUntil: 'load' });
    await p.evaluate(() => window.ready);
    const trace = JSON.parse(new TextDecoder().decode(await p.tracing.stop()));
    await p.close();
    const { byKind, byName } = summarize(trace.traceEvents);
    const total = Object.values(byKind).reduce((a, b) => a + b, 0);
    console.log(
      `  trace, main thread self time ${total.toFixed(1)} ms: ${Object.entries(byKind)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ')}`,
    );
    console.log(`    by event: ${byName.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}\n`);
  }

  // The functions: a CPU profile of the fifty-funnel page, unminified build.
  const p = await browser.newPage();
  const cdp = await p.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await p.goto(url(page(plain, 50)), { waitUntil: 'load' });
  await p.evaluate(() => window.ready);
  const { profile } = await cdp.send('Profiler.stop');
  const elements = await p.evaluate(census);
  await p.close();
  // Self time per function, and inclusive time (the function anywhere on the stack, once per sample).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (node) => {
    const { functionName, url: u, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${u ? `${u.replace(/^.*\/(node_modules|build)\//, '')}:${lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const t = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (['(idle)', '(program)'].includes(byId.get(id).callFrame.functionName)) return;
    total += t;
    self.set(key(byId.get(id)), (self.get(key(byId.get(id))) ?? 0) + t);
    const seen = new Set();
    for (let x = id; x != null; x = parent.get(x)) seen.add(key(byId.get(x)));
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + t);
  });
  console.log(
    `fifty funnels, unminified build: JS and engine time ${total.toFixed(0)} ms (a forced layout counts in the function that forced it)`,
  );
  console.log('  most self time:');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${v.toFixed(1).padStart(6)} ms  ${k}`);
  console.log('  most inclusive time, our named functions:');
  for (const [k, v] of [...inclusive]
    .filter(([k]) => /plain\/.*\.js/.test(k) && /^[a-z_]\w{2,}/i.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20))
    console.log(`  ${v.toFixed(1).padStart(6)} ms  ${k}`);
  console.log("\nOne funnel (the article's, 600 px wide) holds these elements in its shadow root:");
  for (const [k, v] of Object.entries(elements)) console.log(`  ${String(v).padStart(4)}  ${k}`);
});
