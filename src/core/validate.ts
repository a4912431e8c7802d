import type { FunnelInput } from './types.js';

/** Stable machine-readable names of everything the core refuses. */
export type IssueCode =
  | 'steps-not-list'
  | 'steps-too-few'
  | 'steps-too-many'
  | 'count-missing'
  | 'count-invalid'
  | 'count-above-previous'
  | 'rate-invalid'
  | 'improvement-invalid'
  | 'deal-value-invalid'
  | 'periods-invalid'
  | 'target-invalid'
  | 'mode-invalid'
  | 'previous-missing'
  | 'previous-count-invalid'
  | 'previous-count-above-previous'
  | 'previous-rate-invalid'
  | 'previous-rate-unexpected'
  | 'test-invalid'
  | 'test-step-invalid'
  | 'test-entrants-invalid'
  | 'test-conversions-invalid'
  | 'test-conversions-above-entrants'
  | 'test-split-invalid';

/** A problem found in the input, as data: what `check` finds. `FunnelIssue` adds its English message (explain.ts). */
export interface Problem {
  code: IssueCode;
  /** Index of the step it concerns, or null for the funnel as a whole. */
  step: number | null;
  /** The input field it concerns, as named in `FunnelInput` / `StepInput` (a path inside `test`). */
  field:
    | 'steps'
    | 'count'
    | 'rate'
    | 'improvement'
    | 'dealValue'
    | 'periodsPerYear'
    | 'target'
    | 'mode'
    | 'previous'
    | 'previousRate'
    | 'test'
    | 'test.step'
    | 'test.split'
    | `test.${'a' | 'b'}`
    | `test.${'a' | 'b'}.${'entrants' | 'conversions'}`;
  /** The value it got. */
  value: unknown;
  /**
   * The bound it broke, where there is one: the count of the step before for `count-above-previous` (in the
   * period before for `previous-count-above-previous`), the entrants for `test-conversions-above-entrants`.
   */
  limit?: number;
}

export const MIN_STEPS = 2;
export const MAX_STEPS = 100;

/** Counts may exceed the step before by this much (relative) before it is an error: float noise from rates. */
const SLACK = 1e-9;

/** The largest count, deal value, target or periods per year taken: beyond it results could overflow. */
export const LIMIT = 1e15;
/** The largest improvement taken: +1,000,000 %. */
export const MAX_IMPROVEMENT = 1e4;

/** A number in [lo, hi]; `open` excludes lo. */
export const ok = (x: unknown, lo: number, open = false, hi = LIMIT): x is number =>
  typeof x == 'number' && x <= hi && (open ? x > lo : x >= lo);

/** The label a step is known by: its own, else "Step N". */
export const labelOf = (label: unknown, i: number) =>
  typeof label == 'string' && label.trim() ? label : `Step ${i + 1}`;

export type Add = (
  code: IssueCode,
  step: number | null,
  field: Problem['field'],
  value: unknown,
  limit?: number,
) => void;

/** A list of problems, and the function that adds one. */
export function collect() {
  const found: Problem[] = [];
  const add: Add = (code, step, field, value, limit) =>
    void found.push({ code, step, field, value, ...(limit === undefined ? {} : { limit }) });
  return { found, add };
}

/**
 * One period's counts and rates, as SPEC section 2 defines them: a count given, or the step before's count × a
 * rate given; each rate from the step before (0 for step 0, and where no one entered the step before). `before`
 * reads the period before from `previous` / `previousRate`, else this period from `count` / `rate`. Problems go
 * to `add`; a step that is unusable makes the next steps' counts NaN, so they are not blamed for it.
 */
