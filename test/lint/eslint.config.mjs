// ESLint, as the codebases we admire run it: TypeScript's rules, Lit's template rules, and the custom-element
// rules, over everything we write (src, test, demo, integrations' JavaScript). `npm test` runs it with zero
// warnings allowed; `npm run lint` alone.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test/bench/build/',
      'test/integrations/out/',
      'integrations/wordpress/sales-funnel/assets/',
      '.probe/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Build scripts, the dev server, the benchmark's Node side and the test runner's config run in Node.
    files: ['**/*.mjs', 'test/node/**', 'integrations/**/build.mjs', 'test/integrations/run.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.mjs'],
    rules: {
      // Tests reach into private state and loose shapes on purpose (a Proxy that throws, a cyclic config).
      '@typescript-eslint/no-explicit-any': 'off',
      // chai's `expect(x).to.be.true` style is an expression statement.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Hand-worked values are quoted as computed, to 40 digits, and compared to 1e-9: the digits a double drops
      // are the point, not a mistake.
      'no-loss-of-precision': 'off',
    },
  },
  {
    rules: {
      // `_name` marks a parameter kept for its position (`(_, i) =>`), as TypeScript's own noUnusedParameters does.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
);
