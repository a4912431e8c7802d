// Size budgets, min+gzip (gzip -9), of the built files. Prints each figure; fails over a hard limit.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** file → [target, hard limit] in bytes (SPEC section 4). */
const budgets = {
  'dist/sales-funnel.js': [16 * KB, 18 * KB],
  'dist/sales-funnel.classic.js': [16 * KB, 18 * KB],
  'dist/core.js': [3 * KB, 3 * KB],
};

let passed = 0;
let failed = 0;
for (const [file, [target, limit]] of Object.entries(budgets)) {
  let size;
  try {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
  } catch {
    console.error(`✗ ${file} is missing: run npm run build`);
    failed++;
    continue;
  }
  const over = size > limit;
  const note = over ? `OVER the ${limit} B limit` : size > target ? `over the ${target} B target, within the ${limit} B limit` : `within ${target} B`;
  console.log(`${over ? '✗' : '✓'} ${file}: ${size} B min+gzip (${(size / KB).toFixed(2)} KB), ${note}`);
  over ? failed++ : passed++;
}
console.log(`size budgets: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
