import { expect } from 'chai';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';
import { $, $$, ARTICLE, fixture, openInsights, openMenu, slide, textOf } from './fixture.js';

const article = `steps="${ARTICLE}" deal-value="2500" period="quarter"`;

/** The insights' lines, as a reader sees them once opened. */
async function lines(el: SalesFunnel) {
  const details = await openInsights(el);
  return [...details.querySelectorAll('.body p, .body li')].map((n) => textOf(n));
}

describe('<sales-funnel>: how sure the numbers are (third edition)', () => {
  it('gives the likely range of one next quarter, 8 in 10, of revenue, rounded outward (English and Dutch)', async () => {
    const en = await fixture(`<sales-funnel ${article} improvements="0; 0; 0; 20"></sales-funnel>`);
    expect(textOf($(en, '.range'))).to.equal(
      'With the improvements: between €40,000 and €89,000 revenue in 8 of 10 quarters, if only chance varies.',
    );
    const nl = await fixture(`<sales-funnel lang="nl" ${article} improvements="0; 0; 0; 20"></sales-funnel>`);
    expect(textOf($(nl, '.range'))).to.equal(
      'Met de verbeteringen: in 8 van de 10 kwartalen tussen € 40.000 en € 89.000 omzet, als alleen het toeval varieert.',
    );
  });

  it('says where there is no range, and why, and never shows a zero-wide one', async () => {
    const rates = await fixture(
      `<sales-funnel steps="Leads: 1000; Calls: 30%; Deals: 20%" deal-value="5000"></sales-funnel>`,
    );
    expect(textOf($(rates, '.range'))).to.equal(
      'No range: every step is given as a percentage, so there is no telling how sure they are.',
    );
    const full = await fixture(
      `<sales-funnel steps="Leads: 1000; Calls: 100%; Deals: 100%" deal-value="5"></sales-funnel>`,
    );
    expect(textOf($(full, '.range'))).to.not.match(/between (\S+) and \1/);
  });

  it('grades the bottleneck in its chip and in the insights, never “certainly”', async () => {
    const probable = await fixture(`<sales-funnel ${article}></sales-funnel>`);
    expect(textOf($(probable, '.name .target'))).to.equal('Bottleneck 84.6% (see Insights)');
    expect((await lines(probable))[0]).to.equal(
      'Purchase is probably the bottleneck (84.6%): its conversion (33.3%) is the lowest.',
    );
    const clear = await fixture(
      `<sales-funnel steps="Visits: 100000; Carts: 90000; Orders: 9000; Paid: 8000"></sales-funnel>`,
    );
    expect(textOf($(clear, '.chip'))).to.equal('Bottleneck');
    const said = await lines(clear);
    expect(said[0]).to.equal(
      'Orders is clearly the bottleneck: its conversion (10%) is below every other step’s, beyond what chance explains.',
    );
    expect(said.join(' ')).not.to.match(/certain/i);
  });

  it('opens the insights from a bottleneck that is not clear', async () => {
    const el = await fixture(`<sales-funnel ${article}></sales-funnel>`);
    $(el, 'button.target').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect($<HTMLDetailsElement>(el, 'details.insights').open).to.equal(true);
    expect(textOf($(el, '.body'))).to.contain('probably the bottleneck');
  });

  it('says how sure each step is: too little data with its probable range, steps given as percentages, or enough', async () => {
    const thin = await lines(await fixture(`<sales-funnel steps="Visitors: 50; Buyers: 1; Repeat: 0"></sales-funnel>`));
    expect(thin).to.include(
      'Buyers: 1 of 50, so its conversion is probably (95%) between 0.35% and 10.5%. Keep measuring.',
    );
    const given = await lines(
      await fixture(`<sales-funnel steps="Leads: 100000; Calls: 30%; Deals: 6000"></sales-funnel>`),
    );
    expect(given).to.include('Every measured step has enough data.');
    expect(given).to.include('One step is given as a percentage, so there is no telling how reliable it is.');
  });

  it('plans a test for each moved slider, per version and in all, in weeks; what one quarter can find; one rule against peeking', async () => {
    const el = await fixture(`<sales-funnel ${article}></sales-funnel>`);
    let all = await lines(el);
    expect(all).to.include(
      'Proposal made (48%): with the 250 people at ‘Engaged’ in one quarter, 125 per version, a test finds +36.4% (to 65.5%) or more 8 times in 10.',
    );
    await slide(el, 3, 20);
    all = [...$$(el, '.body p, .body li')].map((n) => textOf(n));
    expect(all).to.include(
      'Proposal made (48% → 57.6%): a test needs 424 per version, 848 in all from ‘Engaged’: about 44 weeks.',
    );
    expect(all).to.include(
      'Fix the end date now and judge once: looking every week and stopping at the first ‘win’ picks a false winner far more often.',
    );
    await slide(el, 5, 5);
    all = [...$$(el, '.body li')].map((n) => textOf(n));
    expect(all.find((l) => l.startsWith('Purchase ('))).to.match(
      /^Purchase \(33\.3% → 35%\): not testable within a year; a test needs [\d,]+ per version, [\d,]+ in all from ‘Proposal discussed’\.$/,
    );
  });

  it('ranks where to work first by what one point brings, and says what one point means there', async () => {
    const all = await lines(await fixture(`<sales-funnel ${article}></sales-funnel>`));
    // gainPerPoint × 2,500: Purchase 0.6, Qualified 0.5, Proposal made 0.4167
    expect(all).to.include.members([
      'Purchase: +€1,500 per quarter (here +1 point is +3%)',
      'Qualified leads: +€1,250 per quarter (here +1 point is +2.5%)',
      'Proposal made: +€1,042 per quarter (here +1 point is +2.1%)',
    ]);
    const nl = await lines(
      await fixture(`<sales-funnel lang="nl" steps="Bezoekers: 1000; Klanten: 20"></sales-funnel>`),
    );
    expect(nl).to.include('Klanten: +10 klanten (+1 procentpunt is hier +50%)');
  });

  it('says in words when today’s figures already reach the goal on average, with the room to spare, before any negative change', async () => {
    const all = await lines(await fixture(`<sales-funnel ${article} target="40000"></sales-funnel>`));
    expect(all.find((l) => l.startsWith('On average today’s figures reach it, 25% above'))).to.match(
      / Any one step on its own may drop by 20%\.$/,
    );
    const points = await lines(await fixture(`<sales-funnel ${article} mode="points" target="40000"></sales-funnel>`));
    const i = points.findIndex((l) => l.endsWith('Each step on its own may drop this much:'));
    expect(i).to.be.at.least(0);
    expect(points.findIndex((l) => /: [-−]\d/.test(l))).to.be.greaterThan(i);
  });

  it('says "no data" for a step nobody reached: never 0 % conversion, never a gain of €0', async () => {
    const el = await fixture(
      `<sales-funnel steps="Visitors: 100; Leads: 0; Buyers: 0" deal-value="100"></sales-funnel>`,
    );
    const now = $$(el, '[part=step] .now').map((n) => textOf(n));
    expect(now).to.deep.equal(['100', '0 0%', '0 no data']);
    const all = await lines(el);
    expect(all).to.include('Buyers: no data, because the step before it is at 0.');
    expect(all.join(' ')).not.to.contain('€0');
  });
});

