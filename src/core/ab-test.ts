import { minChances } from './chance.js';
import { chi2Upper1 } from './normal.js';
import { lgamma } from './special.js';
import { logRange, times, timesRange, Z90, Z95 } from './stats.js';
import type { Forecast, FunnelInput, TestResult } from './types.js';
import { collect, ok, type Problem } from './validate.js';

/** A whole number of people, 0 to LIMIT. */
const people = (x: unknown): x is number => ok(x, 0) && Number.isInteger(x);

/** The problems with the test's figures (SPEC 2, "A test's result"); none without a test. */
export function checkTest(input: FunnelInput): Problem[] {
  const { found, add } = collect();
  if (input?.test === undefined || !Array.isArray(input.steps)) return found;
  const test = (input.test ?? {}) as unknown as Record<string, unknown>;
  const { step, split } = test;
  const valid = Number.isInteger(step) && (step as number) >= 1 && (step as number) < input.steps.length;
  const at = valid ? (step as number) : null;
  if (!valid) add('test-step-invalid', null, 'test.step', step, input.steps.length - 1);
  for (const v of ['a', 'b'] as const) {
    const arm = test[v] as Record<string, unknown> | undefined;
    if (!arm || typeof arm != 'object') {
      add('test-invalid', at, `test.${v}`, arm);
      continue;
    }
    const { entrants, conversions } = arm;
    for (const key of ['entrants', 'conversions'] as const)
      if (!people(arm[key])) add(`test-${key}-invalid`, at, `test.${v}.${key}`, arm[key]);
    if (people(entrants) && people(conversions) && conversions > entrants)
      add('test-conversions-above-entrants', at, `test.${v}.conversions`, conversions, entrants);
  }
  if (split !== undefined && !(ok(split, 0, true) && split < 1)) add('test-split-invalid', at, 'test.split', split);
  return found;
}

/**
 * P(X₂ > X₁) for X₁ ~ Beta(a₁, b₁), X₂ ~ Beta(a₂, b₂) independent, a₂ a whole number, by Evan Miller's finite
 * sum (“Formulas for Bayesian A/B testing”): Σ_{i<a₂} B(a₁ + i, b₁ + b₂) / ((b₂ + i)·B(1 + i, b₂)·B(a₁, b₁)).
 * Its terms are positive (no cancellation); each is the one before times (a₁ + i)(b₂ + i)/((a₁ + b₁ + b₂ + i)(1 + i)),
 * summed from the logarithm of the first, B(a₁, b₁ + b₂)/B(a₁, b₁), so that none underflows on the way.
 */
export function millerSum(a1: number, b1: number, a2: number, b2: number) {
  let ln = lgamma(b1 + b2) - lgamma(a1 + b1 + b2) - lgamma(b1) + lgamma(a1 + b1);
  let sum = 0;
  for (let i = 0; i < a2; i++) {
    sum += Math.exp(ln);
    ln += Math.log(((a1 + i) * (b2 + i)) / ((a1 + b1 + b2 + i) * (1 + i)));
  }
  return sum;
}

/** The finite sum is used up to this many terms... */
const MAX_TERMS = 2000;
/** ...and up to this parameter: ln Γ of 10^5 is 1.05e6, whose last digit is 1.2e-10, so each term holds 1e-9 relative. */
const MAX_PARAMETER = 1e5;

/**
 * P(θ_B > θ_A), θ ~ Beta(1 + conversions, 1 + entrants − conversions) (uniform prior), to 1e-6 absolute at any
 * size. Exact where it is cheap and stable: Evan Miller's finite sum, over the smallest of the four parameters
 * (P(B > A) = 1 − P(A > B), and = P(1 − θ_A > 1 − θ_B): four sums of the same kind), where that is at most 2,000
 * terms and no parameter exceeds 10^5 (then within 1e-9). Beyond: the integral of `minChances` (chance.ts), its
 * tails cut at 1e-9 in all and its panels 2 local scales wide, which holds to 4e-10 (chance.ts).
 */
