/**
 * Reading numbers as people write them in Dutch and in English (SPEC 3, "The compact list syntax"):
 * `1000`, `1.000`, `1,000`, `1 000` are a thousand; `2,5` and `2.5` two and a half; `2.500,50` and
 * `2,500.50` the same. A single `.` or `,` followed by exactly three digits, after a first group of 1–3
 * digits not starting with 0, groups thousands; where both marks occur, the last one is the decimal mark.
 * Only the digits 0–9: `١٠٠` (Arabic-Indic) is not a number here, and says so, as text in any other script does.
 * `Infinity`, `NaN`, `1e3`, `0x10` are not numbers here.
 */

/** Thousands grouped by one mark (`.`, `,` or a space), then perhaps a decimal part after the other mark. */
const GROUPED = /^([1-9]\d{0,2})((?:([.,\s])\d{3})(?:\3\d{3})*)(?:([.,])(\d+))?$/u;
/** No grouping: digits, perhaps one decimal mark. */
const PLAIN = /^(\d*)(?:[.,](\d+))?$/;

/** The number in `text`, or NaN when it is not one. A leading `+`, `-` or `−` is a sign. */
export function parseNumber(text: string): number {
  const [, sign, body] = /^([+\-−]?)\s*(.*)$/su.exec(String(text).trim())!;
  const g = GROUPED.exec(body);
  const m = g && g[4] != g[3] ? ['', g[1] + g[2].replace(/\D/g, ''), g[5]] : PLAIN.exec(body);
  if (!m || !(m[1] || m[2])) return NaN;
  const value = Number(`${m[1] || 0}.${m[2] || 0}`);
  return (sign && sign != '+' ? -value : value) + 0; // + 0: never −0
}

/** A value that may end in `%`: a rate or an improvement. NaN when it is not a number. */
export function parseAmount(text: string): { value: number; percent: boolean } {
  const t = String(text).trim();
  const percent = t.endsWith('%');
  return { value: parseNumber(percent ? t.slice(0, -1) : t), percent };
}
