// Renders every snippet form (test/recipes/forms.mjs) through every Markdown renderer here, as each is used in the
// wild, and writes the pages a visitor would get: test/recipes/out/<renderer>/<form>.html, and
// test/recipes/out/matrix.json (renderer × form → page) for `npx wtr --files test/recipes/matrix.test.ts`.
//
//   node test/recipes/render.mjs [--verbose]     after `npm run build`; prints "recipes: N passed, N failed"
//
// One check per renderer: it ran and wrote every form. The renderers: markdown-it, marked, remark with rehype-raw
// (npm); pandoc, Hugo, Python-Markdown, kramdown (Debian: pandoc, hugo, python3-markdown, ruby-kramdown and
// ruby-kramdown-parser-gfm). A renderer that is missing fails, with the package to install.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { after, before, forms, moduleScript } from './forms.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'out');
const verbose = process.argv.includes('--verbose');
const started = performance.now();

/** Runs a program on `input`; throws with its output when it is missing or fails. */
function run(command, args, input, options = {}) {
  const r = spawnSync(command, args, { input, encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (r.error) throw new Error(`${command}: ${r.error.code == 'ENOENT' ? 'not installed' : r.error.message}`);
  if (r.status != 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr || r.stdout}`);
  return r.stdout;
}
const packageVersion = (name) =>
  JSON.parse(readFileSync(join(here, '../../node_modules', name, 'package.json'), 'utf8')).version;

/** Every form through one Markdown → HTML function. */
const each = (render) => () => Object.fromEntries(forms.map((f) => [f.id, render(f.markdown)]));

/** Python-Markdown and kramdown: one process renders every form (a JSON list in, a JSON list out). */
function batch(command, args) {
  return () => {
    const html = JSON.parse(run(command, args, JSON.stringify(forms.map((f) => f.markdown))));
    return Object.fromEntries(forms.map((f, i) => [f.id, html[i]]));
  };
}

/** Hugo: the real binary builds a site of one page per form; the page's layout is `{{ .Content }}` alone. */
function hugo(unsafe) {
  return () => {
    const site = mkdtempSync(join(tmpdir(), 'recipes-hugo-'));
    try {
      mkdirSync(join(site, 'content'));
      mkdirSync(join(site, 'layouts/_default'), { recursive: true });
      writeFileSync(join(site, 'layouts/_default/single.html'), '{{ .Content }}');
      writeFileSync(join(site, 'layouts/_default/list.html'), '');
      // Hugo's defaults but for `unsafe`: goldmark with its typographer, as every Hugo site has it.
      writeFileSync(
        join(site, 'config.toml'),
        `baseURL = "http://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n` +
          (unsafe ? '[markup.goldmark.renderer]\nunsafe = true\n' : ''),
      );
      for (const f of forms)
        writeFileSync(join(site, 'content', `${f.id}.md`), `---\ntitle: ${f.id}\n---\n${f.markdown}`);
      run('hugo', [
        '--source',
        site,
        '--destination',
        join(site, 'public'),
        '--cacheDir',
        join(site, 'cache'),
        '--noBuildLock',
        '--quiet',
      ]);
      return Object.fromEntries(
        forms.map((f) => [f.id, readFileSync(join(site, 'public', f.id, 'index.html'), 'utf8')]),
      );
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  };
}

const version = (command, args, pattern) => {
  try {
    return run(command, args).match(pattern)?.[1] ?? '?';
  } catch {
    return 'not installed';
  }
};
// Debian's Python, where python3-markdown installs (not a pyenv or venv one); PYTHON to use another.
const python = process.env.PYTHON || '/usr/bin/python3';
const hugoVersion = version('hugo', ['version'], /v([\d.]+)/);
const pandocVersion = version('pandoc', ['--version'], /pandoc ([\d.]+)/);

/**
 * The renderers, each as sites use it. `html`: it passes raw HTML through with the setting named (so the README's
 * recommended forms must draw in it, unless `recommended` is false: a setting the README advises against).
 */
