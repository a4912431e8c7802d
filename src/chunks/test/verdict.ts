/**
 * A test's verdict (SPEC 2 "A test's result"): never a winner where the split went wrong or the data are too few;
 * else B or A where the chance that one beats the other is at least 95 %, else none yet. Pure; the test's view and
 * the CSV say it, each in its own words.
 */
import type { TestResult } from '../../core/types.js';

export type TestVerdict = 'split' | 'tooSmall' | 'b' | 'a' | 'none';

export const verdictOf = (t: TestResult): TestVerdict =>
  t.sampleRatioMismatch
    ? 'split'
    : t.tooSmall
      ? 'tooSmall'
      : t.chanceBBeatsA >= 0.95
        ? 'b'
        : t.chanceBBeatsA <= 0.05
          ? 'a'
          : 'none';
