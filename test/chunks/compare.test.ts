/**
 * Two periods side by side (SPEC 2 "Two periods side by side", SPEC 3 "Two periods"), decided without a browser:
 * every way to give the period before, and what the element says of it, in English and Dutch.
 */
import { expect } from 'chai';
import { compareView, withCompare } from '../../src/chunks/compare/view.js';
import { resolve, type Sources } from '../../src/config/resolve.js';
import { view } from '../../src/view/model.js';
import { ARTICLE, ARTIKEL, modelOf } from '../model.js';
import { readers } from '../readers.js';

const plain = (x: string) => x.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
const said = (attributes: Record<string, string>) => {
  const m = modelOf(attributes);
  return JSON.parse(plain(JSON.stringify(compareView(m, m.result.compare!)))) as ReturnType<typeof compareView>;
};
const Q1 = '950; 300; 190; 95; 45; 14';
const artikel = {
  steps: ARTIKEL,
  dealValue: '2.500',
  period: 'quarter',
  lang: 'nl',
  previous: Q1,
  previousName: 'Q1',
  currentName: 'Q2',
};
const article = { steps: ARTICLE, dealValue: '2500', period: 'quarter', lang: 'en', previous: Q1 };

describe('two periods: every way to give the period before', () => {
  const previousOf = (sources: Partial<Sources>, attributes: Sources['attributes'] = {}) => {
    const { settings, issues } = resolve({ attributes, ...sources }, readers);
    return {
      steps: settings?.input.steps.map(
        (s) => s.previous ?? (s.previousRate === undefined ? undefined : `${s.previousRate * 100}%`),
      ),
      issues: issues.map((i) => [i.code, i.field, i.step]),
    };
  };

  it('the attribute: the figures in order, labels optional but then the steps’ own, rates where the step gives one', () => {
    expect(previousOf({}, { steps: 'A: 1000; B: 40%; C: 100', previous: '900; 35%; 80' }).steps).to.deep.equal([
      900,
      '35%',
      80,
    ]);
    expect(previousOf({}, { steps: 'A: 1.000; B: 400', previous: 'a: 900; B: 1.300' }).issues).to.deep.equal([
      ['previous-count-above-previous', 'previous', 1],
    ]);
    expect(
      previousOf({}, { steps: 'Leads: 1000; Deals: 40', previous: 'Leads: 900; Orders: 30' }).issues,
    ).to.deep.equal([['previous-label', 'previous', 1]]);
  });

  it('says which step has none, and a list longer than the steps, and a figure it cannot read', () => {
    expect(previousOf({}, { steps: 'A: 1000; B: 400; C: 100', previous: '900; 380' }).issues).to.deep.equal([
      ['previous-missing', 'previous', 2],
    ]);
    expect(previousOf({}, { steps: 'A: 1000; B: 400', previous: '900; 380; 10' }).issues).to.deep.equal([
      ['too-many', 'previous', null],
    ]);
    expect(previousOf({}, { steps: 'A: 1000; B: 400', previous: '900; veel' }).issues).to.deep.equal([
      ['number', 'previous', 1],
    ]);
    expect(previousOf({}, { steps: 'A: 1000; B: 400', previous: '900; 35%' }).issues).to.deep.equal([
      ['previous-rate-unexpected', 'previous', 1],
    ]);
  });

  it('JSON: each step’s own `previous`, in the child script and the config property', () => {
    const script = JSON.stringify({
      steps: [
        { label: 'A', count: 1000, previous: 900 },
        { label: 'B', rate: 40, previous: '35%' },
      ],
    });
    expect(previousOf({ script }).steps).to.deep.equal([900, '35%']);
    expect(
      previousOf({
        config: {
          steps: [
            { label: 'A', count: 10, previous: 9 },
            { label: 'B', count: 5, previous: '4' },
          ],
        },
      }).steps,
    ).to.deep.equal([9, 4]);
    expect(
      previousOf({
        config: {
          steps: [
            { label: 'A', count: 10, previous: 9 },
            { label: 'B', count: 5 },
          ],
        },
      }).issues,
    ).to.deep.equal([['previous-missing', 'steps', 1]]);
    expect(previousOf({ config: { steps: 'A: 10; B: 5', previous: [9, 4] } }).steps).to.deep.equal([9, 4]);
  });

  it('a child table of two number columns: the right-most is this period, the header names the two', () => {
    const table = {
      head: ['Stap', 'Q1', 'Q2'],
      rows: [
        ['Leads', '950', '1.000'],
        ['Klanten', '14', '20'],
      ],
    };
    const { settings } = resolve({ attributes: {}, table }, readers);
    expect(settings!.input.steps.map((s) => [s.label, s.count, s.previous])).to.deep.equal([
      ['Leads', 1000, 950],
      ['Klanten', 20, 14],
    ]);
    expect([settings!.previousName, settings!.currentName]).to.deep.equal(['Q1', 'Q2']);
    // One number column: no comparison, and the header names nothing.
    const one = resolve(
      {
        attributes: {},
        table: {
          head: ['Stap', 'Aantal'],
          rows: [
            ['Leads', '950'],
            ['Klanten', '14'],
          ],
        },
      },
      readers,
    ).settings!;
    expect(one.input.steps.every((s) => s.previous === undefined) && one.previousName === undefined).to.equal(true);
  });

  it('the sheet (`src`): its two columns and its header, as the parser’s sheet source', () => {
    const sheet = {
      steps: [
        { label: 'Leads', count: '1.000', previous: '950' },
        { label: 'Klanten', count: '20', previous: '14' },
      ],
      previousName: 'Q1',
      currentName: 'Q2',
    };
    const { settings } = resolve({ attributes: { steps: 'X: 1; Y: 1' }, sheet }, readers);
    expect(settings!.input.steps.map((s) => s.previous)).to.deep.equal([950, 14]);
    expect(settings!.currentName).to.equal('Q2');
  });

  it('asks for the reader first: a funnel without the period before never loads it', () => {
    expect(resolve({ attributes: { steps: 'A: 10; B: 5', previous: '9; 4' } }, {}).needs).to.equal('previous');
    expect(resolve({ attributes: { steps: 'A: 10; B: 5' } }, {}).needs).to.equal(undefined);
  });
});

