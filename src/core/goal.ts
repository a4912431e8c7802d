import type { Goal, Mode } from './types.js';

/** The improved rate of one step, as the SPEC defines it for each mode. */
export const improve = (rate: number, u: number, mode: Mode) =>
  Math.min(1, mode == 'points' ? Math.max(0, rate + u) : rate * (1 + u));

/**
 * The smallest x in [lo, hi] with f(x) ≥ want, for f non-decreasing, by bisection to the last bit of a double.
 * The caller makes sure f(hi) ≥ want (within rounding: where f never reaches want, hi is the answer).
 */
export function solve(f: (x: number) => number, lo: number, hi: number, want: number) {
  for (;;) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) return hi;
    if (f(mid) >= want) hi = mid;
    else lo = mid;
  }
}

/** x, or null where it is not a finite number. */
export const finite = (x: number) => (isFinite(x) ? x : null);

/**
 * What it takes to reach `customersWanted`, from the baseline (sliders ignored).
 * `counts` and `rates` are the baseline's (rates[0] unused); `after[i]` is the product of the rates after step i;
 * `target` is reported as given. Where the target is already met, the improvements come out negative: the headroom.
 */
export function goal(
  counts: number[], rates: number[], after: number[], mode: Mode, target: number, customersWanted: number,
): Omit<Goal, 'shortfallChance'> {
  const n = counts.length;
  const lead = counts[0];
  const stepImprovements: (number | null)[] = [null];
  for (let i = 1; i < n; i++) {
    // Customers = counts[i-1] × rate_i × after[i]; solve for the rate that gives customersWanted.
    // A rate of 100 % that reaches the target exactly may come out a hair above 1: within 1e-12 it is 1.
    let needed = customersWanted / (counts[i - 1] * after[i]);
    if (needed > 1 && needed <= 1 + 1e-12) needed = 1;
    const r = rates[i];
    stepImprovements.push(!(needed <= 1) ? null : mode == 'points' ? needed - r : r > 0 ? finite(needed / r - 1) : null);
  }
  // Uniform: f(u) = leads × Π improve(rate_i, u), non-decreasing; every rate reaches 1 at `top`.
  const least = Math.min(...rates.slice(1));
  const f = (u: number) => rates.reduce((c, r, i) => (i ? c * improve(r, u, mode) : c), lead);
  const top = Math.min(mode == 'points' ? 1 - least : 1 / least - 1, 1e300);
  // As for one step: a target that every rate at 100 % reaches exactly is reached (to 1e-12 relative).
  const uniformImprovement = f(top) >= customersWanted * (1 - 1e-12) ? solve(f, -1, top, customersWanted) : null;
  return {
    target,
    leadsNeeded: after[0] > 0 ? finite(customersWanted / after[0]) : null,
    uniformImprovement,
    stepImprovements,
  };
}
