/**
 * Imported by every file with property tests: one seed for all of them, chosen by the test runner (fixed in
 * `npm test`, printed at the end, FC_SEED to replay or change it; random in `npm run fuzz`). In Node (the fast
 * lane, `npm run test:fast`) the same fixed seed, or FC_SEED.
 */
import fc from 'fast-check';

const FIXED = 20261129;
const inBrowser = typeof window != 'undefined';

export const seed = inBrowser
  ? (await (await import('@web/test-runner-commands')).executeServerCommand<number, undefined>('seed'))!
  : Number(globalThis.process?.env.FC_SEED ?? FIXED);
fc.configureGlobal({ seed });
