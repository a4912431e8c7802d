/**
 * The sales-funnel calculator: pure, no dependency, no DOM. Speaks fractions (0.4 = 40 %).
 * @module
 */
import { calculateBase } from './calculate.js';
import type { FunnelInput, FunnelResult } from './types.js';

/**
 * The whole funnel, exactly as SPEC section 2 defines it. Throws a `FunnelError` listing every problem in
 * `input`. (The two periods side by side and the test's result are still to come: `compare` and `test` are null.)
 */
export function calculateFunnel(input: FunnelInput): FunnelResult {
  return calculateBase(input);
}

export { calculateBase, LOW_DATA_HALF_WIDTH } from './calculate.js';
export { FunnelError, LIMIT, MAX_IMPROVEMENT, MAX_STEPS, MIN_STEPS } from './validate.js';
export type { FunnelIssue, IssueCode } from './validate.js';
export type {
  Compare, CompareStep, FunnelInput, FunnelResult, Goal, Mode, Outcome, Range, StepInput, StepResult, TestArm, TestInput,
  TestResult, Verdict, WithB,
} from './types.js';
