/** One step of the funnel, as the core takes it. Rates and improvements are fractions (0.4 = 40 %). */
export interface StepInput {
  /** Shown in messages and results; defaults to "Step N". */
  label?: string;
  /** How many reached this step. Required on step 0; on later steps give `count` or `rate`. */
  count?: number;
  /** Conversion from the step before, 0–1. Ignored where `count` is given. */
  rate?: number;
  /** The slider: relative (0.1 = +10 % of the rate) or points (0.1 = +10 points), ≥ −1. Step 0: more leads, always relative. */
  improvement?: number;
}

export type Mode = 'relative' | 'points';

export interface FunnelInput {
  steps: StepInput[];
  /** Average revenue per purchase. Without it, results are in customers only. */
  dealValue?: number;
  /** How improvements are read at steps ≥ 1. Default `relative`. */
  mode?: Mode;
  /** Periods in a year (4 for a quarter): gives the yearly projection. */
  periodsPerYear?: number;
  /** Revenue goal, or customers when there is no deal value. */
  target?: number;
}

export interface Range {
  low: number;
  high: number;
}

export interface StepResult {
  label: string;
  /** Baseline count. */
  count: number;
  /** Conversion from the step before; null for step 0. */
  rate: number | null;
  /** count / count of step 0. */
  overallRate: number;
  /** count of the step before − count; 0 for step 0. */
  dropOff: number;
  improvement: number;
  forecastRate: number | null;
  forecastCount: number;
  /** forecastCount − count. */
  extraCount: number;
  /**
   * Extra customers if this step's rate alone rose one percentage point (capped at 100 %), from the baseline,
   * sliders ignored; null for step 0. Computed from the counts, so exact even for a rate a hair below 100 %.
   * 0 where no one entered the step before (see `lowData`).
   */
  gainPerPoint: number | null;
  /** Entrants per variant an A/B test (two-sided, α 0.05, power 80 %) needs to tell the improved rate from today's; null for step 0 and where the slider leaves the rate as it is. */
  sampleNeeded: number | null;
  /**
   * How many periods the test planner's test takes: `2 × sampleNeeded / count of the step before` (both
   * variants, fed by one period's entrants of this step). Null where `sampleNeeded` is null or no one entered.
   */
  testPeriods: number | null;
  /**
   * The smallest improvement, in the funnel's mode (relative, or points), that a test with one period's
   * entrants split in two can tell from today's rate: `sampleNeeded(rate, improved) ≤ count before / 2`.
   * Null for step 0, where no one entered, where the rate is 0 or 100 %, and where even 100 % needs more entrants.
   */
  detectableImprovement: number | null;
  /** Wilson 95 % interval of a measured rate (a count given, and someone entered the step before); null otherwise. */
  interval: Range | null;
  /**
   * Too little data to trust the rate: no one entered the step before; or the rate was measured and its
   * interval is wider than ±10 points or its high end more than twice its low end (1 of 50: 0.35 %–10.5 %).
   * A rate given as a rate is never `lowData` unless no one entered the step before; see `ratesGiven`.
   */
  lowData: boolean;
}

export interface Outcome {
  customers: number;
  revenue: number | null;
  /**
   * 95 % range of the expected customers, from the measured steps' uncertainty (delta method):
   * `customers × exp(±1.96·σ)`, `σ² = Σ (1 − p)/(n·p)` over the measured steps. Null where a measured rate
   * is 0, nothing was measured, or the range is beyond a double.
   */
  customersRange: Range | null;
  /** `customersRange` × deal value; null without a deal value. */
  revenueRange: Range | null;
  /**
   * 80 % range of the customers one next period will actually bring: `C × exp(±1.2816·√(σ² + 1/C))`,
   * the measured steps' σ² (0 when none was measured: then the period's Poisson variation alone) plus
   * the period's own variation 1/C. Null where C is 0, a measured rate is 0, or the range is beyond a double.
   */
  customersPrediction: Range | null;
  /** `customersPrediction` × deal value; null without a deal value. */
  revenuePrediction: Range | null;
}

export interface Goal {
  target: number;
  leadsNeeded: number | null;
  uniformImprovement: number | null;
  /** Index 0 is always null. */
  stepImprovements: (number | null)[];
}

export interface FunnelResult {
  steps: StepResult[];
  /** Index (≥ 1) of the step with the lowest rate, the first on a tie. */
  bottleneck: number;
  /**
   * The bottleneck is the bottleneck beyond doubt: someone entered it, and its interval lies wholly below
   * that of every other step someone entered (a measured step's Wilson interval; a rate given: the point
   * [rate, rate]). True as well when it is the only step someone entered.
   */
  bottleneckSure: boolean;
  /** How many steps after step 0 were given as a rate rather than a count: the ranges leave them out. */
  ratesGiven: number;
  baseline: Outcome;
  forecast: Outcome;
  extra: {
    customers: number;
    revenue: number | null;
    customersPerYear: number | null;
    revenuePerYear: number | null;
  };
  goal: Goal | null;
}
