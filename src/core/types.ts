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
  /**
   * This step's count in the period before (third edition): compares the two periods (`FunnelResult.compare`).
   * Every step has a previous figure (this, or `previousRate`), or none does.
   */
  previous?: number;
  /** Where the step gives a `rate`: its conversion in the period before, 0–1, in place of a `previous` count. */
  previousRate?: number;
}

/** One version of an A/B test: whole people. */
export interface TestArm {
  entrants: number;
  /** At most `entrants`. */
  conversions: number;
}

/** An A/B test's result at one step (third edition): `a` is today's version, `b` the new one. */
export interface TestInput {
  /** The index of the step tested, ≥ 1 (step 0, the leads, has no conversion to test). */
  step: number;
  a: TestArm;
  b: TestArm;
  /** The planned share of B's entrants, in (0, 1); default 0.5. */
  split?: number;
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
  /** An A/B test's result at one step: `FunnelResult.test`. */
  test?: TestInput;
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
   * How many periods the test planner's test takes: `2 × ⌈sampleNeeded⌉ / count of the step before` (both
   * variants of whole people, fed by one period's entrants of this step). Null where `sampleNeeded` is null or
   * no one entered.
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
  /**
   * The chance that this step's true rate is the lowest of the measured steps' (third edition): each true rate
   * independent, Beta(count + ½, count before − count + ½) (Jeffreys). Null for step 0, for a step given as a
   * rate or that no one entered, and on every step where fewer than two steps are measured. To 1e-4 absolute
   * (within 4e-7 as measured, chance.ts); the chances of the measured steps sum to 1 as closely.
   */
  bottleneckChance: number | null;
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
   * the period's own variation 1/C. Null where C is below 1 (third edition: no range under one customer),
   * a measured rate is 0, or the range is beyond a double.
   */
  customersPrediction: Range | null;
  /** `customersPrediction` × deal value; null without a deal value. */
  revenuePrediction: Range | null;
}

export interface Goal {
  target: number;
  leadsNeeded: number | null;
  uniformImprovement: number | null;
  /**
   * For each step alone, the improvement (in the funnel's mode) that reaches the target, or null where even
   * 100 % conversion there cannot; one that reaches it exactly at 100 % (to 1e-12 relative) is a number.
   * Index 0 is always null.
   */
  stepImprovements: (number | null)[];
  /**
   * The chance that one next period falls short of the target at today's figures (third edition), from the
   * prediction's model: `Φ((ln T − ln C) / √(σ² + 1/C))`, T the target in customers. Null where the baseline's
   * prediction is null, and for a revenue target with a deal value of 0.
   */
  shortfallChance: number | null;
}

export type Verdict = 'real' | 'maybe' | 'noise';

/** One step in the comparison of two periods (`FunnelResult.compare`). */
export interface CompareStep {
  previousCount: number;
  /** From the step before, in the period before, as `rate` is now; null for step 0. */
  previousRate: number | null;
  /**
   * Step 0: the relative change in volume, count / previous count − 1 (null where the previous count is 0).
   * Later steps: the difference of the rates, rate − previous rate (0.08 = 8 points), each rate as the SPEC
   * defines it (0 where no one entered the step before: no interval and no verdict there).
   */
  change: number | null;
  /**
   * The change's interval at Bonferroni's level for the `tests` steps compared at once (z = Φ⁻¹(1 − 0.025/tests)):
   * step 0 on the log of the ratio of the counts, later steps Newcombe's hybrid score interval of the difference
   * of two rates. Null where a period did not measure it (a rate given, or no one entered).
   */
  interval: Range | null;
  /** 'real' where the interval excludes 0; 'maybe' where only the same interval at 95 % alone does; else 'noise'; null without an interval. */
  verdict: Verdict | null;
  /**
   * This step's part of the change in customers (the logarithmic mean Divisia index): the parts add up to
   * extraCustomers. Null on every step where a count or rate of 0 in either period leaves no logarithm.
   */
  contribution: number | null;
}

export interface Compare {
  steps: CompareStep[];
  previousCustomers: number;
  previousRevenue: number | null;
  /** Customers now − customers in the period before. */
  extraCustomers: number;
  extraRevenue: number | null;
  /** How many steps got an interval: the size of the family Bonferroni's level is for. */
  tests: number;
}

/** What the test's version B is worth carried through the funnel (sliders ignored). */
export interface WithB {
  customers: number;
  revenue: number | null;
  /** Over today's customers, per period. */
  extraCustomers: number;
  extraRevenue: number | null;
  extraCustomersPerYear: number | null;
  extraRevenuePerYear: number | null;
  /** The extra customers at the low and high end of `liftRange80`. */
  extraCustomersRange80: Range | null;
  extraRevenueRange80: Range | null;
}

/**
 * An A/B test's result (`FunnelResult.test`). The SPEC's interface writes `lift: number` and `withB: {…}`; its
 * text makes both null where A has no conversions, and so do these types.
 */
export interface TestResult {
  step: number;
  rateA: number;
  rateB: number;
  /** rateB / rateA − 1; null where A has no conversions. */
  lift: number | null;
  /** 95 % interval of the lift, on the log of the ratio; null where A or B has no conversions. */
  liftInterval: Range | null;
  /** The same at 80 %. */
  liftRange80: Range | null;
  /** P(θ_B > θ_A), each θ ~ Beta(1 + conversions, 1 + entrants − conversions), independent; to 1e-6. */
  chanceBBeatsA: number;
  /** The χ² test (1 degree of freedom) of the entrants against the planned split; 1 without entrants. */
  sampleRatioP: number;
  /** `sampleRatioP` below 0.001: the split went wrong, the test cannot be trusted. */
  sampleRatioMismatch: boolean;
  /** Either version has fewer than 100 entrants or fewer than 25 conversions: no winner is named. */
  tooSmall: boolean;
  /** The funnel with the step's rate × (1 + lift), capped at 100 %; null where the lift is. */
  withB: WithB | null;
}

export interface FunnelResult {
  steps: StepResult[];
  /** Index (≥ 1) of the step with the lowest rate, the first on a tie. */
  bottleneck: number;
  /**
   * The bottleneck is clearly the bottleneck (third edition): its `bottleneckChance` is at least 0.95 and no
   * step after step 0 was given as a rate (a rate given cannot tell whether it is low by chance).
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
  /** The bottleneck's `bottleneckChance` (third edition). */
  bottleneckChance: number | null;
  /** The two periods side by side (third edition); null without `previous` figures. */
  compare: Compare | null;
  /** The A/B test's result (third edition); null without `test`. */
  test: TestResult | null;
}

/** The plan's fields of a step: its chance of being the bottleneck, the test planner and the leverage (plan.ts). */
export type PlanField = 'bottleneckChance' | 'gainPerPoint' | 'sampleNeeded' | 'testPeriods' | 'detectableImprovement';

/** A step of the funnel without its plan: what the first screen shows and each slider move changes. */
export type StepForecast = Omit<StepResult, PlanField>;

/**
 * The funnel without its plan (`forecastChecked`): `FunnelResult` but for how sure the bottleneck is, the steps'
 * test planner and leverage, and the goal, which `planOf` adds; `compare` and `test` null, which `compareOf` and
 * `testOf` add.
 */
export interface Forecast extends Omit<FunnelResult, 'steps' | 'goal' | 'bottleneckChance' | 'bottleneckSure'> {
  steps: StepForecast[];
}
