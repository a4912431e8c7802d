// `npm run build` → dist/:
//   sales-funnel.js          the element, one minified ES module with Lit and the core inside (CDN, <script type="module">)
//   sales-funnel-*.js        its chunks, fetched on first use: json (zod), messages, export, editor
//   sales-funnel.classic.js  everything as one classic script (<script src> without type="module")
//   core.js, core.d.ts       the calculator alone
//   lib/                     unbundled ES modules with their types, `lit` and `zod` left as imports (npm users' bundlers)
//   custom-elements.json     the element's manifest, from the doc comments in src/sales-funnel.ts
//   embed/markdown.html      the Markdown embed page, rendered from demo/build/markdown.md by a real Markdown library
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import resolve from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { marked } from 'marked';

/** Whitespace out of Lit's html`` and svg`` templates and the css`` (terser leaves template text alone). */
const templates = () =>
  minifyHTML({
    include: ['src/**'],
    options: {
      shouldMinify: (t) => defaultShouldMinify(t) || t.tag == 'svg',
      minifyOptions: { removeAttributeQuotes: true, removeRedundantAttributes: true, minifyCSS: { targets: { chrome: 123 << 16, firefox: 120 << 16, safari: (17 << 16) | (5 << 8) } } },
    },
  });

/**
 * A second copy of the bundles (a CMS that loads the classic script twice, or the module and the classic script)
 * must not create Lit's Trusted Types policy again: under an allow-list without 'allow-duplicates' that is a
 * reported violation and an uncaught error. Lit creates it as its module starts; where `<sales-funnel>` is already
 * defined, this copy will never render (define.ts leaves the first definition), so it skips the policy. The build
 * fails if Lit's code no longer reads as expected.
 */
const onePolicy = {
  name: 'one-trusted-types-policy',
  transform(code, id) {
    if (!/[/\\]lit-html[/\\]lit-html\.js$/.test(id)) return null;
    const out = code.replace(/(\w+)\?\1\.createPolicy\("lit-html",/, '$1&&!customElements.get("sales-funnel")?$1.createPolicy("lit-html",');
    if (out == code) this.error("lit-html's createPolicy call has changed: update onePolicy in rollup.config.mjs");
    return { code: out, map: null };
  },
};

/** The classic script holds every chunk, none can fail to load: no stand-ins for one that did (src/fallbacks.ts). */
const allInside = {
  name: 'all-inside',
  resolveId(source, importer) {
    return source == './fallbacks.js' ? this.resolve('./fallbacks.classic.js', importer) : null;
  },
};

/**
 * The private custom properties (`--_*`: styles.ts, the editor's styles) get one-letter names in the bundles, as the
 * private members do: a page's CSS cannot use them (only the public `--sales-funnel-*`), and no test reads them
 * (−60 B min+gzip of the classic script). Every one is listed: the build fails on one that is not.
 */
const TOKENS = 'text bg muted hair step on-step tint forecast accent track warn surface line p'.split(' ');
const shortTokens = {
  name: 'short-tokens',
  transform(code, id) {
    if (!/[/\\]src[/\\][\w/\\.-]+\.ts$/.test(id) || !code.includes('--_')) return null;
    const out = code.replace(/--_([a-z][a-z-]*)/g, (_, name) => {
      const i = TOKENS.indexOf(name);
      if (i < 0) this.error(`--_${name} is not in TOKENS in rollup.config.mjs`);
      return '--_' + String.fromCharCode(97 + i);
    });
    return { code: out, map: null };
  },
};

const ts = (options = {}) => typescript({ tsconfig: './tsconfig.json', noEmit: false, declaration: false, include: ['src/**/*.ts'], ...options });
/**
 * Property names only our own modules use, written out once here so they get short names in the bundles: the words'
 * keys, the view's, the editor's and the insights' fields, the number formats. None is public (SPEC 3, the
 * result, the config's fields, the issues' fields), none is read by a name made at run time (`t[key]`), none is
 * Lit's or zod's, and none is an export of a chunk (a module namespace keeps its names). Names our code also
 * reads on the browser's objects (`title`, `rows`, `add`, `text`, `fill`…) are left out: terser is told to mangle
 * every name here, even those it knows from the DOM (`builtins`), so one of those would break.
 */
const INTERNAL = `
  people perYear rough one now hint ratesLeftOut noRange spoken funnel improvementPoints likely noData leadsSlider stepSlider
  leadsValue stepValue insightsAbout fewData export csv copy copied
  sure unsure thin empty solid givenRates work workItem testMoved testTime weeks notWithinYear detectable undetectable
  met leads noLeads uniform noUniform alone cannot deal load share original removed undo shared ignored unread
  bad things
  pct signedCount signedPct money signedMoney
  figures headers exporting insights legend inside chip conversion slider valueText shown column about slices widths
  tests testGhosts reliability lines
  draft edited notice sync sliders change exportCsv explain
  settings look needsShape inheritedLang
  alt labels shape units items points reset none key source start own percent width height list
`.trim().split(/\s+/);
/**
 * Private members (`_name`) get short names too: nothing outside the bundle can reach them; and the internal names
 * above. zod keeps `_zod`: it also spells it in strings. One name cache for all of a build's chunks, so a name
 * passed from one chunk to another (the words, the formats) is the same short name in each.
 */
const minify = (module = true) =>
  terser({
    ecma: 2022,
    module,
    compress: { passes: 3 },
    mangle: { properties: { builtins: true, regex: new RegExp(`^(_(?!zod)[a-z].*|${INTERNAL.join('|')})$`) } },
    nameCache: { props: {} },
    format: { comments: false },
  });

/** Files emitted beside the bundles: the core's types, the manifest, the Markdown embed page. */
const extras = {
  name: 'extras',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'core.d.ts', source: "export * from './lib/core/index.js';\n" });
  },
  writeBundle() {
    manifest();
    markdownPage();
  },
};