describe('<sales-funnel>: the spreadsheet back', () => {
  it('downloads the scenario as CSV, made in the page: no request', async () => {
    const el = await fixture(`<sales-funnel ${article} improvements="0; 0; 0; 20"></sales-funnel>`);
    const blobs: Blob[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      (await openMenu(el))[0].click();
      for (let k = 0; k < 50 && !clicked.length; k++) await new Promise((r) => setTimeout(r, 10));
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0].download).to.equal('funnel.csv');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // the byte-order mark: Excel then reads UTF-8
    const rows = (await blobs[0].text()).split('\r\n');
    expect(rows[0]).to.match(/^Step,Now \(per quarter\),Conversion from the step before,/);
    expect(rows[4]).to.match(/^Proposal made,120,48%,12%,130,/);
    expect(rows[9]).to.match(/^Customers,20,13\.\d+,29\.\d+,12\.\d+,30\.\d+,24,16\.\d+,35\.\d+,4,16$/);
    expect(rows[10]).to.match(/^Revenue \(EUR\),50000,/);
  });

  it('copies the scenario as a table, tab-separated, in the page’s number format, and says so', async () => {
    const el = await fixture(`<sales-funnel lang="nl" ${article}></sales-funnel>`);
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void copied.push(t) },
    });
    try {
      (await openMenu(el))[1].click();
      for (let k = 0; k < 50 && !copied.length; k++) await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(copied[0].split('\r\n')[0].split('\t').slice(0, 3)).to.deep.equal([
      'Stap',
      'Nu (per kwartaal)',
      'Conversie vanaf de stap ervoor',
    ]);
    expect(copied[0].split('\r\n')[3]).to.match(/^Engaged\t250\t62,5%\t25%\t/);
    expect(textOf($(el, '[role=status]'))).to.contain('Gekopieerd.');
  });

  it('offers neither with no-export', async () => {
    const el = await fixture(`<sales-funnel no-export ${article}></sales-funnel>`);
    expect($$(el, '[part=export]')).to.have.length(0);
    expect($(el, '[part=reset]')).to.exist;
  });
});
