/**
 * The scenario as a table for spreadsheets: CSV to download, tab-separated text to paste. Pure. Loaded on the
 * first export (a funnel that is only looked at never pays for it).
 *
 * A file that explains itself (SPEC 2, third edition; AUDIT.md's CSV list), in the page's language, in four
 * blocks with a blank row between them:
 *   1. the steps: a row each, its count now, its conversions, how sure (95 %) and its chance of being the
 *      bottleneck, the improvement (relative; in points mode also in points, never two units in one column),
 *      the forecast, what +1 point brings, the test a moved slider needs (per version, in all, in periods and
 *      weeks), what one period can find, where the figure came from (counted or given as a percentage) and why
 *      there is too little data (no one at the step before, or a wide range); with a period before, its count
 *      and conversion, the change of each (the count relative, the conversion in points, each in its own column)
 *      with its interval (95 % for all the steps together), the verdict, and the step's part of the change in
 *      customers;
 *   2. the totals: customers, and revenue in its currency, now and with the improvements, each with its range of
 *      one period (8 in 10) and today's average (95 %), and the extra per period and per year; with a period
 *      before, its figure and the change since;
 *   3. the settings: deal value, period, what the improvements are, the target, the periods compared;
 *   (with a test) its result: A's and B's entrants, conversions and rates side by side, the chance that B beats A,
 *      the lift with its 95 % and 80 % intervals, the verdict, the split planned and its sample-ratio test, and
 *      what B is worth in customers (and revenue) per period and per year with its 8-in-10 range;
 *   4. the funnel itself (`sales-funnel` in its first cell, then the funnel as a share link holds it, then what
 *      the row is): what `editable` reads back, with nothing lost (steps given as rates stay rates).
 * Every header names its unit and period ("Now (per quarter)", "Revenue (EUR)"); a cell is empty where there
 * is nothing to say (no data, no test planned, no range), never 0 %.
 * Numbers are written as Excel, Google Sheets and LibreOffice read them in the page's locale: its decimal mark,
 * no thousands separator, rates as percentages (`40,5%` in Dutch), fractions kept (21.6 customers is 21.6 here).
 * Where the decimal mark is a comma, CSV separates with `;` (what Dutch Excel expects), else with `,`. Text a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
 */
import type { FunnelResult, Outcome } from '../../core/index.js';
import { PERIODS, WEEKS_A_YEAR } from '../../config/settings.js';
import { empty, type Model as ViewModel } from '../../view/model.js';
import { verdictOf } from '../test/verdict.js';
import { draftOf, encode } from './draft.js';
import { csvWords } from './words.js';

/** The export reads the whole result: the forecast and its plan. */
type Model = ViewModel<FunnelResult>;

