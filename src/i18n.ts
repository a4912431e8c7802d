/**
 * Every word the element shows or says, in English and Dutch, and the number formats of a locale.
 * One table per language with the same keys; the English messages of the core's error codes are the
 * core's own (`FunnelIssue.message`), so they are not written twice.
 */
import type { ConfigIssue, Period } from './parse.js';

type Fn = (...a: string[]) => string;

const en = {
  conversion: (p: string) => `${p} conversion`,
  share: (p: string) => `${p} of leads`,
  leadsHint: 'its slider: more leads',
  bottleneck: 'Bottleneck',
  lowData: (lo: string, hi: string) => `Few data: the true conversion may be anywhere from ${lo} to ${hi}.`,
  noData: 'No data: no one reached the step before.',
  leadsSlider: (l: string) => `More leads at ${l}`,
  stepSlider: (l: string) => `Improvement at ${l}`,
  leadsText: (u: string, a: string, b: string) => `${u}: ${a} → ${b} leads`,
  points: 'points',
  forecast: 'forecast',
  funnel: 'Funnel',
  period: { month: 'per month', quarter: 'per quarter', 'half-year': 'per half-year', year: 'per year' } as Record<Period, string>,
  customers: 'Customers',
  revenue: 'Revenue',
  outcome: (what: string, per: string, a: string, b: string, d: string) => `${what}${per}: ${a} today, ${b} with the improvements (${d}).`,
  perYear: (c: string, r: string) => `Per year: ${c} customers${r ? `, ${r}` : ''}.`,
  overall: (a: string, b: string) => `Leads to customers: ${a} today, ${b} with the improvements.`,
  goal: (t: string, per: string) => `To reach ${t}${per}:`,
  met: 'Reached today; the figures show the room you have.',
  leads: (n: string, now: string) => `${n} leads at today’s conversion (you have ${now})`,
  noLeads: 'more leads alone cannot: a step converts 0%',
  uniform: (u: string) => `or ${u} at every step`,
  noUniform: 'not even 100% at every step',
  alone: 'or one step alone:',
  cannot: 'cannot get there alone',
  reset: 'Reset sliders',
  error: 'This funnel cannot be shown',
  where: { attribute: 'Attribute', property: 'Property', script: 'JSON script, field', table: 'Table' } as Record<string, string>,
  step: 'step',
  bad: {
    json: (v) => `not valid JSON (${v})`,
    type: (v) => `“${v}” is not valid here`,
    'unknown-key': (v) => `unknown field “${v}”`,
    number: (v) => `“${v}” is not a number`,
    'no-colon': (v) => `“${v}” needs a label and a number, like “Leads: 1000”`,
    'no-steps': () => 'no steps given; add for example steps="Leads: 1000; Customers: 20"',
    'too-many': (v, n) => `${v} values for ${n} steps`,
    enum: (v, o) => `“${v}” is not one of ${o}`,
    'range-min': (v) => `“${v}” must be −100 or more`,
    'range-max': (v) => `“${v}” must be above the minimum and at most 1,000,000`,
    locale: (v) => `“${v}” is not a locale like nl-NL or en-GB`,
    currency: (v) => `“${v}” is not a currency code like EUR or USD`,
    unreadable: (v) => `cannot be read (${v})`,
  } as Record<string, Fn>,
};

export type Strings = typeof en;

