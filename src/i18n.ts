/**
 * Every word the element shows or says, in English and Dutch, and the number formats of a locale.
 * One table per language with the same keys; the English messages of the core's error codes are the
 * core's own (`FunnelIssue.message`), so they are not written twice.
 */
import { attributeOf, cut, type ConfigIssue, type Period } from './parse.js';

type Fn = (...a: string[]) => string;

const en = {
  conversion: (p: string) => `${p} conversion`,
  share: (p: string) => `${p} of leads`,
  leadsHint: 'slider: more leads',
  bottleneck: 'Bottleneck',
  lowData: (lo: string, hi: string) => `Few data: truly ${lo} to ${hi}.`,
  noData: 'No data: the step before is empty.',
  leadsSlider: (l: string) => `More leads at ${l}`,
  stepSlider: (l: string) => `Improvement at ${l}`,
  points: 'points',
  forecast: 'forecast',
  funnel: 'Funnel',
  period: { month: 'per month', quarter: 'per quarter', 'half-year': 'per half-year', year: 'per year' } as Record<Period, string>,
  customers: 'Customers',
  revenue: 'Revenue',
  outcome: (what: string, per: string, a: string, b: string, d: string, y: string) => `${what}${per}: ${a} now, ${b} improved (${d}${y && `; ${y} a year`}).`,
  overall: (a: string, b: string) => `Leads to customers: ${a} now, ${b} improved.`,
  range: (lo: string, hi: string, lo0: string, hi0: string) => `Likely ${lo} to ${hi} improved, ${lo0} to ${hi0} now (95%).`,
  thin: 'Too few data to trust: measure longer.',
  test: (n: string, u: string, had: string, per: string) => `Testing this ${u} takes about ${n} entrants per variant; it had ${had}${per}.`,
  work: 'Work first on (one point more conversion):',
  goal: (t: string, per: string) => `To reach ${t}${per}:`,
  leads: (n: string, now: string) => `${n} leads at today’s rates (now ${now})`,
  noLeads: 'not with leads alone: a step converts 0%',
  uniform: (u: string) => `or ${u} at every step`,
  noUniform: 'not even 100% at every step',
  alone: 'or one step alone:',
  cannot: 'not alone',
  reset: 'Reset sliders',
  csv: 'Download CSV',
  copy: 'Copy as table',
  copied: 'Copied.',
  columns: ['Step', 'Count', 'Conversion', 'Improvement', 'Forecast', 'Extra', 'Low (95%)', 'High (95%)'],
  error: 'This funnel cannot be shown',
  where: { attribute: 'Attribute', property: 'Property', script: 'JSON', table: 'Table' } as Record<string, string>,
  step: 'step',
  bad: {
    json: (v) => `not valid JSON (${v})`,
    type: (v) => `“${v}” is not valid here`,
    'unknown-key': (v) => `unknown field “${v}”`,
    number: (v) => `“${v}” is not a number`,
    'no-colon': (v) => `“${v}” needs “label: number”`,
    'no-steps': () => 'no steps; add e.g. steps="Leads: 1000; Customers: 20"',
    'too-many': (v, n) => `${v} values for ${n} steps`,
    enum: (v, o) => `“${v}” is not one of ${o}`,
    range: (v) => `“${v}” must lie in −100 to 1,000,000, the minimum below the maximum`,
  } as Record<string, Fn>,
};

export type Strings = typeof en;

