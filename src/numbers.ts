/**
 * Numbers as people write them in Dutch and in English (SPEC 3, "The compact list syntax"):
 * `1000`, `1.000`, `1,000`, `1 000` are a thousand; `2,5` and `2.5` two and a half; `2.500,50` and
 * `2,500.50` the same. A single `.` or `,` followed by exactly three digits, after a first group of 1–3
 * digits not starting with 0, groups thousands; where both marks occur, the last one is the decimal mark.
 * Only the digits 0–9: `١٠٠` (Arabic-Indic) is not a number here, and says so, as text in any other script does.
 * `Infinity`, `NaN`, `1e3`, `0x10` are not numbers here.
 */

/** The number in `text`, or NaN when it is not one. A leading `+`, `-` or `−` is a sign. */
export function parseNumber(text: string): number {
  const m = /^([+\-−]?)\s*(.*)$/su.exec(String(text).trim())!;
  let body = m[2];
  // Spaces (also no-break and thin ones) group thousands only: 1 000 000, 1 000,50.
  if (/\s/.test(body)) {
    if (!/^\d{1,3}(\s\d{3})+([.,]\d+)?$/.test(body)) return NaN;
    body = body.replace(/\s/g, '');
  }
  const last = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  let int = body;
  let frac = '';
  if (last >= 0) {
    const mark = body[last];
    const other = mark == '.' ? ',' : '.';
    const single = body.indexOf(mark) == last;
    const grouped = (s: string, g: string) => new RegExp(`^\\d{1,3}(\\${g}\\d{3})+$`).test(s);
    if (body.includes(other) || (single && !/^[1-9]\d{0,2}[.,]\d{3}$/.test(body))) {
      // `mark` is the decimal mark; anything before it may be grouped by the other mark.
      if (!single) return NaN;
      int = body.slice(0, last);
      frac = body.slice(last + 1);
      if (int.includes(other)) {
        if (!grouped(int, other)) return NaN;
        int = int.split(other).join('');
      }
    } else if (grouped(body, mark)) int = body.split(mark).join('');
    else return NaN;
  }
  if (!/^\d*$/.test(int) || !/^\d*$/.test(frac) || !(int + frac)) return NaN;
  const value = Number(`${int || 0}.${frac || 0}`);
  return (m[1] && m[1] != '+' ? -value : value) + 0; // + 0: never −0
}

/** A value that may end in `%`: a rate or an improvement. NaN when it is not a number. */
export function parseAmount(text: string): { value: number; percent: boolean } {
  const t = String(text).trim();
  const percent = t.endsWith('%');
  return { value: parseNumber(percent ? t.slice(0, -1) : t), percent };
}
