/**
 * The sales-funnel calculator: pure, no dependency, no DOM. Speaks fractions (0.4 = 40 %).
 * @module
 */
import { testOf } from './ab-test.js';
import { calculateBase } from './calculate.js';
import { compareOf } from './compare.js';
import type { FunnelInput, FunnelResult } from './types.js';

/**
 * The whole funnel, exactly as SPEC section 2 defines it: `calculateBase`, plus the two periods side by side
 * (`compare`, null without `previous` figures) and the test's result (`test`, null without `test`). Throws a
 * `FunnelError` listing every problem in `input`.
 *
 * The element composes the same three itself: `calculateBase` on every slider move, from the module it
 * imports at once (calculate.ts), and `compareOf` (compare.ts) and `testOf` (ab-test.ts) from modules it
 * loads only for a funnel that has previous figures or a test. Neither depends on the sliders.
 */
export function calculateFunnel(input: FunnelInput): FunnelResult {
  const base = calculateBase(input);
  return { ...base, compare: compareOf(input, base), test: testOf(input, base) };
}

export { calculateBase, LOW_DATA_HALF_WIDTH } from './calculate.js';
export { compareOf } from './compare.js';
export { testOf } from './ab-test.js';
export { FunnelError, LIMIT, MAX_IMPROVEMENT, MAX_STEPS, MIN_STEPS } from './validate.js';
export type { FunnelIssue, IssueCode } from './validate.js';
export type {
  Compare, CompareStep, FunnelInput, FunnelResult, Goal, Mode, Outcome, Range, StepInput, StepResult, TestArm, TestInput,
  TestResult, Verdict, WithB,
} from './types.js';