export function chanceBBeatsA(xA: number, nA: number, xB: number, nB: number): number {
  const [aA, bA, aB, bB] = [1 + xA, 1 + nA - xA, 1 + xB, 1 + nB - xB];
  const least = Math.min(aA, bA, aB, bB);
  if (least > MAX_TERMS || Math.max(aA, bA, aB, bB) > MAX_PARAMETER)
    return minChances(
      [
        [aA, bA],
        [aB, bB],
      ],
      1e-9,
      2,
      6,
    )[0];
  const p =
    least == aB
      ? millerSum(aA, bA, aB, bB)
      : least == aA
        ? 1 - millerSum(aB, bB, aA, bA)
        : least == bA
          ? millerSum(bB, aB, bA, aA)
          : 1 - millerSum(bA, aA, bB, aB);
  // The last digits of ln Γ may take a sum of all but certainty a hair past 1.
  return Math.min(1, Math.max(0, p));
}

/**
 * A test's result, as SPEC section 2 ("A test's result") defines it; null where the input has no `test`.
 * `base` is `calculateBase(input)`, which has validated the test. What B is worth (`withB`) is carried through
 * the baseline funnel, sliders ignored: step s's rate × (1 + lift), capped at 100 %, every other step as today.
 */
export function testOf(input: FunnelInput, base: Forecast): TestResult | null {
  const test = input.test;
  if (!test) return null;
  const { step: s, a, b } = test;
  const split = test.split ?? 0.5;
  const [nA, xA, nB, xB] = [a.entrants, a.conversions, b.entrants, b.conversions];
  const rateA = nA ? xA / nA : 0;
  const rateB = nB ? xB / nB : 0;
  const lift = xA ? rateB / rateA - 1 : null;
  // The log of the ratio of the rates ± z standard errors, back to a lift; (n − x)/(x·n) is 1/x − 1/n exactly.
  const range = (z: number) =>
    xA && xB ? logRange(Math.log(rateB / rateA), z * Math.sqrt((nB - xB) / (xB * nB) + (nA - xA) / (xA * nA))) : null;
  const liftRange80 = range(Z90);
  const N = nA + nB;

  const { dealValue, periodsPerYear } = input;
  const steps = base.steps;
  const rate = steps[s].rate!;
  const prev = steps[s - 1].count;
  // 1 − rate, from the counts where measured (as calculateBase takes it), so a lift near the cap keeps its digits.
  const room = input.steps[s].count !== undefined && prev > 0 ? Math.max(0, steps[s].dropOff) / prev : 1 - rate;
  const after = steps.slice(s + 1).reduceRight((p, t) => p * t.rate!, 1);
  // The extra customers at a lift: prev × (min(1, rate·(1 + lift)) − rate) × the rates after.
  const extra = (l: number) => prev * Math.min(room, rate * l) * after;
  let withB: TestResult['withB'] = null;
  if (lift !== null) {
    const more = extra(lift);
    const r80 = liftRange80 && { low: extra(liftRange80.low), high: extra(liftRange80.high) };
    withB = {
      customers: base.baseline.customers + more,
      revenue: times(base.baseline.customers + more, dealValue),
      extraCustomers: more,
      extraRevenue: times(more, dealValue),
      extraCustomersPerYear: times(more, periodsPerYear),
      extraRevenuePerYear: times(times(more, dealValue), periodsPerYear),
      extraCustomersRange80: r80,
      extraRevenueRange80: timesRange(r80, dealValue),
    };
  }
  // χ² = (n_B − N·split)² / (N·split·(1 − split)), and n_B − N·split = n_B(1 − split) − n_A·split.
  const sampleRatioP = N ? chi2Upper1((nB * (1 - split) - nA * split) ** 2 / (N * split * (1 - split))) : 1;
  return {
    step: s,
    rateA,
    rateB,
    lift,
    liftInterval: range(Z95),
    liftRange80,
    chanceBBeatsA: chanceBBeatsA(xA, nA, xB, nB),
    sampleRatioP,
    sampleRatioMismatch: sampleRatioP < 0.001,
    tooSmall: nA < 100 || nB < 100 || xA < 25 || xB < 25,
    withB,
  };
}
