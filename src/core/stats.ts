/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

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

/** z for 80 % power. */
export const Z80 = 0.8416212335729143;

/**
 * Entrants per variant a two-sided test at α = 0.05 with 80 % power needs to tell a rate `p1` from `p2`
 * (the normal approximation for two proportions, as SPEC section 2 writes it). Null where the two are too
 * close for a double to hold the answer (a difference of 1e-300): no test tells them apart.
 */
export function sampleSize(p1: number, p2: number) {
  const mean = (p1 + p2) / 2;
  const root = Z95 * Math.sqrt(2 * mean * (1 - mean)) + Z80 * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  const n = (root * root) / ((p2 - p1) * (p2 - p1));
  return isFinite(n) ? n : null;
}

/**
 * The 95 % range of a product of measured rates, by the delta method on its log: `value × exp(±z·σ)`,
 * with `σ² = Σ (1 − p) / (n·p)`. Null where σ is unknown, or the range would not be a finite number.
 */
export function productRange(value: number, sigma: number | null) {
  if (sigma === null) return null;
  const low = value * Math.exp(-Z95 * sigma);
  const high = value * Math.exp(Z95 * sigma);
  return isFinite(high) && isFinite(low) ? { low, high } : null;
}