/** `dist/custom-elements.json`, its paths pointing at the published modules rather than the sources. */
function manifest() {
  // The analyzer also writes `customElements` into package.json: the same path, so nothing changes there.
  execFileSync('npx', ['cem', 'analyze', '--globs', 'src/sales-funnel.ts', 'src/define.ts', '--outdir', 'dist', '--quiet'], { stdio: 'inherit' });
  const file = 'dist/custom-elements.json';
  const text = readFileSync(file, 'utf8').replace(/"\/?src\/([\w/-]+)\.[jt]s"/g, '"dist/lib/$1.js"');
  writeFileSync(file, text);
}

/** HTML exactly as a Markdown renderer outputs it, from the forms the README recommends (test/recipes/ proves them). */
function markdownPage() {
  // demo/build/ holds the build's inputs, not pages: the template opened as it is would miss its script.
  const body = marked.parse(readFileSync('demo/build/markdown.md', 'utf8'));
  const page = readFileSync('demo/build/markdown.template', 'utf8').replace('<!-- markdown -->', body);
  mkdirSync('dist/embed', { recursive: true });
  writeFileSync('dist/embed/markdown.html', page);
}

export default [
  {
    // What only some funnels need (JSON with zod, error messages, the export, the editor) comes as chunks
    // beside it, fetched from the same folder on first use.
    input: 'src/define.ts',
    output: { dir: 'dist', format: 'es', entryFileNames: 'sales-funnel.js', chunkFileNames: 'sales-funnel-[name].js' },
    plugins: [templates(), shortTokens, resolve(), onePolicy, ts(), minify()],
  },
  {
    // A classic script cannot fetch a module chunk: everything inside, in the order src/classic.ts gives. What
    // rollup writes of its own there (each chunk's namespace, each dynamic import made a promise of it) in arrow
    // functions and shorthand, and the namespaces not frozen: only our code reads them (−34 B min+gzip).
    input: 'src/classic.ts',
    output: {
      file: 'dist/sales-funnel.classic.js', format: 'iife', inlineDynamicImports: true,
      generatedCode: { arrowFunctions: true, objectShorthand: true, constBindings: true }, freeze: false,
    },
    plugins: [templates(), shortTokens, allInside, resolve(), onePolicy, ts(), minify(false)],
  },
  {
    input: ['src/index.ts', 'src/define.ts', 'src/sales-funnel.ts', 'src/core/index.ts'],
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit(\/|$)/, /^zod(\/|$)/],
    plugins: [ts({ outDir: 'dist/lib', declaration: true, declarationDir: 'dist/lib', exclude: ['src/classic.ts', 'src/fallbacks.classic.ts'] })],
  },
  {
    input: 'src/core/index.ts',
    output: { dir: 'dist', entryFileNames: 'core.js', format: 'es' },
    plugins: [ts(), minify(), extras],
  },
];
