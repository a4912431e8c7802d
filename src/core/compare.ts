import { normQuantile } from './normal.js';
import { logRange, times, wilson, Z95 } from './stats.js';
import type { Compare, Forecast, FunnelInput, Range } from './types.js';
import { collect, comparing, period, type Problem } from './validate.js';

/**
 * The problems with the period before's figures, step by step as this period's are checked (a count, or a rate
 * where the step gives one; never more than the step before); none where no step has one, and where any step has
 * one, every step must.
 */
export function checkPrevious(input: FunnelInput): Problem[] {
  const { found, add } = collect();
  if (Array.isArray(input?.steps) && comparing(input)) period(input, true, add);
  return found;
}

/** ln(a/b) for a, b > 0: from their difference where they are close (all its digits), else as ln a − ln b (no overflow). */
const lnRatio = (a: number, b: number) =>
  Math.abs(a - b) < b / 2 ? Math.log1p((a - b) / b) : Math.log(a) - Math.log(b);

/** Whether an interval lies wholly on one side of 0. */
const apart = (r: Range) => r.low > 0 || r.high < 0;

/**
 * The two periods side by side, as SPEC section 2 ("Two periods side by side") defines them; null where the
 * input has no `previous` figures. `base` is `calculateBase(input)`, which has validated them. Sliders play no
 * part: everything is this period's baseline against the period before.
 *
 * Intervals: a family of k steps is checked at once, so each gets Bonferroni's z_k = Φ⁻¹(1 − 0.025/k); step 0
 * on the log of the ratio of the counts, later steps Newcombe's hybrid score interval of p − q from the
 * Wilson limits at z_k. The contributions are the logarithmic mean Divisia index: with λ_i = ln(count_i /
 * previous count_i) and L = (C − C′)/λ_{n−1} (C where C = C′), step 0 gets L·λ_0 and step i gets L·(λ_i − λ_{i−1})
 * = L·ln(rate_i / previous rate_i); taken as differences of the λ they telescope, so they sum to C − C′ to
 * the rounding of the sum itself (1e-15 relative to the largest part), even where C and C′ are close.
 */
export function compareOf(input: FunnelInput, base: Forecast): Compare | null {
  if (!comparing(input)) return null;
  const { dealValue } = input;
  const { counts: before, rates: beforeRates } = period(input, true);
  const counts = base.steps.map((s) => s.count);
  const n = counts.length;
  // Both periods measured the step: counts both times, and someone entered the step before both times.
  const measured = (i: number) =>
    i
      ? input.steps[i].count !== undefined &&
        input.steps[i].previous !== undefined &&
        counts[i - 1] > 0 &&
        before[i - 1] > 0
      : counts[0] > 0 && before[0] > 0;
  const tests = counts.filter((_, i) => measured(i)).length;
  const interval = (i: number, z: number): Range => {
    if (!i) return logRange(lnRatio(counts[0], before[0]), z * Math.sqrt(1 / counts[0] + 1 / before[0]));
    const p = base.steps[i].rate!;
    const q = beforeRates[i];
    const P = wilson(counts[i], counts[i - 1], z);
    const Q = wilson(before[i], before[i - 1], z);
    return { low: p - q - Math.hypot(p - P.low, Q.high - q), high: p - q + Math.hypot(P.high - p, q - Q.low) };
  };
  const zk = tests ? normQuantile(1 - 0.025 / tests) : 0;
  // The Divisia index needs every count above 0 in both periods (then every rate is too).
  const logs = counts.every((c, i) => c > 0 && before[i] > 0) ? counts.map((c, i) => lnRatio(c, before[i])) : null;
  const C = counts[n - 1];
  const was = before[n - 1];
  const L = logs && C != was ? (C - was) / logs[n - 1] : C;
  return {
    steps: counts.map((count, i) => {
      const range = measured(i) ? interval(i, zk) : null;
      return {
        previousCount: before[i],
        previousRate: i ? beforeRates[i] : null,
        change: i ? base.steps[i].rate! - beforeRates[i] : before[0] > 0 ? (count - before[0]) / before[0] : null,
        interval: range,
        verdict: range && (apart(range) ? 'real' : apart(interval(i, Z95)) ? 'maybe' : 'noise'),
        contribution: logs && L * (i ? logs[i] - logs[i - 1] : logs[0]),
      };
    }),
    previousCustomers: was,
    previousRevenue: times(was, dealValue),
    extraCustomers: C - was,
    extraRevenue: times(C - was, dealValue),
    tests,
  };
}
