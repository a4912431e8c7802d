import { expect } from 'chai';
import { calculateFunnel, type FunnelInput } from '../../src/core/index.js';
import { expectClose } from '../helpers.js';

const article = (improvements = [0, 0, 0, 0.2, 0, 0], extra: Partial<FunnelInput> = {}): FunnelInput => ({
  steps: [
    { label: 'Leads', count: 1000 },
    { label: 'Qualified leads', count: 400 },
    { label: 'Engaged', count: 250 },
    { label: 'Proposal made', count: 120 },
    { label: 'Proposal discussed', count: 60 },
    { label: 'Purchase', count: 20 },
  ].map((s, i) => ({ ...s, improvement: improvements[i] })),
  dealValue: 2500,
  ...extra,
});

/** Each case worked out by hand from SPEC section 2; the arithmetic is in the comments. */
const cases: { name: string; input: FunnelInput; expected: object }[] = [
  {
    name: "the article's funnel, +20 % at 'Proposal made'",
    input: article(undefined, { periodsPerYear: 4 }),
    expected: {
      // rates 400/1000, 250/400, 120/250, 60/120, 20/60; improved 0.48 × 1.2 = 0.576
      steps: [
        {
          label: 'Leads',
          count: 1000,
          rate: null,
          overallRate: 1,
          dropOff: 0,
          forecastCount: 1000,
          gainPerPoint: null,
          interval: null,
          lowData: false,
        },
        { count: 400, rate: 0.4, overallRate: 0.4, dropOff: 600, forecastRate: 0.4, forecastCount: 400, extraCount: 0 },
        { count: 250, rate: 0.625, overallRate: 0.25, dropOff: 150, forecastCount: 250 },
        // 250 × 0.576 = 144
        {
          count: 120,
          rate: 0.48,
          dropOff: 130,
          improvement: 0.2,
          forecastRate: 0.576,
          forecastCount: 144,
          extraCount: 24,
        },
        // 144 × 0.5 = 72; 72 × 1/3 = 24
        { count: 60, rate: 0.5, forecastCount: 72, extraCount: 12 },
        { label: 'Purchase', count: 20, rate: 1 / 3, overallRate: 0.02, dropOff: 40, forecastCount: 24, extraCount: 4 },
      ],
      bottleneck: 5, // 1/3 is the lowest rate
      baseline: { customers: 20, revenue: 50000 },
      forecast: { customers: 24, revenue: 60000 },
      // per quarter ×4
      extra: { customers: 4, revenue: 10000, customersPerYear: 16, revenuePerYear: 40000 },
      goal: null,
    },
  },
  {
    name: 'leverage: one point more at each step alone',
    input: article([0, 0, 0, 0, 0, 0]),
    expected: {
      // count before × 0.01 × the rates after: 1000×.01×(.625×.48×.5/3) = 10×0.05
      steps: [
        { gainPerPoint: null },
        { gainPerPoint: 0.5 },
        { gainPerPoint: 4 * 0.08 },
        { gainPerPoint: 2.5 / 6 },
        { gainPerPoint: 0.4 },
        { gainPerPoint: 0.6 },
      ],
      forecast: { customers: 20, revenue: 50000 },
      extra: { customers: 0, revenue: 0, customersPerYear: null, revenuePerYear: null },
    },
  },
  {
    name: 'step 0 is lead volume: +50 % leads gives +50 % at every step',
    input: article([0.5, 0, 0, 0, 0, 0], { mode: 'points' }),
    expected: {
      steps: [{ forecastCount: 1500, extraCount: 500 }, { forecastCount: 600 }, {}, {}, {}, { forecastCount: 30 }],
      forecast: { customers: 30, revenue: 75000 },
    },
  },
  {
    name: 'points mode hits the 100 % cap',
    // 90/100 + 0.2 points = 1.1 → capped at 1; 45/90 = 0.5 + 0.1 = 0.6
    input: {
      mode: 'points',
      steps: [{ count: 100 }, { count: 90, improvement: 0.2 }, { count: 45, improvement: 0.1 }],
    },
    expected: {
      steps: [
        {},
        { rate: 0.9, forecastRate: 1, forecastCount: 100, extraCount: 10 },
        { rate: 0.5, forecastRate: 0.6, forecastCount: 60 },
      ],
      baseline: { customers: 45, revenue: null },
      forecast: { customers: 60, revenue: null },
      extra: { customers: 15, revenue: null },
      bottleneck: 2,
    },
  },
  {
    name: 'points mode never goes below 0 %',
    input: { mode: 'points', steps: [{ count: 100 }, { count: 10, improvement: -0.5 }] },
    expected: { steps: [{}, { forecastRate: 0, forecastCount: 0, extraCount: -10 }], forecast: { customers: 0 } },
  },
  {
    name: 'relative mode caps at 100 % too',
    // 0.8 × 1.5 = 1.2 → 1
    input: { steps: [{ count: 50 }, { count: 40, improvement: 0.5 }] },
    expected: { steps: [{}, { forecastRate: 1, forecastCount: 50 }] },
  },
  {
    name: 'rates instead of counts',
    // 1000 × 0.35 = 350; 350 × 0.2 = 70; improved 0.2 × 1.5 = 0.3 → 105
    input: { steps: [{ count: 1000 }, { rate: 0.35 }, { rate: 0.2, improvement: 0.5 }], dealValue: 10 },
    expected: {
      steps: [
        {},
        { count: 350, rate: 0.35, interval: null, lowData: false },
        { count: 70, forecastRate: 0.3, forecastCount: 105, interval: null },
      ],
      forecast: { customers: 105, revenue: 1050 },
      extra: { customers: 35, revenue: 350 },
    },
  },
  {
    name: 'no one reached a step: its rate is 0 and the next has no data',
    input: { steps: [{ count: 100 }, { count: 0 }, { count: 0 }] },
    expected: {
      // 0 of 100: Wilson [0, 0.0370], half-width 0.0185, but its high end is more than twice its low end (0):
      // lowData by the second edition (the rate could be 0 or 1 in 30; nothing says which)
      steps: [
        {},
        { rate: 0, interval: { low: 0, high: 0.03699349820698568 }, lowData: true },
        { rate: 0, interval: null, lowData: true, overallRate: 0 },
      ],
      bottleneck: 1, // 0 and 0: the first on a tie
    },
  },
  {
    name: 'a rate after an empty step still counts as no data',
    input: { steps: [{ count: 0 }, { rate: 0.5 }] },
    expected: { steps: [{ overallRate: 0 }, { count: 0, rate: 0.5, overallRate: 0, lowData: true }] },
  },
  {
    name: 'Wilson intervals and lowData',
    input: article([0, 0, 0, 0, 0, 0]),
    expected: {
      steps: [
        {},
        // 400/1000: centre (0.4 + z²/2000)/(1 + z²/1000), half z/(1+z²/1000)·√(0.24/1000 + z²/4e6)
        { interval: { low: 0.37007478121137727, high: 0.4306905704857338 }, lowData: false },
        {},
        {},
        // 60/120: half-width 0.0881 < 0.10
        { interval: { low: 0.41193870541108385, high: 0.5880612945889161 }, lowData: false },
        // 20/60: half-width 0.1161 > 0.10
        { interval: { low: 0.2272926152352268, high: 0.4594313354788031 }, lowData: true },
      ],
    },
  },
  {
    name: "the article's goal: 60,000 revenue = 24 customers",
    input: article([0, 0, 0, 0, 0, 0], { target: 60000 }),
    expected: {
      goal: {
        target: 60000,
        leadsNeeded: 1200, // 24 / 0.02
        uniformImprovement: Math.pow(1.2, 1 / 5) - 1, // 20 × (1+u)^5 = 24
        stepImprovements: [null, 0.2, 0.2, 0.2, 0.2, 0.2], // any one step alone: +20 %
      },
    },
  },
  {
    name: 'goal in points mode, and a step that cannot get there alone',
    // 100 → 50 → 10 customers; target 30. Step 1 alone: 100 × r1 × 0.2 = 30 → r1 = 1.5: impossible.
    // step 2 alone: 100 × 0.5 × r2 = 30 → r2 = 0.6: +0.4 points. Leads: 30 / 0.1 = 300.
    input: { mode: 'points', target: 30, steps: [{ count: 100 }, { count: 50 }, { count: 10 }] },
    expected: {
      goal: {
        target: 30,
        leadsNeeded: 300,
        // (0.5 + u)(0.2 + u) = 0.3 → u² + 0.7u − 0.2 = 0 → u = (−0.7 + √1.29)/2
        uniformImprovement: (-0.7 + Math.sqrt(1.29)) / 2,
        stepImprovements: [null, null, 0.4],
      },
    },
  },
  {
    name: 'a goal above the leads is out of reach of every rate',
    input: { target: 150, steps: [{ count: 100 }, { count: 50 }] },
    expected: { goal: { leadsNeeded: 300, uniformImprovement: null, stepImprovements: [null, null] } },
  },
  {
    name: 'a relative improvement cannot lift a rate of 0; points can',
    input: { target: 5, steps: [{ count: 100 }, { count: 0 }] },
    expected: { goal: { leadsNeeded: null, uniformImprovement: null, stepImprovements: [null, null] } },
  },
  {
    name: '...in points mode it can',
    input: { target: 5, mode: 'points', steps: [{ count: 100 }, { count: 0 }] },
    expected: { goal: { leadsNeeded: null, uniformImprovement: 0.05, stepImprovements: [null, 0.05] } },
  },
  {
    name: 'a goal already met: the improvements come out negative (the headroom)',
    // 100 → 50 customers; target 40: 100 × 0.5(1+u) = 40 → u = −0.2
    input: { target: 40, steps: [{ count: 100 }, { count: 50 }] },
    expected: { goal: { leadsNeeded: 80, uniformImprovement: -0.2, stepImprovements: [null, -0.2] } },
  },
  {
    name: 'a revenue goal with a deal value of 0 cannot be reached',
    input: { target: 10, dealValue: 0, steps: [{ count: 100 }, { count: 50 }] },
    expected: {
      baseline: { revenue: 0 },
      goal: { leadsNeeded: null, uniformImprovement: null, stepImprovements: [null, null] },
    },
  },
  {
    name: 'the uniform goal respects the cap: steps at 100 % stop helping',
    // rates 0.9 and 0.5 from 100: 100 × min(1, .9(1+u)) × .5(1+u) = 75 → with the first capped (u ≥ 1/9): 50(1+u) = 75 → u = 0.5
    input: { target: 75, steps: [{ count: 100 }, { count: 90 }, { count: 45 }] },
    expected: { goal: { uniformImprovement: 0.5 } },
  },
  {
    name: "insights: the article's 95 % range and what a test needs to see +20 %",
    // σ² = .6/400 + .375/250 + .52/120 + .5/60 + (2/3)/20 = 0.049; range = customers × exp(±1.96·√0.049)
    input: article(undefined, { periodsPerYear: 4 }),
    expected: {
      baseline: {
        customersRange: { low: 12.960104458237002, high: 30.86394876592014 },
        revenueRange: { low: 32400.2611455925, high: 77159.87191480034 },
      },
      forecast: {
        customersRange: { low: 15.5521253498844, high: 37.03673851910417 },
        revenueRange: { low: 38880.313374711004, high: 92591.84629776042 },
      },
      // 0.48 → 0.576: (1.96·√(2·.528·.472) + 0.8416·√(.48·.52 + .576·.424))² / .096²
      steps: [
        { sampleNeeded: null },
        { sampleNeeded: null },
        { sampleNeeded: null },
        { sampleNeeded: 423.3127270430053 },
        { sampleNeeded: null },
        { sampleNeeded: null },
      ],
    },
  },
  {
    name: 'insights: +10 % on 30 % needs about 3,762 entrants per variant; rates given are not measured',
    input: { steps: [{ count: 1000 }, { rate: 0.3, improvement: 0.1 }], dealValue: 10 },
    expected: {
      steps: [{ sampleNeeded: null }, { sampleNeeded: 3762.3586806958215 }],
      baseline: { customersRange: null, revenueRange: null }, // nothing measured
    },
  },
  {
    name: 'insights: a measured rate of 0 leaves no range; no deal value, no revenue range',
    input: { steps: [{ count: 100 }, { count: 50 }, { count: 0 }] },
    expected: { baseline: { customersRange: null, revenueRange: null }, forecast: { customersRange: null } },
  },
  {
    name: 'insights: the lead slider needs no test; a capped rate still has its sample size',
    // points: 0.9 + 0.2 → 1; (1.96·√(2·.95·.05) + 0.8416·√(.09 + 0))² / .1²
    input: {
      mode: 'points',
      steps: [
        { count: 100, improvement: 0.5 },
        { count: 90, improvement: 0.2 },
      ],
    },
    expected: {
      steps: [{ sampleNeeded: null }, { sampleNeeded: 73.37427304669802 }],
      baseline: { customersRange: { low: 90 * Math.exp(-1.959963984540054 * Math.sqrt(0.1 / 90)) } },
    },
  },
  // Second edition of the insights (SPEC 2). Figures worked out at 40 digits (mpmath) from the SPEC's formulas.
  {
    name: "second edition: the article's funnel, +20 % at 'Proposal made', per quarter",
    // σ² = 0.049 (above). Baseline C = 20: 20·exp(±1.2815515655446004·√(0.049 + 1/20)) = 20·exp(±0.40323).
    // Forecast C = 24: 24·exp(±1.28155·√(0.049 + 1/24)).
    input: article(undefined, { periodsPerYear: 4 }),
    expected: {
      ratesGiven: 0,
      baseline: {
        customersPrediction: { low: 13.363157595548471, high: 29.933045175883268 },
        revenuePrediction: { low: 33407.893988871177, high: 74832.61293970817 },
      },
      forecast: {
        customersPrediction: { low: 16.31633970691877, high: 35.302035281586676 },
        revenuePrediction: { low: 40790.849267296924, high: 88255.088203966689 },
        // the 95 % range of the expected value stays as it was
        customersRange: { low: 15.5521253498844, high: 37.03673851910417 },
      },
      // Purchase (20/60) is the bottleneck with a chance of 0.846 (third edition: below 0.95, not sure).
      bottleneck: 5,
      bottleneckSure: false,
      steps: [
        { testPeriods: null, detectableImprovement: null, lowData: false },
        // The smallest relative u with sampleSize(p, p(1+u)) ≤ entrants/2, by bisection at 40 digits.
        { testPeriods: null, detectableImprovement: 0.21983015673415816, lowData: false },
        { testPeriods: null, detectableImprovement: 0.20677410844856986, lowData: false },
        // 423.3127 per variant: 424 whole people (third edition), 848 in all, fed by 250 entrants a quarter:
        // 3.392 quarters. One quarter (125 per variant) can only tell +36 % or more.
        {
          sampleNeeded: 423.31272704300508,
          testPeriods: 3.392,
          detectableImprovement: 0.36405260442903678,
          lowData: false,
        },
        // 60/120: 0.412–0.588, half-width 0.088 and 0.588 < 2 × 0.412: trusted
        { testPeriods: null, detectableImprovement: 0.49098870597940156, lowData: false },
        // 20/60: half-width 0.116 > 0.10
        { testPeriods: null, detectableImprovement: 1.0636259050516427, lowData: true },
      ],
    },
  },
  {
    name: "second edition: the article's funnel in points mode detects in points",
    input: article([0, 0, 0, 0.1, 0, 0], { mode: 'points' }),
    expected: {
      steps: [
        { detectableImprovement: null },
        { detectableImprovement: 0.087932062693663265 },
        { detectableImprovement: 0.12923381778035616 },
        { detectableImprovement: 0.17474525012593765 },
        { detectableImprovement: 0.24549435298970078 },
        { detectableImprovement: 0.35454196835054756 },
      ],
    },
  },
  {
    name: 'second edition: 1 of 50 is lowData (0.35 %–10.5 %, a factor 30), though only ±5 points wide',
    input: { steps: [{ count: 50 }, { count: 1 }] },
    expected: { steps: [{}, { interval: { low: 0.0035392592716462329, high: 0.10495443589637813 }, lowData: true }] },
  },
  {
    name: 'second edition: 100 of 5000 (1.6 %–2.4 %, a factor 1.5) is not lowData; 20 of 1000 (1.3 %–3.1 %) is',
    input: { steps: [{ count: 5000 }, { count: 100 }] },
    expected: { steps: [{}, { interval: { low: 0.016471992331652408, high: 0.024265001535602432 }, lowData: false }] },
  },
  {
    name: '...20 of 1000',
    input: { steps: [{ count: 1000 }, { count: 20 }] },
    expected: { steps: [{}, { interval: { low: 0.012983682916415136, high: 0.030690005229717782 }, lowData: true }] },
  },
  {
    name: 'second edition: only rates given: no 95 % range, the prediction is the period’s Poisson variation alone',
    // C = 70: 70·exp(±1.28155·√(1/70)); forecast 105: 105·exp(±1.28155·√(1/105)). No step measured: σ² = 0.
    // Third edition: rates given cannot tell whether the lowest is low by chance: not sure, no chance.
    // sampleSize(0.2, 0.3) = 293.15: 294 whole people per variant, ×2 / 350 entrants.
    input: { steps: [{ count: 1000 }, { rate: 0.35 }, { rate: 0.2, improvement: 0.5 }], dealValue: 10 },
    expected: {
      ratesGiven: 2,
      bottleneck: 2,
      bottleneckSure: false,
      bottleneckChance: null,
      baseline: {
        customersRange: null,
        revenueRange: null,
        customersPrediction: { low: 60.058586801616535, high: 81.58700130899703 },
        revenuePrediction: { low: 600.58586801616535, high: 815.8700130899703 },
      },
      forecast: { customersRange: null, customersPrediction: { low: 92.656001208592006, high: 118.98851511171896 } },
      steps: [
        {},
        { interval: null, lowData: false, testPeriods: null, detectableImprovement: 0.24699485583059692 },
        {
          interval: null,
          lowData: false,
          sampleNeeded: 293.15128550648695,
          testPeriods: 1.68,
          detectableImprovement: 0.65942438655090206,
        },
      ],
    },
  },
  {
    name: 'second edition: counts and a rate mixed, with a goal',
    // rates 0.4 (measured), 0.5 (given), 0.2 (40/200, measured); customers 40; target 60 customers.
    // σ² over the measured steps only: 0.6/400 + 0.8/40 = 0.0215. Prediction 40·exp(±1.28155·√(0.0215 + 1/40)).
    // Bottleneck 40/200: 0.150–0.261, wholly below 400/1000 (0.370–0.431) and the rate given, 0.5: its chance
    // against the other measured step is 1 to 1e-16 (below), but with a rate given it is not called sure (third edition).
    input: { steps: [{ count: 1000 }, { count: 400 }, { rate: 0.5 }, { count: 40 }], target: 60 },
    expected: {
      ratesGiven: 1,
      bottleneck: 3,
      bottleneckSure: false,
      baseline: {
        customersRange: { low: 30.008849466020379, high: 53.317605588701827 },
        customersPrediction: { low: 30.341835990726122, high: 52.732471445994056 },
        revenuePrediction: null,
      },
      steps: [
        {},
        { lowData: false },
        { interval: null, lowData: false },
        { interval: { low: 0.15045200926098116, high: 0.26085518656537878 }, lowData: false },
      ],
      // 60 / 0.04 = 1500 leads; any one step +50 %; all three: (1 + u)³ = 1.5
      goal: {
        target: 60,
        leadsNeeded: 1500,
        uniformImprovement: 0.14471424255333187,
        stepImprovements: [null, 0.5, 0.5, 0.5],
      },
    },
  },
  {
    name: 'second edition: a bottleneck well apart is sure',
    // 100/900: 0.092–0.133, below 900/1000 (0.880–0.917) and 90/100 (0.826–0.945)
    input: { steps: [{ count: 1000 }, { count: 900 }, { count: 100 }, { count: 90 }] },
    expected: { bottleneck: 2, bottleneckSure: true },
  },
  {
    name: 'second edition: two equal rates given: the first is the bottleneck, not surely ([0.5, 0.5] is not below 0.5)',
    input: { steps: [{ count: 100 }, { rate: 0.5 }, { rate: 0.5 }] },
    expected: { bottleneck: 1, bottleneckSure: false, ratesGiven: 2 },
  },
  {
    name: 'second edition: a step nobody reached has no data, no test and no detectable improvement',
    // Step 2 had 0 entrants: its rate 0 → +10 points has a sample size (73.37 per variant, from 0 to 0.1) but no
    // duration. Step 1 (0 of 100) is the bottleneck and the only step measured: nothing to compare it with, so no
    // chance, and not sure (third edition).
    // 0 customers: no prediction; a measured rate of 0: no 95 % range.
    input: { mode: 'points', steps: [{ count: 100 }, { count: 0 }, { count: 0, improvement: 0.1 }, { rate: 0.5 }] },
    expected: {
      bottleneck: 1,
      bottleneckSure: false,
      bottleneckChance: null,
      ratesGiven: 1,
      baseline: { customers: 0, customersRange: null, customersPrediction: null, revenuePrediction: null },
      forecast: { customers: 0, customersPrediction: null },
      steps: [
        {},
        { lowData: true, detectableImprovement: null, gainPerPoint: 0 },
        {
          interval: null,
          lowData: true,
          sampleNeeded: 73.374273046697965,
          testPeriods: null,
          detectableImprovement: null,
          gainPerPoint: 0,
        },
        { interval: null, lowData: true, testPeriods: null, detectableImprovement: null },
      ],
    },
  },
  {
    name: 'second edition: a step so small that even 100 % cannot be told apart in one period',
    // 5 of 10: sampleSize(0.5, 1) = 10.51 > 10/2. Rates of 0 % and 100 % have no detectable improvement either.
    input: { steps: [{ count: 10 }, { count: 5 }, { count: 5 }, { count: 0 }] },
    expected: {
      steps: [{}, { detectableImprovement: null }, { detectableImprovement: null }, { detectableImprovement: null }],
    },
  },
  {
    name: 'second edition: gainPerPoint from the counts, 1,000 short of 100 % at 10^15',
    // Step 1: 1 point more is capped at 100 %: +1,000 there, × 5e14 / (1e15 − 1000) after it = 500.0000000005.
    // (1e15 × (1 − (1e15 − 1000)/1e15) gives 999.978 × …: 2e-5 off.) Step 2 (50 %): 1 % of its entrants.
    input: { steps: [{ count: 1e15 }, { count: 1e15 - 1000 }, { count: 5e14 }] },
    expected: { steps: [{}, { gainPerPoint: 500.0000000005 }, { gainPerPoint: (1e15 - 1000) * 0.01 }] },
  },
  {
    name: 'second edition: gainPerPoint at a rate given within 1e-12 of 100 %',
    // 1 − 0.999999999999 is exact in doubles (9.999778782798785e-13): the gain is what is left up to 100 %.
    input: { steps: [{ count: 1e15 }, { rate: 0.999999999999 }] },
    expected: { steps: [{}, { gainPerPoint: 1e15 * (1 - 0.999999999999) }] },
  },
  {
    name: 'labels default to "Step N"',
    input: { steps: [{ count: 10 }, { label: '  ', count: 5 }] },
    expected: { steps: [{ label: 'Step 1' }, { label: 'Step 2' }] },
  },
];