describe('two periods: what the element says', () => {
  it('under the key figures, each one’s change since the period before, named by the author or by the period', () => {
    expect(said(artikel).figures).to.deep.equal(['+€ 15.000 sinds Q1', '+6 sinds Q1']);
    expect(said(article).figures).to.deep.equal(['+€15,000 since last quarter', '+6 since last quarter']);
    expect(
      said({ steps: ARTIKEL, lang: 'nl', period: 'month', previous: '1.000; 400; 250; 120; 60; 20' }).figures,
    ).to.deep.equal(['net als vorige maand']);
  });

  it('names the step that really moved and what it was worth (its share of the change, which the shares add up to)', () => {
    expect(said(artikel).sentence).to.equal('Echt gestegen: Gekwalificeerd (+€ 9.941).');
    expect(said(article).sentence).to.equal('Real rise: Qualified leads (+€9,941).');
    const both = said({
      steps: 'Leads: 10000; Cart: 3000; Paid: 600',
      lang: 'nl',
      dealValue: '40',
      previous: '10000; 2500; 750',
    });
    // The shares add up to the change: +€ 4.902 − € 10.902 = (600 − 750) × € 40.
    expect(both.sentence).to.equal('Echt gestegen: Cart (+€ 4.902); echt gedaald: Paid (€ -10.902).');
  });

  it('says when nothing changed more than chance explains, and what maybe did', () => {
    expect(said({ steps: ARTICLE, lang: 'en', previous: '990; 395; 248; 118; 61; 21' }).sentence).to.equal(
      'No step changed more than chance explains.',
    );
    const maybe = said({ steps: 'A: 1000; B: 500; C: 250; D: 125', lang: 'nl', previous: '1000; 450; 225; 112' });
    expect(maybe.rows.map((r) => r.moved?.kind ?? '')).to.deep.equal(['', 'maybe', '', '']);
    expect(maybe.sentence).to.equal('Geen stap veranderde meer dan het toeval verklaart. Misschien veranderd: B.');
  });

  it('per row: the conversion before where there is room, step 0’s count, and a chip only where real or maybe', () => {
    const rows = withCompare(view(modelOf(artikel)), said(artikel)).rows;
    expect(rows.map((r) => [plain(r.before ?? ''), plain(r.conversion), r.moved?.sign ?? ''])).to.deep.equal([
      ['', 'was 950', ''],
      ['31,6% → ', '40%', '↑'],
      ['63,3% → ', '62,5%', ''],
      ['50% → ', '48%', ''],
      ['47,4% → ', '50%', ''],
      ['31,1% → ', '33,3%', ''],
    ]);
    expect(rows[1].moved).to.deep.include({ word: ' echt', explain: ' (echte stijging)' });
  });

  it('in the details: each step’s change with its probable range for all steps together, the verdict, and why “maybe”', () => {
    const { details } = said(artikel);
    expect(details.title).to.equal('Q1 → Q2, per stap');
    expect(details.items[0]).to.equal(
      'Leads: 950 → 1.000 (+5,3%), waarschijnlijk tussen -6,6% en +18,6%: binnen het toeval.',
    );
    expect(details.items[1]).to.equal(
      'Gekwalificeerd: 31,6% → 40% (+8,4 procentpunt), waarschijnlijk tussen +2,7 en +14,1 procentpunt: echte stijging.',
    );
    expect(details.note).to.match(/^De bandbreedtes gelden voor alle 6 stappen samen \(95%\)/);
    const given = said({ steps: 'Leads: 1000; MQL: 40%; Won: 100', lang: 'en', previous: '1000; 30%; 80' });
    expect(given.details.items[1]).to.equal(
      'MQL: 30% → 40% (+10 points); cannot be judged: a percentage was given, not counted.',
    );
    expect(given.details.note).to.match(/^The ranges hold for both steps together/);
  });

  it('draws the period before as an outline on the same scale, and says its counts in the funnel’s text', () => {
    const m = modelOf(artikel);
    const v = withCompare(view(m), compareView(m, m.result.compare!));
    expect(v.funnel.shape.before).to.have.length(6);
    expect(plain(v.funnel.alt)).to.match(
      / Q1: Leads 950, Gekwalificeerd 300, Gedrag stimuleren 190, Voorstel gedaan 95, Voorstel besproken 45, Aankoop 14\.$/,
    );
  });

  it('shows the figures’ changes only while no slider has moved: then the figures say the forecast', () => {
    const moved = modelOf(artikel, [0, 0, 0, 20, 0, 0]);
    const v = withCompare(view(moved), compareView(moved, moved.result.compare!));
    expect(plain(v.figures[0].extra)).to.match(/^\+€ 10\.000/);
  });
});
