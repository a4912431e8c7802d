/**
 * Writing numbers: the formats of a locale and currency (counts, percents, money, signed), made once each.
 * Every function takes a core number (fractions for rates) and gives the text the view shows.
 */

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
  const zeros = new RegExp(
    `(?<=^\\d{${sig ? 0 : (o.minimumFractionDigits ?? (o.currency ? Math.min(2, max) : 0))},})0+$`,
  );
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

const cache: Record<string, Formats> = {};

/** The number formats of one locale and currency, made once. Every function takes a core number (fractions for rates). */
export const formats = (locale: string, currency: string): Formats =>
  (cache[locale + currency] ??= make(locale, currency));

function make(locale: string, currency: string) {
  /**
   * A format that remembers what it wrote: a slider move formats every step's figures again, most of them as they
   * were (at 100 steps a third of a move's script time). `x + 0`: −0 and 0 are one key, written as 0.
   */
  const nf = (o: Intl.NumberFormatOptions) => {
    const format = numberFormat(locale, o);
    const seen = new Map<number, string>();
    return (x: number) => {
      let text = seen.get(x);
      if (text === undefined) {
        if (seen.size > 999) seen.clear();
        seen.set(x, (text = format(x + 0)));
      }
      return text;
    };
  };
  const whole = nf({ maximumFractionDigits: 0 });
  const one = nf({ maximumFractionDigits: 1 });
  const pct = nf({ style: 'percent', maximumFractionDigits: 1 });
  const pctSmall = nf({ style: 'percent', maximumSignificantDigits: 2 });
  const wholeMoney = nf({ style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const cents = nf({ style: 'currency', currency });
  const tiny = '< ' + one(0.1);
  /**
   * People: whole from 10 up (20, not 20.4); under 10 with one decimal, as an expected number is, not a head count
   * (0,5 a quarter is 2 a year: the figures agree); "< 0,1" for less, but more than none.
   */
  const count = (x: number) => (Math.abs(x) >= 10 ? whole(x) : x && Math.abs(x) < 0.05 ? tiny : one(x));
  /** A rate: one decimal; under 1 % two significant digits (0.35 % is a real e-commerce conversion). */
  const percent = (x: number) => (Math.abs(x) < 0.01 && x ? pctSmall : pct)(x);
  /** Whole amounts without cents; below 100 with cents where there are any. */
  const money = (x: number) => (Math.abs(x) < 100 && Math.round(x * 100) % 100 ? cents : wholeMoney)(x);
  /** A "+" before gains (Intl puts "−" before losses), joined to the figure so a line never breaks after it. */
  const signed = (format: (x: number) => string) => (x: number) => (x > 0 ? '+\u2060' : '') + format(x);
  return {
    count,
    /** Counts that may be fractions and are not people: weeks, periods. */
    one,
    /** A change in people, as `count` writes them: "+4", "+0,7". */
    signedCount: signed(count),
    pct: percent,
    /** A change in percent: "+20%", and a change too small for a whole tenth with the digits that make it one ("+0,032%"). */
    signedPct: signed(percent),
    /** Two rates with the digits it takes to tell them apart (1% → 1,01%), up to six significant. */
    pcts(a: number, b: number): [string, string] {
      let [x, y] = [percent(a), percent(b)];
      for (let digits = 3; x == y && a != b && digits <= 6; digits++) {
        const more = numberFormat(locale, { style: 'percent', maximumSignificantDigits: digits });
        [x, y] = [more(a), more(b)];
      }
      return [x, y];
    },
    money,
    signedMoney: signed(money),
  };
}
export type Formats = ReturnType<typeof make>;