const nl: Strings = {
  conversion: (p) => `${p} conversie`,
  share: (p) => `${p} van de leads`,
  leadsHint: 'de schuif: meer leads',
  bottleneck: 'Knelpunt',
  lowData: (lo, hi) => `Weinig data: de echte conversie kan tussen ${lo} en ${hi} liggen.`,
  noData: 'Geen data: niemand bereikte de stap ervoor.',
  leadsSlider: (l) => `Meer leads bij ${l}`,
  stepSlider: (l) => `Verbetering bij ${l}`,
  leadsText: (u, a, b) => `${u}: ${a} → ${b} leads`,
  points: 'procentpunt',
  forecast: 'prognose',
  funnel: 'Trechter',
  period: { month: 'per maand', quarter: 'per kwartaal', 'half-year': 'per halfjaar', year: 'per jaar' },
  customers: 'Klanten',
  revenue: 'Omzet',
  outcome: (what, per, a, b, d) => `${what}${per}: nu ${a}, met de verbeteringen ${b} (${d}).`,
  perYear: (c, r) => `Per jaar: ${c} klanten${r ? `, ${r}` : ''}.`,
  overall: (a, b) => `Van lead tot klant: nu ${a}, met de verbeteringen ${b}.`,
  goal: (t, per) => `Om ${t}${per} te halen:`,
  met: 'Nu al gehaald; de cijfers tonen je speelruimte.',
  leads: (n, now) => `${n} leads bij de huidige conversie (je hebt er ${now})`,
  noLeads: 'meer leads alleen lukt niet: een stap converteert 0%',
  uniform: (u) => `of ${u} bij elke stap`,
  noUniform: 'zelfs niet met 100% bij elke stap',
  alone: 'of één stap alleen:',
  cannot: 'lukt niet alleen',
  reset: 'Schuiven terugzetten',
  error: 'Deze trechter kan niet worden getoond',
  where: { attribute: 'Attribuut', property: 'Eigenschap', script: 'JSON-script, veld', table: 'Tabel' },
  step: 'stap',
  bad: {
    json: (v) => `geen geldige JSON (${v})`,
    type: (v) => `“${v}” is hier niet geldig`,
    'unknown-key': (v) => `onbekend veld “${v}”`,
    number: (v) => `“${v}” is geen getal`,
    'no-colon': (v) => `“${v}” heeft een naam en een getal nodig, zoals “Leads: 1000”`,
    'no-steps': () => 'geen stappen; voeg bijvoorbeeld steps="Leads: 1000; Klanten: 20" toe',
    'too-many': (v, n) => `${v} waarden voor ${n} stappen`,
    enum: (v, o) => `“${v}” is niet een van ${o}`,
    'range-min': (v) => `“${v}” moet −100 of meer zijn`,
    'range-max': (v) => `“${v}” moet boven het minimum liggen en hoogstens 1.000.000 zijn`,
    locale: (v) => `“${v}” is geen locale zoals nl-NL of en-GB`,
    currency: (v) => `“${v}” is geen valutacode zoals EUR of USD`,
    unreadable: (v) => `kan niet worden gelezen (${v})`,
    // The core's codes; in English the core's own message says it.
    'steps-too-few': (v) => `een trechter heeft minstens 2 stappen nodig, deze heeft er ${v}`,
    'steps-too-many': (v) => `een trechter heeft hoogstens 100 stappen, deze heeft er ${v}`,
    'count-missing': (_, i) => (i == '0' ? 'de eerste stap heeft een aantal leads nodig, geen percentage' : 'geen aantal of conversie'),
    'count-invalid': (v) => `“${v}” moet een aantal van 0 tot 1.000.000.000.000.000 zijn`,
    'count-above-previous': (v, p) => `${v} is meer dan de ${p} van de stap ervoor`,
    'rate-invalid': (v) => `een conversie van ${v} moet tussen 0% en 100% liggen`,
    'improvement-invalid': (v) => `een verbetering van ${v} moet tussen −100% en 1.000.000% liggen`,
    'deal-value-invalid': (v) => `“${v}” moet tussen 0 en 1.000.000.000.000.000 liggen`,
    'target-invalid': (v) => `“${v}” moet boven 0 liggen, tot 1.000.000.000.000.000`,
  },
};

export const strings = (lang: 'nl' | 'en'): Strings => (lang == 'nl' ? nl : en);

const cache: Record<string, Formats> = {};

/** The number formats of one locale and currency, made once. Every function takes a core number (fractions for rates). */
export const formats = (locale: string, currency: string): Formats => (cache[locale + currency] ??= make(locale, currency));

function make(locale: string, currency: string) {
  const nf = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, o).format;
  const sign = { signDisplay: 'exceptZero' } as const;
  const count = nf({ maximumFractionDigits: 1 });
  const signedCount = nf({ maximumFractionDigits: 1, ...sign });
  const pct = nf({ style: 'percent', maximumFractionDigits: 1 });
  const pctSmall = nf({ style: 'percent', maximumSignificantDigits: 2 });
  const signedPct = nf({ style: 'percent', maximumFractionDigits: 1, ...sign });
  const money = (digits: number, signed?: boolean) =>
    nf({ style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits, ...(signed && sign) });
  const whole = money(0);
  const cents = money(2);
  const signedWhole = money(0, true);
  const signedCents = money(2, true);
  const small = (x: number) => Math.abs(x) < 100 && x % 1 != 0;
  return {
    count,
    signedCount,
    /** Rates under 1 % keep two significant digits: 0.35 % is a real e-commerce conversion. */
    pct: (x: number) => (Math.abs(x) < 0.01 ? pctSmall : pct)(x),
    signedPct,
    /** Whole amounts without cents; below 100 with cents where there are any. */
    money: (x: number) => (small(x) ? cents : whole)(x),
    // A word joiner after the sign: "+€ 10.000" never breaks after its "+".
    signedMoney: (x: number) => (small(x) ? signedCents : signedWhole)(x).replace(/^[+\-−]/, '$&\u2060'),
  };
}
export type Formats = ReturnType<typeof make>;

/** One issue in words: where it is (source, field, step), then what is wrong. */
export function describe(issue: ConfigIssue, t: Strings, f: Formats): string {
  const { code, where, field, step, value, message } = issue;
  const name = where == 'attribute' ? field.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()) : field;
  let place = t.where[where] + (where == 'table' ? '' : ' ' + name);
  // The core's English message names the step itself.
  if (message && t == en) return `${place}: ${message}`;
  if (step !== null) place += `, ${t.step} ${step + 1}${issue.label ? ` '${issue.label}'` : ''}`;
  const shown =
    typeof value == 'number' && /rate|improvement/.test(code) ? f.pct(value) : typeof value == 'number' ? f.count(value) : String(value);
  const extra = typeof issue.extra == 'number' ? f.count(issue.extra) : String(issue.extra ?? step);
  return `${place}: ${(t.bad[code] ?? t.bad.type)(shown, extra)}.`;
}
