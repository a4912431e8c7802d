/** The export menu's words, in English and Dutch: its items, shown once this chunk is here, and what a copy says. */
import type { ExportKind } from '../../view/model.js';

type MenuWords = Record<ExportKind, string> & { copied: string };

const en: MenuWords = {
  csv: 'Download CSV',
  copy: 'Copy as table',
  png: 'Image (PNG)',
  image: 'Copy as image',
  svg: 'Image (SVG)',
  copied: 'Copied.',
};

const nl: MenuWords = {
  csv: 'CSV downloaden',
  copy: 'Als tabel kopiëren',
  png: 'Afbeelding (PNG)',
  image: 'Kopieer als afbeelding',
  svg: 'Afbeelding (SVG)',
  copied: 'Gekopieerd.',
};

export const menuWords = (lang: 'nl' | 'en') => (lang == 'nl' ? nl : en);

/** " (per quarter)", or nothing without a period. */
const per = (p: string) => (p ? ` (per ${p})` : '');

/**
 * The CSV's words (SPEC 2, third edition; AUDIT.md's CSV list): every header says what its column holds, of
 * what, in which unit and per which period. `p` is the period's name ("quarter", "kwartaal") or "" without one,
 * `ps` its plural or "periods", `money` the currency ("EUR").
 */
const csvEn = {
  step: 'Step',
  now: (p: string) => `Now${per(p)}`,
  conversion: 'Conversion from the step before',
  overall: 'Conversion from the first step',
  dropOff: (p: string) => `Dropped off${per(p)}`,
  from95: 'Conversion probably from (95%)',
  to95: 'Conversion probably to (95%)',
  chance: 'Chance it is the bottleneck',
  relative: 'Improvement (relative)',
  points: 'Improvement (percentage points)',
  forecastRate: 'Conversion with the improvements',
  forecast: (p: string) => `With the improvements${per(p)}`,
  extra: 'Extra (with the improvements − now)',
  gain: (p: string) => `Extra customers from +1 percentage point${per(p)}`,
  perVersion: 'Test: people per version (at the step before)',
  inAll: 'Test: people in all',
  duration: (ps: string) => `Test: duration (${ps})`,
  weeks: 'Test: duration (weeks)',
  detectable: (p: string, points: boolean) => `One ${p || 'period'} can find (${points ? 'percentage points' : 'relative'}, 8 times in 10)`,
  source: 'Source',
  counted: 'counted',
  rateGiven: 'given as a percentage',
  few: 'Too little data',
  noOne: 'no one at the step before',
  wide: 'wide range',
  total: 'Total',
  customers: 'Customers',
  revenue: (money: string) => `Revenue (${money})`,
  nowFrom: (ps: string) => `Now: probably from (8 in 10 ${ps})`,
  nowTo: (ps: string) => `Now: to (8 in 10 ${ps})`,
  meanFrom: 'Now: on average probably from (95%)',
  meanTo: 'Now: on average to (95%)',
  thenFrom: (ps: string) => `With the improvements: probably from (8 in 10 ${ps})`,
  thenTo: (ps: string) => `With the improvements: to (8 in 10 ${ps})`,
  extraPer: (p: string) => `Extra${per(p)}`,
  extraYear: 'Extra (per year)',
  setting: 'Setting',
  value: 'Value',
  dealValue: (money: string) => `Deal value (${money})`,
  period: 'Period',
  mode: 'Improvements are',
  modes: { relative: 'relative', points: 'percentage points' },
  target: (unit: string, p: string) => `Target (${unit}${p ? ` per ${p}` : ''})`,
  roundTrip: 'This row is the funnel itself: load this file into a funnel you can edit to get it back.',
};

export type CsvWords = typeof csvEn;

const csvNl: CsvWords = {
  step: 'Stap',
  now: (p) => `Nu${per(p)}`,
  conversion: 'Conversie vanaf de stap ervoor',
  overall: 'Conversie vanaf de eerste stap',
  dropOff: (p) => `Afgehaakt${per(p)}`,
  from95: 'Conversie waarschijnlijk vanaf (95%)',
  to95: 'Conversie waarschijnlijk tot (95%)',
  chance: 'Kans dat dit het knelpunt is',
  relative: 'Verbetering (relatief)',
  points: 'Verbetering (procentpunten)',
  forecastRate: 'Conversie met de verbeteringen',
  forecast: (p) => `Met de verbeteringen${per(p)}`,
  extra: 'Extra (met de verbeteringen − nu)',
  gain: (p) => `Extra klanten door +1 procentpunt${per(p)}`,
  perVersion: 'Test: mensen per versie (bij de stap ervoor)',
  inAll: 'Test: mensen in totaal',
  duration: (ps) => `Test: duur (${ps})`,
  weeks: 'Test: duur (weken)',
  detectable: (p, points) => `Eén ${p || 'periode'} vindt (${points ? 'procentpunten' : 'relatief'}, 8 van de 10 keer)`,
  source: 'Bron',
  counted: 'geteld',
  rateGiven: 'opgegeven als percentage',
  few: 'Te weinig gegevens',
  noOne: 'niemand bij de stap ervoor',
  wide: 'brede bandbreedte',
  total: 'Totaal',
  customers: 'Klanten',
  revenue: (money) => `Omzet (${money})`,
  nowFrom: (ps) => `Nu: waarschijnlijk vanaf (8 van de 10 ${ps})`,
  nowTo: (ps) => `Nu: tot (8 van de 10 ${ps})`,
  meanFrom: 'Nu: gemiddeld waarschijnlijk vanaf (95%)',
  meanTo: 'Nu: gemiddeld tot (95%)',
  thenFrom: (ps) => `Met de verbeteringen: waarschijnlijk vanaf (8 van de 10 ${ps})`,
  thenTo: (ps) => `Met de verbeteringen: tot (8 van de 10 ${ps})`,
  extraPer: (p) => `Extra${per(p)}`,
  extraYear: 'Extra (per jaar)',
  setting: 'Instelling',
  value: 'Waarde',
  dealValue: (money) => `Dealwaarde (${money})`,
  period: 'Periode',
  mode: 'Verbeteringen zijn',
  modes: { relative: 'relatief', points: 'procentpunten' },
  target: (unit, p) => `Doel (${unit}${p ? ` per ${p}` : ''})`,
  roundTrip: 'Deze rij is de trechter zelf: laad dit bestand in een trechter die je kunt bewerken om hem terug te krijgen.',
};

export const csvWords = (lang: 'nl' | 'en') => (lang == 'nl' ? csvNl : csvEn);
