import type { Mode, Range } from './types.js';

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/** z for a two-sided 80 % range (the 90th percentile): the prediction of one next period. */
export const Z90 = 1.2815515655446004;

/**
 * Wilson score interval of `x` successes in `n` trials (n > 0) at `z` (95 % by default); float noise never
 * leaves it outside [0, 1] or without x/n. With A = p + z²/2n and B = z·√(p(1 − p)/n + z²/4n²) it is
 * (A ∓ B)/(1 + z²/n); as (A − B)(A + B) = p²(1 + z²/n), the low end is p²/(A + B), which keeps its digits where
 * A − B would cancel (a few successes in a tiny n): it stays above 0 whenever p is.
 */
export function wilson(x: number, n: number, z = Z95) {
  const p = x / n;
  const z2n = (z * z) / n;
  // n so small that z²/n overflows: the limit is the whole of [0, 1].
  if (!isFinite(z2n)) return { low: 0, high: 1 };
  const sum = p + z2n / 2 + z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return { low: Math.min(p, p * (p / sum)), high: Math.min(1, Math.max(p, sum / (1 + z2n))) };
}

/**
 * `value × exp(±z·√v)`: the delta method's range on the log of a product, with variance `v`
 * (Infinity where a measured rate is 0). Null where v is null, or the range would not be finite.
 */
export function spread(value: number, z: number, v: number | null) {
  if (v === null) return null;
  const low = value * Math.exp(-z * Math.sqrt(v));
  const high = value * Math.exp(z * Math.sqrt(v));
  return isFinite(high) && isFinite(low) ? { low, high } : null;
}

/** x × k, or null where either is missing: revenue from customers (k the deal value), per year from per period. */
export const times = (x: number | null, k: number | undefined) => (x === null || k === undefined ? null : x * k);

/** A range × k, or null where either is missing. */
export const timesRange = (r: Range | null, k: number | undefined) =>
  r && k !== undefined ? { low: r.low * k, high: r.high * k } : null;

/** e^(m ± e) − 1: a relative change's interval from one on its logarithm. */
export const logRange = (m: number, e: number): Range => ({ low: Math.expm1(m - e), high: Math.expm1(m + e) });

/** The improved rate of one step, as the SPEC defines it for each mode. */
export const improve = (rate: number, u: number, mode: Mode) =>
  Math.min(1, mode == 'points' ? Math.max(0, rate + u) : rate * (1 + u));
