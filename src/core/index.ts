/**
 * The sales-funnel calculator: pure, no dependency, no DOM. Speaks fractions (0.4 = 40 %).
 * @module
 */
import { checkTest, testOf } from './ab-test.js';
import { forecastChecked } from './calculate.js';
import { explain, FunnelError } from './explain.js';
import { planOf } from './plan.js';
import { checkPrevious, compareOf } from './compare.js';
import { check, inOrder } from './validate.js';
import type { FunnelInput, FunnelResult } from './types.js';

/**
 * Every problem in `input` (this period's funnel, the period before's figures, the test) with its English;
 * throws a `FunnelError` where there is any. Each step's count and rate.
 */
export function validate(input: FunnelInput) {
  const checked = check(input);
  const problems = inOrder([...checked.problems, ...checkPrevious(input), ...checkTest(input)]);
  if (problems.length) throw new FunnelError(problems.map((p) => ({ ...p, message: explain(p, input) })));
  return checked;
}

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
 * used: `check` once and `forecastChecked` on every slider move (what it imports at once), `planOf` from a chunk
 * fetched beside its words, and `compareOf` and `testOf` only for a funnel with previous figures or a test.
 */
export function calculateFunnel(input: FunnelInput): FunnelResult {
  const base = calculateBase(input);
  return { ...base, compare: compareOf(input, base), test: testOf(input, base) };
}

export { forecastChecked, LOW_DATA_HALF_WIDTH } from './calculate.js';
export { planOf } from './plan.js';
export { explain, FunnelError, type FunnelIssue } from './explain.js';
export { checkPrevious, compareOf } from './compare.js';
export { checkTest, testOf } from './ab-test.js';
export { check, LIMIT, MAX_IMPROVEMENT, MAX_STEPS, MIN_STEPS } from './validate.js';
export type { Checked, IssueCode, Problem } from './validate.js';
export type {
  Compare,
  CompareStep,
  Forecast,
  FunnelInput,
  FunnelResult,
  Goal,
  Mode,
  Outcome,
  PlanField,
  Range,
  StepForecast,
  StepInput,
  StepResult,
  TestArm,
  TestInput,
  TestResult,
  Verdict,
  WithB,
} from './types.js';
