import { expect } from 'chai';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';
import { $, $$, ARTICLE, fixture, openInsights, openMenu, slide, textOf } from './fixture.js';

const article = `steps="${ARTICLE}" deal-value="2500" period="quarter"`;

/** The insights' lines, as a reader sees them once opened. */
async function lines(el: SalesFunnel) {
  const details = await openInsights(el);
  return [...details.querySelectorAll('.body p, .body li')].map((n) => textOf(n));
}

describe('<sales-funnel>: how sure the numbers are (second edition)', () => {
  it('gives the likely range of one next quarter, 8 in 10, of revenue, rounded outward (English and Dutch)', async () => {
    const en = await fixture(`<sales-funnel ${article} improvements="0; 0; 0; 20"></sales-funnel>`);
    expect(textOf($(en, '.range'))).to.equal('With the improvements: between €40,000 and €89,000 revenue in 8 of 10 quarters, if only chance varies.');
    const nl = await fixture(`<sales-funnel lang="nl" ${article} improvements="0; 0; 0; 20"></sales-funnel>`);
    expect(textOf($(nl, '.range'))).to.equal('Met de verbeteringen: in 8 van de 10 kwartalen tussen € 40.000 en € 89.000 omzet, als alleen het toeval varieert.');
  });

  it('says where there is no range, and why, and never shows a zero-wide one', async () => {
    const rates = await fixture(`<sales-funnel steps="Leads: 1000; Calls: 30%; Deals: 20%" deal-value="5000"></sales-funnel>`);
    expect(textOf($(rates, '.range'))).to.equal('No range: every step is given as a percentage, so there is no telling how sure they are.');
    const full = await fixture(`<sales-funnel steps="Leads: 1000; Calls: 100%; Deals: 100%" deal-value="5"></sales-funnel>`);
    expect(textOf($(full, '.range'))).to.not.match(/between (\S+) and \1/);
  });

  it('marks the bottleneck as sure, or names the steps it may really be', async () => {
    const unsure = await fixture(`<sales-funnel ${article}></sales-funnel>`);
    expect(textOf($(unsure, '.name .target'))).to.equal('Bottleneck? (likely, but not sure: see Insights)');
    expect((await lines(unsure))[0]).to.equal(
      'Purchase looks like the bottleneck (lowest conversion: 33.3%), but with these numbers it could also be Qualified leads or Proposal made or Proposal discussed.',
    );
    const sure = await fixture(`<sales-funnel steps="Visits: 100000; Carts: 90000; Orders: 9000; Paid: 8000"></sales-funnel>`);
    expect(textOf($(sure, '.chip'))).to.equal('Bottleneck');
    expect((await lines(sure))[0]).to.equal('Orders is certainly the bottleneck: lowest conversion (10%), and every other step is clearly above it.');
  });

  it('opens the insights from a bottleneck that is not sure', async () => {
    const el = await fixture(`<sales-funnel ${article}></sales-funnel>`);
    $(el, 'button.target').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect($<HTMLDetailsElement>(el, 'details.insights').open).to.equal(true);
    expect(textOf($(el, '.body'))).to.contain('looks like the bottleneck');
  });

  it('says how sure each step is: too little data with its interval, steps given as percentages, or enough', async () => {
    const thin = await lines(await fixture(`<sales-funnel steps="Visitors: 50; Buyers: 1; Repeat: 0"></sales-funnel>`));
    expect(thin).to.include('Buyers: 1 of 50, so its conversion is somewhere between 0.35% and 10.5%. Keep measuring.');
    const given = await lines(await fixture(`<sales-funnel steps="Leads: 100000; Calls: 30%; Deals: 6000"></sales-funnel>`));
    expect(given).to.include('Every measured step has enough data.');
    expect(given).to.include('One step is given as a percentage, so there is no telling how reliable it is.');
  });

  it('plans a test for each moved slider: visitors in total, weeks, or not within a year; and what one quarter can detect', async () => {
    const el = await fixture(`<sales-funnel ${article}></sales-funnel>`);
    let all = await lines(el);
    expect(all).to.include('Proposal made: in one quarter a test only picks up an improvement of +36.4% or more.');
    await slide(el, 3, 20);
    all = [...$$(el, '.body li')].map((n) => textOf(n));
    expect(all).to.include('Proposal made +20%: to test this you need 847 visitors in total (≈ 44 weeks).');
    await slide(el, 5, 5);
    all = [...$$(el, '.body li')].map((n) => textOf(n));
    expect(all.find((l) => l.startsWith('Purchase +5%'))).to.match(/^Purchase \+5%: not testable within a year \(you would need [\d,]+ visitors in total\)\.$/);
    const nl = await fixture(`<sales-funnel lang="nl" mode="points" steps="Leads: 1000; Offerte: 300" improvements="0; 10"></sales-funnel>`);
    expect(await lines(nl)).to.include('Offerte +10 %-punt: om dit te testen heb je in totaal 712 bezoekers nodig (≈ 0,7 perioden).');
  });

  it('ranks where to work first by what one point brings, and says what one point means there', async () => {
    const all = await lines(await fixture(`<sales-funnel ${article}></sales-funnel>`));
    // gainPerPoint × 2,500: Purchase 0.6, Qualified 0.5, Proposal made 0.4167
    expect(all).to.include.members([
      'Purchase: +€1,500 per quarter (here +1 point is +3%)',
      'Qualified leads: +€1,250 per quarter (here +1 point is +2.5%)',
      'Proposal made: +€1,042 per quarter (here +1 point is +2.1%)',
    ]);
    const nl = await lines(await fixture(`<sales-funnel lang="nl" steps="Bezoekers: 1000; Klanten: 20"></sales-funnel>`));
    expect(nl).to.include('Klanten: +10 klanten (+1 procentpunt is hier +50%)');
  });

  it('says in words when today’s figures already reach the goal, with the room to spare, before any negative change', async () => {
    const all = await lines(await fixture(`<sales-funnel ${article} target="40000"></sales-funnel>`));
    expect(all).to.include('You already reach it with today\'s figures: 25% above it. Each step on its own may drop this much:');
    const i = all.findIndex((l) => l.startsWith('You already'));
    expect(all.findIndex((l) => /: [-−]\d/.test(l))).to.be.greaterThan(i);
  });

  it('says "no data" for a step nobody reached: never 0 % conversion, never a gain of €0', async () => {
    const el = await fixture(`<sales-funnel steps="Visitors: 100; Leads: 0; Buyers: 0" deal-value="100"></sales-funnel>`);
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
    expect(rows[4]).to.match(/^Proposal made,120,48%,20%,144,24,/);
    expect(rows[7]).to.match(/^Customers,20,,,24,4,,,16\.\d+,35\.\d+,,,$/);
    expect(rows[8]).to.match(/^Revenue,50000,,,60000,10000,/);
  });

  it('copies the scenario as a table, tab-separated, in the page’s number format, and says so', async () => {
    const el = await fixture(`<sales-funnel lang="nl" ${article}></sales-funnel>`);
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      (await openMenu(el))[1].click();
      for (let k = 0; k < 50 && !copied.length; k++) await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(copied[0].split('\r\n')[0].split('\t').slice(0, 4)).to.deep.equal(['Stap', 'Aantal', 'Conversie', 'Verbetering']);
    expect(copied[0].split('\r\n')[3]).to.match(/^Engaged\t250\t62,5%\t/);
    expect(textOf($(el, '[role=status]'))).to.contain('Gekopieerd.');
  });

  it('offers neither with no-export', async () => {
    const el = await fixture(`<sales-funnel no-export ${article}></sales-funnel>`);
    expect($$(el, '[part=export]')).to.have.length(0);
    expect($(el, '[part=reset]')).to.exist;
  });
});
