import { expect } from 'chai';
import type { SalesFunnel } from '../../src/sales-funnel.js';
import { $, $$, ARTICLE, fixture, slide } from './fixture.js';

/** What a sighted reader sees: unseen layers (the reserved space) left out, word joiners too. */
const seen = (el: SalesFunnel | Element) =>
  (((el as SalesFunnel).shadowRoot?.querySelector('.root') ?? el) as HTMLElement).innerText.replace(/\u2060/g, '').replace(/\s+/g, ' ');

const article = `steps="${ARTICLE}" deal-value="2500" period="quarter"`;

describe('<sales-funnel>: how sure the numbers are', () => {
  it('gives the revenue with its likely range, in words (English and Dutch)', async () => {
    const en = await fixture(`<sales-funnel ${article} improvements="0; 0; 0; 20"></sales-funnel>`);
    expect(seen(en)).to.contain('Likely €39,000 to €93,000 improved, €32,000 to €77,000 now (95%).');
    const nl = await fixture(`<sales-funnel lang="nl" ${article} improvements="0; 0; 0; 20"></sales-funnel>`);
    expect(seen(nl)).to.contain('Waarschijnlijk € 39.000 tot € 93.000 verbeterd, € 32.000 tot € 77.000 nu (95%).');
  });

  it('gives the customers’ range without a deal value', async () => {
    const el = await fixture(`<sales-funnel steps="${ARTICLE}"></sales-funnel>`);
    expect(seen(el)).to.contain('Likely 13 to 31 improved, 13 to 31 now (95%).');
  });

  it('says when the data are too thin for the figures to mean much', async () => {
    const thin = await fixture(`<sales-funnel steps="Leads: 40; Calls: 10; Deals: 2"></sales-funnel>`);
    expect(seen(thin)).to.contain('Too few data to trust: measure longer.');
    const given = await fixture(`<sales-funnel steps="Leads: 1000; Calls: 30%; Deals: 20%"></sales-funnel>`);
    expect(seen(given)).to.contain('Too few data to trust');
    const solid = await fixture(`<sales-funnel steps="Leads: 100000; Calls: 30000; Deals: 6000"></sales-funnel>`);
    expect(seen(solid)).not.to.contain('Too few data');
  });

  it('says, for each moved slider, what a test needs to see that lift, and what the step had', async () => {
    const el = await fixture(`<sales-funnel ${article}></sales-funnel>`);
    expect(seen(el)).not.to.contain('Testing');
    await slide(el, 3, 20);
    const notes = $$(el, '.test').map((n) => seen(n).trim());
    expect(notes[2]).to.equal('Testing this +20% takes about 424 entrants per variant; it had 250 per quarter.');
    expect(notes.filter((n) => n)).to.have.length(1);
    const nl = await fixture(`<sales-funnel lang="nl" mode="points" steps="Leads: 1000; Offerte: 300" improvements="0; 10"></sales-funnel>`);
    expect(seen($$(nl, '.test')[0]).trim()).to.equal("Deze +10 pp testen vraagt zo'n 356 instromers per variant; er waren 1.000.");
  });

  it('ranks where to work first by what one point more conversion brings, the bottleneck first', async () => {
    const el = await fixture(`<sales-funnel ${article}></sales-funnel>`);
    const items = $$(el, 'ul li').map((li) => seen(li).trim());
    // gainPerPoint × 2,500: Purchase 0.6, Qualified 0.5, Proposal made 0.4167, Discussed 0.4, Engaged 0.32
    expect(items).to.deep.equal(['Purchase: +€1,500', 'Qualified leads: +€1,250', 'Proposal made: +€1,042']);
    const customers = await fixture(`<sales-funnel lang="nl" steps="${ARTICLE}"></sales-funnel>`);
    expect(seen($$(customers, 'ul li')[0]).trim()).to.equal('Purchase: +0,6 klanten');
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
      $(el, '[part=export][data-csv]').click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0].download).to.equal('funnel.csv');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // the byte-order mark: Excel then reads UTF-8
    const lines = (await blobs[0].text()).split('\r\n');
    expect(lines[0]).to.equal('Step,Count,Conversion,Improvement,Forecast,Extra,Low (95%),High (95%)');
    expect(lines[4]).to.match(/^Proposal made,120,48%,20%,144,24,/);
    expect(lines[7]).to.match(/^Customers,20,,,24,4,15\.\d+,37\.\d+$/);
    expect(lines[8]).to.match(/^Revenue,50000,,,60000,10000,/);
  });

  it('copies the scenario as a table, tab-separated, in the page’s number format, and says so', async () => {
    const el = await fixture(`<sales-funnel lang="nl" ${article}></sales-funnel>`);
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      $$(el, '[part=export]')[1].click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(copied[0].split('\r\n')[0]).to.equal('Stap\tAantal\tConversie\tVerbetering\tPrognose\tExtra\tLaag (95%)\tHoog (95%)');
    expect(copied[0].split('\r\n')[3]).to.match(/^Gedrag|^Engaged\t250\t62,5%\t/);
    expect(seen($(el, '[role=status]'))).to.contain('Gekopieerd.');
  });

  it('offers neither with no-export', async () => {
    const el = await fixture(`<sales-funnel no-export ${article}></sales-funnel>`);
    expect($$(el, '[part=export]')).to.have.length(0);
    expect($(el, '[part=reset]')).to.exist;
  });
});
