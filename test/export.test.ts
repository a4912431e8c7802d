import { expect } from 'chai';
import { calculateFunnel, type FunnelResult } from '../src/core/index.js';
import { toText } from '../src/export.js';

const head = ['Step', 'Count', 'Conversion', 'Improvement', 'Forecast', 'Extra', 'Low (95%)', 'High (95%)', 'Customers', 'Revenue'];
const article = calculateFunnel({
  steps: [1000, 400, 250, 120, 60, 20].map((count, i) => ({ label: ['Leads', 'Qualified', 'Engaged', 'Proposal', 'Discussed', 'Purchase'][i], count, improvement: i == 3 ? 0.2 : 0 })),
  dealValue: 2500,
});

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

function expectSameNumbers(rows: string[][], r: FunnelResult, comma: boolean) {
  expect(rows[0]).to.deep.equal(head.slice(0, 8));
  r.steps.forEach((s, i) => {
    const [label, count, rate, improvement, forecast, extra, low, high] = rows[i + 1];
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
  });
  const [customers, revenue] = rows.slice(r.steps.length + 1);
  expect(customers[0]).to.equal('Customers');
  expect(number(customers[1], comma)).to.be.closeTo(r.baseline.customers, 1e-6);
  expect(number(customers[4], comma)).to.be.closeTo(r.forecast.customers, 1e-6);
  expect(number(customers[6], comma)).to.be.closeTo(r.forecast.customersRange!.low, 1e-6);
  expect(number(revenue[4], comma)).to.be.closeTo(r.forecast.revenue!, 1e-6);
  expect(number(revenue[7], comma)).to.be.closeTo(r.forecast.revenueRange!.high, 1e-6);
}

describe('export: the scenario for spreadsheets', () => {
  it('round-trips the numbers through CSV in English: "," between fields, "." for decimals', () => {
    const text = toText(article, head, 'en', true);
    expect(text.split('\r\n')[1]).to.equal('Leads,1000,,0%,1000,0,,');
    expectSameNumbers(readCsv(text, ','), article, false);
  });

  it('round-trips them through CSV in Dutch: ";" between fields, "," for decimals, as Dutch Excel reads it', () => {
    const text = toText(article, head, 'nl-NL', true);
    expect(text.split('\r\n')[1]).to.equal('Leads;1000;;0%;1000;0;;');
    expect(text.split('\r\n')[3]).to.match(/^Engaged;250;62,5%;0%;250;0;\d+,\d+%;\d+,\d+%$/);
    expectSameNumbers(readCsv(text, ';'), article, true);
  });

  it('copies as tab-separated text, numbers in the page’s locale', () => {
    const text = toText(article, head, 'nl-NL', false);
    const rows = text.split('\r\n').map((r) => r.split('\t'));
    expect(rows[1]).to.have.length(8);
    expectSameNumbers(rows, article, true);
  });

  it('quotes what needs quoting, and never lets a label run as a formula', () => {
    const r = calculateFunnel({ steps: [{ label: '=HYPERLINK("x")', count: 10 }, { label: 'Leads; "hot", new\nline', count: 5 }] });
    const csv = readCsv(toText(r, head, 'en', true), ',');
    expect(csv[1][0]).to.equal(`'=HYPERLINK("x")`);
    expect(csv[2][0]).to.equal('Leads; "hot", new\nline');
    const tsv = toText(r, head, 'en', false).split('\r\n').map((l) => l.split('\t'));
    expect(tsv[2][0]).to.equal('Leads; "hot", new line');
    expect(tsv.every((row) => row.length == 8)).to.equal(true);
  });

  it('leaves out the revenue row without a deal value', () => {
    const r = calculateFunnel({ steps: [{ count: 10 }, { count: 5 }] });
    const lines = toText(r, head, 'en', true).split('\r\n');
    expect(lines.at(-1)!.startsWith('Customers')).to.equal(true);
  });
});
