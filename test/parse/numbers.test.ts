import { expect } from 'chai';
import fc from 'fast-check';
import '../seed.js';
import { numberFormat, parseAmount, parseNumber } from '../../src/numbers.js';

/** Every example in SPEC 3 "The compact list syntax", the ambiguous ones, and what is not a number. */
const numbers: [string, number][] = [
  ['1000', 1000],
  ['1.000', 1000], // a single mark before exactly three digits after 1–3 digits not starting with 0: thousands
  ['1,000', 1000],
  ['1 000', 1000],
  ['1\u00a0000', 1000], // no-break space, as Dutch word processors write it
  ['1\u202f000', 1000], // narrow no-break space (French-style grouping, Intl's output for some locales)
  ['2,5', 2.5],
  ['2.5', 2.5],
  ['1,5', 1.5],
  ['2.500,50', 2500.5], // both marks: the last one is the decimal mark
  ['2,500.50', 2500.5],
  ['0.500', 0.5], // first group starts with 0: a decimal
  ['0,500', 0.5],
  ['01.000', 1], // first group starts with 0: a decimal
  ['1234.567', 1234.567], // first group of 4 digits: a decimal
  ['1.0000', 1], // four digits after: a decimal
  ['12.34', 12.34],
  ['1.000.000', 1000000],
  ['1,000,000', 1000000],
  ['1 000 000', 1000000],
  ['1.000.000,25', 1000000.25],
  ['1,000,000.25', 1000000.25],
  ['1 000,50', 1000.5],
  ['100.000,5', 100000.5],
  ['.5', 0.5],
  [',5', 0.5],
  ['-10', -10],
  ['−10', -10], // U+2212 minus
  ['+10', 10],
  ['-0', 0],
  [' 42 ', 42],
];

const notNumbers = ['١٠٠', '۱۲۰', '１０００', '', ' ', 'abc', '1e3', '1E3', '0x10', 'Infinity', 'NaN', '1.5.3', '1,5,3', '1.000.5', '1 5', '10 %', '12a', '--1', '1-', '1.2,3.4', '∞'];

describe('parseNumber: the number syntax', () => {
  for (const [text, value] of numbers)
    it(`reads ${JSON.stringify(text)} as ${value}`, () => expect(Object.is(parseNumber(text), value), `${parseNumber(text)}`).to.equal(true));
  for (const text of notNumbers) it(`refuses ${JSON.stringify(text)}`, () => expect(parseNumber(text)).to.be.NaN);
});

describe('parseAmount: a trailing % marks a rate', () => {
  const cases: [string, number, boolean][] = [
    ['40%', 40, true],
    ['40 %', 40, true],
    ['12,5%', 12.5, true],
    ['1.000', 1000, false],
    ['+10%', 10, true],
  ];
  for (const [text, value, percent] of cases)
    it(`reads ${JSON.stringify(text)}`, () => expect(parseAmount(text)).to.deep.equal({ value, percent }));
  it('refuses a % alone', () => expect(parseAmount('%').value).to.be.NaN);
});

describe('numberFormat: Intl\'s text without Intl, in Dutch and English with euros', () => {
  /** Every format words.ts makes, and Intl's defaults for decimals, percent and currency. */
  const options: Intl.NumberFormatOptions[] = [
    { maximumFractionDigits: 0 },
    { maximumFractionDigits: 1 },
    { style: 'percent', maximumFractionDigits: 1 },
    { style: 'percent', maximumSignificantDigits: 2 },
    { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 },
    { style: 'currency', currency: 'EUR' },
    {},
    { style: 'percent' },
  ];
  const locales = ['nl-NL', 'nl', 'en', 'en-US', 'en-GB'];
  /** Ties (0.15, 2.5, 1.005, 0.00355), carries (999.95, 0.0999), zeros, the edges of the range and beyond it. */
  const values = [0, 1, -1, 0.5, -0.5, 2.5, -2.5, 0.15, 0.25, 0.35, 1.005, 8.995, 69.85, 999.5, 999.95, 9999.995, 0.0999,
    0.00355, 0.0035, 0.009995, 0.045, -0.3, -0.04, 1234.5678, 1e6, 123456789.125, 1e15 - 1, 1e15, 1e21, 1e-6, 9e-7, 1e-9,
    -0.0000301, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE];
  for (const locale of locales)
    for (const o of options)
      it(`writes ${locale} ${JSON.stringify(o)} as Intl does`, () => {
        const ours = numberFormat(locale, o);
        const intl = new Intl.NumberFormat(locale, o);
        for (const x of values) expect(ours(x), String(x)).to.equal(intl.format(x));
        fc.assert(
          fc.property(fc.oneof(fc.double({ noNaN: true }), fc.double({ min: -1e4, max: 1e4 }), fc.integer().map((n) => n / 1000)), (x) => {
            expect(ours(x), String(x)).to.equal(intl.format(x));
          }),
          { numRuns: 300 },
        );
      });
  it('makes no Intl.NumberFormat for them until a value is outside its range', () => {
    const made: unknown[] = [];
    const Real = Intl.NumberFormat;
    Intl.NumberFormat = new Proxy(Real, { construct: (t, args) => (made.push(args), Reflect.construct(t, args)) });
    try {
      const f = numberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
      expect(f(1234.5)).to.equal('€\u00a01.234,50');
      expect(made).to.have.length(0);
      expect(f(1e21)).to.equal(new Real('nl-NL', { style: 'currency', currency: 'EUR' }).format(1e21));
      expect(made).to.have.length(1);
      expect(numberFormat('de-DE', {})(1234.5)).to.equal('1.234,5');
      expect(numberFormat('en', { style: 'currency', currency: 'USD' })(5)).to.equal('$5.00');
      expect(made).to.have.length(3);
    } finally {
      Intl.NumberFormat = Real;
    }
  });
});
