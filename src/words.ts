/**
 * Every word the funnel shows or says, in English and Dutch, and the number formats of a locale. One table per
 * language with the same keys. The error messages are in `messages.ts`, loaded only when there is an error.
 * Words take finished figures (text); which figures, rounded how, is the view's business (`view.ts`).
 */
import type { Period } from './config.js';
import { numberFormat } from './numbers.js';

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

const cache: Record<string, Formats> = {};

/** The number formats of one locale and currency, made once. Every function takes a core number (fractions for rates). */
export const formats = (locale: string, currency: string): Formats => (cache[locale + currency] ??= make(locale, currency));

function make(locale: string, currency: string) {
  /**
   * A format that remembers what it wrote: a slider move formats every step's figures again, most of them as they
   * were (at 100 steps a third of a move's script time). `x + 0`: −0 and 0 are one key, written as 0.
   */
  const nf = (o: Intl.NumberFormatOptions) => {
    const format = numberFormat(locale, o);
    const seen = new Map<number, string>();
    return (x: number) => {
      let text = seen.get(x);
      if (text === undefined) {
        if (seen.size > 999) seen.clear();
        seen.set(x, (text = format(x + 0)));
      }
      return text;
    };
  };
  const whole = nf({ maximumFractionDigits: 0 });
  const one = nf({ maximumFractionDigits: 1 });
  const pct = nf({ style: 'percent', maximumFractionDigits: 1 });
  const pctSmall = nf({ style: 'percent', maximumSignificantDigits: 2 });
  const wholeMoney = nf({ style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const cents = nf({ style: 'currency', currency });
  const lessThanOne = '< ' + whole(1);
  /** People are whole: 20, not 20.4; "< 1" between 0 and 1. */
  const count = (x: number) => (x > 0 && x < 0.5 ? lessThanOne : whole(x));
  /** Whole amounts without cents; below 100 with cents where there are any. */
  const money = (x: number) => (Math.abs(x) < 100 && Math.round(x * 100) % 100 ? cents : wholeMoney)(x);
  /** A "+" before gains (Intl puts "−" before losses), joined to the figure so a line never breaks after it. */
  const signed = (format: (x: number) => string) => (x: number) => (x > 0 ? '+\u2060' : '') + format(x);
  return {
    count,
    /** Counts that may be fractions and are not people: weeks, periods. */
    one,
    /** A change in people: whole, "+< 1" for a gain under one. */
    signedCount: (x: number) => (Math.abs(x) > 0 && Math.abs(x) < 0.5 ? (x > 0 ? '+\u2060' : '−\u2060') + lessThanOne : signed(whole)(x + 0)),
    /** Rates under 1 % keep two significant digits: 0.35 % is a real e-commerce conversion. */
    pct: (x: number) => (Math.abs(x) < 0.01 && x ? pctSmall : pct)(x),
    signedPct: signed(pct),
    money,
    signedMoney: signed(money),
  };
}
export type Formats = ReturnType<typeof make>;
