/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/** z for a two-sided 80 % range (the 90th percentile): the prediction of one next period. */
export const Z90 = 1.2815515655446004;

/** z for 80 % power. */
export const Z80 = 0.8416212335729143;

/** Wilson score interval at 95 % of `x` successes in `n` trials (n > 0); float noise never leaves it outside [0, 1] or without x/n. */
export function wilson(x: number, n: number) {
  const p = x / n;
  const z2n = (Z95 * Z95) / n;
  // n so small that z²/n overflows: the limit is the whole of [0, 1].
  if (!isFinite(z2n)) return { low: 0, high: 1 };
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (Z95 / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return { low: Math.max(0, Math.min(p, centre - half)), high: Math.min(1, Math.max(p, centre + half)) };
}

/**
 * Entrants per variant a two-sided test at α = 0.05 with 80 % power needs to tell a rate `p` from `p + d`
 * (the normal approximation for two proportions, as SPEC section 2 writes it). `c` is 1 − p, and `d` the
 * difference, both given rather than computed here: near 100 % and for tiny differences `1 − p` and
 * `p₂ − p₁` would lose their digits. Infinity where d is too small for a double to hold the answer.
 *
 * For 0 < p < 1 it falls strictly as d grows over (0, 1 − p], so bisection finds the smallest detectable d:
 * the root S(d) is concave (each square root is of a concave quadratic in d) and S(0) > 0, so
 * S′(d)·d ≤ S(d) − S(0) < S(d), and (S/d)² has the derivative 2S(S′d − S)/d³ < 0. Near 100 % the variance
 * terms shrink, but never fast enough to turn it.
 */
export function need(p: number, c: number, d: number) {
  const root = Z95 * Math.sqrt(2 * (p + d / 2) * (c - d / 2)) + Z80 * Math.sqrt(p * c + (p + d) * (c - d));
  return (root * root) / (d * d);
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
