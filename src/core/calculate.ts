import { goal, improve } from './goal.js';
import { productRange, sampleSize, wilson } from './stats.js';
import type { FunnelInput, FunnelResult, StepResult } from './types.js';
import { labelOf, validate } from './validate.js';

/** Half-width of a rate's 95 % interval above which a step is flagged `lowData`: ±10 points. */
export const LOW_DATA_HALF_WIDTH = 0.1;

/**
 * The whole funnel: baseline, forecast with the improvements, leverage, reliability and goal,
 * exactly as SPEC section 2 defines them. Throws a `FunnelError` listing every problem in `input`.
 */
export function calculateFunnel(input: FunnelInput): FunnelResult {
  const { counts, rates } = validate(input);
  const { steps: inSteps, dealValue, periodsPerYear, target } = input;
  const mode = input.mode ?? 'relative';
  const n = counts.length;
  const lead = counts[0];

  // after[i]: what one entrant of step i becomes in customers at today's rates.
  const after = counts.map(() => 1);
  for (let i = n - 2; i >= 0; i--) after[i] = after[i + 1] * rates[i + 1];

  let forecast = 0;
  let bottleneck = 1;
  // The delta method's σ² over the measured steps; NaN once a measured rate is 0, null while nothing was measured.
  let variance: number | null = null;
  const steps = counts.map((count, i): StepResult => {
    const s = inSteps[i];
    const improvement = (s.improvement ?? 0) + 0;
    const prev = counts[i - 1];
    const measured = i > 0 && s.count !== undefined && prev > 0;
    const interval = measured ? wilson(count, prev) : null;
    if (measured) variance = (variance ?? 0) + (rates[i] > 0 ? (1 - rates[i]) / (prev * rates[i]) : NaN);
    let rate: number | null = null;
    let forecastRate: number | null = null;
    const before = forecast;
    if (i) {
      rate = rates[i];
      forecastRate = improve(rate, improvement, mode);
      // Unchanged so far: keep the baseline exactly rather than a product with float noise.
      forecast = before == prev && forecastRate == rate ? count : before * forecastRate;
      if (rate < rates[bottleneck]) bottleneck = i;
    } else forecast = improvement ? count * (1 + improvement) : count;
    return {
      label: labelOf(s.label, i),
      count,
      rate,
      overallRate: lead > 0 ? count / lead : 0,
      dropOff: i ? prev - count : 0,
      improvement,
      forecastRate,
      forecastCount: forecast,
      extraCount: forecast - count,
      gainPerPoint: i ? prev * (Math.min(1, rate! + 0.01) - rate!) * after[i] : null,
      sampleNeeded: i && forecastRate != rate ? sampleSize(rate!, forecastRate!) : null,
      interval,
      lowData: i > 0 && (!(prev > 0) || (!!interval && (interval.high - interval.low) / 2 > LOW_DATA_HALF_WIDTH)),
    };
  });

  const customers = counts[n - 1];
  const money = (c: number) => (dealValue === undefined ? null : c * dealValue);
  const sigma = variance === null || isNaN(variance) ? null : Math.sqrt(variance);
  const outcome = (c: number) => {
    const customersRange = productRange(c, sigma);
    return {
      customers: c,
      revenue: money(c),
      customersRange,
      revenueRange: customersRange && dealValue !== undefined ? { low: customersRange.low * dealValue, high: customersRange.high * dealValue } : null,
    };
  };
  const perYear = (x: number | null) => (x === null || periodsPerYear === undefined ? null : x * periodsPerYear);
  const extraCustomers = forecast - customers;
  const extraRevenue = money(extraCustomers);
  return {
    steps,
    bottleneck,
    baseline: outcome(customers),
    forecast: outcome(forecast),
    extra: {
      customers: extraCustomers,
      revenue: extraRevenue,
      customersPerYear: perYear(extraCustomers),
      revenuePerYear: perYear(extraRevenue),
    },
    goal:
      target === undefined
        ? null
        : goal(counts, rates, after, mode, target, dealValue === undefined ? target : dealValue > 0 ? target / dealValue : Infinity),
  };
}
