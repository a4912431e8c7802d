// Builds dist/: the element as one minified ES module with Lit, zod and the core inside; the core alone with its types.
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import resolve from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

/** Whitespace out of Lit's html``, svg`` and css`` templates (terser leaves template text alone). */
const templates = () =>
  minifyHTML({
    include: ['src/**'],
    options: {
      shouldMinify: (t) => defaultShouldMinify(t) || t.tag == 'svg',
      minifyOptions: { minifyCSS: { targets: { chrome: 123 << 16, firefox: 120 << 16, safari: (17 << 16) | (5 << 8) } } },
    },
  });

const ts = (options = {}) =>
  typescript({ tsconfig: './tsconfig.json', noEmit: false, declaration: false, ...options });
const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } });

/** `dist/core.d.ts`: the core's types, pointing into the declarations emitted to `dist/types/`. */
const coreTypes = {
  name: 'core-types',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'core.d.ts', source: "export * from './types/core/index.js';\n" });
  },
};

export default [
  {
    input: 'src/define.ts',
    output: { file: 'dist/sales-funnel.js', format: 'es' },
    plugins: [templates(), resolve(), ts(), minify()],
  },
  {
    input: 'src/core/index.ts',
    output: { dir: 'dist', entryFileNames: 'core.js', format: 'es' },
    plugins: [ts({ declaration: true, declarationDir: 'dist/types', rootDir: 'src' }), minify(), coreTypes],
  },
];