const renderers = [
  {
    id: 'markdown-it-html',
    title: 'markdown-it, html: true (Eleventy, VitePress, Docusaurus-free sites)',
    version: packageVersion('markdown-it'),
    html: true,
    render: each((md) => new MarkdownIt({ html: true }).render(md)),
  },
  {
    id: 'markdown-it',
    title: 'markdown-it, its default (html: false)',
    version: packageVersion('markdown-it'),
    html: false,
    render: each((md) => new MarkdownIt().render(md)),
  },
  {
    id: 'marked',
    title: 'marked, its default',
    version: packageVersion('marked'),
    html: true,
    render: each((md) => marked.parse(md, { async: false })),
  },
  {
    id: 'remark-rehype-raw',
    title:
      'remark-parse → remark-rehype (allowDangerousHtml) → rehype-raw → rehype-stringify (Astro, Gatsby, Next MDX-free)',
    version: `remark-parse ${packageVersion('remark-parse')}, rehype-raw ${packageVersion('rehype-raw')}`,
    html: true,
    render: each((md) =>
      String(
        unified()
          .use(remarkParse)
          .use(remarkRehype, { allowDangerousHtml: true })
          .use(rehypeRaw)
          .use(rehypeStringify)
          .processSync(md),
      ),
    ),
  },
  {
    id: 'pandoc-gfm',
    title: 'pandoc -f gfm -t html',
    version: pandocVersion,
    html: true,
    render: each((md) => run('pandoc', ['-f', 'gfm', '-t', 'html'], md)),
  },
  {
    id: 'pandoc-markdown',
    title: "pandoc -f markdown -t html (pandoc's own Markdown)",
    version: pandocVersion,
    html: true,
    // pandoc's own Markdown reads raw HTML its own way; the README sends pandoc users to -f gfm.
    recommended: false,
    render: each((md) => run('pandoc', ['-f', 'markdown', '-t', 'html'], md)),
  },
  {
    id: 'hugo-unsafe',
    title: 'Hugo (goldmark), markup.goldmark.renderer.unsafe = true',
    version: hugoVersion,
    html: true,
    render: hugo(true),
  },
  {
    id: 'hugo',
    title: 'Hugo (goldmark), its default (unsafe = false)',
    version: hugoVersion,
    html: false,
    render: hugo(false),
  },
  {
    id: 'python-markdown',
    title: 'Python-Markdown, its default (MkDocs, Pelican)',
    version: version(python, ['-c', 'import markdown; print(markdown.__version__)'], /([\d.]+)/),
    html: true,
    install: 'apt-get install -y python3-markdown',
    render: batch(python, [
      '-c',
      'import json, sys, markdown; print(json.dumps([markdown.markdown(m) for m in json.load(sys.stdin)]))',
    ]),
  },
  {
    id: 'kramdown',
    title: "kramdown with Jekyll's settings (input: GFM, hard_wrap: false)",
    version: version('ruby', ['-e', 'require "kramdown"; print Kramdown::VERSION'], /([\d.]+)/),
    html: true,
    install: 'apt-get install -y ruby-kramdown ruby-kramdown-parser-gfm',
    render: batch('ruby', [
      '-rjson',
      '-rkramdown',
      '-rkramdown-parser-gfm',
      '-e',
      'print JSON.generate(JSON.parse(STDIN.read).map { |m| Kramdown::Document.new(m, input: "GFM", hard_wrap: false).to_html })',
    ]),
  },
];

/** The page a visitor gets: the renderer's HTML in a plain theme that loads the bundle, unless the form brings its own. */
const page = (renderer, form, body) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${renderer.id}: ${form.id}</title>
${form.script == 'head' ? moduleScript : '<!-- the bundle: in the post -->'}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const matrix = {
  text: { before, after },
  forms: Object.fromEntries(
    forms.map((f) => [f.id, { title: f.title, recommended: f.recommended, script: f.script, markdown: f.markdown }]),
  ),
  renderers: {},
  pages: {},
};
let passed = 0;
let failed = 0;
let written = 0;
for (const r of renderers) {
  const t0 = performance.now();
  try {
    const html = r.render();
    mkdirSync(join(out, r.id));
    matrix.pages[r.id] = {};
    for (const f of forms) {
      if (typeof html[f.id] != 'string') throw new Error(`no HTML for ${f.id}`);
      writeFileSync(join(out, r.id, `${f.id}.html`), page(r, f, html[f.id]));
      matrix.pages[r.id][f.id] = `${r.id}/${f.id}.html`;
      written++;
    }
    matrix.renderers[r.id] = { title: r.title, version: r.version, html: r.html, recommended: r.recommended ?? r.html };
    passed++;
    if (verbose)
      console.log(`ok - ${r.id} (${r.version}): ${forms.length} forms in ${Math.round(performance.now() - t0)} ms`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${r.id}: ${e.message.trim()}${r.install ? ` (${r.install})` : ''}`);
  }
}
writeFileSync(join(out, 'matrix.json'), JSON.stringify(matrix, null, 1));
console.log(
  `recipes: ${written} pages in test/recipes/out/ (${Object.keys(matrix.pages).length} renderers × ${forms.length} forms) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`recipes: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
