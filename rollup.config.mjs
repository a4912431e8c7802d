// `npm run build` → dist/:
//   sales-funnel.js          the element, one minified ES module with Lit and the core inside (CDN, <script type="module">)
//   sales-funnel-*.js        its chunks, fetched on first use: json (zod), messages, export, editor
//   sales-funnel.classic.js  the same for <script src> without type="module": it loads sales-funnel.js beside it
//   core.js, core.d.ts       the calculator alone
//   lib/                     unbundled ES modules with their types, `lit` and `zod` left as imports (npm users' bundlers)
//   custom-elements.json     the element's manifest: its doc comments (src/element/sales-funnel.ts), its attributes
//                            from the attribute table (src/config/attributes.ts)
//   embed/markdown.html      the Markdown embed page, rendered from demo/build/markdown.md by a real Markdown library
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import resolve from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { marked } from 'marked';
import ts from 'typescript';

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

/**
 * A chunk's file: `sales-funnel-<name>.js`, named after what it is: its folder under src/chunks/ (`editor`,
 * `insights`, `export`), or its module (`json`, `messages`); a chunk of code that several share, after its module.
 */
const chunkName = ({ facadeModuleId, name }) => {
  const m = /[/\\]chunks[/\\](\w+)/.exec(facadeModuleId ?? '');
  return `sales-funnel-${m ? m[1].replace(/\.ts$/, '') : name}.js`;
};

const typescriptPlugin = (options = {}) => typescript({ tsconfig: './tsconfig.json', noEmit: false, declaration: false, include: ['src/**/*.ts'], ...options });

/** Minified as terser does by default: local names mangled (and `#private` members, which nothing outside can reach), property names kept. */
const minify = (module = true) =>
  terser({
    ecma: 2022,
    module,
    compress: { passes: 3 },
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

/**
 * The attribute table (src/config/attributes.ts) as data: each attribute's name, field, kind, choices, and its doc
 * comment with its `@default`. Read from the source with TypeScript's parser, so the docs live beside each entry
 * and never reach the bundle. The manifest takes its attributes from it; test/config/attributes.test.ts holds the
 * README and the integrations to it.
 */
export function attributeTable(file = 'src/config/attributes.ts') {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let table;
  source.forEachChild(function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() == 'ATTRIBUTES') table = node.initializer;
    else ts.forEachChild(node, find);
  });
  // `{ … } as const satisfies …`: the object inside.
  while (table && !ts.isObjectLiteralExpression(table)) table = table.expression;
  if (!table) throw new Error(`${file}: no ATTRIBUTES table`);
  const text = (comment) => (typeof comment == 'string' ? comment : (comment ?? []).map((c) => c.text).join('')).trim();
  return table.properties.map((entry) => {
    const field = entry.name.getText();
    const value = (key) => entry.initializer.properties.find((p) => p.name.getText() == key)?.initializer;
    const choices = value('choices')?.elements.map((e) => e.text);
    const doc = ts.getJSDocCommentsAndTags(entry).find(ts.isJSDoc);
    if (!doc?.comment) throw new Error(`${file}: the attribute ${field} has no doc comment`);
    return {
      field,
      name: field.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()),
      kind: value('kind').text,
      choices,
      description: text(doc.comment).replace(/\s*\n\s*/g, ' '),
      default: text(doc.tags?.find((t) => t.tagName.text == 'default')?.comment) || undefined,
    };
  });
}

/** A kind's type as the manifest writes it. */
const typeOf = ({ kind, choices }) => (kind == 'choice' ? choices.map((c) => `'${c}'`).join(' | ') : kind == 'switch' ? 'boolean' : 'string');

/** `dist/custom-elements.json`: its attributes from the table, its paths pointing at the published modules rather than the sources. */
function manifest() {
  // The analyzer also writes `customElements` into package.json: the same path, so nothing changes there.
  execFileSync('npx', ['cem', 'analyze', '--globs', 'src/element/sales-funnel.ts', 'src/element/define.ts', '--outdir', 'dist', '--quiet'], { stdio: 'inherit' });
  const file = 'dist/custom-elements.json';
  const data = JSON.parse(readFileSync(file, 'utf8').replace(/"\/?src\/([\w/-]+)\.[jt]s"/g, '"dist/lib/$1.js"'));
  const element = data.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName == 'sales-funnel');
  element.attributes = attributeTable().map((a) => ({ name: a.name, type: { text: typeOf(a) }, description: a.description, default: a.default }));
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
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
    input: 'src/element/define.ts',
    output: { dir: 'dist', format: 'es', entryFileNames: 'sales-funnel.js', chunkFileNames: chunkName },
    plugins: [templates(), resolve(), onePolicy, typescriptPlugin(), minify()],
  },
  {
    // The classic script: a classic script's door to the module beside it (src/element/classic.ts).
    input: 'src/element/classic.ts',
    output: { file: 'dist/sales-funnel.classic.js', format: 'iife' },
    plugins: [typescriptPlugin(), minify(false)],
  },
  {
    input: ['src/index.ts', 'src/element/define.ts', 'src/element/sales-funnel.ts', 'src/core/index.ts'],
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit(\/|$)/, /^zod(\/|$)/],
    plugins: [typescriptPlugin({ outDir: 'dist/lib', declaration: true, declarationDir: 'dist/lib' })],
  },
  {
    input: 'src/core/index.ts',
    output: { dir: 'dist', entryFileNames: 'core.js', format: 'es' },
    plugins: [typescriptPlugin(), minify(), extras],
  },
];