describe('calculateFunnel: cases worked out by hand', () => {
  for (const { name, input, expected } of cases) it(name, () => expectClose(calculateFunnel(input), expected));

  it("gives exactly the article's 24 customers and 60,000 revenue", () => {
    const r = calculateFunnel(article());
    expect(Math.round(r.forecast.customers)).to.equal(24);
    expect(Math.round(r.forecast.revenue!)).to.equal(60000);
  });

  it('keeps the baseline exactly when nothing moves', () => {
    const r = calculateFunnel(article([0, 0, 0, 0, 0, 0]));
    expect(r.steps.map((s) => s.forecastCount)).to.deep.equal([1000, 400, 250, 120, 60, 20]);
  });

  it('does not round: 21.6 customers stay 21.6', () => {
    // 20 × 1.08 = 21.6
    const r = calculateFunnel(article([0.08, 0, 0, 0, 0, 0]));
    expectClose(r.forecast.customers, 21.6, 1e-12);
  });

  it('takes 100 steps', () => {
    const steps = Array.from({ length: 100 }, (_, i) => ({ count: 1000 - i * 10 }));
    expect(calculateFunnel({ steps }).baseline.customers).to.equal(10);
  });

  it('a bottleneck well below a rate given: chance 1 (to 1e-6), yet not sure', () => {
    const r = calculateFunnel({ steps: [{ count: 1000 }, { count: 400 }, { rate: 0.5 }, { count: 40 }] });
    expectClose(r.bottleneckChance, 1, 1e-6);
    expect(r.steps.map((s) => s.bottleneckChance)).to.have.members([
      null,
      null,
      r.steps[1].bottleneckChance,
      r.bottleneckChance,
    ]);
    expect(r.bottleneckSure).to.equal(false);
  });

  it('does not change its input', () => {
    const input = article();
    const copy = JSON.parse(JSON.stringify(input));
    calculateFunnel(input);
    expect(input).to.deep.equal(copy);
  });
});
