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

export interface FunnelIssue {
  code: IssueCode;
  /** Index of the step it concerns, or null for the funnel as a whole. */
  step: number | null;
  /** The input field it concerns, as named in `FunnelInput` / `StepInput` (a path inside `test`). */
  field:
    | 'steps' | 'count' | 'rate' | 'improvement' | 'dealValue' | 'periodsPerYear' | 'target' | 'mode'
    | 'previous' | 'previousRate'
    | 'test' | 'test.step' | 'test.split' | `test.${'a' | 'b'}` | `test.${'a' | 'b'}.${'entrants' | 'conversions'}`;
  /** The value it got. */
  value: unknown;
  /** English, for a marketer; the element translates by `code`. */
  message: string;
  /**
   * The bound it broke, where there is one: the count of the step before for `count-above-previous` (in the
   * period before for `previous-count-above-previous`), the entrants for `test-conversions-above-entrants`.
   */
  limit?: number;
}

/** Thrown by `calculateFunnel`; `issues` lists every problem found, not just the first. */
export class FunnelError extends Error {
  issues: FunnelIssue[];
  constructor(issues: FunnelIssue[]) {
    super(issues.map((i) => i.message).join('\n'));
    this.name = 'FunnelError';
    this.issues = issues;
  }
}

export const MIN_STEPS = 2;
export const MAX_STEPS = 100;

/** Counts may exceed the step before by this much (relative) before it is an error: float noise from rates. */
const SLACK = 1e-9;

/** The largest count, deal value, target or periods per year taken: beyond it results could overflow. */
export const LIMIT = 1e15;
const LIMIT_TEXT = '10^15';
/** The largest improvement taken: +1,000,000 %. */
export const MAX_IMPROVEMENT = 1e4;

/** A number in [lo, hi]; `open` excludes lo. */
const ok = (x: unknown, lo: number, open = false, hi = LIMIT): x is number =>
  typeof x == 'number' && x <= hi && (open ? x > lo : x >= lo);
const show = (x: unknown) => (typeof x == 'number' ? String(+x.toPrecision(6)) : JSON.stringify(x) ?? String(x));
/** Rates and improvements are fractions in the core, percent in a marketer's message. */
const pct = (x: unknown) => (typeof x == 'number' ? `${show(x * 100)} %` : show(x));

/** The label a step is known by: its own, else "Step N". */
export const labelOf = (label: unknown, i: number) =>
  typeof label == 'string' && label.trim() ? label : `Step ${i + 1}`;

const name = (input: FunnelInput, i: number, word = 'Step') => `${word} ${i + 1} '${labelOf(input.steps[i]?.label, i)}'`;

type Add = (code: IssueCode, step: number | null, field: FunnelIssue['field'], value: unknown, message: string, limit?: number) => void;

/**
 * One period's counts and rates, as SPEC section 2 defines them: a count given, or the step before's count × a
 * rate given; each rate from the step before (0 for step 0, and where no one entered the step before). `before`
 * reads the period before from `previous` / `previousRate`, else this period from `count` / `rate`. Problems go
 * to `add`; a step that is unusable makes the next steps' counts NaN, so they are not blamed for it.
 */
