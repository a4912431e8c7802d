import { expect } from 'chai';
import { $, $$, fixture, textOf } from './fixture.js';

describe('<sales-funnel>: language and number formats', () => {
  it('speaks Dutch with Dutch numbers: € 2.500, 12,5%', async () => {
    const el = await fixture(
      `<sales-funnel lang="nl" deal-value="2500" steps="Leads: 1000; Voorstel: 125; Klant: 1"></sales-funnel>`,
    );
    const text = textOf(el);
    expect(text).to.contain('125 12,5%');
    expect(text).to.contain('Omzet € 2.500');
    expect(text).to.contain('Terugzetten');
  });

  it('takes the nearest lang above it, through its ancestors', async () => {
    const el = await fixture(
      `<article><div><sales-funnel steps="A: 10; B: 5"></sales-funnel></div></article>`,
      undefined,
      { lang: 'nl-BE' },
    );
    expect(textOf(el)).to.contain('Klanten');
    expect($(el, '.root').getAttribute('lang')).to.equal('nl');
  });

  it('falls back to English for other languages, with their number format where asked', async () => {
    const el = await fixture(
      `<sales-funnel lang="fr" locale="fr-FR" deal-value="2500" steps="A: 1000; B: 10"></sales-funnel>`,
    );
    const text = textOf(el);
    expect(text).to.contain('Customers');
    expect(text).to.match(/25\s000,00\s€|25\s000\s€/);
  });

  it('shows small conversions with two significant digits', async () => {
    const el = await fixture(`<sales-funnel steps="Visitors: 100000; Buyers: 350"></sales-funnel>`);
    expect(textOf(el)).to.contain('350 0.35%');
  });

  it('says what each column is: now, the improvement, then', async () => {
    const en = await fixture(`<sales-funnel steps="Leads: 1000; MQL: 400; SQL: 100"></sales-funnel>`);
    expect($$(en, '.head > span').map((s) => s.textContent)).to.deep.equal(['Step', 'Now', 'Improvement', 'Then']);
    const nl = await fixture(`<sales-funnel lang="nl" steps="Leads: 1000; MQL: 400; SQL: 100"></sales-funnel>`);
    expect($$(nl, '.head > span').map((s) => s.textContent)).to.deep.equal(['Stap', 'Nu', 'Verbetering', 'Straks']);
  });
});
