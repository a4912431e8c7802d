/**
 * Numbers as people write them in Dutch and in English (SPEC 3, "The compact list syntax"):
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

/**
 * `Intl.NumberFormat(locale, o).format`, written by our own code for Dutch (`nl`, `nl-NL`) and English (`en`,
 * `en-US`, `en-GB`) with euros: the locales and currency a funnel has unless told otherwise. A page's first
 * `Intl.NumberFormat` starts the browser's ICU, 16–32 ms before the first render could paint (README,
 * "Performance"). The same text as Intl's, to the character, for the options `words.ts` uses: at most
 * `maximumFractionDigits` decimals (`minimumFractionDigits` kept), or `maximumSignificantDigits`; `percent`; and
 * `currency` (two decimals unless told). Rounded as ICU does: the shortest decimal that reads back as the double
 * (`String(x)`), rounded half away from zero; a percent by moving the decimal point in that text, never by
 * multiplying. Intl writes what this does not: other locales and currencies, non-finite values, values JavaScript
 * writes with an exponent (under 1e-6), and significant digits that would round the whole part.
 */
export function numberFormat(locale: string, o: Intl.NumberFormatOptions): (x: number) => string {
  let intl: ((x: number) => string) | undefined;
  const slow = (x: number) => (intl ??= new Intl.NumberFormat(locale, o).format)(x);
  const nl = /^nl(-NL)?$/i.test(locale);
  const [group, point] = nl ? '.,' : ',.';
  if (!(nl || /^en(-US|-GB)?$/i.test(locale)) || (o.currency && o.currency != 'EUR')) return slow;
  const shift = o.style == 'percent' ? 2 : 0;
  const sig = o.maximumSignificantDigits;
  const max = o.maximumFractionDigits ?? (o.currency ? 2 : shift ? 0 : 3);
  const zeros = new RegExp(`(?<=^\\d{${sig ? 0 : (o.minimumFractionDigits ?? (o.currency ? Math.min(2, max) : 0))},})0+$`);
  return (x) => {
    let [int, frac = ''] = String(Math.abs(x)).split('.');
    // The point moved `shift` places right.
    int = (int + frac.slice(0, shift).padEnd(shift, '0')).replace(/^0+(?=\d)/, '');
    frac = frac.slice(shift);
    const first = (int + frac).search(/[1-9]|$/);
    if (!isFinite(x) || /e/.test(int + frac) || (sig && first + sig < int.length)) return slow(x);
    const places = sig ? Math.max(0, first + sig - int.length) : max;
    const digits = int + frac.padEnd(places + 1, '0');
    let kept = digits.slice(0, int.length + places);
    if (digits[kept.length] >= '5') kept = String(BigInt(kept) + 1n).padStart(kept.length, '0');
    const cut = kept.length - places;
    const part = kept.slice(cut).replace(zeros, '');
    const n = kept.slice(0, cut).replace(/\B(?=(\d{3})+$)/g, group) + (part ? point + part : '');
    const sign = 1 / x < 0 ? '-' : ''; // −0 too, as Intl writes it
    return o.currency ? (nl ? '€\u00a0' + sign : sign + '€') + n : sign + n + (shift ? '%' : '');
  };
}
