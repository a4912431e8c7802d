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
      if (c == '"' && text[i + 1] == '"') ((field += '"'), i++);
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') quoted = true;
    else if (c == sep) (row.push(field), (field = ''));
    else if (c == '\r' && text[i + 1] == '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++);
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

/** A block of the file (the steps, the totals, the settings): its rows as records by header. */
function block(rows: string[][], at: number) {
  const start = rows.findIndex((r, i) => i >= at && r.length > 1);
  const end = rows.findIndex((r, i) => i > start && r.length == 1 && r[0] == '');
  const [head, ...body] = rows.slice(start, end < 0 ? undefined : end);
  return { head, records: body.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k]]))), end };
}

/** The file's blocks: steps, totals, settings, and its last row. */
function blocks(text: string, sep: string) {
  const rows = readCsv(text, sep);
  const steps = block(rows, 0);
  const totals = block(rows, steps.end);
  const settings = block(rows, totals.end);
  return { steps, totals, settings, last: rows.at(-1)! };
}

/** Every number of the result is in the table, under the header that says what it is, as a spreadsheet reads it back. */
function expectSameNumbers(text: string, sep: string, m: Model<FunnelResult>) {
  const comma = sep != ',';
  const { result: r } = m;
  const { steps, totals } = blocks(text, sep);
  const en = m.settings.lang == 'en';
  const col = (en: string, nl: string) => (m.settings.lang == 'en' ? en : nl);
  const close = (cell: string, x: number | null | undefined, eps = 1e-6) => {
    if (x == null) expect(cell).to.equal('');
    else expect(number(cell, comma)).to.be.closeTo(x, eps * Math.max(1, Math.abs(x)));
  };
  r.steps.forEach((s, i) => {
    const row = steps.records[i];
    expect(row[col('Step', 'Stap')]).to.equal(s.label);
    close(row[col('Now (per quarter)', 'Nu (per kwartaal)')], s.count);
    close(row[col('Conversion from the step before', 'Conversie vanaf de stap ervoor')], i ? s.rate : null, 1e-8);
    close(row[col('Conversion probably from (95%)', 'Conversie waarschijnlijk vanaf (95%)')], s.interval?.low, 1e-8);
    close(row[col('Conversion probably to (95%)', 'Conversie waarschijnlijk tot (95%)')], s.interval?.high, 1e-8);
    close(row[col('Chance it is the bottleneck', 'Kans dat dit het knelpunt is')], s.bottleneckChance, 1e-8);
    close(row[col('Improvement (relative)', 'Verbetering (relatief)')], s.improvement, 1e-8);
    close(row[col('With the improvements (per quarter)', 'Met de verbeteringen (per kwartaal)')], s.forecastCount);
    close(row[col('Extra (with the improvements − now)', 'Extra (met de verbeteringen − nu)')], s.extraCount);
    close(
      row[
        col(
          'Extra customers from +1 percentage point (per quarter)',
          'Extra klanten door +1 procentpunt (per kwartaal)',
        )
      ],
      s.gainPerPoint,
    );
    const planned = s.sampleNeeded !== null && s.testPeriods !== null;
    close(
      row[col('Test: people per version (at the step before)', 'Test: mensen per versie (bij de stap ervoor)')],
      planned ? Math.ceil(s.sampleNeeded!) : null,
    );
    close(row[col('Test: people in all', 'Test: mensen in totaal')], planned ? 2 * Math.ceil(s.sampleNeeded!) : null);
    close(row[col('Test: duration (quarters)', 'Test: duur (kwartalen)')], planned ? s.testPeriods : null);
    close(row[col('Test: duration (weeks)', 'Test: duur (weken)')], planned ? (s.testPeriods! * 52.1775) / 4 : null);
    close(
      row[col('One quarter can find (relative, 8 times in 10)', 'Eén kwartaal vindt (relatief, 8 van de 10 keer)')],
      s.detectableImprovement,
      1e-8,
    );
    expect(row[col('Source', 'Bron')]).to.equal(col('counted', 'geteld'));
    expect(row[col('Too little data', 'Te weinig gegevens')]).to.equal(
      s.lowData ? col('wide range', 'brede bandbreedte') : '',
    );
  });
  const [customers, revenue] = totals.records;
  const o = (key: 'customers' | 'revenue') => (key == 'customers' ? customers : revenue);
  for (const key of ['customers', 'revenue'] as const) {
    const p = key == 'customers' ? 'customersPrediction' : 'revenuePrediction';
    const mean = key == 'customers' ? 'customersRange' : 'revenueRange';
    close(o(key)[col('Now (per quarter)', 'Nu (per kwartaal)')], r.baseline[key]);
    close(
      o(key)[col('Now: probably from (8 in 10 quarters)', 'Nu: waarschijnlijk vanaf (8 van de 10 kwartalen)')],
      r.baseline[p]!.low,
    );
    close(o(key)[col('Now: to (8 in 10 quarters)', 'Nu: tot (8 van de 10 kwartalen)')], r.baseline[p]!.high);
    close(
      o(key)[col('Now: on average probably from (95%)', 'Nu: gemiddeld waarschijnlijk vanaf (95%)')],
      r.baseline[mean]!.low,
    );
    close(o(key)[col('Now: on average to (95%)', 'Nu: gemiddeld tot (95%)')], r.baseline[mean]!.high);
    close(o(key)[col('With the improvements (per quarter)', 'Met de verbeteringen (per kwartaal)')], r.forecast[key]);
    close(
      o(key)[
        col(
          'With the improvements: probably from (8 in 10 quarters)',
          'Met de verbeteringen: waarschijnlijk vanaf (8 van de 10 kwartalen)',
        )
      ],
      r.forecast[p]!.low,
    );
    close(
      o(key)[col('With the improvements: to (8 in 10 quarters)', 'Met de verbeteringen: tot (8 van de 10 kwartalen)')],
      r.forecast[p]!.high,
    );
    close(
      o(key)[col('Extra (per year)', 'Extra (per jaar)')],
      key == 'customers' ? r.extra.customersPerYear : r.extra.revenuePerYear,
    );
  }
  expect(customers[col('Total', 'Totaal')]).to.equal(col('Customers', 'Klanten'));
  expect(revenue[col('Total', 'Totaal')]).to.equal(col('Revenue (EUR)', 'Omzet (EUR)'));
  expect(en || m.settings.lang == 'nl').to.equal(true);
}

