/**
 * Rows copied from a spreadsheet or a CSV file, read into steps: what the reader pastes or loads into `editable`.
 * Pure: tested without a browser.
 */
import { decode, type Draft } from '../export/draft.js';

/** Splits one line of a spreadsheet's text into cells: by `sep`, "quoted" cells as CSV writes them. */
function cells(line: string, sep: string) {
  const out: string[] = [];
  const re = new RegExp(
    `\\s*("(?:[^"]|"")*"|[^${sep === '\t' ? '\\t' : sep}]*)\\s*(?:${sep === '\t' ? '\\t' : sep}|$)`,
    'gy',
  );
  for (let m; (m = re.exec(line)) && m[0];)
    out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
  return out;
}

/**
 * Rows copied from Excel, Google Sheets or LibreOffice, or a CSV file: the label in the first column, the count
 * (or a rate with %) in the second, tab-, `;`- or `,`-separated, Dutch or English numbers. Rows whose second cell
 * is not a number (a header, a total) are skipped. Our own export ends with the whole funnel (`sales-funnel` in
 * its first cell, the draft as a share link holds it): that is read instead, and nothing is lost.
 *
 * Two periods: where every step's row has two figures or more after its label, all of one kind (counts, or
 * rates), the right-most is this period and the one left of it the period before (spreadsheets run left to right
 * in time: Q1, Q2, Q3 compares Q3 with Q2), and a header row above names them. Figures of two kinds (the
 * article's template: a count, then its conversion in %) or an empty cell are not periods: the rows are read as
 * one, from the second cell.
 */
export function readRows(text: string): { steps: Draft['steps']; draft?: Draft | null; names?: [string, string] } {
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const sep = lines.some((l) => l.includes('\t')) ? '\t' : lines.some((l) => l.includes(';')) ? ';' : ',';
  const rows = lines.map((l) => cells(l, sep));
  const own = rows.find((r) => r[0] == 'sales-funnel');
  const number = /^[+\-−]?[\d.,\s]*\d[\d.,\s]*%?$/;
  const isNumber = (x = '') => number.test(x.trim());
  const found = rows.filter((r) => r.length > 1 && isNumber(r[1]) && r[0].trim());
  const kind = (x: string) => x.trim().endsWith('%');
  /** A row's figures after its label, where they can be periods: two or more, all numbers of one kind. */
  const periods = (r: string[]) => {
    const figures = r.slice(1);
    return figures.length > 1 && figures.every((x) => isNumber(x) && kind(x) == kind(r[1])) ? figures : undefined;
  };
  const two = found.length > 0 && found.every((r) => periods(r)?.length == found[0].length - 1);
  const head = two
    ? rows
        .slice(0, rows.indexOf(found[0]))
        .reverse()
        .find((r) => r.length == found[0].length && !isNumber(r.at(-1)) && !isNumber(r.at(-2)))
    : undefined;
  return {
    draft: own && decode(own[1]),
    steps: found.map((r) =>
      two
        ? { label: r[0].trim(), value: r.at(-1)!.trim(), previous: r.at(-2)!.trim() }
        : { label: r[0].trim(), value: r[1].trim() },
    ),
    ...(two && { names: head ? [head.at(-2)!.trim(), head.at(-1)!.trim()] : ['', ''] }),
  };
}
