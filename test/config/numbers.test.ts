import { expect } from 'chai';
import { parseAmount, parseNumber } from '../../src/config/numbers.js';

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

const notNumbers = [
  '١٠٠',
  '۱۲۰',
  '１０００',
  '',
  ' ',
  'abc',
  '1e3',
  '1E3',
  '0x10',
  'Infinity',
  'NaN',
  '1.5.3',
  '1,5,3',
  '1.000.5',
  '1 5',
  '10 %',
  '12a',
  '--1',
  '1-',
  '1.2,3.4',
  '∞',
];

describe('parseNumber: the number syntax', () => {
  for (const [text, value] of numbers)
    it(`reads ${JSON.stringify(text)} as ${value}`, () =>
      expect(Object.is(parseNumber(text), value), `${parseNumber(text)}`).to.equal(true));
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
