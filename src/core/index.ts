/**
 * The sales-funnel calculator: pure, no dependency, no DOM. Speaks fractions (0.4 = 40 %).
 * @module
 */
import { testOf } from './ab-test.js';
import { forecastChecked } from './calculate.js';
import { validate } from './explain.js';
import { planOf } from './plan.js';
import { compareOf } from './compare.js';
import type { FunnelInput, FunnelResult } from './types.js';

/**
 * The funnel without the parts only some funnels use (`compare` and `test` null): its forecast and its plan.
 * Throws a `FunnelError` listing every problem in `input`.
 */
export function calculateBase(input: FunnelInput): FunnelResult {
  const checked = validate(input);
  return planOf(input, checked, forecastChecked(input, checked));
}

/**
 * The whole funnel, exactly as SPEC section 2 defines it: `calculateBase`, plus the two periods side by side
 * (`compare`, null without `previous` figures) and the test's result (`test`, null without `test`). Throws a
 * `FunnelError` listing every problem in `input`.
 *
 * The element composes the same parts itself, each from its own module, so that it loads each only where it is
 * used: `check` once and `forecastChecked` on every slider move (what it imports at once), `planOf` after its
 * first screen, and `compareOf` and `testOf` only for a funnel with previous figures or a test.
 */
export function calculateFunnel(input: FunnelInput): FunnelResult {
  const base = calculateBase(input);
  return { ...base, compare: compareOf(input, base), test: testOf(input, base) };
}

export { forecastChecked, LOW_DATA_HALF_WIDTH } from './calculate.js';
export { planOf } from './plan.js';
export { explain, FunnelError, validate, type FunnelIssue } from './explain.js';
export { compareOf } from './compare.js';
export { testOf } from './ab-test.js';
export { check, LIMIT, MAX_IMPROVEMENT, MAX_STEPS, MIN_STEPS } from './validate.js';
export type { Checked, IssueCode, Problem } from './validate.js';
export type {
  Compare, CompareStep, Forecast, FunnelInput, FunnelResult, Goal, Mode, Outcome, PlanField, Range, StepForecast, StepInput, StepResult,
  TestArm, TestInput, TestResult, Verdict, WithB,
} from './types.js';
