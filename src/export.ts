/**
 * The scenario as a table for spreadsheets: CSV to download, tab-separated text to paste. Pure.
 *
 * One table, eight columns: step, count, conversion, improvement, forecast, extra, and the 95 % range
 * (low, high): of the step's conversion, and for the customers and revenue rows, of the forecast.
 * Numbers are written as Excel, Google Sheets and LibreOffice read them in the page's locale: its decimal
 * mark, no thousands separator, rates as percentages (`40,5%` in Dutch). Where the decimal mark is a comma,
 * CSV separates with `;` (what Dutch Excel expects), else with `,`. Text a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` first) gets a leading `'`.
 */
import type { FunnelResult, Outcome } from './core/index.js';

/**
 * @param head the eight column names, then the names of the customers and revenue rows.
 * @param csv a file (quoted, `,` or `;`); else tab-separated, for the clipboard.
 */
export function toText(r: FunnelResult, head: string[], locale: string, csv: boolean): string {
  const format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }).format;
  const sep = csv ? (format(0.5).includes(',') ? ';' : ',') : '\t';
  const pct = (x?: number | null) => (x == null ? '' : format(x * 100) + '%');
  const num = (x?: number | null) => (x == null ? '' : format(x));
  const text = (t: string) => {
    t = /^[=+\-@\t\r]/.test(t) ? "'" + t : t;
    return !csv ? t.replace(/\s+/g, ' ') : /[",;\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  const total = (name: string, today: Outcome, then: Outcome, key: 'customers' | 'revenue', extra: number | null) => {
    const range = then[key == 'customers' ? 'customersRange' : 'revenueRange'];
    return [text(name), num(today[key]), '', '', num(then[key]), num(extra), num(range?.low), num(range?.high)];
  };
  const rows = [
    head.slice(0, 8).map(text),
    ...r.steps.map((s) => [
      text(s.label),
      num(s.count),
      pct(s.rate),
      pct(s.improvement),
      num(s.forecastCount),
      num(s.extraCount),
      pct(s.interval?.low),
      pct(s.interval?.high),
    ]),
    total(head[8], r.baseline, r.forecast, 'customers', r.extra.customers),
  ];
  if (r.baseline.revenue !== null) rows.push(total(head[9], r.baseline, r.forecast, 'revenue', r.extra.revenue));
  return rows.map((row) => row.join(sep)).join('\r\n');
}
