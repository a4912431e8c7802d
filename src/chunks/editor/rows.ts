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
 * Two periods: where every step's row has a third cell that is a figure of the same kind as its second (both
 * counts, or both rates), the second is the period before and the third this one (spreadsheets run left to right
 * in time), and a header row above names them. A third cell of another kind (the article's template: a count,
 * then its conversion in %) or an empty one is not a period: the rows are read as one.
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
  const two = found.length > 0 && found.every((r) => isNumber(r[2]) && kind(r[1]) == kind(r[2]));
  const head = two
    ? rows
        .slice(0, rows.indexOf(found[0]))
        .reverse()
        .find((r) => r.length > 2 && !isNumber(r[1]) && !isNumber(r[2]))
    : undefined;
  return {
    draft: own && decode(own[1]),
    steps: found.map((r) =>
      two
        ? { label: r[0].trim(), value: r[2].trim(), previous: r[1].trim() }
        : { label: r[0].trim(), value: r[1].trim() },
    ),
    ...(two && { names: head ? [head[1].trim(), head[2].trim()] : ['', ''] }),
  };
}