describe('export: the scenario for spreadsheets, a file that explains itself', () => {
  const english = modelOf({
    steps: ARTICLE,
    dealValue: '2500',
    period: 'quarter',
    lang: 'en',
    improvements: '0; 0; 0; 20',
    target: '60000',
  });
  const dutch = modelOf({
    steps: ARTIKEL,
    dealValue: '2.500',
    period: 'quarter',
    lang: 'nl',
    improvements: '0; 0; 0; 20',
  });

  it('writes CSV in English: "," between fields, "." for decimals, headers with their unit and period', () => {
    const text = toText(english, true);
    const lines = text.split('\r\n');
    expect(lines[0]).to.match(
      /^Step,Now \(per quarter\),Conversion from the step before,Conversion from the first step,Dropped off \(per quarter\),/,
    );
    expect(lines[1]).to.match(/^Leads,1000,,100%,,,,,0%,,1000,0,,,,,,,counted,$/);
    expect(lines[4]).to.match(
      /^Proposal made,120,48%,12%,130,\d+\.\d+%,\d+\.\d+%,\d\.\d+%,20%,57\.6%,144,24,0\.416667,424,848,3\.392,44\.24652,36\.40526%,counted,$/,
    );
    expectSameNumbers(text, ',', english);
  });

  it('writes CSV in Dutch: ";" between fields, "," for decimals, Dutch headers, as Dutch Excel reads it', () => {
    const text = toText(dutch, true);
    const lines = text.split('\r\n');
    expect(lines[0].split(';').slice(0, 4)).to.deep.equal([
      'Stap',
      'Nu (per kwartaal)',
      'Conversie vanaf de stap ervoor',
      'Conversie vanaf de eerste stap',
    ]);
    expect(lines[3]).to.match(
      /^Gedrag stimuleren;250;62,5%;25%;150;\d+,\d+%;\d+,\d+%;0%;0%;62,5%;250;0;0,32;;;;;\d+,\d+%;geteld;$/,
    );
    expectSameNumbers(text, ';', dutch);
  });

  it('copies as tab-separated text, numbers in the page’s locale', () => {
    const text = toText(dutch, false);
    expect(text.split('\r\n').every((l) => !l.includes(';'))).to.equal(true);
    expectSameNumbers(text, '\t', dutch);
  });

  it('labels the totals with their currency, and says the settings: deal value, period, what the improvements are, the target', () => {
    const { totals, settings } = blocks(toText(english, true), ',');
    expect(totals.records.map((r) => r.Total)).to.deep.equal(['Customers', 'Revenue (EUR)']);
    expect(settings.records.map((r) => [r.Setting, r.Value])).to.deep.equal([
      ['Deal value (EUR)', '2500'],
      ['Period', 'quarter'],
      ['Improvements are', 'relative'],
      ['Target (EUR per quarter)', '60000'],
    ]);
  });

  it('in points mode, the points in their own column, the leads in the relative one: never two units in one column', () => {
    const m = modelOf({ steps: 'A: 100 +10%; B: 50 +5%', mode: 'points', lang: 'en' });
    const { steps, settings } = blocks(toText(m, true), ',');
    expect(steps.records.map((r) => [r['Improvement (relative)'], r['Improvement (percentage points)']])).to.deep.equal(
      [
        ['10%', ''],
        ['', '5'],
      ],
    );
    expect(steps.head).to.include('One period can find (percentage points, 8 times in 10)');
    expect(steps.head).to.not.include('Test: duration (weeks)');
    expect(settings.records.find((r) => r.Setting == 'Improvements are')!.Value).to.equal('percentage points');
  });

  it('leaves a cell empty where there is nothing to say, and says why there is too little data, and where a figure came from', () => {
    const m = modelOf({ steps: 'Visitors: 50; Buyers: 1; Repeat: 0; Calls: 30%', lang: 'en' }, [0, 0, 10, 10]);
    const { steps } = blocks(toText(m, true), ',');
    expect(steps.records.map((r) => r['Too little data'])).to.deep.equal([
      '',
      'wide range',
      'wide range',
      'no one at the step before',
    ]);
    expect(steps.records.map((r) => r.Source)).to.deep.equal([
      'counted',
      'counted',
      'counted',
      'given as a percentage',
    ]);
    // Nobody reached the step before "Calls": no conversion (never 0 %), no test.
    expect(steps.records[3]['Conversion from the step before']).to.equal('');
    expect(steps.records[3]['Test: people in all']).to.equal('');
  });

  it('quotes what needs quoting, and never lets a label run as a formula', () => {
    const m = modelOf({}, undefined, {
      steps: [
        { label: '=HYPERLINK("x")', count: 10 },
        { label: 'Leads; "hot", new\nline', count: 5 },
      ],
    });
    const csv = readCsv(toText(m, true), ',');
    expect(csv[1][0]).to.equal(`'=HYPERLINK("x")`);
    expect(csv[2][0]).to.equal('Leads; "hot", new\nline');
    const tsv = toText(m, false)
      .split('\r\n')
      .map((l) => l.split('\t'));
    expect(tsv[2][0]).to.equal('Leads; "hot", new line');
  });

  it('leaves out the revenue row without a deal value', () => {
    const { totals, settings } = blocks(toText(modelOf({ steps: 'A: 10; B: 5', lang: 'en' }), true), ',');
    expect(totals.records.map((r) => r.Total)).to.deep.equal(['Customers']);
    expect(settings.records.map((r) => r.Setting)).to.deep.equal(['Improvements are']);
  });

  it('ends with the funnel itself, which reads back as the same funnel: steps given as rates stay rates', () => {
    const m = modelOf(
      {
        steps: 'Leads: 1.000; MQL: 35% +10%; Deals: 20',
        dealValue: '2.500',
        period: 'quarter',
        mode: 'points',
        lang: 'nl',
      },
      [5, 10, 2],
    );
    const rows = readCsv(toText(m, true), ';');
    const last = rows.at(-1)!;
    expect(last[0]).to.equal('sales-funnel');
    expect(last[2]).to.equal(
      'Deze rij is de trechter zelf: laad dit bestand in een trechter die je kunt bewerken om hem terug te krijgen.',
    );
    const draft = decode(last[1])!;
    expect(draft).to.deep.equal({
      steps: [
        { label: 'Leads', value: '1.000' },
        { label: 'MQL', value: '35%' },
        { label: 'Deals', value: '20' },
      ],
      dealValue: '2.500',
      period: 'quarter',
      improvements: [5, 10, 2],
    });
  });
});

