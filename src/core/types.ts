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
  /** Extra customers if this step's rate alone rose one percentage point; null for step 0. */
  gainPerPoint: number | null;
  /** Entrants per variant an A/B test (two-sided, α 0.05, power 80 %) needs to tell the improved rate from today's; null for step 0 and where the slider leaves the rate as it is. */
  sampleNeeded: number | null;
  /** Wilson 95 % interval of a measured rate. */
  interval: Range | null;
  /** Interval wider than ±10 points, or no one entered the step before. */
  lowData: boolean;
}

export interface Outcome {
  customers: number;
  revenue: number | null;
  /** 95 % range from the measured steps' uncertainty (delta method); null where a measured rate is 0 or nothing was measured. */
  customersRange: Range | null;
  revenueRange: Range | null;
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
