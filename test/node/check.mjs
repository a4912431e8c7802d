// A small harness for the Node checks: runs each, prints failures, ends with "<part>: N passed, N failed".
let passed = 0;
let failed = 0;

export function check(name, fn) {
  try {
    fn();
    passed++;
  } catch (e) {
    failed++;
    console.error(`✗ ${name}\n  ${e.message}`);
  }
}

export function done(part) {
  console.log(`${part}: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