export function period(input: FunnelInput, before: boolean, add: Add = () => {}) {
  const [countKey, rateKey] = before ? (['previous', 'previousRate'] as const) : (['count', 'rate'] as const);
  const code = (c: 'count-invalid' | 'count-above-previous' | 'rate-invalid') => (before ? (`previous-${c}` as const) : c);
  const has = before ? 'had' : 'has';
  const when = before ? ' in the period before' : '';
  const counts: number[] = [];
  const rates: number[] = [];
  let prev = NaN;
  input.steps.forEach((step, i) => {
    const count = step?.[countKey];
    const rate = step?.[rateKey];
    let here = NaN;
    let r = 0;
    if (count !== undefined) {
      if (!ok(count, 0))
        add(code('count-invalid'), i, countKey, count, `${name(input, i)} ${has} ${show(count)}${when}: a count runs from 0 to ${LIMIT_TEXT}.`);
      else if (count > prev * (1 + SLACK))
        add(code('count-above-previous'), i, countKey, count,
          `${name(input, i)} ${has} ${show(count)}${when}, more than the ${show(prev)} of ${name(input, i - 1, 'step')}.`, prev);
      else {
        here = count + 0; // no −0
        if (i && prev > 0) r = Math.min(1, here / prev);
      }
    } else if (before && rate !== undefined && (i == 0 || step.count !== undefined)) {
      add('previous-rate-unexpected', i, rateKey, rate,
        `${name(input, i)} gives a count, so its figure for the period before must be a count too, not a conversion.`);
    } else if (i == 0 || rate === undefined) {
      if (before)
        add('previous-missing', i, countKey, undefined,
          `${name(input, i)} has no figure for the period before, while other steps have one: give one for every step, or for none.`);
      else
        add('count-missing', i, countKey, undefined,
          `${name(input, i)} has no ${i ? 'count or conversion rate' : 'count: the first step needs the number of leads'}.`);
    } else if (!ok(rate, 0) || rate > 1) {
      add(code('rate-invalid'), i, rateKey, rate, `${name(input, i)} ${has} a conversion of ${pct(rate)}${when}: it must be from 0 % to 100 %.`);
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
export const comparing = (input: FunnelInput) => input.steps.some((s) => s?.previous !== undefined || s?.previousRate !== undefined);

/** A whole number of people, 0 to LIMIT. */
const people = (x: unknown): x is number => ok(x, 0) && Number.isInteger(x);

/** The test's figures and the problems with them (SPEC 2, "A test's result"). */
function checkTest(input: FunnelInput, add: Add) {
  const test = (input.test ?? {}) as Record<string, unknown>;
  const { step, split } = test;
  const n = input.steps.length;
  const valid = Number.isInteger(step) && (step as number) >= 1 && (step as number) < n;
  const at = valid ? (step as number) : null;
  const who = valid ? `The test at ${name(input, at!, 'step')}` : 'The test';
  if (!valid)
    add('test-step-invalid', null, 'test.step', step, `The test is at step index ${show(step)}: it must be a step after the leads, from 1 to ${n - 1}.`);
  for (const v of ['a', 'b'] as const) {
    const arm = test[v] as Record<string, unknown> | undefined;
    const V = v.toUpperCase();
    if (!arm || typeof arm != 'object') {
      add('test-invalid', at, `test.${v}`, arm, `${who} has no entrants and conversions for version ${V}.`);
      continue;
    }
    const { entrants, conversions } = arm;
    for (const key of ['entrants', 'conversions'] as const)
      if (!people(arm[key]))
        add(`test-${key}-invalid`, at, `test.${v}.${key}`, arm[key],
          `${who} has ${show(arm[key])} ${key} for version ${V}: ${key} are whole people, from 0 to ${LIMIT_TEXT}.`);
    if (people(entrants) && people(conversions) && conversions > entrants)
      add('test-conversions-above-entrants', at, `test.${v}.conversions`, conversions,
        `${who} has ${show(conversions)} conversions for version ${V}, more than its ${show(entrants)} entrants.`, entrants);
  }
  if (split !== undefined && !(ok(split, 0, true) && split < 1))
    add('test-split-invalid', at, 'test.split', split, `${who} has a planned split of ${pct(split)} for version B: it must be above 0 % and below 100 %.`);
}

/**
 * Every problem in `input`, in step order (this period's figures, then the period before's), then the
 * funnel-wide fields, then the test. When there is none, returns each step's count and its rate from the step
 * before (0 for step 0, and where no one entered the step before).
 */
export function validate(input: FunnelInput): { counts: number[]; rates: number[] } {
  const issues: FunnelIssue[] = [];
  const add: Add = (code, step, field, value, message, limit) => issues.push({ code, step, field, value, message, limit });
  const steps = input?.steps;
  if (!Array.isArray(steps)) {
    add('steps-not-list', null, 'steps', steps, 'The steps must be a list.');
    throw new FunnelError(issues);
  }
  if (steps.length < MIN_STEPS)
    add('steps-too-few', null, 'steps', steps.length, `A funnel needs at least ${MIN_STEPS} steps; it has ${steps.length}.`);
  if (steps.length > MAX_STEPS)
    add('steps-too-many', null, 'steps', steps.length, `A funnel can have at most ${MAX_STEPS} steps; it has ${steps.length}.`);

  const first = issues.length;
  const { counts, rates } = period(input, false, add);
  steps.forEach((step, i) => {
    const improvement = step?.improvement;
    if (improvement !== undefined && !ok(improvement, -1, false, MAX_IMPROVEMENT))
      add('improvement-invalid', i, 'improvement', improvement,
        `${name(input, i)} has an improvement of ${pct(improvement)}: it must be from −100 % to 1,000,000 %.`);
  });
  if (comparing(input)) period(input, true, add);
  // Each step's problems together, in step order: its figures, its improvement, its figures of the period before.
  issues.push(...issues.splice(first).sort((x, y) => x.step! - y.step!));

  const { dealValue, periodsPerYear, target, mode } = input;
  if (dealValue !== undefined && !ok(dealValue, 0))
    add('deal-value-invalid', null, 'dealValue', dealValue, `The deal value is ${show(dealValue)}: it runs from 0 to ${LIMIT_TEXT}.`);
  if (periodsPerYear !== undefined && !ok(periodsPerYear, 0, true))
    add('periods-invalid', null, 'periodsPerYear', periodsPerYear, `Periods per year is ${show(periodsPerYear)}: it runs from above 0 to ${LIMIT_TEXT}.`);
  if (target !== undefined && !ok(target, 0, true))
    add('target-invalid', null, 'target', target, `The target is ${show(target)}: it runs from above 0 to ${LIMIT_TEXT}.`);
  if (mode !== undefined && mode !== 'relative' && mode !== 'points')
    add('mode-invalid', null, 'mode', mode, `The mode is ${show(mode)}: it must be 'relative' or 'points'.`);
  if (input.test !== undefined) checkTest(input, add);
  if (issues.length) throw new FunnelError(issues);
  return { counts, rates };
}
