// Builds dist/: the core calculator as one minified ES module with its type declarations.
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

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
    input: 'src/core/index.ts',
    output: { dir: 'dist', entryFileNames: 'core.js', format: 'es' },
    plugins: [ts({ declaration: true, declarationDir: 'dist/types', rootDir: 'src' }), minify(), coreTypes],
  },
];
