import { improve, spread, times, timesRange, wilson, Z90, Z95 } from './stats.js';
import type { Forecast, FunnelInput, StepForecast } from './types.js';
import { labelOf, type Checked } from './validate.js';

/** Half-width of a rate's 95 % interval above which a step is flagged `lowData`: ±10 points. */
export const LOW_DATA_HALF_WIDTH = 0.1;

/**
 * What the first screen shows and each slider move changes: the funnel without its plan (plan.ts adds the
 * bottleneck's chances, the test planner, the leverage and the goal), of an input `check` found no problem in
 * (validate.ts), from its counts and rates, exactly as SPEC section 2 defines them. The element calculates this
 * on each slider move; `calculate` (index.ts) is the whole of it.
 */
export function forecastChecked(input: FunnelInput, { counts, rates }: Pick<Checked, 'counts' | 'rates'>): Forecast {
  const { steps: inSteps, dealValue, periodsPerYear } = input;
  const mode = input.mode ?? 'relative';
  const n = counts.length;
  const lead = counts[0];

  let forecast = 0;
  let bottleneck = 1;
  let room = -1; // the bottleneck's 1 − rate
  let ratesGiven = 0;
  // The delta method's σ² = Σ (1 − p)/(n·p) over the measured steps: Infinity once a measured rate is 0.
  let variance = 0;
  let measuredAny = false;
  const steps = counts.map((count, i): StepForecast => {
    const s = inSteps[i];
    const improvement = (s.improvement ?? 0) + 0;
    const prev = counts[i - 1];
    // Someone entered the step (always false for step 0, whose prev is undefined).
    const entered = prev > 0;
    const measured = i > 0 && s.count !== undefined && entered;
    if (i && s.count === undefined) ratesGiven++;
    const rate = rates[i];
    // 1 − rate, from the counts where measured: near 100 %, 1 − count/prev would have lost its digits.
    const c = measured ? Math.max(0, prev - count) / prev : 1 - rate;
    const interval = measured ? wilson(count, prev) : null;
    if (measured) {
      measuredAny = true;
      variance += c / count; // (1 − p)/(n·p), n·p being the count
    }
    let forecastRate: number | null = null;
    const before = forecast;
    if (i) {
      forecastRate = improve(rate, improvement, mode);
      // Unchanged so far: keep the baseline exactly rather than a product with float noise.
      forecast = before == prev && forecastRate == rate ? count : before * forecastRate;
      // Rates a hair below 100 % can be equal as doubles while 1 − rate, from the counts, still tells them apart.
      if (rate < rates[bottleneck] || (rate == rates[bottleneck] && c > room)) [bottleneck, room] = [i, c];
    } else forecast = improvement ? count * (1 + improvement) : count;
    return {
      label: labelOf(s.label, i),
      count,
      rate: i ? rate : null,
      overallRate: lead > 0 ? count / lead : 0,
      dropOff: i ? prev - count : 0,
      improvement,
      forecastRate,
      forecastCount: forecast,
      extraCount: forecast - count,
      interval,
      lowData:
        i > 0 &&
        (!entered ||
          (!!interval &&
            ((interval.high - interval.low) / 2 > LOW_DATA_HALF_WIDTH || interval.high > 2 * interval.low))),
    };
  });

  const customers = counts[n - 1];
  const outcome = (c: number) => {
    const customersRange = spread(c, Z95, measuredAny ? variance : null);
    // One next period: the rates' uncertainty plus the period's own (Poisson) variation, 1/C; none under one customer.
    const customersPrediction = c >= 1 ? spread(c, Z90, variance + 1 / c) : null;
    return {
      customers: c,
      revenue: times(c, dealValue),
      customersRange,
      revenueRange: timesRange(customersRange, dealValue),
      customersPrediction,
      revenuePrediction: timesRange(customersPrediction, dealValue),
    };
  };
  const extraCustomers = forecast - customers;
  const extraRevenue = times(extraCustomers, dealValue);
  return {
    steps,
    bottleneck,
    ratesGiven,
    baseline: outcome(customers),
    forecast: outcome(forecast),
    extra: {
      customers: extraCustomers,
      revenue: extraRevenue,
      customersPerYear: times(extraCustomers, periodsPerYear),
      revenuePerYear: times(extraRevenue, periodsPerYear),
    },
    compare: null,
    test: null,
  };
}
