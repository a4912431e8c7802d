import { expect } from 'chai';
import { $, fixture, textOf } from './fixture.js';

describe('<sales-funnel>: language and number formats', () => {
  it('speaks Dutch with Dutch numbers: € 2.500, 12,5%', async () => {
    const el = await fixture(`<sales-funnel lang="nl" deal-value="2500" steps="Leads: 1000; Voorstel: 125; Klant: 1"></sales-funnel>`);
    const text = textOf(el);
    expect(text).to.contain('12,5% conversie');
    expect(text).to.contain('Omzet: nu € 2.500');
    expect(text).to.contain('Schuiven terugzetten');
  });

  it('takes the nearest lang above it, through its ancestors', async () => {
    const el = await fixture(`<article><div><sales-funnel steps="A: 10; B: 5"></sales-funnel></div></article>`, undefined, { lang: 'nl-BE' });
    expect(textOf(el)).to.contain('Klanten');
    expect($(el, '.root').getAttribute('lang')).to.equal('nl');
  });

  it('falls back to English for other languages, with their number format where asked', async () => {
    const el = await fixture(`<sales-funnel lang="fr" locale="fr-FR" deal-value="2500" steps="A: 1000; B: 10"></sales-funnel>`);
    const text = textOf(el);
    expect(text).to.contain('Customers');
    expect(text).to.match(/25\s000,00\s€|25\s000\s€/);
  });

  it('shows small conversions with two significant digits', async () => {
    const el = await fixture(`<sales-funnel steps="Visitors: 100000; Buyers: 350"></sales-funnel>`);
    expect(textOf(el)).to.contain('0.35% conversion');
  });

  it('labels both conversions: from the step before, and of all leads', async () => {
    const el = await fixture(`<sales-funnel steps="Leads: 1000; MQL: 400; SQL: 100"></sales-funnel>`);
    expect(textOf(el)).to.contain('100 · 25% conversion · 10% of leads');
  });
});
