/**
 * A second, deliberately naive implementation of SPEC section 2, written straight from its definitions
 * without looking at src/core: chain products recomputed from scratch, leverage by re-running the whole
 * funnel, every goal by plain bisection. The tests cross-check the core against it.
 */
import type { FunnelInput } from '../../src/core/index.js';

const Z = 1.959963984540054;

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
  const forecast = chain(counts[0] * (1 + imp[0]), forecastRates);
  const customers = counts[n - 1];
  const lastOf = (rs: number[], lead = counts[0]) => chain(lead, rs)[n - 1];
  const base = lastOf(rates);

  // Insights: σ² over the measured steps (a count given, the step before not 0), by the delta method.
  let variance = 0;
  let measuredAny = false;
  let zeroRate = false;
  for (let i = 1; i < n; i++)
    if (input.steps[i].count !== undefined && counts[i - 1] !== 0) {
      measuredAny = true;
      if (rates[i] === 0) zeroRate = true;
      else variance += (1 - rates[i]) / (counts[i - 1] * rates[i]);
    }
  const sigma = measuredAny && !zeroRate ? Math.sqrt(variance) : null;
  const range = (c: number) => {
    if (sigma === null) return null;
    const r = { low: c * Math.exp(-Z * sigma), high: c * Math.exp(Z * sigma) };
    return Number.isFinite(r.low) && Number.isFinite(r.high) ? r : null; // as the core decides: never Infinity
  };
  const Zb = 0.8416212335729143;
  const sample = (p1: number, p2: number) => {
    const m = (p1 + p2) / 2;
    const v = (Z * Math.sqrt(2 * m * (1 - m)) + Zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (p2 - p1) ** 2;
    return Number.isFinite(v) ? v : null;
  };

  let bottleneck = 1;
  for (let i = 2; i < n; i++) if (rates[i] < rates[bottleneck]) bottleneck = i;

  const steps = counts.map((count, i) => {
    const measured = i > 0 && input.steps[i].count !== undefined && counts[i - 1] !== 0;
    let interval = null;
    if (measured) {
      const N = counts[i - 1];
      const p = count / N;
      const c = (p + (Z * Z) / (2 * N)) / (1 + (Z * Z) / N);
      const h = (Z / (1 + (Z * Z) / N)) * Math.sqrt((p * (1 - p)) / N + (Z * Z) / (4 * N * N));
      interval = { low: c - h, high: c + h };
    }
    const bumped = rates.map((r, j) => (j == i ? Math.min(1, r + 0.01) : r));
    return {
      count,
      rate: i ? rates[i] : null,
      overallRate: counts[0] ? count / counts[0] : 0,
      dropOff: i ? counts[i - 1] - count : 0,
      forecastRate: i ? forecastRates[i] : null,
      forecastCount: forecast[i],
      extraCount: forecast[i] - count,
      gainPerPoint: i ? lastOf(bumped) - base : null,
      sampleNeeded: i && forecastRates[i] !== rates[i] ? sample(rates[i], forecastRates[i]) : null,
      interval,
      lowData: i > 0 && (counts[i - 1] === 0 || (interval !== null && (interval.high - interval.low) / 2 > 0.1)),
    };
  });

  let goal = null;
  if (input.target !== undefined) {
    const want = input.dealValue === undefined ? input.target : input.target / input.dealValue;
    const perLead = lastOf(rates, 1);
    const uniformF = (u: number) => lastOf(rates.map((r, i) => (i ? better(r, u) : r)));
    const top = mode == 'relative' ? 1e300 : 1;
    const reachable = (f: (u: number) => number) => f(top) >= want;
    goal = {
      leadsNeeded: perLead > 0 && isFinite(want / perLead) ? want / perLead : null,
      uniformImprovement: reachable(uniformF) ? bisect(uniformF, -1, top, want) : null,
      stepImprovements: rates.map((_, i) => {
        if (!i) return null;
        const f = (u: number) => lastOf(rates.map((r, j) => (j == i ? better(r, u) : r)));
        return reachable(f) ? bisect(f, -1, top, want) : null;
      }),
    };
  }
  const money = (c: number) => (input.dealValue === undefined ? null : c * input.dealValue);
  const moneyRange = (r: { low: number; high: number } | null) =>
    r && input.dealValue !== undefined ? { low: r.low * input.dealValue, high: r.high * input.dealValue } : null;
  const ppy = input.periodsPerYear;
  const extra = forecast[n - 1] - customers;
  return {
    steps,
    bottleneck,
    baseline: { customers, revenue: money(customers), customersRange: range(customers), revenueRange: moneyRange(range(customers)) },
    forecast: {
      customers: forecast[n - 1],
      revenue: money(forecast[n - 1]),
      customersRange: range(forecast[n - 1]),
      revenueRange: moneyRange(range(forecast[n - 1])),
    },
    extra: {
      customers: extra,
      revenue: money(extra),
      customersPerYear: ppy === undefined ? null : extra * ppy,
      revenuePerYear: ppy === undefined || input.dealValue === undefined ? null : extra * input.dealValue * ppy,
    },
    goal,
  };
}
