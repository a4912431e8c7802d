/**
 * The scenario as a table for spreadsheets: CSV to download, tab-separated text to paste. Pure.
 *
 * Numbers are written as Excel, Google Sheets and LibreOffice read them in the page's locale: its decimal mark,
 * no thousands separator, rates as percentages (`40,5%` in Dutch). Where the decimal mark is a comma, CSV
 * separates with `;` (what Dutch Excel expects); else with `,`. Text that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` first) gets a leading `'`.
 */
import type { FunnelResult } from './core/index.js';

/** The column and row names, in the page's language. */
export interface ExportWords {
  columns: string[];
  rows: string[];
}

type Cell = string | number | null;

/** Rows of cells: the steps, then customers and revenue, today and with the improvements, with their ranges. */
export function table(r: FunnelResult, words: ExportWords): { rows: Cell[][]; percent: boolean[] } {
  const pct = (x: number | null) => (x === null ? null : x * 100);
  const rows: Cell[][] = [
    words.columns,
    ...r.steps.map((s) => [
      s.label,
      s.count,
      pct(s.rate),
      pct(s.overallRate),
      s.improvement * 100,
      pct(s.forecastRate),
      s.forecastCount,
      s.extraCount,
      pct(s.interval?.low ?? null),
      pct(s.interval?.high ?? null),
      s.sampleNeeded,
    ]),
    [],
  ];
  const [customers, revenue, today, withImprovements, low, high, perYear] = words.rows;
  rows.push(['', today, withImprovements, `${today}: ${low}`, `${today}: ${high}`, `${withImprovements}: ${low}`, `${withImprovements}: ${high}`, perYear]);
  const line = (name: string, key: 'customers' | 'revenue', range: 'customersRange' | 'revenueRange', year: number | null) => [
    name,
    r.baseline[key],
    r.forecast[key],
    r.baseline[range]?.low ?? null,
    r.baseline[range]?.high ?? null,
    r.forecast[range]?.low ?? null,
    r.forecast[range]?.high ?? null,
    year,
  ];
  rows.push(line(customers, 'customers', 'customersRange', r.extra.customersPerYear));
  if (r.baseline.revenue !== null) rows.push(line(revenue, 'revenue', 'revenueRange', r.extra.revenuePerYear));
  // Which columns of the step rows are percentages: conversion, of leads, improvement, forecast conversion, low, high.
  return { rows, percent: [false, false, true, true, true, true, false, false, true, true, false] };
}

/** The table as text: `csv` for a file, else tab-separated for the clipboard. */
export function toText(r: FunnelResult, words: ExportWords, locale: string, csv: boolean): string {
  const number = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 });
  const comma = number.format(0.5).includes(',');
  const separator = csv ? (comma ? ';' : ',') : '\t';
  const { rows, percent } = table(r, words);
  const stepRows = r.steps.length + 1;
  return rows
    .map((row, y) =>
      row
        .map((cell, x) => {
          if (cell === null) return '';
          if (typeof cell == 'number') return number.format(cell) + (y > 0 && y < stepRows && percent[x] ? '%' : '');
          let text = /^[=+\-@\t\r]/.test(cell) ? "'" + cell : cell;
          if (!csv) return text.replace(/[\t\r\n]+/g, ' ');
          if (/[",;\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
          return text;
        })
        .join(separator),
    )
    .join('\r\n');
}
