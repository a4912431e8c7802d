/**
 * Imported by every file with property tests: one seed for all of them, chosen by the test runner (fixed in
 * `npm test`, printed at the end, FC_SEED to replay or change it; random in `npm run fuzz`).
 */
import fc from 'fast-check';
import { executeServerCommand } from '@web/test-runner-commands';

export const seed = (await executeServerCommand<number, undefined>('seed'))!;
fc.configureGlobal({ seed });