/** @param csv a file (quoted, `,` or `;`); else tab-separated, for the clipboard. */
export function toText(m: Model, csv: boolean): string {
  const { settings: s, result: r, words: t } = m;
  const w = csvWords(s.lang);
  const format = new Intl.NumberFormat(s.locale, { useGrouping: false, maximumFractionDigits: 6 }).format;
  const sep = csv ? (format(0.5).includes(',') ? ';' : ',') : '\t';
  const pct = (x?: number | null) => (x == null ? '' : format(x * 100) + '%');
  const num = (x?: number | null) => (x == null ? '' : format(x));
  const text = (x: string) => {
    x = /^[=+\-@\t\r]/.test(x) ? "'" + x : x;
    return !csv ? x.replace(/\s+/g, ' ') : /[",;\n\r]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x;
  };
  const points = s.mode == 'points';
  const [p, ps] = s.period ? t.units[s.period] : ['', t.units[''][1]];
  const money = s.currency;

  /** A column: its header, and its cell for step `i` (blank where there is nothing to say). */
  type Column = [string, (i: number) => string];
  const steps = r.steps;
  const detectable = (d: number | null) => (d === null ? '' : points ? num(d * 100) : pct(d));
  const planned = (i: number) => steps[i].sampleNeeded !== null && steps[i].testPeriods !== null;
  const columns: (Column | false)[] = [
    [w.step, (i) => text(steps[i].label)],
    [w.now(p), (i) => num(steps[i].count)],
    [w.conversion, (i) => (i && !empty(r, i) ? pct(steps[i].rate) : '')],
    [w.overall, (i) => (steps[0].count > 0 ? pct(steps[i].overallRate) : '')],
    [w.dropOff(p), (i) => (i ? num(steps[i].dropOff) : '')],
    [w.from95, (i) => pct(steps[i].interval?.low)],
    [w.to95, (i) => pct(steps[i].interval?.high)],
    [w.chance, (i) => pct(steps[i].bottleneckChance)],
    // The leads' slider is always relative: in points mode its own column, never two units in one.
    [w.relative, (i) => (!points || !i ? pct(steps[i].improvement) : '')],
    points && [w.points, (i) => (i ? num(steps[i].improvement * 100) : '')],
    [w.forecastRate, (i) => (i && !empty(r, i) ? pct(steps[i].forecastRate) : '')],
    [w.forecast(p), (i) => num(steps[i].forecastCount)],
    [w.extra, (i) => num(steps[i].extraCount)],
    [w.gain(p), (i) => num(steps[i].gainPerPoint)],
    [w.perVersion, (i) => (planned(i) ? num(Math.ceil(steps[i].sampleNeeded!)) : '')],
    [w.inAll, (i) => (planned(i) ? num(2 * Math.ceil(steps[i].sampleNeeded!)) : '')],
    [w.duration(ps), (i) => (planned(i) ? num(steps[i].testPeriods) : '')],
    !!s.period && [
      w.weeks,
      (i) => (planned(i) ? num((steps[i].testPeriods! * WEEKS_A_YEAR) / PERIODS[s.period!]) : ''),
    ],
    [w.detectable(p, points), (i) => detectable(steps[i].detectableImprovement)],
    [w.source, (i) => text(s.input.steps[i].count === undefined ? w.rateGiven : w.counted)],
    [w.few, (i) => (!steps[i].lowData ? '' : text(empty(r, i) ? w.noOne : w.wide))],
  ];
  // Two periods side by side: the period before's figures, each change in its own unit, its interval, the verdict.
  const c = r.compare;
  const was = s.previousName ?? w.periodBefore;
  const verdict = (i: number) => {
    const x = c!.steps[i];
    return x.verdict === null
      ? ''
      : text(w.verdicts[x.verdict == 'real' ? (x.change! > 0 ? 'up' : 'down') : x.verdict]);
  };
  const compared: Column[] = !c
    ? []
    : [
        [w.previous(was, p), (i) => num(c.steps[i].previousCount)],
        [w.previousConversion(was), (i) => pct(c.steps[i].previousRate)],
        [
          w.countChange(was),
          (i) => (c.steps[i].previousCount > 0 ? pct(steps[i].count / c.steps[i].previousCount - 1) : ''),
        ],
        [w.countFrom, (i) => (i ? '' : pct(c.steps[0].interval?.low))],
        [w.countTo, (i) => (i ? '' : pct(c.steps[0].interval?.high))],
        [
          w.rateChange(was),
          (i) => (i && c.steps[i].change !== null && !empty(r, i) ? num(c.steps[i].change! * 100) : ''),
        ],
        [w.rateFrom, (i) => (i && c.steps[i].interval ? num(c.steps[i].interval!.low * 100) : '')],
        [w.rateTo, (i) => (i && c.steps[i].interval ? num(c.steps[i].interval!.high * 100) : '')],
        [w.verdict, verdict],
        [w.share(p), (i) => num(c.steps[i].contribution)],
      ];
  const stepColumns = [...columns.filter((col): col is Column => !!col), ...compared];

  const total = (name: string, key: 'customers' | 'revenue') => {
    const range = (o: Outcome) => o[key == 'customers' ? 'customersPrediction' : 'revenuePrediction'];
    const mean = r.baseline[key == 'customers' ? 'customersRange' : 'revenueRange'];
    const extra = key == 'customers' ? r.extra.customers : r.extra.revenue;
    const perYear = key == 'customers' ? r.extra.customersPerYear : r.extra.revenuePerYear;
    const before = !c
      ? []
      : key == 'customers'
        ? [c.previousCustomers, c.extraCustomers]
        : [c.previousRevenue, c.extraRevenue];
    return [
      text(name),
      num(r.baseline[key]),
      num(range(r.baseline)?.low),
      num(range(r.baseline)?.high),
      num(mean?.low),
      num(mean?.high),
      num(r.forecast[key]),
      num(range(r.forecast)?.low),
      num(range(r.forecast)?.high),
      num(extra),
      num(perYear),
      ...before.map(num),
    ];
  };
  // A test's result: the two versions side by side, then its figures, a row each; what B is worth with its 8-in-10 range.
  const ab = r.test;
  const arms = s.input.test;
  const withB = (what: string, x: NonNullable<NonNullable<typeof ab>['withB']>, key: 'Customers' | 'Revenue') => {
    const range = x[`extra${key}Range80`];
    return [
      [text(w.withB(what, p)), num(x[`extra${key}`])],
      ...(x[`extra${key}PerYear`] === null ? [] : [[text(w.withBYear(what)), num(x[`extra${key}PerYear`])]]),
      ...(range
        ? [
            [text(w.withBFrom(what, ps)), num(range.low)],
            [text(w.withBTo(what, ps)), num(range.high)],
          ]
        : []),
    ];
  };
  const tested: string[][] =
    !ab || !arms
      ? []
      : [
          [],
          [text(w.test(steps[ab.step].label)), 'A', 'B'],
          [text(w.entrants), num(arms.a.entrants), num(arms.b.entrants)],
          [text(w.conversions), num(arms.a.conversions), num(arms.b.conversions)],
          [text(w.testRate), pct(ab.rateA), pct(ab.rateB)],
          [text(w.chanceB), pct(ab.chanceBBeatsA)],
          [text(w.lift), pct(ab.lift)],
          [text(w.liftFrom('95%')), pct(ab.liftInterval?.low)],
          [text(w.liftTo('95%')), pct(ab.liftInterval?.high)],
          [text(w.liftFrom('80%')), pct(ab.liftRange80?.low)],
          [text(w.liftTo('80%')), pct(ab.liftRange80?.high)],
          [text(w.testVerdict), text(w.testVerdicts[verdictOf(ab)])],
          [text(w.splitPlanned), pct(arms.split ?? 0.5)],
          [text(w.splitP), num(ab.sampleRatioP)],
          ...(ab.withB ? withB(w.customers, ab.withB, 'Customers') : []),
          ...(ab.withB && ab.withB.extraRevenue !== null ? withB(w.revenue(money), ab.withB, 'Revenue') : []),
        ];
  const { dealValue, target } = s.input;
  const rows: string[][] = [
    stepColumns.map(([head]) => text(head)),
    ...steps.map((_, i) => stepColumns.map(([, cell]) => cell(i))),
    [],
    [
      w.total,
      w.now(p),
      w.nowFrom(ps),
      w.nowTo(ps),
      w.meanFrom,
      w.meanTo,
      w.forecast(p),
      w.thenFrom(ps),
      w.thenTo(ps),
      w.extraPer(p),
      w.extraYear,
      ...(c ? [w.previous(was, p), w.since(was)] : []),
    ].map(text),
    total(w.customers, 'customers'),
    ...(r.baseline.revenue === null ? [] : [total(w.revenue(money), 'revenue')]),
    [],
    [text(w.setting), text(w.value)],
    ...(dealValue === undefined ? [] : [[text(w.dealValue(money)), num(dealValue)]]),
    ...(s.period ? [[text(w.period), text(p)]] : []),
    [text(w.mode), text(w.modes[s.mode])],
    ...(target === undefined
      ? []
      : [[text(w.target(dealValue === undefined ? w.customers.toLowerCase() : money, p)), num(target)]]),
    ...(c ? [[text(w.names), text(was), text(s.currentName ?? w.thisPeriod)]] : []),
    ...tested,
    [],
    ['sales-funnel', encode(draftOf(s, m.sliders)), text(w.roundTrip)],
  ];
  return rows.map((row) => row.join(sep)).join('\r\n');
}
