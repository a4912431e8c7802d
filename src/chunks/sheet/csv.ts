/**
 * A sheet's CSV, read as a paste is (SPEC 3, "From a spreadsheet"): the first column the step's label, then one or
 * two number columns (two: the period before and this one, the right-most this one), perhaps a header row first
 * (which names the two periods), Dutch or English numbers. RFC 4180 quoting (`"2,5"`, `"Voorstel, gedaan"`, a
 * quoted line break), CRLF, a byte-order mark and empty lines are d3-dsv's to read. Comma-separated, as Google
 * Sheets and most tools write it, or `;`-separated, as Dutch Excel does. Pure: a CSV is only ever data.
 */
import { dsvFormat } from 'd3-dsv';
import { MAX_STEPS } from '../../core/validate.js';
import { parseAmount } from '../../config/numbers.js';

/** A step as the sheet gives it: its value and the period before's, as text in the number syntax. */
export interface SheetStep {
  label: string;
  value: string;
  previous?: string;
}

export type SheetProblem =
  /** Not one step: nothing but a header, or nothing at all. */
  | { code: 'empty' }
  /** More rows of steps than a funnel takes. */
  | { code: 'rows'; rows: number }
  /** A row (counted from 1, as a spreadsheet numbers it) whose value is not a number, or has none. */
  | { code: 'row'; row: number; value: string }
  /** Rows with two numbers and rows with one. */
  | { code: 'columns'; row: number };

export type Sheet = { steps: SheetStep[]; names?: [string, string] } | { problem: SheetProblem };

const isNumber = (cell: string) => Number.isFinite(parseAmount(cell).value);

/** Cells without the empty ones at the end of the row. */
function trimEnd(cells: string[]) {
  let n = cells.length;
  while (n && !cells[n - 1]) n--;
  return cells.slice(0, n);
}

export function readCsv(text: string): Sheet {
  const body = text.replace(/^\ufeff/, '');
  // The separator: `;` where the first line has more of them than commas (outside quotes, near enough).
  const first = body.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const separator = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = dsvFormat(separator)
    .parseRows(body)
    .map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }))
    // Empty rows (a trailing line, spacing) and trailing empty cells say nothing.
    .map((r) => ({ ...r, cells: trimEnd(r.cells) }))
    .filter((r) => r.cells.length);
  let names: [string, string] | undefined;
  // A first row without a number after its label is a header; two cells after the label name the periods.
  if (rows.length && !rows[0].cells.slice(1).some(isNumber)) {
    const header = rows.shift()!.cells.slice(1);
    if (header.length == 2) names = [header[0], header[1]];
  }
  if (!rows.length) return { problem: { code: 'empty' } };
  if (rows.length > MAX_STEPS) return { problem: { code: 'rows', rows: rows.length } };
  const steps: SheetStep[] = [];
  const two = rows[0].cells.length > 2;
  for (const { row, cells } of rows) {
    const [label, ...values] = cells;
    const bad = values.find((v) => !isNumber(v));
    if (!values.length || bad !== undefined || values.length > 2)
      return { problem: { code: 'row', row, value: bad ?? cells.join(' ') } };
    if ((values.length == 2) != two) return { problem: { code: 'columns', row } };
    steps.push(two ? { label, previous: values[0], value: values[1] } : { label, value: values[0] });
  }
  return { steps, names };
}
