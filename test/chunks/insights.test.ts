/**
 * The insights' sentences, third edition (SPEC 2; AUDIT.md's S1–S22), decided without a browser: each case the
 * exact words a reader reads, in English and Dutch.
 */
import { expect } from 'chai';
import { extremes } from '../../src/view/ghosts.js';
import { insightsOf } from '../../src/chunks/insights/insights.js';
import { view } from '../../src/view/model.js';
import { ARTICLE, ARTIKEL, modelOf } from '../model.js';

const plain = (x: string) => x.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
const insights = (attributes: Record<string, string>, u?: number[]) => {
  const m = modelOf(attributes, u);
  const x = insightsOf(
    m,
    extremes(m.settings).map((e) => modelOf(attributes, e)),
  );
  return JSON.parse(plain(JSON.stringify(x))) as typeof x;
};
const article = { steps: ARTICLE, dealValue: '2500', period: 'quarter', lang: 'en' };
const artikel = { steps: ARTIKEL, dealValue: '2.500', period: 'quarter', lang: 'nl' };

describe('insights, third edition: the bottleneck in grades, never “certainly”', () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      'clear, beyond what chance explains',
      { steps: 'Visits: 100000; Carts: 90000; Orders: 9000; Paid: 8000', lang: 'en' },
      'Orders is clearly the bottleneck: its conversion (10%) is below every other step’s, beyond what chance explains.',
    ],
    [
      'probable, with its chance (the article’s funnel)',
      article,
      'Purchase is probably the bottleneck (84.6%): its conversion (33.3%) is the lowest.',
    ],
    [
      'unclear: the steps it may be, with their chances',
      { steps: 'Leads: 1000; A: 400; B: 150; C: 60; D: 23', lang: 'en' },
      'Unclear which step is the bottleneck: D (38.8%), B (38%) or C (17.5%).',
    ],
    [
      'steps given as rates: the lowest, no telling whether that is chance (S2)',
      { steps: 'Leads: 1000; MQL: 40%; SQL: 12.5%; Won: 50%', lang: 'en' },
      'SQL has the lowest conversion (12.5%); the percentages were given, not counted, so there is no telling whether that is chance.',
    ],
    [
      'the same in Dutch',
      { steps: 'Leads: 1000; MQL: 40%; SQL: 12,5%; Won: 50%', lang: 'nl' },
      'SQL heeft de laagste conversie (12,5%); de percentages zijn opgegeven, niet geteld, dus of dat toeval is, valt niet te zeggen.',
    ],
    ['one conversion step: nothing to compare, nothing said (S3)', { steps: 'Leads: 50; Won: 1', lang: 'en' }, ''],
    [
      'the only step with data (S3)',
      { steps: 'Leads: 100; Calls: 0; Deals: 0', lang: 'en' },
      'Calls has the lowest conversion (0%), the only step with data.',
    ],
  ];
  for (const [name, attributes, said] of cases)
    it(name, () => {
      const got = insights(attributes).bottleneck;
      if (said.includes('x%'))
        expect(got).to.match(new RegExp('^' + said.replace(/[().?]/g, '\\$&').replace(/x%/g, '\\d(\\.\\d)?%') + '$'));
      else expect(got).to.equal(said);
    });

  it('marks a bottleneck no one entered with no chip, and says no “?” claim in the funnel’s text (S12)', () => {
    const v = view(modelOf({ steps: 'Leads: 0; Calls: 0; Deals: 0', lang: 'en' }));
    expect(v.rows.filter((r) => r.chip)).to.have.length(0);
    expect(plain(v.funnel.alt)).to.equal('Funnel: Leads 0, Calls 0, Deals 0.');
  });

  it('grades the chip as the sentence does, and the funnel’s text keeps the doubt', () => {
    const probable = view(modelOf(article));
    expect(probable.rows[5].chip).to.deep.equal({ text: 'Bottleneck 84.6%', explain: ' (see Insights)' });
    expect(plain(probable.funnel.alt)).to.match(/ Bottleneck \(84\.6% chance\): Purchase\.$/);
    const unclear = view(modelOf({ steps: 'Leads: 1000; A: 400; B: 150; C: 60; D: 23', lang: 'en' }));
    // B has the lowest rate (37.5%); D, as likely the lowest, is named first in the sentence.
    expect(unclear.rows[2].chip!.text).to.equal('Bottleneck? 38%');
    expect(plain(unclear.funnel.alt)).to.match(/ Bottleneck \(not sure, 38% chance\): B\.$/);
    const clear = view(modelOf({ steps: 'Visits: 100000; Carts: 90000; Orders: 9000; Paid: 8000', lang: 'en' }));
    expect(clear.rows[2].chip).to.deep.equal({ text: 'Bottleneck', explain: '' });
    const given = view(modelOf({ steps: 'Leads: 1000; MQL: 40%; SQL: 12.5%; Won: 50%', lang: 'nl' }));
    expect(given.rows[2].chip!.text).to.equal('Laagste conversie');
  });
});

