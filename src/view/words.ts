/**
 * Every word the first render shows or says, in English and Dutch: one table per language with the same keys.
 * The chunks have their own (the insights, the editor, the error messages). Words take finished figures (text);
 * which figures, rounded how, is the view model's business (`model.ts`), and writing numbers `format.ts`'s.
 */
import type { Period } from '../config/settings.js';

/** A count of one, as the formats write it: "1", "+1", "−1" (a sign joined to it by U+2060). */
const single = (n: string) => /^[+−-]?1$/.test(n.replace(/\u2060/g, ''));

const en = {
  // Key figures.
  revenue: 'Revenue',
  customers: 'Customers',
  /** "1 customer", "3 customers": a count of them. */
  people: (n: string): string => `${n} ${single(n) ? 'customer' : 'customers'}`,
  /** Each period, one and many ("8 in 10 quarters"); no period: "period". */
  units: { month: ['month', 'months'], quarter: ['quarter', 'quarters'], 'half-year': ['half-year', 'half-years'], year: ['year', 'years'], '': ['period', 'periods'] } as Record<Period | '', string[]>,
  /** "in one quarter". */
  one: 'in one',
  perYear: (x: string) => `${x} a year`,
  range: (what: string, periods: string, lo: string, hi: string) => `Between ${lo} and ${hi} ${what.toLowerCase()} in 8 of 10 ${periods}`,
  rough: 'a rough estimate',
  ratesLeftOut: (n: string) => (n == '1' ? 'the given percentage counts as exact' : `the ${n} given percentages count as exact`),
  noRange: 'No range: every step is given as a percentage, so there is no telling how sure they are.',
  hint: 'Try a slider below',
  /** What the live region says once a slider rests. */
  spoken: (what: string, now: string, then: string, extra: string) => `${what}: ${now} now, ${then} with the improvements (${extra}).`,
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
  likely: ' (likely, but not sure: see Insights)',
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
  csv: 'Download CSV',
  copy: 'Copy as table',
  copied: 'Copied.',
  pp: 'pp',
};

export type Words = typeof en;

const nl: Words = {
  revenue: 'Omzet',
  customers: 'Klanten',
  people: (n) => `${n} ${single(n) ? 'klant' : 'klanten'}`,
  units: { month: ['maand', 'maanden'], quarter: ['kwartaal', 'kwartalen'], 'half-year': ['halfjaar', 'halfjaren'], year: ['jaar', 'jaren'], '': ['periode', 'perioden'] },
  one: 'in één',
  perYear: (x) => `${x} per jaar`,
  range: (what, periods, lo, hi) => `In 8 van de 10 ${periods} haal je tussen ${lo} en ${hi} ${what.toLowerCase()}`,
  rough: 'een ruwe schatting',
  ratesLeftOut: (n) => (n == '1' ? 'het opgegeven percentage telt als zeker' : `de ${n} opgegeven percentages tellen als zeker`),
  noRange: 'Geen bandbreedte: alle stappen zijn als percentage opgegeven, dus hoe zeker die zijn, valt niet te zeggen.',
  hint: 'Probeer een schuifje hieronder',
  spoken: (what, now, then, extra) => `${what}: nu ${now}, met de verbeteringen ${then} (${extra}).`,
  funnel: 'Trechter',
  now: 'Nu',
  then: 'Met verbeteringen',
  step: 'Stap',
  improvement: 'Verbetering',
  improvementPoints: 'Verbetering (procentpunten)',
  result: 'Straks',
  bottleneck: 'Knelpunt',
  likely: ' (waarschijnlijk, maar niet zeker: zie Inzichten)',
  noData: 'geen gegevens',
  leadsSlider: (label) => `Meer ${label}`,
  stepSlider: (label) => `${label} verbeteren`,
  leadsValue: (u, a, b) => `${u}: van ${a} naar ${b}`,
  stepValue: (u, a, b) => `${u}: conversie van ${a} naar ${b}`,
  points: (n) => `${n} procentpunt`,
  insights: 'Inzichten',
  insightsAbout: (goal) => `knelpunt, betrouwbaarheid, testen${goal ? ', doel' : ''}`,
  fewData: (n) => `te weinig gegevens bij ${n == '1' ? '1 stap' : `${n} stappen`}`,
  reset: 'Terugzetten',
  export: 'Exporteren',
  csv: 'CSV downloaden',
  copy: 'Als tabel kopiëren',
  copied: 'Gekopieerd.',
  pp: '%-punt',
};

export const words = (lang: 'nl' | 'en'): Words => (lang == 'nl' ? nl : en);

/** " per quarter" after a figure, where there is a period. */
export const per = (t: Words, period?: Period) => (period ? ` per ${t.units[period][0]}` : '');
