import { expect } from 'chai';
import { extremes, ghostsOf, longest, moving } from '../../src/view/ghosts.js';
import { outward, view } from '../../src/view/model.js';
import { ARTICLE, ARTIKEL, modelOf } from '../model.js';

const nbsp = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
const clean = <T>(x: T): T => JSON.parse(nbsp(JSON.stringify(x)));

describe('view: what the funnel shows, decided without a browser', () => {
  describe('the key figures, answer first', () => {
    const cases: [
      string,
      Record<string, string>,
      number[] | undefined,
      { label: string; value: string; extra: string; hint: boolean }[],
    ][] = [
      [
        'the article, +20 % at "Voorstel gedaan": today → with it, the extra per quarter and per year',
        { steps: ARTIKEL, dealValue: '2.500', period: 'quarter', lang: 'nl' },
        [0, 0, 0, 20, 0, 0],
        [
          {
            label: 'Omzet per kwartaal',
            value: '€ 50.000 → € 60.000',
            extra: '+€ 10.000 (+€ 40.000 per jaar)',
            hint: false,
          },
          { label: 'Klanten per kwartaal', value: '20 → 24', extra: '+4 (+16 per jaar)', hint: false },
        ],
      ],
      [
        'nothing moved: the figures alone, and a hint to move a slider instead of "+0"',
        { steps: ARTIKEL, dealValue: '2.500', period: 'quarter', lang: 'nl' },
        undefined,
        [
          { label: 'Omzet per kwartaal', value: '€ 50.000', extra: 'Probeer een schuifje hieronder', hint: true },
          { label: 'Klanten per kwartaal', value: '20', extra: '', hint: false },
        ],
      ],
      [
        'read-only: no hint',
        { steps: ARTICLE, readonly: '' },
        undefined,
        [{ label: 'Customers', value: '20', extra: '', hint: false }],
      ],
      [
        'no period: no yearly figure; people whole from 10 up (21.6 → 22), under 10 with a decimal (+3.6)',
        { steps: 'A: 1000; B: 100; C: 18', lang: 'en' },
        [0, 20, 0],
        [{ label: 'Customers', value: '18 → 22', extra: '+3.6', hint: false }],
      ],
      [
        'under 10 customers: one decimal, on average (S13: 0.5 a quarter is 2 a year)',
        { steps: 'A: 1000; B: 10; C: 0.5', period: 'quarter', lang: 'en' },
        [0, 40, 0],
        [{ label: 'Customers per quarter', value: '0.5 → 0.7 on average', extra: '+0.2 (+0.8 a year)', hint: false }],
      ],
      [
        'a gain under 0.05 customers: "< 0.1", never "+0"',
        { steps: 'A: 1000; B: 1; C: 0.4', lang: 'en' },
        [0, 10, 0],
        [{ label: 'Customers', value: '0.4 → 0.4 on average', extra: '+< 0.1', hint: false }],
      ],
      [
        'per year only where the period is shorter than a year',
        { steps: 'A: 100; B: 10', dealValue: '10', period: 'year', lang: 'en' },
        [10, 0],
        [
          { label: 'Revenue per year', value: '€100 → €110', extra: '+€10', hint: false },
          { label: 'Customers per year', value: '10 → 11', extra: '+1', hint: false },
        ],
      ],
    ];
    for (const [name, attributes, u, figures] of cases)
      it(name, () => {
        expect(clean(view(modelOf(attributes, u)).figures)).to.deep.equal(figures);
      });
  });

  describe('the likely range: 8 in 10 periods, of which scenario, if only chance varies; rounded outward, never collapsed, never zero-wide', () => {
    const cases: [string, Record<string, string>, number[] | undefined, string][] = [
      [
        'the article, with the improvement: the forecast’s range, of revenue, said to be that (S1)',
        { steps: ARTIKEL, dealValue: '2.500', period: 'quarter', lang: 'nl' },
        [0, 0, 0, 20, 0, 0],
        'Met de verbeteringen: in 8 van de 10 kwartalen tussen € 40.000 en € 89.000 omzet, als alleen het toeval varieert.',
      ],
      [
        'the article unmoved: today’s',
        { steps: ARTIKEL, dealValue: '2.500', period: 'quarter', lang: 'nl' },
        undefined,
        'Nu: in 8 van de 10 kwartalen tussen € 33.000 en € 75.000 omzet, als alleen het toeval varieert.',
      ],
      [
        'customers without a deal value, no period',
        { steps: ARTICLE, lang: 'en' },
        undefined,
        'Now: between 13 and 30 customers in 8 of 10 periods, if only chance varies.',
      ],
      [
        'rough where high > 3 × low; under 10 customers, whole ones',
        { steps: 'Leads: 30; Buyers: 3', lang: 'en' },
        undefined,
        'Now: between 1 and 9 customers in 8 of 10 periods (rough), if only chance varies.',
      ],
      [
        'under 10 customers in customers, the revenue beside (S17: deals of €900)',
        { steps: 'Leads: 100; Buyers: 5', dealValue: '900', period: 'month', lang: 'en' },
        undefined,
        'Now: between 2 and 12 customers (€1,800–€10,800) in 8 of 10 months (rough), if only chance varies.',
      ],
      [
        'under one customer: no range (S17)',
        { steps: 'Leads: 1000; Buyers: 0.4', dealValue: '900', lang: 'en' },
        undefined,
        'Now: too few customers for a range.',
      ],
      [
        'steps given as rates are left out, and it says so',
        { steps: 'Leads: 10.000; MQL: 35%; Buyers: 350', lang: 'en' },
        undefined,
        'Now: between 310 and 390 customers in 8 of 10 periods (the given percentage counts as exact), if only chance varies.',
      ],
      [
        'only rates: no range, and why',
        { steps: 'Leads: 1.000; MQL: 35%; Buyers: 10%', lang: 'nl' },
        undefined,
        'Geen bandbreedte: alle stappen zijn als percentage opgegeven, dus hoe zeker die zijn, valt niet te zeggen.',
      ],
      ['no customers: nothing to say', { steps: 'Leads: 10; Buyers: 0', lang: 'en' }, undefined, ''],
    ];
    for (const [name, attributes, u, range] of cases)
      it(name, () => {
        expect(nbsp(view(modelOf(attributes, u)).range)).to.equal(range);
      });

    it('rounds outward to two significant digits, whole at least', () => {
      const table: [number, boolean, number][] = [
        [250677, false, 250000],
        [250677, true, 260000],
        [13.4, false, 13],
        [29.9, true, 30],
        [30, true, 30],
        [0.4, true, 1],
        [0.4, false, 0],
        [0, true, 0],
        [1e15, true, 1e15],
      ];
      for (const [x, up, want] of table) expect(outward(x, up), `${x} ${up ? 'up' : 'down'}`).to.equal(want);
    });
  });

  describe('the steps', () => {
    it('names each slider plainly, says the change in words, and shows the value', () => {
      const { rows } = clean(view(modelOf({ steps: ARTIKEL, lang: 'nl' }, [10, 0, 0, 20, 0, 0])));
      expect(rows[0].slider).to.include({ name: 'Meer leads', shown: '+10%' });
      expect(nbsp(rows[0].slider!.valueText)).to.equal('+10%: van 1.000 naar 1.100');
      expect(rows[3].slider).to.include({
        name: 'Voorstel gedaan verbeteren',
        shown: '+20%',
        min: 0,
        max: 100,
        value: 20,
        fill: 20,
      });
      expect(nbsp(rows[3].slider!.valueText)).to.equal('+20%: conversie van 48% naar 57,6%');
    });

    it('says points in points mode: "+5 %-punt" beside it, "+5 procentpunt" in words; the leads stay relative', () => {
      const { rows, headers } = clean(
        view(modelOf({ steps: 'Leads: 1000; Klant: 300', mode: 'points', lang: 'nl' }, [10, 5])),
      );
      expect(rows[1].slider!.shown).to.equal('+5 %-punt');
      expect(nbsp(rows[1].slider!.valueText)).to.equal('+5 procentpunt: conversie van 30% naar 35%');
      expect(rows[0].slider!.shown).to.equal('+10%');
      expect(headers.map((h) => h.text)).to.deep.equal(['Stap', 'Nu', 'Verbetering (procentpunten)', 'Straks']);
    });

    it('shows count and conversion now, and the forecast with its change only where it changed', () => {
      const { rows } = view(modelOf({ steps: ARTICLE, lang: 'en' }, [0, 0, 0, 20, 0, 0]));
      expect(rows.map((r) => [r.count, r.conversion, r.then, nbsp(r.extra)])).to.deep.equal([
        ['1,000', '', '1,000', ''],
        ['400', '40%', '400', ''],
        ['250', '62.5%', '250', ''],
        ['120', '48%', '144', '+24'],
        ['60', '50%', '72', '+12'],
        ['20', '33.3%', '24', '+4'],
      ]);
    });

    it('marks the bottleneck with a chip graded by its chance: clear, probable with it, "?" below 75 %', () => {
      const chips = (steps: string) =>
        view(modelOf({ steps, lang: 'en' })).rows.map((r) => r.chip && { ...r.chip, text: nbsp(r.chip.text) });
      const probable = chips(ARTICLE);
      expect(probable[5]).to.deep.equal({ text: 'Bottleneck 84.6%', explain: ' (see Insights)' });
      expect(probable.filter(Boolean)).to.have.length(1);
      expect(chips('A: 100000; B: 90000; C: 9000; D: 8000')[2]).to.deep.equal({ text: 'Bottleneck', explain: '' });
      expect(chips('A: 100; B: 50; C: 24')[2]!.text).to.match(/^Bottleneck\? \d\d(\.\d)?%$/);
      // Rates given, not counted: the lowest conversion, not a bottleneck.
      expect(chips('A: 1000; B: 40%; C: 20%')[2]).to.deep.equal({
        text: 'Lowest conversion',
        explain: ' (see Insights)',
      });
      // One conversion step: nothing to compare.
      expect(chips('A: 1000; B: 20').filter(Boolean)).to.have.length(0);
    });

    it("keeps the chip's place, unseen and unspoken, until its chance comes with the plan", () => {
      const m = modelOf({ steps: ARTICLE, lang: 'en' });
      // The forecast alone, as the first screen has it before the plan's chunk is here.
      const { bottleneckChance: _, bottleneckSure: __, ...forecast } = m.result;
      const early = view({
        ...m,
        result: { ...forecast, steps: forecast.steps.map(({ bottleneckChance: _, ...st }) => st) },
      });
      expect(early.rows[5].chip).to.deep.equal({ text: 'Bottleneck? 74%', explain: '', pending: true });
      expect(early.funnel.alt).not.to.match(/Bottleneck/);
      expect(view(m).funnel.alt).to.match(/Bottleneck/);
    });

    it('says "no data" where nobody reached the step before, never "0 %"', () => {
      const { rows } = view(modelOf({ steps: 'A: 100; B: 0; C: 0', lang: 'en' }, [0, 0, 10]));
      expect(rows[2].conversion).to.equal('no data');
      expect(nbsp(rows[2].slider!.valueText)).to.equal('+10%: no data');
    });

    it('read-only: no sliders, no reset, and no forecast column unless start improvements are set', () => {
      const plain = view(modelOf({ steps: ARTICLE, readonly: '' }));
      expect(plain.rows.every((r) => r.slider === null && r.then === null)).to.equal(true);
      expect(plain.headers.map((h) => h.column)).to.deep.equal(['name', 'now']);
      expect(plain.reset).to.equal(null);
      expect(plain.headers.filter((h) => h.key).map((h) => h.key)).to.deep.equal(['now']);
      const started = view(modelOf({ steps: ARTICLE, readonly: '', improvements: '0; 10' }));
      expect(started.headers.map((h) => h.column)).to.deep.equal(['name', 'now', 'then']);
      expect(started.rows[1].then).to.equal('440');
    });
  });

  describe('the funnel', () => {
    it('puts each count inside its slice where it is wide enough, else beside it, each level with its band', () => {
      const { labels, height } = view(modelOf({ steps: ARTICLE })).funnel;
      expect(labels.map((l) => [l.text, l.inside, l.x, l.y])).to.deep.equal([
        ['1,000', true, 50, 8.33],
        ['400', true, 50, 25],
        ['250', false, 65, 41.67],
        ['120', false, 60, 58.33],
        ['60', false, 60, 75],
        ['20', false, 60, 91.67],
      ]);
      // Standing alone (narrow), a band of 2.25em a step.
      expect(height).to.equal(13.5);
    });

    it('shows the forecast’s shape only for the steps it changes, its key in the headers, and its count beside it', () => {
      const moved = view(modelOf({ steps: ARTICLE, lang: 'en' }, [0, 0, 0, 20, 0, 0]));
      expect(moved.funnel.forecast).to.deep.equal([false, false, false, true, true, true]);
      expect(moved.headers.map((h) => [h.text, h.key ?? ''])).to.deep.equal([
        ['Step', ''],
        ['Now', 'now'],
        ['Improvement', ''],
        ['Then', 'then'],
      ]);
      expect(moved.classes).to.equal('auto moved');
      // 120 → 144 at the minimum's 15 %: drawn 10 % wider, its count beside that.
      expect(moved.funnel.labels[3].x).to.equal(65);
    });

    it('describes itself in words', () => {
      expect(nbsp(view(modelOf({ steps: 'Leads: 1000; Buyers: 20', lang: 'en' })).funnel.alt)).to.equal(
        'Funnel: Leads 1,000, Buyers 20.',
      );
      expect(nbsp(view(modelOf({ steps: 'A: 100000; B: 90000; C: 9000', lang: 'en' })).funnel.alt)).to.equal(
        'Funnel: A 100,000, B 90,000, C 9,000. Bottleneck: C.',
      );
    });
  });

  it('gives the root its theme, and says read-only and a funnel without a forecast', () => {
    expect(view(modelOf({ steps: ARTICLE })).classes).to.equal('auto');
    expect(view(modelOf({ steps: ARTICLE, theme: 'dark', readonly: '' })).classes).to.equal('dark readonly still');
    expect(view(modelOf({ steps: ARTICLE, readonly: '', improvements: '0; 10' })).classes).to.equal(
      'auto readonly moved',
    );
    expect(view(modelOf({ steps: ARTICLE, lang: 'nl' })).lang).to.equal('nl');
  });

  it('takes the ghosts from the sliders at their lowest, their highest, their smallest move and their start; read-only, from the texts as they are', () => {
    const m = modelOf({ steps: 'A: 100; B: 50', minImprovement: '-20', maxImprovement: '30', improvements: '5; 10' });
    expect(extremes(m.settings)).to.deep.equal([
      [-20, -20],
      [30, 30],
      [1, 1],
      [5, 10],
    ]);
    let asked = 0;
    const atExtremes = () => (asked++, extremes(m.settings).map((u) => modelOf({ steps: 'A: 100; B: 50' }, u)));
    expect(ghostsOf(m, atExtremes).shown).to.have.length(2);
    expect(asked).to.equal(1);
    const still = modelOf({ steps: 'A: 100; B: 50', readonly: '' });
    expect(ghostsOf(still, atExtremes).figures[0].value).to.equal(view(still).figures[0].value);
    expect(asked).to.equal(1);
  });

  it('keeps every text that moves at its longest over the sliders’ extremes (the ghosts)', () => {
    const at = (u: number[]) => moving(modelOf({ steps: 'A: 100; B: 50', dealValue: '10', lang: 'en' }, u));
    const g = longest([at([0, 0]), at([100, 100]), at([1, 1])]);
    expect(nbsp(g.figures[0].value)).to.equal('€500 → €2,000');
    // At [0, 0] the hint shows, longer than any change.
    expect(nbsp(g.figures[0].extra)).to.equal('Try a slider below');
    // A cell's ghost holds every form, one a line: the cell is as wide as the widest.
    expect(clean(g.shown)).to.deep.equal(['0%\n+100%\n+1%', '0%\n+100%\n+1%']);
    expect(nbsp(g.then[1])).to.equal('50\n200 +150\n51 +1');
  });

  it('picks the widest form, not only the longest: a "+" is wider than a "-" as long', () => {
    const at = (u: number[]) =>
      moving(modelOf({ steps: 'A: 100; B: 50', mode: 'points', minImprovement: '-50', lang: 'en' }, u));
    const g = longest([at([0, -50]), at([0, 50])]);
    expect(nbsp(g.figures[0].extra)).to.equal('+50');
    expect(g.shown[1].split('\n').map(nbsp)).to.deep.equal(['-50 pp', '+50 pp']);
  });

  it('says what the live region should say once a slider rests', () => {
    expect(
      nbsp(
        view(modelOf({ steps: ARTIKEL, dealValue: '2.500', period: 'quarter', lang: 'nl' }, [0, 0, 0, 20, 0, 0]))
          .spoken,
      ),
    ).to.equal('Omzet per kwartaal: nu € 50.000, met de verbeteringen € 60.000 (+€ 10.000, +€ 40.000 per jaar).');
    expect(nbsp(view(modelOf({ steps: ARTICLE, lang: 'en' })).spoken)).to.equal('Customers: 20.');
  });
});