describe('insights, third edition: how sure the figures are', () => {
  it('says a 95 % interval as probable, not as bounds (S4), and that the ranges hold if only chance varies (S1)', () => {
    const x = insights({ steps: 'Visitors: 50; Buyers: 1; Repeat: 0', lang: 'en' });
    expect(x.reliability).to.include(
      'Buyers: 1 of 50, so its conversion is probably (95%) between 0.35% and 10.5%. Keep measuring.',
    );
    expect(insights(artikel).reliability).to.include(
      'De bandbreedtes gelden als alleen het toeval varieert: seizoenen en campagnes komen erbovenop.',
    );
  });

  it('says what one point means at a step of 0 %: the rates, not ∞ (S14)', () => {
    const x = insights({ steps: 'Leads: 1000; Calls: 100; Won: 0', dealValue: '500', period: 'quarter', lang: 'en' });
    expect(x.work.items.find((l) => l.startsWith('Won'))).to.equal('Won: +€500 per quarter (here +1 point is 0% → 1%)');
  });
});

describe('insights, third edition: a test planner a statistician would sign', () => {
  it('per version and in all, of whom, the rates it tells apart, whole weeks, and one rule against peeking (S7)', () => {
    const nl = insights(artikel, [0, 0, 0, 20, 0, 0]);
    expect(nl.tests).to.include(
      'Voorstel gedaan (48% → 57,6%): een test heeft 424 per versie nodig, 848 in totaal uit ‘Gedrag stimuleren’: ongeveer 44 weken.',
    );
    expect(nl.rule).to.equal(
      'Leg de einddatum nu vast en beoordeel één keer: wie elke week kijkt en bij de eerste ‘winst’ stopt, kiest veel vaker een schijnwinnaar.',
    );
    const en = insights(article, [0, 0, 0, 20, 0, 0]);
    expect(en.tests).to.include(
      'Proposal made (48% → 57.6%): a test needs 424 per version, 848 in all from ‘Engaged’: about 44 weeks.',
    );
  });

  it('says “1 week”, and under a week that it should run one full week (S8)', () => {
    const one = insights({ steps: 'Leads: 10000000; B: 5000000', period: 'year', lang: 'en' }, [0, 10]);
    expect(one.tests[0]).to.match(/: under a week: run it at least one full week\.$/);
    const x = insights({ steps: 'Leads: 10000; B: 5000', period: 'month', lang: 'en' }, [0, 3]);
    expect(x.tests[0]).to.match(/about \d+ weeks?\.$/);
    expect(x.tests[0]).to.not.match(/\b1 weeks\b/);
  });

  it('without a period, in periods, never “0 periods” (S9)', () => {
    const x = insights({ steps: 'A: 1000000000; B: 500000000; C: 250000000', lang: 'en' }, [0, 0, 10]);
    expect(x.tests.at(-1)).to.match(/: under a tenth of a period\.$/);
  });

  it('quotes the capped change, not the slider, and warns where the rule of thumb does not hold (S16)', () => {
    const x = insights({ steps: 'A: 100; Half: 50', maxImprovement: '300', lang: 'en' }, [0, 200]);
    expect(x.tests[0]).to.equal(
      'Half (50% → 100%): a test needs 11 per version, 22 in all from ‘A’: about 0.2 periods. At so few people this rule of thumb does not hold.',
    );
  });

  it('says what one period can find, 8 times in 10, with the rate it means (S5), and what it would miss (S6)', () => {
    const en = insights(article);
    expect(en.tests).to.include(
      'Qualified leads (40%): with the 1,000 people at ‘Leads’ in one quarter, 500 per version, a test finds +22% (to 48.8%) or more 8 times in 10.',
    );
    const nl = insights(artikel);
    expect(nl.tests).to.include(
      'Gekwalificeerd (40%): met de 1.000 mensen bij ‘Leads’ in één kwartaal, 500 per versie, vindt een test +22% (naar 48,8%) of meer in 8 van de 10 gevallen.',
    );
    const miss = insights({ steps: 'Leads: 4; Won: 1', period: 'month', lang: 'en' });
    expect(miss.tests).to.deep.equal([
      'Won: in one month, a test would miss even a jump to 100% more than 1 time in 5.',
    ]);
  });

  it('keeps the digits of a change too small for a whole percent (S10)', () => {
    const x = insights({ steps: 'Leads: 1000000000000; B: 500000000000', period: 'month', lang: 'en' });
    expect(x.tests[0]).to.match(/^B \(50%\): .* finds \+0\.00056% \(to 50\.0003%\) or more/);
  });
});

describe('insights, third edition: the goal', () => {
  it('says that it is met on average, and how often it would still fall short (S18)', () => {
    const x = insights({ ...artikel, target: '40.000' });
    expect(x.goal!.met).to.match(
      /^Gemiddeld haal je het met de cijfers van nu, 25% erboven; door toeval valt ongeveer 1 op de \d+ kwartalen er nog onder\. /,
    );
  });

  it('gives the real reason where the deal value is 0 (S11)', () => {
    const x = insights({ steps: 'Leads: 100; Won: 10', dealValue: '0', target: '1000', lang: 'en' });
    expect(x.goal!.lines).to.include('With a deal value of €0, no number of customers brings €1,000.');
  });

  it('says a relative improvement that every step needs alike once (S22), and per step in points mode', () => {
    const rel = insights({ ...artikel, target: '75.000' });
    expect(rel.goal!.lines.at(-1)).to.equal('of +50% bij één stap naar keuze');
    expect(rel.goal!.alone).to.deep.equal([]);
    const points = insights({ ...artikel, target: '75.000', mode: 'points' });
    expect(points.goal!.alone).to.have.length(5);
  });

  it('says how often today’s figures would reach a target they miss on average', () => {
    const x = insights({ ...article, target: '60000' });
    expect(x.goal!.lines[0]).to.match(/^With today’s figures, about 1 quarter in \d+ reaches it\.$/);
  });
});
