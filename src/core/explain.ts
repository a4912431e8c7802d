/**
 * The core's problems in English, for a marketer, each naming its step (SPEC 2: "a message a marketer
 * understands"), and the error `calculateFunnel` throws with them. Apart from the checks (validate.ts), so that a
 * caller who checks and says problems in its own words (the element: messages.ts, in Dutch too) never loads them.
 */
import type { FunnelInput } from './types.js';
import { labelOf, MAX_STEPS, MIN_STEPS, type IssueCode, type Problem } from './validate.js';

export interface FunnelIssue extends Problem {
  /** English, for a marketer; the element translates by `code`. */
  message: string;
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

const LIMIT = '10^15';
const show = (x: unknown) => (typeof x == 'number' ? String(+x.toPrecision(6)) : (JSON.stringify(x) ?? String(x)));
/** Rates and improvements are fractions in the core, percent in a marketer's message. */
const pct = (x: unknown) => (typeof x == 'number' ? `${show(x * 100)} %` : show(x));

type Say = (value: string, step: string, p: Problem, before: string) => string;

/** Each problem's sentence: `value` as shown, `step` "Step 3 'Proposal'", the step before's name in `before`. */
const SAY: Record<IssueCode, Say> = {
  'steps-not-list': () => 'The steps must be a list.',
  'steps-too-few': (v) => `A funnel needs at least ${MIN_STEPS} steps; it has ${v}.`,
  'steps-too-many': (v) => `A funnel can have at most ${MAX_STEPS} steps; it has ${v}.`,
  'count-missing': (_, s, p) =>
    `${s} has no ${p.step ? 'count or conversion rate' : 'count: the first step needs the number of leads'}.`,
  'count-invalid': (v, s) => `${s} has ${v}: a count runs from 0 to ${LIMIT}.`,
  'count-above-previous': (v, s, p, b) => `${s} has ${v}, more than the ${show(p.limit)} of ${b}.`,
  'rate-invalid': (_, s, p) => `${s} has a conversion of ${pct(p.value)}: it must be from 0 % to 100 %.`,
  'improvement-invalid': (_, s, p) =>
    `${s} has an improvement of ${pct(p.value)}: it must be from −100 % to 1,000,000 %.`,
  'deal-value-invalid': (v) => `The deal value is ${v}: it runs from 0 to ${LIMIT}.`,
  'periods-invalid': (v) => `Periods per year is ${v}: it runs from above 0 to ${LIMIT}.`,
  'target-invalid': (v) => `The target is ${v}: it runs from above 0 to ${LIMIT}.`,
  'mode-invalid': (v) => `The mode is ${v}: it must be 'relative' or 'points'.`,
  'previous-missing': (_, s) =>
    `${s} has no figure for the period before, while other steps have one: give one for every step, or for none.`,
  'previous-count-invalid': (v, s) => `${s} had ${v} in the period before: a count runs from 0 to ${LIMIT}.`,
  'previous-count-above-previous': (v, s, p, b) =>
    `${s} had ${v} in the period before, more than the ${show(p.limit)} of ${b}.`,
  'previous-rate-invalid': (_, s, p) =>
    `${s} had a conversion of ${pct(p.value)} in the period before: it must be from 0 % to 100 %.`,
  'previous-rate-unexpected': (_, s) =>
    `${s} gives a count, so its figure for the period before must be a count too, not a conversion.`,
  'test-step-invalid': (v, _, p) =>
    `The test is at step index ${v}: it must be a step after the leads, from 1 to ${p.limit}.`,
  'test-invalid': (_, s, p) => `${s} has no entrants and conversions for version ${p.field.slice(-1).toUpperCase()}.`,
  'test-entrants-invalid': (v, s, p) =>
    `${s} has ${v} entrants for version ${p.field[5].toUpperCase()}: entrants are whole people, from 0 to ${LIMIT}.`,
  'test-conversions-invalid': (v, s, p) =>
    `${s} has ${v} conversions for version ${p.field[5].toUpperCase()}: conversions are whole people, from 0 to ${LIMIT}.`,
  'test-conversions-above-entrants': (v, s, p) =>
    `${s} has ${v} conversions for version ${p.field[5].toUpperCase()}, more than its ${show(p.limit)} entrants.`,
  'test-split-invalid': (_, s, p) =>
    `${s} has a planned split of ${pct(p.value)} for version B: it must be above 0 % and below 100 %.`,
};

/** A problem in English, naming its step (a test's problems, the test and its step). */
export function explain(p: Problem, input: FunnelInput): string {
  const name = (i: number, word = 'Step') => `${word} ${i + 1} '${labelOf(input.steps[i]?.label, i)}'`;
  const subject = p.code.startsWith('test-')
    ? p.step === null
      ? 'The test'
      : `The test at ${name(p.step, 'step')}`
    : p.step === null
      ? ''
      : name(p.step);
  return SAY[p.code](show(p.value), subject, p, p.step ? name(p.step - 1, 'step') : '');
}
