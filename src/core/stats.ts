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