describe('the CSV of two periods side by side', () => {
  const Q1 = '950; 300; 190; 95; 45; 14';
  it('holds the period before, each change in its own unit with its interval, the verdict and each step’s part, under headers naming the period', () => {
    const m = modelOf({
      steps: ARTIKEL,
      dealValue: '2.500',
      period: 'quarter',
      lang: 'nl',
      previous: Q1,
      previousName: 'Q1',
      currentName: 'Q2',
    });
    const c = m.result.compare!;
    const { steps, totals, settings } = blocks(toText(m, true), ';');
    const cell = (i: number, head: string) => steps.records[i][head];
    expect(steps.head).to.include.members(['Q1 (per kwartaal)', 'Q1: conversie vanaf de stap ervoor', 'Oordeel']);
    c.steps.forEach((x, i) => {
      expect(number(cell(i, 'Q1 (per kwartaal)'), true)).to.equal(x.previousCount);
      expect(number(cell(i, 'Aandeel in de verandering van het aantal klanten (per kwartaal)'), true)).to.be.closeTo(
        x.contribution!,
        1e-6,
      );
      if (i)
        expect(number(cell(i, 'Conversie sinds Q1 (verandering in procentpunten)'), true)).to.be.closeTo(
          x.change! * 100,
          1e-6,
        );
      if (i)
        expect(
          number(cell(i, 'Conversie: verandering waarschijnlijk vanaf (95%, alle stappen samen)'), true),
        ).to.be.closeTo(x.interval!.low * 100, 1e-6);
    });
    // Step 0: its count's change, relative, with its interval; no conversion.
    expect(number(cell(0, 'Aantal sinds Q1 (relatieve verandering)'), true)).to.be.closeTo(1000 / 950 - 1, 1e-6);
    expect(number(cell(0, 'Aantal: verandering tot (95%, alle stappen samen)'), true)).to.be.closeTo(
      c.steps[0].interval!.high,
      1e-6,
    );
    expect(cell(0, 'Conversie sinds Q1 (verandering in procentpunten)')).to.equal('');
    // The parts add up to the change in customers, as the totals say it.
    const sum = c.steps.reduce((s, x) => s + x.contribution!, 0);
    expect(number(totals.records[0]['Verandering sinds Q1'], true)).to.be.closeTo(sum, 1e-6);
    expect(number(totals.records[0]['Q1 (per kwartaal)'], true)).to.equal(14);
    expect(steps.records.map((r) => r['Oordeel'])).to.deep.equal(
      c.steps.map((x) =>
        x.verdict == 'real'
          ? x.change! > 0
            ? 'echte stijging'
            : 'echte daling'
          : x.verdict == 'maybe'
            ? 'misschien'
            : 'binnen het toeval',
      ),
    );
    expect(settings.records.at(-1)).to.deep.include({ Instelling: 'Vergeleken perioden', Waarde: 'Q1' });
  });

  it('has none of these columns without a period before', () => {
    const { steps } = blocks(toText(modelOf({ steps: ARTICLE, lang: 'en' }), true), ',');
    expect(steps.head.some((h) => /Period before|since|Verdict/.test(h))).to.equal(false);
  });
});

