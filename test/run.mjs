// `npm test`: every check, one after the other, each ending with "<part>: N passed, N failed"; then a summary.
// Run `npm run build` first (`npm test` does, through `pretest`).
//
//   npm test                                 everything, the browser suite in Chromium, Firefox and WebKit
//   npm run test:fast                        the pure tests alone, in Node (seconds)
//   npm test -- --browsers firefox           the browser suite in Firefox only (chromium, firefox, webkit; several)
//   npm test -- --browsers webkit --files test/element/layout.test.ts   and only those files
//
// Arguments other than --browsers go to web-test-runner. Exits non-zero when any part fails.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const at = args.indexOf('--browsers');
let browsers = process.env.BROWSERS || 'chromium,firefox,webkit';
if (at >= 0) {
  const end = args.findIndex((a, i) => i > at && a.startsWith('--'));
  browsers = args
    .splice(at, (end < 0 ? args.length : end) - at)
    .slice(1)
    .join(',');
}

/** The parts, in order: [name, command, arguments]. */
const parts = [
  ['size budgets', 'node', ['test/size.mjs']],
  // The fast lane (`npm run test:fast`): every pure test (core, config, view model, words, chunks' logic) in Node.
  ['pure tests in Node', 'npm', ['run', '--silent', 'test:fast']],
  ['the core in Node', 'node', ['test/node/core-in-node.mjs']],
  ['the package', 'node', ['test/node/package.mjs']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['eslint', 'npx', ['eslint', '-c', 'test/lint/eslint.config.mjs', '--max-warnings', '0', '.']],
  // The code's format (.prettierrc.json): `npm run format` writes it.
  ['format', 'npm', ['run', '--silent', 'format:check']],
  // Lit's template type-checking. Its CSS rule is off: it checks css`` against 2020's CSS data, which knows
  // neither `@container` nor `color-scheme`, `accent-color` or `vector-effect`, all of which we use on purpose.
  ['lit-analyzer', 'npx', ['lit-analyzer', 'src', '--strict', '--maxWarnings', '0', '--rules.no-invalid-css', 'off']],
  // The WordPress plugin and the Hugo shortcode through the real WordPress and Hugo; writes the pages the
  // browser suite then opens (test/integrations/out/).
  ['integrations', 'node', ['test/integrations/run.mjs']],
  // The snippet forms through the Markdown renderers (test/recipes/): pages the browser suite then opens.
  ['recipes', 'node', ['test/recipes/render.mjs']],
  ['browser tests', 'npx', ['wtr', ...args]],
];

const failed = [];
for (const [name, command, argv] of parts) {
  console.log(`\n::: ${name}`);
  const mocha = name == 'pure tests in Node';
  const r = spawnSync(command, argv, {
    stdio: mocha ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, BROWSERS: browsers },
  });
  const ok = r.status === 0;
  if (mocha) {
    // Mocha says "N passing" and "N failing": said here as every part says it.
    const out = String(r.stdout);
    process.stdout.write(out);
    const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(out)?.[1] ?? 0);
    console.log(`${name}: ${count('passing')} passed, ${count('failing') || (ok ? 0 : 1)} failed`);
  }
  // Tools that print no count of their own (the type checker, the linters) count as one check.
  if (['typecheck', 'eslint', 'format', 'lit-analyzer'].includes(name))
    console.log(`${name}: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
  if (!ok) failed.push(name);
}
console.log(failed.length ? `\nnpm test: failed in ${failed.join(', ')}` : '\nnpm test: every part passed');
process.exit(failed.length ? 1 : 0);
