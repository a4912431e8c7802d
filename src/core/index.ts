/**
 * The sales-funnel calculator: pure, no dependency, no DOM. Speaks fractions (0.4 = 40 %).
 * @module
 */
export { calculateFunnel, LOW_DATA_HALF_WIDTH } from './calculate.js';
export { FunnelError, LIMIT, MAX_IMPROVEMENT, MAX_STEPS, MIN_STEPS } from './validate.js';
export type { FunnelIssue, IssueCode } from './validate.js';
export type { FunnelInput, FunnelResult, Goal, Mode, Outcome, Range, StepInput, StepResult } from './types.js';
