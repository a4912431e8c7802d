/**
 * Two periods side by side in the element (SPEC 3, "Two periods"): every way to give the period before, and what
 * a reader sees, hears and opens. The words themselves are decided and tested without a browser
 * (test/chunks/compare.test.ts).
 */
import { expect } from 'chai';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';
import { $, $$, ARTIKEL, fixture, openInsights, slide, textOf } from './fixture.js';

const Q1 = '950; 300; 190; 95; 45; 14';
const artikel = `lang="nl" deal-value="2.500" period="quarter" steps="${ARTIKEL}" previous="${Q1}" previous-name="Q1" current-name="Q2"`;

const line = (el: SalesFunnel) => textOf($(el, '.compare'));

describe('<sales-funnel>: two periods side by side', () => {
  it('says each key figure’s change since the period before, and in one line which step really moved and what it was worth', async () => {
    const el = await fixture(`<sales-funnel ${artikel}></sales-funnel>`);
    expect($$(el, '.figure .extra .live').map((n) => textOf(n))).to.deep.equal(['+€ 15.000 sinds Q1', '+6 sinds Q1']);
    expect(line(el)).to.equal('Q1 → Q2. Echt gestegen: Gekwalificeerd (+€ 9.941).');
  });

  it('marks the step that really moved with a chip that says so in words, and none where it is chance', async () => {
    const el = await fixture(`<sales-funnel ${artikel}></sales-funnel>`);
    const chips = $$(el, '[part=step] .chip.up');
    expect(chips).to.have.length(1);
    expect(textOf(chips[0])).to.equal('↑ echt (echte stijging)');
    expect(textOf($$(el, '[part=label]')[[...$$(el, '[part=step]')].findIndex((r) => r.contains(chips[0]))])).to.equal(
      'Gekwalificeerd',
    );
  });

  it('draws the period before as an outline behind every slice, and says its counts in the funnel’s text', async () => {
    const el = await fixture(`<sales-funnel ${artikel}></sales-funnel>`);
    expect($$(el, 'polygon.was')).to.have.length(6);
    expect($(el, '[part=funnel]').getAttribute('aria-label')).to.match(
      / Q1: Leads 950, Gekwalificeerd 300, .*, Aankoop 14\.$/,
    );
  });

  it('lists each step’s change with its probable range in the insights, and why “maybe”', async () => {
    const el = await fixture(`<sales-funnel ${artikel}></sales-funnel>`);
    const details = await openInsights(el);
    const part = details.querySelector('[part=compare]')!;
    expect(textOf(part.querySelector('strong')!)).to.equal('Q1 → Q2, per stap');
    expect(part.querySelectorAll('li')).to.have.length(6);
    expect(textOf(part)).to.contain(
      'Gekwalificeerd: 31,6% → 40% (+8,4 procentpunt), waarschijnlijk tussen +2,7 en +14,1 procentpunt: echte stijging.',
    );
  });

  it('keeps comparing while a slider moves: the figures then say the forecast, the line stays', async () => {
    const el = await fixture(`<sales-funnel ${artikel}></sales-funnel>`);
    const height = el.getBoundingClientRect().height;
    await slide(el, 3, 20);
    expect(textOf($$(el, '.figure .extra .live')[0])).to.match(/^\+€ 10\.000/);
    expect(line(el)).to.equal('Q1 → Q2. Echt gestegen: Gekwalificeerd (+€ 9.941).');
    expect(el.getBoundingClientRect().height).to.equal(height);
  });

  it('reads a child table of two number columns: the right-most is this period, the header names the two', async () => {
    const el = await fixture(`<sales-funnel lang="nl"><table>
      <thead><tr><th>Stap</th><th>Januari</th><th>Februari</th></tr></thead>
      <tbody><tr><td>Bezoekers</td><td>2.000</td><td>2.400</td></tr><tr><td>Klanten</td><td>40</td><td>60</td></tr></tbody>
    </table></sales-funnel>`);
    expect(line(el)).to.match(/^Januari → Februari\. /);
    expect(el.result!.steps.map((s) => s.count)).to.deep.equal([2400, 60]);
    expect(el.result!.compare!.steps.map((s) => s.previousCount)).to.deep.equal([2000, 40]);
  });

  it('gives the comparison in `result`, and takes each step’s own `previous` from the steps property', async () => {
    const el = await fixture(`<sales-funnel lang="en"></sales-funnel>`);
    el.steps = [
      { label: 'Visits', count: 10000, previous: 10000 },
      { label: 'Orders', count: 300, previous: 200 },
    ];
    await el.updateComplete;
    expect(el.result!.compare!.steps[1].verdict).to.equal('real');
    expect(line(el)).to.equal('last period → this period. Real rise: Orders (+100 customers).');
  });

  it('says in the error panel, in the page’s language, a label that is not the step’s, naming the step', async () => {
    const el = await fixture(
      `<sales-funnel lang="nl" steps="Leads: 1000; Klanten: 20" previous="Leads: 900; Kopers: 15"></sales-funnel>`,
    );
    expect(textOf($(el, '[part=error]'))).to.contain(
      "Attribuut previous, stap 2 'Klanten': “Kopers” is niet de naam van deze stap (“Klanten”)",
    );
  });
});
