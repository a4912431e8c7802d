/**
 * The special functions the third edition needs, each written once, in double precision. Accuracy as measured
 * against mpmath at 30 digits and published values (test/core/third-edition.test.ts).
 * @module
 */

const LN_SQRT_2PI = 0.9189385332046728;

/**
 * ln Γ(x) for x > 0: from 10 up by Stirling's series, (x − ½)·ln x − x + ½·ln 2π + δ(x), within 1e-15
 * relative; below, through Γ(x) = Γ(x + 1)/x, so through values near ln Γ(10) = 12.8: within 4e-15 absolute
 * there (measured against mpmath). No table of coefficients: δ's series serves both.
 */
export const lgamma = (x: number): number =>
  x < 10 ? lgamma(x + 1) - Math.log(x) : (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlerr(x);

/**
 * Stirling's error δ(x) = ln Γ(x) − ((x − ½)·ln x − x + ½·ln 2π), x > 0. From 10 up by its asymptotic series
 * (seven terms: the first left out is below 3e-17 there); below 10 from `lgamma`, to 4e-15 absolute. It is what
 * lets the Beta density below keep its digits at counts up to 10^15, where ln Γ alone is 3e16 and has no digit
 * left for a density.
 */
export function stirlerr(x: number): number {
  if (x < 10) return lgamma(x) - (x - 0.5) * Math.log(x) + x - LN_SQRT_2PI;
  const y = 1 / (x * x);
  return (1 / 12 - y * (1 / 360 - y * (1 / 1260 - y * (1 / 1680 - y * (1 / 1188 - y * (691 / 360360 - y / 156)))))) / x;
}

/** log1p(y) − y for y > −1, without the cancellation of the two near 0: the series in s = y/(2 + y) below |y| < 1/2. */
export function log1pmx(y: number): number {
  if (Math.abs(y) >= 0.5) return Math.log1p(y) - y;
  // log1p(y) = 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …), and y − 2s = y·s.
  const s = y / (2 + y);
  const s2 = s * s;
  let sum = 0;
  let term = 1;
  for (let k = 3; term > 1e-17 * sum || sum == 0; k += 2, term *= s2) sum += term / k;
  return 2 * s * s2 * sum - y * s;
}

/**
 * A Beta(a, b) distribution, taken apart once for many evaluations of its density. Kept in the logit
 * u = ln(x/(1 − x)), where its density x^a·(1 − x)^b / B(a, b) is smooth and log-concave for every a, b > 0
 * (no pole at 0 or 1, tails at least exponential) and where a double still resolves a posterior 10^-8 wide
 * at 1 − 10^-12.
 */
export interface Beta {
  a: number;
  b: number;
  /** a·b/(a + b): the density's curvature at its mode, in u; 1/√k is its scale there. */
  k: number;
  /** The mode in u, ln(a/b). */
  mode: number;
  p: number;
  q: number;
  /** ln of the density at the mode. */
  top: number;
}

export function beta(a: number, b: number): Beta {
  const n = a + b;
  const k = (a * b) / n;
  // ln[p^a·q^b / B(a, b)] with p = a/n, q = b/n, Stirling's large terms cancelled by hand: to 1e-14 at any size.
  return {
    a,
    b,
    k,
    mode: Math.log(a / b),
    p: a / n,
    q: b / n,
    top: 0.5 * Math.log(k) - LN_SQRT_2PI + stirlerr(n) - stirlerr(a) - stirlerr(b),
  };
}

/**
 * ln of the logit density at u = mode + d, and its slope there (for the tail bounds). With x the rate at u,
 * p/x = 1 + y₁ and q/(1 − x) = 1 + y₂ where y₁ = q·(e^−d − 1), y₂ = p·(e^d − 1), so the log density is
 * top − a·ln(1 + y₁) − b·ln(1 + y₂). Near the mode (|y| < ½) the first-order parts a·y₁ + b·y₂ =
 * k·(2 cosh d − 2) = 4k·sinh²(d/2) are gathered, so nothing large cancels even at a, b = 10^15; farther out the
 * logarithms are taken as they are, since gathering would cancel terms as large as e^|d| there. Within 1.5e-14
 * absolute of mpmath's (so the density within 1.5e-14 relative) at counts from 0 to 10^15.
 */
export function logitLogDensity(B: Beta, d: number): [number, number] {
  const y1 = B.q * Math.expm1(-d);
  const y2 = B.p * Math.expm1(d);
  const sh = Math.sinh(d / 2);
  return [
    B.top -
      (Math.abs(y1) < 0.5 && Math.abs(y2) < 0.5
        ? 4 * B.k * sh * sh + B.a * log1pmx(y1) + B.b * log1pmx(y2)
        : B.a * Math.log1p(y1) + B.b * Math.log1p(y2)),
    (B.a * y1) / (1 + y1),
  ];
}

/** d = logit(x) − mode, from x and 1 − x both given (so that neither end loses digits). */
const offset = (B: Beta, x: number, y: number) => Math.log((x * B.b) / (y * B.a));

/** The Beta(a, b) density at x, 0 < x < 1 (y = 1 − x, given where the caller has it more exactly). */
export function betaPdf(x: number, a: number, b: number, y = 1 - x): number {
  const B = beta(a, b);
  return Math.exp(logitLogDensity(B, offset(B, x, y))[0]) / (x * y);
}

/**
 * The continued fraction of I_x(a, b)·a·B(a, b) / (x^a·(1 − x)^b) (Numerical Recipes' betacf), by the modified
 * Lentz method; it converges fast for x < (a + 1)/(a + b + 2), in about √max(a, b) steps at worst.
 */
function betacf(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < TINY ? TINY : d);
  let h = d;
  // One step of the fraction: its next coefficient into d and c.
  const step = (aa: number) => {
    d = 1 + aa * d;
    d = 1 / (Math.abs(d) < TINY ? TINY : d);
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    return c * d;
  };
  for (let m = 1; m < 1e6; m++) {
    h *= step((m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)));
    const last = step((-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1)));
    h *= last;
    if (Math.abs(last - 1) <= 3e-16) break;
  }
  return h;
}

/**
 * The regularised incomplete beta function I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b): the continued fraction
 * where it converges fast, else 1 − I_{1−x}(b, a) (the symmetry switch at x = (a + 1)/(a + b + 2)). The factor
 * in front, x^a·(1 − x)^b / B(a, b), comes from `logitLogDensity`, exact at any size. Within 1e-13 absolute of
 * mpmath's (a, b from ½ to 10^4); the fraction takes about √max(a, b) steps near the mean, which is why the
 * funnel's chances integrate densities instead (chance.ts): this serves the tests, and whoever needs it next.
 */
export function betaInc(x: number, a: number, b: number, y = 1 - x): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const B = beta(a, b);
  const front = Math.exp(logitLogDensity(B, offset(B, x, y))[0]);
  return x < (a + 1) / (a + b + 2) ? (front * betacf(x, a, b)) / a : 1 - (front * betacf(y, b, a)) / b;
}
