import { expect } from 'chai';
import fc from 'fast-check';
import '../seed.js';
import { numberFormat } from '../../src/view/format.js';

describe("numberFormat: Intl's text without Intl, in Dutch and English with euros", () => {
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
  const values = [
    0,
    1,
    -1,
    0.5,
    -0.5,
    2.5,
    -2.5,
    0.15,
    0.25,
    0.35,
    1.005,
    8.995,
    69.85,
    999.5,
    999.95,
    9999.995,
    0.0999,
    0.00355,
    0.0035,
    0.009995,
    0.045,
    -0.3,
    -0.04,
    1234.5678,
    1e6,
    123456789.125,
    1e15 - 1,
    1e15,
    1e21,
    1e-6,
    9e-7,
    1e-9,
    -0.0000301,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
  ];
  for (const locale of locales)
    for (const o of options)
      it(`writes ${locale} ${JSON.stringify(o)} as Intl does`, () => {
        const ours = numberFormat(locale, o);
        const intl = new Intl.NumberFormat(locale, o);
        for (const x of values) expect(ours(x), String(x)).to.equal(intl.format(x));
        fc.assert(
          fc.property(
            fc.oneof(
              fc.double({ noNaN: true }),
              fc.double({ min: -1e4, max: 1e4 }),
              fc.integer().map((n) => n / 1000),
            ),
            (x) => {
              expect(ours(x), String(x)).to.equal(intl.format(x));
            },
          ),
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