describe('the CSV of a test’s result', () => {
  it('holds both versions side by side, the chance, the lift with its intervals, the verdict, the split and what B is worth', () => {
    const m = modelOf({
      steps: ARTIKEL,
      dealValue: '2.500',
      period: 'quarter',
      lang: 'nl',
      test: 'Voorstel besproken: 300/600; 335/600',
    });
    const t = m.result.test!;
    const rows = readCsv(toText(m, true), ';');
    const { settings } = blocks(toText(m, true), ';');
    const ab = block(rows, settings.end);
    expect(ab.head).to.deep.equal(['Test bij Voorstel besproken', 'A', 'B']);
    const row = (name: string) => ab.records.find((r) => r['Test bij Voorstel besproken'] == name)!;
    expect([row('Deelnemers').A, row('Deelnemers').B, row('Conversies').A, row('Conversies').B]).to.deep.equal([
      '600',
      '600',
      '300',
      '335',
    ]);
    expect(number(row('Kans dat B beter converteert dan A').A, true)).to.be.closeTo(t.chanceBBeatsA, 1e-6);
    expect(number(row('B tegenover A (relatief)').A, true)).to.be.closeTo(t.lift!, 1e-6);
    expect(number(row('B tegenover A: waarschijnlijk vanaf (95%)').A, true)).to.be.closeTo(t.liftInterval!.low, 1e-6);
    expect(number(row('B tegenover A: tot (80%)').A, true)).to.be.closeTo(t.liftRange80!.high, 1e-6);
    expect(row('Oordeel').A).to.equal('B wint');
    expect(number(row('Gepland deel van de deelnemers voor B').A, true)).to.equal(0.5);
    expect(number(row('Omzet (EUR) extra met B (per kwartaal)').A, true)).to.be.closeTo(t.withB!.extraRevenue!, 1e-6);
    expect(number(row('Omzet (EUR) extra met B (per jaar)').A, true)).to.be.closeTo(
      t.withB!.extraRevenuePerYear!,
      1e-6,
    );
    expect(number(row('Klanten extra met B: waarschijnlijk vanaf (8 van de 10 kwartalen)').A, true)).to.be.closeTo(
      t.withB!.extraCustomersRange80!.low,
      1e-6,
    );
  });

  it('names no winner where the split went wrong, and has no test block without a test', () => {
    const m = modelOf({ steps: ARTICLE, lang: 'en', test: 'Proposal discussed: 300/600; 380/800' });
    expect(toText(m, true)).to.contain('Verdict,the split went wrong: not to be trusted');
    expect(toText(modelOf({ steps: ARTICLE, lang: 'en' }), true)).not.to.contain('Test at');
  });
});
