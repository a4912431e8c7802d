// Size budgets, min+gzip (gzip -9), of the built files. Prints each figure; fails over a hard limit.
// `node test/size.mjs --breakdown` also says where the bundle's bytes go: what Lit, zod and the core each add
// (the bundle rebuilt without each, the difference), and the rest, ours.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** file → [target, hard limit] in bytes (SPEC section 4). */
const budgets = {
  'dist/sales-funnel.js': [16 * KB, 18 * KB],
  'dist/sales-funnel.classic.js': [16 * KB, 18 * KB],
  'dist/core.js': [3 * KB, 3 * KB],
};
const gz = (code) => gzipSync(code, { level: 9 }).length;

let passed = 0;
let failed = 0;
for (const [file, [target, limit]] of Object.entries(budgets)) {
  let size;
  try {
    size = gz(readFileSync(file));
  } catch {
    console.error(`✗ ${file} is missing: run npm run build`);
    failed++;
    continue;
  }
  const over = size > limit;
  const note = over ? `OVER the ${limit} B limit` : size > target ? `over the ${target} B target, within the ${limit} B limit` : `within ${target} B`;
  console.log(`${over ? '✗' : '✓'} ${file}: ${size} B min+gzip (${(size / KB).toFixed(2)} KB), ${note}`);
  if (over) failed++;
  else passed++;
}

if (process.argv.includes('--breakdown')) {
  const { rollup } = await import('rollup');
  const [bundle] = (await import('../rollup.config.mjs')).default;
  const build = async (external) => {
    const b = await rollup({ input: bundle.input, plugins: bundle.plugins, external, onwarn() {} });
    const { output } = await b.generate({ format: 'es' });
    return gz(output[0].code);
  };
  const total = await build([]);
  const parts = {
    'Lit (lit-html)': await build([/^lit(\/|$)/]),
    'zod (zod/mini)': await build([/^zod(\/|$)/]),
    'the core': await build((id) => /[/\\]core[/\\]index(\.ts)?$|^\.\/core\/index/.test(id)),
  };
  let rest = total;
  console.log(`\nWhere the ${total} B of dist/sales-funnel.js go (each: the bundle without it, the difference):`);
  for (const [name, without] of Object.entries(parts)) {
    console.log(`  ${name.padEnd(16)} ${String(total - without).padStart(6)} B`);
    rest -= total - without;
  }
  console.log(`  ${'ours, the rest'.padEnd(16)} ${String(rest).padStart(6)} B  (element, parser, texts in two languages, styles)`);
}

console.log(`size budgets: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
