import { finite, goal, improve, solve } from './goal.js';
import { need, spread, wilson, Z90, Z95 } from './stats.js';
import type { FunnelInput, FunnelResult, Range, StepResult } from './types.js';
import { labelOf, validate } from './validate.js';

/** Half-width of a rate's 95 % interval above which a step is flagged `lowData`: ±10 points. */
export const LOW_DATA_HALF_WIDTH = 0.1;

/**
 * The whole funnel: baseline, forecast with the improvements, leverage, reliability and goal,
 * exactly as SPEC section 2 defines them (with its second edition of the insights).
 * Throws a `FunnelError` listing every problem in `input`.
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
  let ratesGiven = 0;
  // The delta method's σ² = Σ (1 − p)/(n·p) over the measured steps: Infinity once a measured rate is 0.
  let variance = 0;
  let measuredAny = false;
  const steps = counts.map((count, i): StepResult => {
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
      if (rate < rates[bottleneck]) bottleneck = i;
    } else forecast = improvement ? count * (1 + improvement) : count;
    // The improved rate's difference, exactly: min(1 − rate, rate·u), or in points min(1 − rate, max(−rate, u)).
    const sampleNeeded =
      i && forecastRate != rate ? finite(need(rate, c, Math.min(c, mode == 'points' ? Math.max(-rate, improvement) : rate * improvement))) : null;
    const half = prev / 2;
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
      // prev × min(1 point, 1 − rate): with 1 − rate from the counts, exact up to 100 %.
      gainPerPoint: i ? prev * Math.min(0.01, c) * after[i] : null,
      sampleNeeded,
      testPeriods: sampleNeeded !== null && entered ? finite((2 * sampleNeeded) / prev) : null,
      // The entrants a test needs fall strictly as the improved rate rises (see `need`): bisect on the difference d.
      // Null too where a relative improvement of a rate of 1e-320 is beyond a double.
      detectableImprovement:
        entered && rate > 0 && rate < 1 && need(rate, c, c) <= half
          ? finite(solve((d) => -need(rate, c, d), 0, c, -half) / (mode == 'points' ? 1 : rate))
          : null,
      interval,
      lowData: i > 0 && (!entered || (!!interval && ((interval.high - interval.low) / 2 > LOW_DATA_HALF_WIDTH || interval.high > 2 * interval.low))),
    };
  });

  // A step's interval for the bottleneck's certainty: its Wilson interval, or the point of a rate given.
  const box = (j: number) => steps[j].interval ?? { low: rates[j], high: rates[j] };
  const entered = (j: number) => counts[j - 1] > 0;
  const customers = counts[n - 1];
  const money = (c: number) => (dealValue === undefined ? null : c * dealValue);
  const moneyRange = (r: Range | null) => (r && dealValue !== undefined ? { low: r.low * dealValue, high: r.high * dealValue } : null);
  const outcome = (c: number) => {
    const customersRange = spread(c, Z95, measuredAny ? variance : null);
    // One next period: the rates' uncertainty plus the period's own (Poisson) variation, 1/C.
    const customersPrediction = c > 0 ? spread(c, Z90, variance + 1 / c) : null;
    return {
      customers: c,
      revenue: money(c),
      customersRange,
      revenueRange: moneyRange(customersRange),
      customersPrediction,
      revenuePrediction: moneyRange(customersPrediction),
    };
  };
  const perYear = (x: number | null) => (x === null || periodsPerYear === undefined ? null : x * periodsPerYear);
  const extraCustomers = forecast - customers;
  const extraRevenue = money(extraCustomers);
  return {
    steps,
    bottleneck,
    bottleneckSure:
      entered(bottleneck) && steps.every((_, j) => !j || j == bottleneck || !entered(j) || box(bottleneck).high < box(j).low),
    ratesGiven,
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
