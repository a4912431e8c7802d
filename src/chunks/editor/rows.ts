/**
 * Rows copied from a spreadsheet or a CSV file, read into steps: what the reader pastes or loads into `editable`.
 * Pure: tested without a browser.
 */
import { decode, type Draft } from '../export/draft.js';

/** Splits one line of a spreadsheet's text into cells: by `sep`, "quoted" cells as CSV writes them. */
function cells(line: string, sep: string) {
  const out: string[] = [];
  const re = new RegExp(`\\s*("(?:[^"]|"")*"|[^${sep === '\t' ? '\\t' : sep}]*)\\s*(?:${sep === '\t' ? '\\t' : sep}|$)`, 'gy');
  for (let m; (m = re.exec(line)) && m[0]; ) out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
  return out;
}

/**
 * Rows copied from Excel, Google Sheets or LibreOffice, or a CSV file: the label in the first column, the count
 * (or a rate with %) in the second, tab-, `;`- or `,`-separated, Dutch or English numbers. Rows whose second cell
 * is not a number (a header, a total) are skipped. Our own export ends with the whole funnel (`sales-funnel` in
 * its first cell, the draft as a share link holds it): that is read instead, and nothing is lost.
 */
export function readRows(text: string): { steps: Draft['steps']; draft?: Draft | null } {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l.trim());
  const sep = lines.some((l) => l.includes('\t')) ? '\t' : lines.some((l) => l.includes(';')) ? ';' : ',';
  const rows = lines.map((l) => cells(l, sep));
  const own = rows.find((r) => r[0] == 'sales-funnel');
  const number = /^[+\-−]?[\d.,\s]*\d[\d.,\s]*%?$/;
  return {
    draft: own && decode(own[1]),
    steps: rows.filter((r) => r.length > 1 && number.test(r[1].trim()) && r[0].trim()).map((r) => ({ label: r[0].trim(), value: r[1].trim() })),
  };
}
