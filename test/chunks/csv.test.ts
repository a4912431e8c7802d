import { expect } from 'chai';
import { toText } from '../../src/chunks/export/csv.js';
import { decode } from '../../src/chunks/export/draft.js';
import type { FunnelResult } from '../../src/core/index.js';
import type { Model } from '../../src/view/model.js';
import { ARTICLE, ARTIKEL, modelOf } from '../model.js';

/** A CSV reader as spreadsheets read: quoted fields, doubled quotes, the given separator. */
function readCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c == '"' && text[i + 1] == '"') (field += '"'), i++;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') quoted = true;
    else if (c == sep) row.push(field), (field = '');
    else if (c == '\r' && text[i + 1] == '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  row.push(field);
  rows.push(row);
  return rows;
}

/** A cell back to a number, as a spreadsheet in that locale reads it: "40,5%" → 0.405. */
const number = (cell: string, comma: boolean) => {
  const pct = cell.endsWith('%');
  const n = Number((pct ? cell.slice(0, -1) : cell).replace(comma ? ',' : '.', '.'));
  return pct ? n / 100 : n;
};

const HEAD = [
  'Step', 'Count', 'Conversion', 'Improvement', 'With improvements', 'Difference', 'Conversion low (95%)', 'Conversion high (95%)',
  'Low (8 in 10 periods)', 'High (8 in 10 periods)', 'Test visitors (both groups)', 'Test duration (periods)', 'Too little data',
];

/** Every number of the result is in the table, as the spreadsheet reads it back. */
function expectSameNumbers(rows: string[][], m: Model<FunnelResult>, comma: boolean) {
  const { result: r } = m;
  r.steps.forEach((s, i) => {
    const [label, count, rate, improvement, forecast, extra, low, high, , , size, periods, few] = rows[i + 1];
    expect(label).to.equal(s.label);
    expect(number(count, comma)).to.be.closeTo(s.count, 1e-6);
    if (s.rate === null) expect(rate).to.equal('');
    else expect(number(rate, comma)).to.be.closeTo(s.rate, 1e-8);
    expect(number(improvement, comma)).to.be.closeTo(s.improvement, 1e-8);
    expect(number(forecast, comma)).to.be.closeTo(s.forecastCount, 1e-6);
    expect(number(extra, comma)).to.be.closeTo(s.extraCount, 1e-6);
    if (s.interval) {
      expect(number(low, comma)).to.be.closeTo(s.interval.low, 1e-8);
      expect(number(high, comma)).to.be.closeTo(s.interval.high, 1e-8);
    }
    expect(size).to.equal(s.sampleNeeded === null ? '' : String(Math.ceil(2 * s.sampleNeeded)));
    if (s.testPeriods === null) expect(periods).to.equal('');
    else expect(number(periods, comma)).to.be.closeTo(s.testPeriods, 1e-6);
    expect(few).to.equal(s.lowData ? (m.settings.lang == 'nl' ? 'ja' : 'yes') : '');
  });
  const [customers, revenue] = rows.slice(r.steps.length + 1);
  expect(number(customers[1], comma)).to.be.closeTo(r.baseline.customers, 1e-6);
  expect(number(customers[4], comma)).to.be.closeTo(r.forecast.customers, 1e-6);
  expect(number(customers[8], comma)).to.be.closeTo(r.forecast.customersPrediction!.low, 1e-6);
  expect(number(customers[9], comma)).to.be.closeTo(r.forecast.customersPrediction!.high, 1e-6);
  expect(number(revenue[4], comma)).to.be.closeTo(r.forecast.revenue!, 1e-6);
  expect(number(revenue[9], comma)).to.be.closeTo(r.forecast.revenuePrediction!.high, 1e-6);
}

