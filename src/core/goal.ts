/** The plan's arithmetic (plan.ts): what it takes to reach the target, the entrants a test needs, bisection. */
import { improve, Z95 } from './stats.js';
import type { Goal, Mode } from './types.js';

/** z for 80 % power. */
export const Z80 = 0.8416212335729143;

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
  counts: number[],
  rates: number[],
  after: number[],
  mode: Mode,
  target: number,
  customersWanted: number,
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
    stepImprovements.push(
      !(needed <= 1) ? null : mode == 'points' ? needed - r : r > 0 ? finite(needed / r - 1) : null,
    );
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
