/**
 * The normal distribution's tail and quantile, and the χ² tail with one degree of freedom: what the comparison of
 * two periods, a test's result and the goal's chance of falling short use (none of the first screen does).
 */

const SQRT_PI = 1.7724538509055159;

/**
 * erfc(x) through the incomplete gamma function, erfc(x) = Q(½, x²): below x = 1 as 1 − erf by its series of
 * positive terms (erf(x) = 2x·e^−x²/√π · Σ (2x²)^j / (1·3·…·(2j + 1))); from 1 up, Legendre's continued fraction
 * of Q, evaluated backwards from a depth that suffices at that x (8 + 150/x² terms), where rounding errors die
 * out rather than pile up as in a forward (Lentz) evaluation. e^−x² is taken as e^−h²·e^−(x−h)(x+h) with h = x to
 * 1/16, so the rounding of x² costs no digits far in the tail. Within 1e-15 relative for x ≥ 0 as measured
 * against mpmath (up to x = 26.5, where erfc leaves the normal doubles); erfc(−x) = 2 − erfc(x).
 */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  // Beyond 27.3 erfc is below the least double (and e^−x² as two factors could be 0 × ∞).
  if (x > 27.3) return 0;
  const z = x * x;
  const h = Math.round(x * 16) / 16;
  const e = Math.exp(-h * h) * Math.exp(-(x - h) * (x + h));
  if (z < 1) {
    let sum = 0;
    for (let j = 0, term = 1; term > 1e-17 * sum; j++) {
      sum += term;
      term *= (2 * z) / (2 * j + 3);
    }
    return 1 - ((2 * x * e) / SQRT_PI) * sum;
  }
  // Q(½, z) = e^−z·√z/√π · 1/(b₀ − a₁/(b₁ − a₂/(b₂ − …))), b_i = z + 2i + ½, a_i = i(i − ½).
  let t = 0;
  for (let i = Math.ceil(8 + 150 / z); i > 0; i--) t = (i * (i - 0.5)) / (z + 2 * i + 0.5 - t);
  return (x * e) / SQRT_PI / (z + 0.5 - t);
}

/**
 * The standard normal distribution function Φ, from erfc: relative accuracy in the lower tail too (Φ(−37) ≈
 * 6e-300): 1e-15 down to z = −5, then about z²·1.5e-16 (the rounding of z/√2, magnified), 2e-13 at −37.
 */
export const normCdf = (z: number) => erfc(-z / Math.SQRT2) / 2;

/**
 * The standard normal quantile Φ⁻¹(p), 0 < p < 1: a start within 4.5e-4 (Abramowitz & Stegun 26.2.23), then
 * Halley's method on Φ(z) = p, which triples the digits each step, until a step changes nothing: within 2e-15
 * relative of mpmath's for p from 1e-300 up (upper half by symmetry, from 1 − p, which is exact there);
 * Φ⁻¹(0.975) is the SPEC's 1.959963984540054 to the last digit.
 */
export function normQuantile(p: number): number {
  if (p > 0.5) return -normQuantile(1 - p);
  if (p == 0.5) return 0;
  const t = Math.sqrt(-2 * Math.log(p));
  let z = (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308))) - t;
  for (let i = 0; i < 8; i++) {
    const r = ((normCdf(z) - p) * Math.sqrt(2 * Math.PI)) / Math.exp((-z * z) / 2);
    const step = r / (1 + (z * r) / 2);
    z -= step;
    if (Math.abs(step) <= 1e-16 * Math.abs(z)) break;
  }
  return z;
}

/** P(χ² > s) with one degree of freedom: P(|Z| > √s) = erfc(√(s/2)). */
export const chi2Upper1 = (s: number) => erfc(Math.sqrt(s / 2));