describe('export: the scenario for spreadsheets', () => {
  const english = modelOf({ steps: ARTICLE, dealValue: '2500', period: 'quarter', lang: 'en', improvements: '0; 0; 0; 20' });
  const dutch = modelOf({ steps: ARTIKEL, dealValue: '2.500', period: 'quarter', lang: 'nl', improvements: '0; 0; 0; 20' });

  it('writes CSV in English: "," between fields, "." for decimals, a header that says what each column is', () => {
    const text = toText(english, true);
    const lines = text.split('\r\n');
    expect(lines[0]).to.equal(HEAD.join(','));
    expect(lines[1]).to.equal('Leads,1000,,0%,1000,0,,,,,,,');
    expect(lines[4]).to.match(/^Proposal made,120,48%,20%,144,24,\d+\.\d+%,\d+\.\d+%,,,847,3\.386\d+,$/);
    expectSameNumbers(readCsv(text, ','), english, false);
  });

  it('writes CSV in Dutch: ";" between fields, "," for decimals, Dutch headers, as Dutch Excel reads it', () => {
    const text = toText(dutch, true);
    const lines = text.split('\r\n');
    expect(lines[0].split(';').slice(0, 4)).to.deep.equal(['Stap', 'Aantal', 'Conversie', 'Verbetering']);
    expect(lines[3]).to.match(/^Gedrag stimuleren;250;62,5%;0%;250;0;\d+,\d+%;\d+,\d+%;;;;;$/);
    expectSameNumbers(readCsv(text, ';'), dutch, true);
  });

  it('copies as tab-separated text, thirteen columns, numbers in the page’s locale', () => {
    const rows = toText(dutch, false).split('\r\n').map((r) => r.split('\t'));
    expect(rows.slice(0, 9).every((row) => row.length == 13)).to.equal(true);
    expectSameNumbers(rows, dutch, true);
  });

  it('says "pp" in points mode, in the header, and writes the points as a plain number (the leads stay a percent)', () => {
    const m = modelOf({ steps: 'A: 100 +10%; B: 50 +5%', mode: 'points', lang: 'en' });
    const rows = readCsv(toText(m, true), ',');
    expect(rows[0][3]).to.equal('Improvement (pp)');
    expect(rows[1][3]).to.equal('10%');
    expect(rows[2][3]).to.equal('5');
  });

  it('flags too few data in its own column', () => {
    const m = modelOf({ steps: 'Visitors: 50; Buyers: 1', lang: 'en' });
    const rows = readCsv(toText(m, true), ',');
    expect(rows[2][12]).to.equal('yes');
  });

  it('quotes what needs quoting, and never lets a label run as a formula', () => {
    const m = modelOf({}, undefined, { steps: [{ label: '=HYPERLINK("x")', count: 10 }, { label: 'Leads; "hot", new\nline', count: 5 }] });
    const csv = readCsv(toText(m, true), ',');
    expect(csv[1][0]).to.equal(`'=HYPERLINK("x")`);
    expect(csv[2][0]).to.equal('Leads; "hot", new\nline');
    const tsv = toText(m, false).split('\r\n').map((l) => l.split('\t'));
    expect(tsv[2][0]).to.equal('Leads; "hot", new line');
  });

  it('leaves out the revenue row without a deal value', () => {
    const m = modelOf({ steps: 'A: 10; B: 5' });
    const rows = readCsv(toText(m, true), ',');
    expect(rows[3][0]).to.equal('Customers');
    expect(rows[4]).to.deep.equal(['']);
  });

  it('ends with the funnel itself, which reads back as the same funnel: steps given as rates stay rates', () => {
    const m = modelOf({ steps: 'Leads: 1.000; MQL: 35% +10%; Deals: 20', dealValue: '2.500', period: 'quarter', mode: 'points', lang: 'nl' }, [5, 10, 2]);
    const rows = readCsv(toText(m, true), ';');
    const last = rows.at(-1)!;
    expect(last[0]).to.equal('sales-funnel');
    const draft = decode(last[1])!;
    expect(draft).to.deep.equal({
      steps: [{ label: 'Leads', value: '1.000' }, { label: 'MQL', value: '35%' }, { label: 'Deals', value: '20' }],
      dealValue: '2.500',
      period: 'quarter',
      improvements: [5, 10, 2],
    });
  });
});