const nl: Strings = {
  conversion: (p) => `${p} conversie`,
  share: (p) => `${p} van de leads`,
  leadsHint: 'schuif: meer leads',
  bottleneck: 'Knelpunt',
  lowData: (lo, hi) => `Weinig data: echt ${lo} tot ${hi}.`,
  noData: 'Geen data: de stap ervoor is leeg.',
  leadsSlider: (l) => `Meer leads bij ${l}`,
  stepSlider: (l) => `Verbetering bij ${l}`,
  points: 'procentpunt',
  forecast: 'prognose',
  funnel: 'Trechter',
  period: { month: 'per maand', quarter: 'per kwartaal', 'half-year': 'per halfjaar', year: 'per jaar' },
  customers: 'Klanten',
  revenue: 'Omzet',
  outcome: (what, per, a, b, d, y) => `${what}${per}: nu ${a}, verbeterd ${b} (${d}${y && `; ${y} per jaar`}).`,
  overall: (a, b) => `Van lead tot klant: nu ${a}, verbeterd ${b}.`,
  range: (lo, hi, lo0, hi0) => `Waarschijnlijk ${lo} tot ${hi} verbeterd, ${lo0} tot ${hi0} nu (95%).`,
  thin: 'Te weinig data om op te bouwen: meet langer.',
  test: (n, u, had, per) => `Deze ${u} testen vraagt zo'n ${n} instromers per variant; er waren ${had}${per}.`,
  work: 'Eerst aanpakken (één procentpunt meer conversie):',
  goal: (t, per) => `Om ${t}${per} te halen:`,
  leads: (n, now) => `${n} leads bij de huidige conversie (nu ${now})`,
  noLeads: 'niet met leads alleen: een stap converteert 0%',
  uniform: (u) => `of ${u} bij elke stap`,
  noUniform: 'zelfs niet met 100% bij elke stap',
  alone: 'of één stap alleen:',
  cannot: 'niet alleen',
  reset: 'Schuiven terugzetten',
  csv: 'CSV downloaden',
  copy: 'Kopiëren als tabel',
  copied: 'Gekopieerd.',
  columns: ['Stap', 'Aantal', 'Conversie', 'Verbetering', 'Prognose', 'Extra', 'Laag (95%)', 'Hoog (95%)'],
  error: 'Deze trechter kan niet worden getoond',
  where: { attribute: 'Attribuut', property: 'Eigenschap', script: 'JSON', table: 'Tabel' },
  step: 'stap',
  bad: {
    json: (v) => `geen geldige JSON (${v})`,
    type: (v) => `“${v}” is hier niet geldig`,
    'unknown-key': (v) => `onbekend veld “${v}”`,
    number: (v) => `“${v}” is geen getal`,
    'no-colon': (v) => `“${v}” mist “naam: getal”`,
    'no-steps': () => 'geen stappen; zet bijv. steps="Leads: 1000; Klanten: 20"',
    'too-many': (v, n) => `${v} waarden voor ${n} stappen`,
    enum: (v, o) => `“${v}” is niet een van ${o}`,
    range: (v) => `“${v}” moet tussen −100 en 1.000.000 liggen, het minimum onder het maximum`,
    // The core's codes; in English the core's own message says it.
    'steps-too-few': (v) => `minstens 2 stappen nodig, niet ${v}`,
    'steps-too-many': (v) => `hoogstens 100 stappen, niet ${v}`,
    'count-missing': (_, i) => (i == '0' ? 'de eerste stap heeft een aantal nodig' : 'geen aantal of conversie'),
    'count-invalid': (v) => `“${v}” moet een aantal van 0 tot 10^15 zijn`,
    'count-above-previous': (v, p) => `${v} is meer dan de ${p} van de stap ervoor`,
    'rate-invalid': (v) => `een conversie van ${v} moet tussen 0% en 100% liggen`,
    'improvement-invalid': (v) => `een verbetering van ${v} moet tussen −100% en 1.000.000% liggen`,
    'deal-value-invalid': (v) => `“${v}” moet tussen 0 en 10^15 liggen`,
    'target-invalid': (v) => `“${v}” moet tussen 0 en 10^15 liggen`,
  },
};

export const strings = (lang: 'nl' | 'en'): Strings => (lang == 'nl' ? nl : en);

const cache: Record<string, Formats> = {};

/** The number formats of one locale and currency, made once. Every function takes a core number (fractions for rates). */
export const formats = (locale: string, currency: string): Formats => (cache[locale + currency] ??= make(locale, currency));

function make(locale: string, currency: string) {
  const nf = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, o).format;
  /** A "+" before gains (Intl puts "-" before losses), joined to the figure so a line never breaks after it. */
  const signed = (format: (x: number) => string) => (x: number) => (x > 0 ? '+\u2060' : '') + format(x);
  const count = nf({ maximumFractionDigits: 1 });
  const pct = nf({ style: 'percent', maximumFractionDigits: 1 });
  const pctSmall = nf({ style: 'percent', maximumSignificantDigits: 2 });
  const whole = nf({ style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const cents = nf({ style: 'currency', currency });
  /** Whole amounts without cents; below 100 with cents where there are any. */
  const money = (x: number) => (Math.abs(x) < 100 && x % 1 ? cents : whole)(x);
  return {
    count,
    signedCount: signed(count),
    /** Rates under 1 % keep two significant digits: 0.35 % is a real e-commerce conversion. */
    pct: (x: number) => (Math.abs(x) < 0.01 ? pctSmall : pct)(x),
    signedPct: signed(pct),
    money,
    signedMoney: signed(money),
  };
}
export type Formats = ReturnType<typeof make>;

/** A value as JSON, as its author wrote it; what JSON cannot say (a cycle, a Proxy that throws) as text. */
const json = (x: unknown) => {
  try {
    return JSON.stringify(x);
  } catch {
    return '…';
  }
};

/** One issue in words: where it is (source, field, step), then what is wrong. */
export function describe(issue: ConfigIssue, t: Strings, f: Formats): string {
  const { code, where, field, step, value, message } = issue;
  const name = where == 'attribute' ? attributeOf(field) : field;
  let place = t.where[where] + (where == 'table' ? '' : ' ' + name);
  // The core's English message names the step itself.
  if (message && t == en) return `${place}: ${message}`;
  if (step !== null) place += `, ${t.step} ${step + 1}${issue.label ? ` '${issue.label}'` : ''}`;
  const shown = cut(
    typeof value == 'number' ? (/rate|improvement/.test(code) ? f.pct : f.count)(value) : value && typeof value == 'object' ? json(value) : String(value),
  );
  const extra = typeof issue.extra == 'number' ? f.count(issue.extra) : String(issue.extra ?? step);
  return `${place}: ${(t.bad[code] ?? t.bad.type)(shown, extra)}.`;
}
