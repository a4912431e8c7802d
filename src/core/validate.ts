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
  | 'mode-invalid';

export interface FunnelIssue {
  code: IssueCode;
  /** Index of the step it concerns, or null for the funnel as a whole. */
  step: number | null;
  /** The input field it concerns, as named in `FunnelInput` / `StepInput`. */
  field: 'steps' | 'count' | 'rate' | 'improvement' | 'dealValue' | 'periodsPerYear' | 'target' | 'mode';
  /** The value it got. */
  value: unknown;
  /** English, for a marketer; the element translates by `code`. */
  message: string;
  /** The bound it broke, where there is one: the count of the step before for `count-above-previous`. */
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

/**
 * Every problem in `input`, in step order, then the funnel-wide fields.
 * When there is none, returns each step's count and its rate from the step before (0 for step 0,
 * and where no one entered the step before).
 */
export function validate(input: FunnelInput): { counts: number[]; rates: number[] } {
  const issues: FunnelIssue[] = [];
  const add = (code: IssueCode, step: number | null, field: FunnelIssue['field'], value: unknown, message: string, limit?: number) =>
    issues.push({ code, step, field, value, message, limit });
  const steps = input?.steps;
  const counts: number[] = [];
  const rates: number[] = [];
  if (!Array.isArray(steps)) {
    add('steps-not-list', null, 'steps', steps, 'The steps must be a list.');
    throw new FunnelError(issues);
  }
  if (steps.length < MIN_STEPS)
    add('steps-too-few', null, 'steps', steps.length, `A funnel needs at least ${MIN_STEPS} steps; it has ${steps.length}.`);
  if (steps.length > MAX_STEPS)
    add('steps-too-many', null, 'steps', steps.length, `A funnel can have at most ${MAX_STEPS} steps; it has ${steps.length}.`);

  // `prev` is NaN once a step is unusable, so later steps are not blamed for it.
  let prev = NaN;
  steps.forEach((step, i) => {
    const { count, rate, improvement } = step ?? {};
    let here = NaN;
    let r = 0;
    if (count !== undefined) {
      if (!ok(count, 0))
        add('count-invalid', i, 'count', count, `${name(input, i)} has ${show(count)}: a count runs from 0 to ${LIMIT_TEXT}.`);
      else if (count > prev * (1 + SLACK))
        add('count-above-previous', i, 'count', count,
          `${name(input, i)} has ${show(count)}, more than the ${show(prev)} of ${name(input, i - 1, 'step')}.`, prev);
      else {
        here = count + 0; // no −0
        if (i && prev > 0) r = Math.min(1, here / prev);
      }
    } else if (i == 0 || rate === undefined) {
      add('count-missing', i, 'count', undefined,
        `${name(input, i)} has no ${i ? 'count or conversion rate' : 'count: the first step needs the number of leads'}.`);
    } else if (!ok(rate, 0) || rate > 1) {
      add('rate-invalid', i, 'rate', rate, `${name(input, i)} has a conversion of ${pct(rate)}: it must be from 0 % to 100 %.`);
    } else {
      r = rate + 0;
      here = prev * r;
    }
    if (improvement !== undefined && !ok(improvement, -1, false, MAX_IMPROVEMENT))
      add('improvement-invalid', i, 'improvement', improvement,
        `${name(input, i)} has an improvement of ${pct(improvement)}: it must be from −100 % to 1,000,000 %.`);
    counts.push((prev = here));
    rates.push(r);
  });

  const { dealValue, periodsPerYear, target, mode } = input;
  if (dealValue !== undefined && !ok(dealValue, 0))
    add('deal-value-invalid', null, 'dealValue', dealValue, `The deal value is ${show(dealValue)}: it runs from 0 to ${LIMIT_TEXT}.`);
  if (periodsPerYear !== undefined && !ok(periodsPerYear, 0, true))
    add('periods-invalid', null, 'periodsPerYear', periodsPerYear, `Periods per year is ${show(periodsPerYear)}: it runs from above 0 to ${LIMIT_TEXT}.`);
  if (target !== undefined && !ok(target, 0, true))
    add('target-invalid', null, 'target', target, `The target is ${show(target)}: it runs from above 0 to ${LIMIT_TEXT}.`);
  if (mode !== undefined && mode !== 'relative' && mode !== 'points')
    add('mode-invalid', null, 'mode', mode, `The mode is ${show(mode)}: it must be 'relative' or 'points'.`);
  if (issues.length) throw new FunnelError(issues);
  return { counts, rates };
}
