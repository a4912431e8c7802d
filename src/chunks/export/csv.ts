/**
 * The scenario as a table for spreadsheets: CSV to download, tab-separated text to paste. Pure. Loaded on the
 * first export (a funnel that is only looked at never pays for it).
 *
 * One row per step and one each for customers and revenue, thirteen columns with headers in the page's language:
 * step, count, conversion, improvement (percentage points in points mode, said in the header), forecast, extra;
 * the step's conversion range (95 %); for the customers and revenue rows, the likely range of one period with
 * the improvements (8 in 10); the test a moved slider needs (entrants in all, and periods); too few data.
 * Numbers are written as Excel, Google Sheets and LibreOffice read them in the page's locale: its decimal mark,
 * no thousands separator, rates as percentages (`40,5%` in Dutch), fractions kept (21.6 customers is 21.6 here).
 * Where the decimal mark is a comma, CSV separates with `;` (what Dutch Excel expects), else with `,`. Text a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
 * The last row holds the funnel itself (`sales-funnel` in its first cell, then the funnel as a share link holds
 * it): what `editable` reads back, with nothing lost (steps given as rates stay rates).
 */
import type { Outcome } from '../../core/index.js';
import type { FunnelResult } from '../../core/index.js';
import type { Model as ViewModel } from '../../view/model.js';

/** The export reads the whole result: the forecast and its plan. */
type Model = ViewModel<FunnelResult>;
import { draftOf, encode } from './draft.js';

/** The columns' headers, and the word for "too few data: yes", in each language. */
const head = {
  en: [
    'Step', 'Count', 'Conversion', 'Improvement', 'With improvements', 'Difference', 'Conversion low (95%)', 'Conversion high (95%)',
    'Low (8 in 10 periods)', 'High (8 in 10 periods)', 'Test visitors (both groups)', 'Test duration (periods)', 'Too little data', 'yes',
  ],
  nl: [
    'Stap', 'Aantal', 'Conversie', 'Verbetering', 'Met verbeteringen', 'Verschil', 'Conversie ondergrens (95%)', 'Conversie bovengrens (95%)',
    'Ondergrens (8 van de 10 perioden)', 'Bovengrens (8 van de 10 perioden)', 'Testbezoekers (beide groepen)', 'Testduur (perioden)', 'Te weinig gegevens', 'ja',
  ],
};

/** @param csv a file (quoted, `,` or `;`); else tab-separated, for the clipboard. */
export function toText(m: Model, csv: boolean): string {
  const { settings: s, result: r, words: t } = m;
  const format = new Intl.NumberFormat(s.locale, { useGrouping: false, maximumFractionDigits: 6 }).format;
  const sep = csv ? (format(0.5).includes(',') ? ';' : ',') : '\t';
  const pct = (x?: number | null) => (x == null ? '' : format(x * 100) + '%');
  const num = (x?: number | null) => (x == null ? '' : format(x));
  const text = (x: string) => {
    x = /^[=+\-@\t\r]/.test(x) ? "'" + x : x;
    return !csv ? x.replace(/\s+/g, ' ') : /[",;\n\r]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x;
  };
  const points = s.mode == 'points';
  const columns = head[s.lang];
  const yes = columns[13];
  const total = (name: string, today: Outcome, then: Outcome, key: 'customers' | 'revenue', extra: number | null) => {
    const p = then[key == 'customers' ? 'customersPrediction' : 'revenuePrediction'];
    return [text(name), num(today[key]), '', '', num(then[key]), num(extra), '', '', num(p?.low), num(p?.high), '', '', ''];
  };
  const rows = [
    columns.slice(0, 13).map((c, k) => text(k == 3 && points ? `${c} (${t.pp})` : c)),
    ...r.steps.map((st, i) => [
      text(st.label),
      num(st.count),
      pct(st.rate),
      points && i ? num(st.improvement * 100) : pct(st.improvement),
      num(st.forecastCount),
      num(st.extraCount),
      pct(st.interval?.low),
      pct(st.interval?.high),
      '',
      '',
      st.sampleNeeded === null ? '' : num(Math.ceil(2 * st.sampleNeeded)),
      num(st.testPeriods),
      st.lowData ? text(yes) : '',
    ]),
    total(t.customers, r.baseline, r.forecast, 'customers', r.extra.customers),
  ];
  if (r.baseline.revenue !== null) rows.push(total(t.revenue, r.baseline, r.forecast, 'revenue', r.extra.revenue));
  rows.push([], ['sales-funnel', encode(draftOf(s, m.sliders))]);
  return rows.map((row) => row.join(sep)).join('\r\n');
}
