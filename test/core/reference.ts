/**
 * A second, deliberately naive implementation of SPEC section 2, written straight from its definitions
 * without looking at src/core: chain products recomputed from scratch, leverage by re-running the whole
 * funnel in exact rational arithmetic, every goal and the detectable improvement by plain bisection, Φ by
 * Simpson's rule. The tests cross-check the core against it.
 *
 * Not here: the third edition's chances (the bottleneck's, and P(B > A)), which need 1e-4 and 1e-6 at counts
 * up to 10^15, and so `bottleneckSure`, which rests on them. Their independent reference is mpmath at 30
 * digits (reference/third-edition.py, its figures in reference/third-edition.json).
 */
import type { FunnelInput } from '../../src/core/index.js';

const Z = 1.959963984540054;
/** z of the 80 % prediction range (two-sided: the 90th percentile). */
const Z80range = 1.2815515655446004;

/** Exact rationals: a double is m·2^e, so every count, rate and product of them is a fraction of BigInts. */
export type Q = { n: bigint; d: bigint };
export function exact(x: number): Q {
  let d = 1n;
  while (!Number.isInteger(x)) {
    x *= 2; // exact: a double has at most 1074 binary places
    d *= 2n;
  }
  return { n: BigInt(x), d };
}
const bits = (x: bigint) => (x < 0n ? -x : x).toString(2).length;
/** Common factors of 2 out, so that the numbers stay small. */
function norm({ n, d }: Q): Q {
  if (n == 0n) return { n, d: 1n };
  // the lowest set bit of n|d: 2 to the power both share
  const low = (n | d) & -(n | d);
  const shift = BigInt(bits(low) - 1);
  [n, d] = [n >> shift, d >> shift];
  return d < 0n ? { n: -n, d: -d } : { n, d };
}
const mul = (a: Q, b: Q): Q => norm({ n: a.n * b.n, d: a.d * b.d });
const add = (a: Q, b: Q): Q => norm({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const sub = (a: Q, b: Q): Q => add(a, { n: -b.n, d: b.d });
const div = (a: Q, b: Q): Q => norm({ n: a.n * b.d, d: a.d * b.n });
const less = (a: Q, b: Q) => a.n * b.d < b.n * a.d; // denominators are positive
const ONE: Q = { n: 1n, d: 1n };
const ZERO: Q = { n: 0n, d: 1n };
/** The double nearest a/b, to within an ulp or two (64 bits of quotient, then one rounding). */
export function toNumber({ n, d }: Q): number {
  if (n == 0n) return 0;
  const k = 64 - (bits(n) - bits(d));
  const t = k >= 0 ? (n << BigInt(k)) / d : n / (d << BigInt(-k));
  return Number(t) * 2 ** (-k / 2) * 2 ** (-k / 2);
}

const Zb = 0.8416212335729143;
/** The SPEC's sample size per variant, its polynomial parts in exact arithmetic (p₁, p₂ exact fractions), then doubles. */
export function sampleSizeExact(p1: Q, p2: Q) {
  const m = mul(add(p1, p2), { n: 1n, d: 2n });
  const spread = toNumber(mul({ n: 2n, d: 1n }, mul(m, sub(ONE, m))));
  const vars = toNumber(add(mul(p1, sub(ONE, p1)), mul(p2, sub(ONE, p2))));
  const gap = sub(p2, p1);
  const v = (Z * Math.sqrt(spread) + Zb * Math.sqrt(vars)) ** 2 / toNumber(mul(gap, gap));
  return Number.isFinite(v) ? v : null;
}

/** The improved rate as an exact fraction: relative min(1, r(1 + u)), points min(1, max(0, r + u)). */
export function improvedExact(r: Q, u: number, mode: 'relative' | 'points'): Q {
  const q = mode == 'relative' ? mul(r, add(ONE, exact(u))) : add(r, exact(u));
  return less(q, ZERO) ? ZERO : less(q, ONE) ? q : ONE;
}

/**
 * Each step's rate as an exact fraction (index 0: 1): a count over the count before (at most 1; 0 where that
 * is 0), or the rate given. `counts`: the steps' counts, as the funnel computes them.
 */
export function exactRatesOf(input: FunnelInput, counts: number[]): Q[] {
  const out: Q[] = [ONE];
  for (let i = 1; i < input.steps.length; i++) {
    const s = input.steps[i];
    if (s.count === undefined) out.push(exact(s.rate!));
    else if (counts[i - 1] === 0) out.push(ZERO);
    else {
      const r = div(exact(s.count), exact(counts[i - 1]));
      out.push(less(r, ONE) ? r : ONE);
    }
  }
  return out;
}

/** Φ(z) = ½ + ∫₀^z φ by Simpson's rule on 4,000 panels (within 1e-13 absolute), 0 or 1 beyond |z| = 9. */
export function normalCdf(z: number) {
  if (Math.abs(z) > 9) return z < 0 ? 0 : 1;
  const m = 4000;
  const h = z / m;
  const phi = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
  let sum = phi(0) + phi(z);
  for (let k = 1; k < m; k++) sum += (k % 2 ? 4 : 2) * phi(k * h);
  return 0.5 + (sum * h) / 3;
}

function chain(lead: number, rates: number[]) {
  const out = [lead];
  for (let i = 1; i < rates.length; i++) out.push(out[i - 1] * rates[i]);
  return out;
}

function bisect(f: (x: number) => number, lo: number, hi: number, want: number) {
  for (let k = 0; k < 3000; k++) {
    const mid = (lo + hi) / 2;
    if (f(mid) >= want) hi = mid;
    else lo = mid;
  }
  return hi;
}

export function reference(input: FunnelInput) {
  const mode = input.mode ?? 'relative';
  const n = input.steps.length;
  const counts: number[] = [];
  const rates: number[] = [0];
  input.steps.forEach((s, i) => {
    if (i == 0) counts.push(s.count!);
    else if (s.count !== undefined) {
      counts.push(s.count);
      rates.push(counts[i - 1] === 0 ? 0 : s.count / counts[i - 1]);
    } else {
      counts.push(counts[i - 1] * s.rate!);
      rates.push(s.rate!);
    }
  });
  const imp = input.steps.map((s) => s.improvement ?? 0);
  const better = (r: number, u: number) =>
    mode == 'relative' ? Math.min(1, r * (1 + u)) : Math.min(1, Math.max(0, r + u));
  const forecastRates = rates.map((r, i) => (i ? better(r, imp[i]) : 0));
  // Where nothing has moved yet, forecast_{i−1} × rate_i is count_i exactly (a chain of rounded products could
  // be an ulp off, and the third edition's predictions stop at exactly one customer).
  const forecast = [counts[0] * (1 + imp[0])];
  for (let i = 1; i < n; i++)
    forecast.push(
      forecast[i - 1] === counts[i - 1] && forecastRates[i] === rates[i]
        ? counts[i]
        : forecast[i - 1] * forecastRates[i],
    );
  const customers = counts[n - 1];
  const lastOf = (rs: number[], lead = counts[0]) => chain(lead, rs)[n - 1];

  const exactRates = exactRatesOf(input, counts);
  // Leverage: re-run the funnel with one rate a point higher (capped at 100 %), in exact arithmetic.
  const exactCustomers = (rs: Q[]) => rs.slice(1).reduce(mul, exact(counts[0]));
  const exactBase = exactCustomers(exactRates);
  const gainPerPoint = (i: number) => {
    const up = add(exactRates[i], { n: 1n, d: 100n });
    return toNumber(
      sub(exactCustomers(exactRates.map((x, j) => (j == i ? (less(up, ONE) ? up : ONE) : x))), exactBase),
    );
  };

  // Insights: σ² over the measured steps (a count given, the step before not 0), by the delta method.
  let variance = 0;
  let measuredAny = false;
  let zeroRate = false;
  for (let i = 1; i < n; i++)
    if (input.steps[i].count !== undefined && counts[i - 1] !== 0) {
      measuredAny = true;
      if (rates[i] === 0) zeroRate = true;
      else variance += toNumber(div(sub(ONE, exactRates[i]), mul(exact(counts[i - 1]), exactRates[i])));
    }
  const sigma = measuredAny && !zeroRate ? Math.sqrt(variance) : null;
  const range = (c: number) => {
    if (sigma === null) return null;
    const r = { low: c * Math.exp(-Z * sigma), high: c * Math.exp(Z * sigma) };
    return Number.isFinite(r.low) && Number.isFinite(r.high) ? r : null; // as the core decides: never Infinity
  };
  // Second edition: the 80 % range of one next period's customers, σ² (0 when nothing was measured) plus 1/C.
  // Third edition: none under one customer.
  const prediction = (c: number) => {
    if (c < 1 || zeroRate) return null;
    const w = Z80range * Math.sqrt(variance + 1 / c);
    const r = { low: c * Math.exp(-w), high: c * Math.exp(w) };
    return Number.isFinite(r.low) && Number.isFinite(r.high) ? r : null;
  };
  const sample = sampleSizeExact;
  const betterQ = (r: Q, u: number) => improvedExact(r, u, mode);

  // The lowest rate, compared exactly (rates a hair below 100 % can be equal as doubles).
  let bottleneck = 1;
  for (let i = 2; i < n; i++) if (less(exactRates[i], exactRates[bottleneck])) bottleneck = i;

  // The smallest u > 0 whose improved rate a test with half of one period's entrants per variant tells from
  // today's: plain bisection on u, with the formula as the SPEC writes it, from 0 to where the rate reaches 100 %.
  const detectable = (i: number) => {
    const p = rates[i];
    const half = counts[i - 1] / 2;
    if (i == 0 || !(counts[i - 1] > 0) || !(p > 0 && p < 1)) return null;
    const fits = (u: number) => {
      const x = sample(exactRates[i], betterQ(exactRates[i], u));
      return x !== null && x <= half;
    };
    let hi = mode == 'relative' ? 1 / p : 1; // better(p, hi) is 100 %
    if (!Number.isFinite(hi) || !fits(hi)) return null;
    let lo = 0;
    while (hi - lo > 1e-14 * hi) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) hi = mid;
      else lo = mid;
    }
    return hi;
  };

  const steps = counts.map((count, i) => {
    const measured = i > 0 && input.steps[i].count !== undefined && counts[i - 1] !== 0;
    let interval = null;
    if (measured) {
      // The Wilson interval's ends are the roots of (p − x)² = z²·x(1 − x)/N, i.e. (1 + k)x² − (2p + k)x + p² = 0
      // with k = z²/N: the larger root directly, the smaller by Vieta (product p²/(1 + k)), no cancellation.
      // The interval holds p and lies within [0, 1]: float noise may not push it out.
      const N = counts[i - 1];
      const p = count / N;
      const k = (Z * Z) / N;
      if (!Number.isFinite(k)) interval = { low: 0, high: 1 };
      else {
        const high = Math.min(1, Math.max(p, (2 * p + k + Math.sqrt(k * (k + 4 * p * (1 - p)))) / (2 * (1 + k))));
        interval = { low: Math.min(p, (p / ((1 + k) * high)) * p), high };
      }
    }
    const sampleNeeded =
      i && forecastRates[i] !== rates[i] ? sample(exactRates[i], betterQ(exactRates[i], imp[i])) : null;
    return {
      count,
      rate: i ? rates[i] : null,
      overallRate: counts[0] ? count / counts[0] : 0,
      dropOff: i ? counts[i - 1] - count : 0,
      forecastRate: i ? forecastRates[i] : null,
      forecastCount: forecast[i],
      extraCount: forecast[i] - count,
      gainPerPoint: i ? gainPerPoint(i) : null,
      sampleNeeded,
      // Third edition: whole people per variant.
      testPeriods: sampleNeeded !== null && counts[i - 1] !== 0 ? (2 * Math.ceil(sampleNeeded)) / counts[i - 1] : null,
      detectableImprovement: detectable(i),
      interval,
      // Second edition: no one entered; or measured and wider than ±10 points, or its high end above twice its low end.
      lowData:
        i > 0 &&
        (counts[i - 1] === 0 ||
          (interval !== null && ((interval.high - interval.low) / 2 > 0.1 || interval.high > 2 * interval.low))),
    };
  });

  let ratesGiven = 0;
  for (let i = 1; i < n; i++) if (input.steps[i].count === undefined) ratesGiven++;

  let goal = null;
  if (input.target !== undefined) {
    const want = input.dealValue === undefined ? input.target : input.target / input.dealValue;
    const perLead = lastOf(rates, 1);
    const uniformF = (u: number) => lastOf(rates.map((r, i) => (i ? better(r, u) : r)));
    const top = mode == 'relative' ? 1e300 : 1;
    // Third edition: a target reached exactly at 100 % is reached, whatever the rounding (1e-12 relative).
    const reachable = (f: (u: number) => number) => f(top) >= want * (1 - 1e-12);
    goal = {
      leadsNeeded: perLead > 0 && isFinite(want / perLead) ? want / perLead : null,
      uniformImprovement: reachable(uniformF) ? bisect(uniformF, -1, top, want) : null,
      stepImprovements: rates.map((_, i) => {
        if (!i) return null;
        const f = (u: number) => lastOf(rates.map((r, j) => (j == i ? better(r, u) : r)));
        return reachable(f) ? bisect(f, -1, top, want) : null;
      }),
      // Third edition: one next period short of the target, ln C′ ~ N(ln C, σ² + 1/C); none without a prediction
      // or with a revenue target at a deal value of 0.
      shortfallChance:
        prediction(customers) && want < Infinity
          ? normalCdf(Math.log(want / customers) / Math.sqrt(variance + 1 / customers))
          : null,
    };
  }
  const money = (c: number) => (input.dealValue === undefined ? null : c * input.dealValue);
  const moneyRange = (r: { low: number; high: number } | null) =>
    r && input.dealValue !== undefined ? { low: r.low * input.dealValue, high: r.high * input.dealValue } : null;
  const ppy = input.periodsPerYear;
  const extra = forecast[n - 1] - customers;
  const outcome = (c: number) => ({
    customers: c,
    revenue: money(c),
    customersRange: range(c),
    revenueRange: moneyRange(range(c)),
    customersPrediction: prediction(c),
    revenuePrediction: moneyRange(prediction(c)),
  });
  return {
    steps,
    bottleneck,
    ratesGiven,
    baseline: outcome(customers),
    forecast: outcome(forecast[n - 1]),
    extra: {
      customers: extra,
      revenue: money(extra),
      customersPerYear: ppy === undefined ? null : extra * ppy,
      revenuePerYear: ppy === undefined || input.dealValue === undefined ? null : extra * input.dealValue * ppy,
    },
    goal,
  };
}