export function period(input: FunnelInput, before: boolean, add: Add = () => {}) {
  const [countKey, rateKey] = before ? (['previous', 'previousRate'] as const) : (['count', 'rate'] as const);
  const code = (c: 'count-invalid' | 'count-above-previous' | 'rate-invalid') =>
    before ? (`previous-${c}` as const) : c;
  const counts: number[] = [];
  const rates: number[] = [];
  let prev = NaN;
  input.steps.forEach((step, i) => {
    const count = step?.[countKey];
    const rate = step?.[rateKey];
    let here = NaN;
    let r = 0;
    if (count !== undefined) {
      if (!ok(count, 0)) add(code('count-invalid'), i, countKey, count);
      else if (count > prev * (1 + SLACK)) add(code('count-above-previous'), i, countKey, count, prev);
      else {
        here = count + 0; // no −0
        if (i && prev > 0) r = Math.min(1, here / prev);
      }
    } else if (before && rate !== undefined && (i == 0 || step.count !== undefined)) {
      add('previous-rate-unexpected', i, rateKey, rate);
    } else if (i == 0 || rate === undefined) {
      add(before ? 'previous-missing' : 'count-missing', i, countKey, undefined);
    } else if (!ok(rate, 0) || rate > 1) {
      add(code('rate-invalid'), i, rateKey, rate);
    } else {
      r = rate + 0;
      here = prev * r;
    }
    counts.push((prev = here));
    rates.push(r);
  });
  return { counts, rates };
}

/** Whether the input compares two periods: a step has a `previous` figure (then every step must). */
export const comparing = (input: FunnelInput) =>
  input.steps.some((s) => s?.previous !== undefined || s?.previousRate !== undefined);

/** What `check` finds: every problem (none where the input can be calculated), and each step's count and rate. */
export interface Checked {
  problems: Problem[];
  counts: number[];
  rates: number[];
}

/**
 * Every problem with this period's funnel: its steps in step order (each its figures, then its improvement),
 * then the funnel-wide fields; as data (explain.ts says each in English). Where there is none, each step's count
 * and its rate from the step before (0 for step 0, and where no one entered the step before). The period before
 * and the test are checked by their own modules (`checkPrevious`, `checkTest`), loaded by the funnels that have
 * them; `validate` (index.ts) checks all three.
 */
export function check(input: FunnelInput): Checked {
  const { found: problems, add } = collect();
  const steps = input?.steps;
  if (!Array.isArray(steps)) {
    add('steps-not-list', null, 'steps', steps);
    return { problems, counts: [], rates: [] };
  }
  if (steps.length < MIN_STEPS) add('steps-too-few', null, 'steps', steps.length);
  if (steps.length > MAX_STEPS) add('steps-too-many', null, 'steps', steps.length);

  const { counts, rates } = period(input, false, add);
  steps.forEach((step, i) => {
    const improvement = step?.improvement;
    if (improvement !== undefined && !ok(improvement, -1, false, MAX_IMPROVEMENT))
      add('improvement-invalid', i, 'improvement', improvement);
  });

  const { dealValue, periodsPerYear, target, mode } = input;
  if (dealValue !== undefined && !ok(dealValue, 0)) add('deal-value-invalid', null, 'dealValue', dealValue);
  if (periodsPerYear !== undefined && !ok(periodsPerYear, 0, true))
    add('periods-invalid', null, 'periodsPerYear', periodsPerYear);
  if (target !== undefined && !ok(target, 0, true)) add('target-invalid', null, 'target', target);
  if (mode !== undefined && mode !== 'relative' && mode !== 'points') add('mode-invalid', null, 'mode', mode);
  return { problems: inOrder(problems), counts, rates };
}

/**
 * Problems in the order a person fixes them: the steps as a whole, then step by step (each step's figures, its
 * improvement, its figures of the period before), then the funnel-wide fields, then the test's.
 */
export const inOrder = (problems: Problem[]) => {
  const test = (p: Problem) => p.code.startsWith('test-');
  const whole = (p: Problem) => p.code.startsWith('steps-');
  return [
    ...problems.filter(whole),
    ...problems.filter((p) => p.step !== null && !test(p)).sort((x, y) => x.step! - y.step!),
    ...problems.filter((p) => p.step === null && !test(p) && !whole(p)),
    ...problems.filter(test),
  ];
};
