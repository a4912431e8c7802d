import { expect } from 'chai';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';
import { $, $$, ARTICLE, fixture, openInsights, sliders, textOf } from './fixture.js';

const labels = (el: SalesFunnel) => $$(el, '[part=label]').map((l) => l.textContent);

describe('<sales-funnel>: the five ways to configure it', () => {
  it('shows the SPEC’s attributes-only example in Dutch', async () => {
    const el = await fixture(`<sales-funnel lang="nl" currency="EUR" deal-value="2.500" period="quarter"
      steps="Leads: 1.000; Gekwalificeerd: 400; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20"></sales-funnel>`);
    expect(labels(el)).to.deep.equal(['Leads', 'Gekwalificeerd', 'Voorstel gedaan', 'Voorstel besproken', 'Aankoop']);
    const text = textOf(el);
    expect(text).to.contain('1.000');
    expect(text).to.contain('400 40%');
    expect(text).to.contain('Omzet per kwartaal € 50.000');
    expect(el.result!.baseline.revenue).to.equal(50000);
  });

  it('reads steps as JSON in the attribute, rates in percent', async () => {
    const el = await fixture(
      `<sales-funnel steps='[{"label":"Leads","count":1000},{"label":"MQL","rate":35,"improvement":10}]'></sales-funnel>`,
    );
    expect(labels(el)).to.deep.equal(['Leads', 'MQL']);
    expect(el.result!.steps[1].count).to.equal(350);
    expect(el.improvements).to.deep.equal([0, 10]);
  });

  it('reads the whole config from a child JSON script, and follows edits to it', async () => {
    const el = await fixture(`<sales-funnel><script type="application/json">
      {"steps": "A: 100; B: 50", "dealValue": 10, "heading": "From JSON"}</script></sales-funnel>`);
    expect($(el, '[part=heading]').textContent).to.equal('From JSON');
    expect(el.result!.baseline.revenue).to.equal(500);
    el.querySelector('script')!.textContent = '{"steps": "A: 100; B: 25", "dealValue": 10}';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.result!.baseline.revenue).to.equal(250);
  });

  it('reads a child table, hides it once upgraded, and follows edits to it', async () => {
    const el =
      await fixture(`<sales-funnel deal-value="100" heading="Q3"><table><caption>Q3 (seen without JavaScript)</caption>
      <thead><tr><th>Step</th><th>People</th></tr></thead>
      <tbody><tr><td>Visitors</td><td>1.000</td></tr><tr><td>Sign-ups</td><td>10 %</td></tr><tr><td>Buyers</td><td>25</td></tr></tbody>
      </table></sales-funnel>`);
    expect(labels(el)).to.deep.equal(['Visitors', 'Sign-ups', 'Buyers']);
    expect(el.result!.steps.map((s) => s.count)).to.deep.equal([1000, 100, 25]);
    expect(el.result!.baseline.revenue).to.equal(2500);
    expect($(el, '[part=heading]').textContent).to.equal('Q3');
    expect(el.querySelector('table')!.getClientRects().length, 'the table is not drawn').to.equal(0);
    el.querySelector('tbody tr:last-child td:last-child')!.textContent = '50';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.result!.baseline.customers).to.equal(50);
  });

  it('makes a child table’s caption the heading, and reads a table or script inside a <div>', async () => {
    const el = await fixture(`<sales-funnel><div><table><caption>Ons kwartaal</caption>
      <tr><td>Leads</td><td>100</td></tr><tr><td>Klanten</td><td>5</td></tr></table></div></sales-funnel>`);
    expect($(el, '[part=heading]').textContent).to.equal('Ons kwartaal');
    expect(el.result!.steps.map((s) => s.count)).to.deep.equal([100, 5]);
    const json = await fixture(
      `<sales-funnel><div><script type="application/json">{"steps": "A: 10; B: 2"}</script></div></sales-funnel>`,
    );
    expect(json.result!.steps.map((s) => s.count)).to.deep.equal([10, 2]);
  });

  it('repairs JSON a CMS or Markdown renderer typeset: curly quotes, &quot;, wrapped lines', async () => {
    for (const text of [
      '{“steps”: “A: 10; B: 2”}',
      '{&quot;steps&quot;: &quot;A: 10; B: 2&quot;}',
      '{&#8220;steps&#8221;: "A: 10;\n B: 2"}',
    ]) {
      const el = await fixture(`<sales-funnel><script type="application/json">${text}</script></sales-funnel>`);
      expect(
        el.result?.steps.map((s) => s.count),
        text,
      ).to.deep.equal([10, 2]);
    }
  });

  it('gives the heading the level of heading-level (default 2), to fit the page’s outline', async () => {
    const two = await fixture(`<sales-funnel heading="Q3" steps="A: 10; B: 5"></sales-funnel>`);
    expect($(two, '[part=heading]').getAttribute('role')).to.equal('heading');
    expect($(two, '[part=heading]').getAttribute('aria-level')).to.equal('2');
    const three = await fixture(`<sales-funnel heading="Q3" heading-level="3" steps="A: 10; B: 5"></sales-funnel>`);
    expect($(three, '[part=heading]').getAttribute('aria-level')).to.equal('3');
  });

  it('shows the child table to readers without JavaScript (progressive enhancement)', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<sales-funnel><table><tr><td>Leads</td><td>100</td></tr><tr><td>Buyers</td><td>5</td></tr></table></sales-funnel>`;
    document.body.append(frame);
    await new Promise((r) => (frame.onload = r));
    expect(frame.contentDocument!.querySelector('table')!.offsetHeight).to.be.greaterThan(0);
    frame.remove();
  });

  it('takes the config, steps and improvements properties', async () => {
    const el = await fixture(`<sales-funnel></sales-funnel>`);
    el.config = { dealValue: 2, heading: 'By property' };
    el.steps = [
      { label: 'A', count: 100 },
      { label: 'B', count: 40 },
    ];
    el.improvements = [0, 50];
    await el.updateComplete;
    expect($(el, '[part=heading]').textContent).to.equal('By property');
    expect(el.result!.forecast.customers).to.be.closeTo(60, 1e-9);
    expect(el.steps).to.deep.equal([
      { label: 'A', count: 100 },
      { label: 'B', count: 40 },
    ]); // as set
    expect(sliders(el)[1].value).to.equal('50');
  });

  it('gives the config property precedence over attributes, field by field, and falls back when it is cleared', async () => {
    const el = await fixture(`<sales-funnel steps="A: 100; B: 10" deal-value="5" heading="attribute"></sales-funnel>`);
    el.config = { heading: 'property' };
    await el.updateComplete;
    expect($(el, '[part=heading]').textContent).to.equal('property');
    expect(el.result!.baseline.revenue).to.equal(50);
    el.config = undefined;
    await el.updateComplete;
    expect($(el, '[part=heading]').textContent).to.equal('attribute');
  });

  it('returns the result in fractions, and the improvements in percent', async () => {
    const el = await fixture(`<sales-funnel steps="A: 200; B: 50 +10%"></sales-funnel>`);
    expect(el.result!.steps[1].rate).to.equal(0.25);
    expect(el.result!.steps[1].improvement).to.be.closeTo(0.1, 1e-12);
    expect(el.improvements).to.deep.equal([0, 10]);
  });

  it('answers result and improvements at once after a change, before rendering', async () => {
    const el = await fixture(`<sales-funnel steps="A: 200; B: 50"></sales-funnel>`);
    el.setAttribute('steps', 'A: 200; B: 100');
    expect(el.result!.baseline.customers).to.equal(100);
    el.improvements = [10, 0];
    expect(el.improvements).to.deep.equal([10, 0]);
  });
});

describe('<sales-funnel>: every attribute, live', () => {
  const base: Record<string, string> = { steps: ARTICLE, 'deal-value': '2500' };
  /** The base attributes but `name`: what the element shows before `name` is set, and after it is removed. */
  const without = (name: string) =>
    Object.entries(base)
      .filter(([k]) => k != name)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ');
  const cases: [string, string, (el: SalesFunnel) => unknown][] = [
    ['steps', 'A: 10; B: 5', (el) => expect(labels(el)).to.deep.equal(['A', 'B'])],
    ['deal-value', '1.000', (el) => expect(textOf(el)).to.contain('Revenue €20,000')],
    ['currency', 'USD', (el) => expect(textOf(el)).to.contain('$50,000')],
    ['lang', 'nl', (el) => expect(textOf(el)).to.contain('Klanten')],
    ['locale', 'de-DE', (el) => expect(textOf(el)).to.contain('50.000 €')],
    ['period', 'month', (el) => expect(textOf(el)).to.contain('Customers per month')],
    ['mode', 'points', (el) => expect(sliders(el)[1].max).to.equal('50')],
    ['improvements', '0; 10', (el) => expect(sliders(el)[1].value).to.equal('10')],
    ['min-improvement', '-20', (el) => expect(sliders(el)[0].min).to.equal('-20')],
    ['max-improvement', '30', (el) => expect(sliders(el)[0].max).to.equal('30')],
    [
      'target',
      '75000',
      async (el) =>
        expect((await openInsights(el)).querySelector('[part=goal]')!.textContent).to.contain('1,500 leads'),
    ],
    ['heading', 'My funnel', (el) => expect($(el, '[part=heading]').textContent).to.equal('My funnel')],
    ['readonly', '', (el) => expect(sliders(el)).to.have.length(0)],
    ['theme', 'dark', (el) => expect(getComputedStyle($(el, '.root')).colorScheme).to.equal('dark')],
  ];
  for (const [name, value, check] of cases)
    it(`updates when ${name} is set, and again when it is removed`, async () => {
      const el = await fixture(`<sales-funnel ${without(name)}></sales-funnel>`);
      const before =
        textOf(el) +
        sliders(el)
          .map((s) => s.min + s.max + s.value)
          .join();
      el.setAttribute(name, value);
      await el.updateComplete;
      await check(el);
      const details = $<HTMLDetailsElement>(el, 'details.insights');
      if (details.open) {
        details.open = false;
        await new Promise((r) => details.addEventListener('toggle', r, { once: true }));
      }
      el.removeAttribute(name);
      await el.updateComplete;
      expect(
        textOf(el) +
          sliders(el)
            .map((s) => s.min + s.max + s.value)
            .join(),
      ).to.equal(before);
    });

  it('keeps moved sliders when another attribute changes', async () => {
    const el = await fixture(`<sales-funnel ${without('')}></sales-funnel>`);
    const input = sliders(el)[3];
    input.value = '20';
    input.dispatchEvent(new Event('input'));
    el.setAttribute('deal-value', '3000');
    await el.updateComplete;
    expect(el.improvements[3]).to.equal(20);
    expect(el.result!.forecast.revenue).to.be.closeTo(72000, 1e-6);
  });
});
