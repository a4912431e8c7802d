/** The first render's words in English (`index.ts` loads a language's words as a chunk, before its first render). */
import type { Period } from '../../config/settings.js';
import { single } from './index.js';

export const words = {
  // Key figures.
  revenue: 'Revenue',
  customers: 'Customers',
  /** "1 customer", "3 customers": a count of them. */
  people: (n: string): string => `${n} ${single(n) ? 'customer' : 'customers'}`,
  /** Each period, one and many ("8 in 10 quarters"); no period: "period". */
  units: {
    month: ['month', 'months'],
    quarter: ['quarter', 'quarters'],
    'half-year': ['half-year', 'half-years'],
    year: ['year', 'years'],
    '': ['period', 'periods'],
  } as Record<Period | '', string[]>,
  /** "in one quarter". */
  one: 'in one',
  perYear: (x: string) => `${x} a year`,
  /** The 80 % range of one next period: "between €40,000 and €89,000 revenue in 8 of 10 quarters". */
  range: (what: string, periods: string, lo: string, hi: string) =>
    `between ${lo} and ${hi} ${what} in 8 of 10 ${periods}`,
  /** Which scenario a range is of. */
  today: 'Now',
  withImprovements: 'With the improvements',
  /** What a range assumes: only chance varies (seasons and campaigns come on top). */
  chanceOnly: 'if only chance varies',
  tooFew: 'too few customers for a range.',
  rough: 'rough',
  ratesLeftOut: (n: string) =>
    n == '1' ? 'the given percentage counts as exact' : `the ${n} given percentages count as exact`,
  noRange: 'No range: every step is given as a percentage, so there is no telling how sure they are.',
  hint: 'Try a slider below',
  onAverage: 'on average',
  /** What the live region says once a slider rests. */
  spoken: (what: string, now: string, then: string, extra: string) =>
    `${what}: ${now} now, ${then} with the improvements (${extra}).`,
  // The funnel.
  funnel: 'Funnel',
  now: 'Now',
  then: 'With improvements',
  // Column headers.
  step: 'Step',
  improvement: 'Improvement',
  improvementPoints: 'Improvement (% points)',
  result: 'Then',
  // A step's row.
  bottleneck: 'Bottleneck',
  lowest: 'Lowest conversion',
  seeInsights: ' (see Insights)',
  notSure: 'not sure',
  chance: (p: string) => `${p} chance`,
  noData: 'no data',
  leadsSlider: (label: string) => `More ${label}`,
  stepSlider: (label: string) => `Improve ${label}`,
  /** aria-valuetext: the change in words. */
  leadsValue: (u: string, a: string, b: string) => `${u}: from ${a} to ${b}`,
  stepValue: (u: string, a: string, b: string) => `${u}: conversion from ${a} to ${b}`,
  points: (n: string) => `${n} percentage ${single(n) ? 'point' : 'points'}`,
  // Insights.
  insights: 'Insights',
  insightsAbout: (goal: string) => `bottleneck, reliability, testing${goal ? ', goal' : ''}`,
  fewData: (n: string) => (n == '1' ? 'too little data at 1 step' : `too little data at ${n} steps`),
  // Buttons.
  reset: 'Reset sliders',
  export: 'Export',
  pp: 'pp',
};

export type Words = typeof words;
