import { expect } from 'chai';
import '../../src/element/define.js';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';
// @ts-expect-error: the demo is plain JavaScript
import { ARTICLE, attributesSnippet, CDN, jsonSnippet, tableSnippet } from '../../demo/builder.js';
import { openPage } from './pages.js';

/** Puts a snippet in the page (its script tag left out: the element is defined here) and renders its funnel. */
async function render(snippet: string) {
  const host = document.createElement('div');
  host.innerHTML = snippet.replace(/<script type="module"[^>]*><\/script>/, '');
  document.body.append(host);
  const el = host.querySelector('sales-funnel') as SalesFunnel;
  await el.updateComplete;
  host.remove();
  return el;
}

const tricky = {
  steps: [
    { label: 'Stage 1: visitors; all of them', count: 1000 },
    { label: 'Sign-ups (it\'s "free") <b>', rate: 35, improvement: 5 },
    { label: 'Buyers', count: 20 },
  ],
  heading: 'Quotes " and <b>tags</b> & ampersands',
  mode: 'points',
  readonly: true,
};

describe('the snippet builder: the funnel the element reports → a snippet that draws the same funnel', () => {
  for (const [name, make] of [
    ['attributes', attributesSnippet],
    ['a JSON script in <div>', jsonSnippet],
    ['a table in <div>', tableSnippet],
  ] as const) {
    it(`draws the article’s funnel, from ${name}`, async () => {
      const snippet = make(ARTICLE);
      expect(snippet).to.contain(`<script type="module" src="${CDN}"></script>`);
      const el = await render(snippet);
      expect(el.result!.steps.map((s) => s.count)).to.deep.equal([1000, 400, 250, 120, 60, 20]);
      expect(el.result!.baseline.revenue).to.equal(50000);
      // The table has no improvements: only the other two carry the +20 %.
      expect(el.result!.forecast.customers).to.be.closeTo(make == tableSnippet ? 20 : 24, 1e-9);
    });

    it(`keeps labels with ; : quotes and markup, rates, and the options, from ${name}`, async () => {
      const el = await render(make(tricky));
      expect(el.result!.steps.map((s) => s.label)).to.deep.equal(tricky.steps.map((s) => s.label));
      expect(el.result!.steps[1].rate).to.equal(0.35);
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal(tricky.heading);
      expect(el.shadowRoot!.querySelectorAll('input[type=range]')).to.have.length(0);
    });
  }

  const twoPeriods = {
    ...ARTICLE,
    steps: ARTICLE.steps.map((s: object, i: number) => ({ ...s, previous: [900, 350, 230, 100, 50, 16][i] })),
    previousName: 'K1',
    currentName: 'K2',
    test: {
      step: 'Voorstel besproken',
      a: { conversions: 300, entrants: 600 },
      b: { conversions: 335, entrants: 600 },
    },
    testSplit: 50,
  };
  for (const [name, make] of [
    ['attributes', attributesSnippet],
    ['a JSON script in <div>', jsonSnippet],
    ['a table in <div>', tableSnippet],
  ] as const)
    it(`keeps the period before, its name and a test's result, from ${name}`, async () => {
      const el = await render(make(twoPeriods));
      for (let k = 0; k < 100 && !(el.result?.compare && el.result.test); k++)
        await new Promise((r) => setTimeout(r, 20)).then(() => el.updateComplete);
      expect(el.result!.compare!.steps.map((s) => s.previousCount)).to.deep.equal([900, 350, 230, 100, 50, 16]);
      expect(el.result!.test!.step).to.equal(4);
      expect(el.result!.test!.rateB).to.be.closeTo(335 / 600, 1e-12);
      expect(el.shadowRoot!.textContent!.includes('K1 → K2'), 'the periods named').to.equal(true);
    });

  it('writes a test at a step whose label holds a “;” by its number, and unnamed periods as empty headers', async () => {
    const config = {
      steps: [
        { label: 'Leads', count: 1000, previous: 900 },
        { label: 'Offerte; verstuurd', count: 400, previous: 380 },
      ],
      test: {
        step: 'Offerte; verstuurd',
        a: { conversions: 300, entrants: 600 },
        b: { conversions: 335, entrants: 600 },
      },
    };
    expect(attributesSnippet(config)).to.contain('test="2: 300/600; 335/600"');
    const el = await render(attributesSnippet(config));
    for (let k = 0; k < 100 && !el.result?.test; k++)
      await new Promise((r) => setTimeout(r, 20)).then(() => el.updateComplete);
    expect(el.result!.test!.step).to.equal(1);
    expect(tableSnippet(config)).to.contain('<thead><tr><th></th><th></th><th></th></tr></thead>');
  });

  it('writes attributes one per line with no blank line, and the child forms wrapped in <div>, inside and around', () => {
    expect(attributesSnippet(ARTICLE)).not.to.match(/\n\s*\n/);
    for (const make of [jsonSnippet, tableSnippet])
      expect(make(ARTICLE)).to.match(/^<script[^\n]*\n<div>\n<sales-funnel[^>]*>\n<div>\n/);
  });
});

describe('the snippet builder page', function () {
  this.timeout(60000);

  it('opens without an error and shows the article’s funnel, editable', async () => {
    const report = await openPage('/demo/builder.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.funnels).to.have.length(1);
    expect(report.funnels[0].rendered).to.equal(true);
  });

  it('writes the snippet from what the reader types into the funnel, in Dutch or English', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/builder.html';
    frame.width = '1200';
    frame.height = '800';
    document.body.append(frame);
    await new Promise((r) => (frame.onload = r));
    const doc = frame.contentDocument!;
    const el = doc.querySelector('sales-funnel') as SalesFunnel;
    for (let k = 0; k < 100 && !el.shadowRoot?.querySelector('[part=editor]'); k++)
      await new Promise((r) => setTimeout(r, 20));
    const fields = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=editor] li input')];
    fields[1].value = '2.000';
    fields[1].dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    const snippet = doc.querySelector<HTMLTextAreaElement>('#snippet-attributes')!.value;
    expect(snippet).to.contain('steps="Leads: 2000; Gekwalificeerd: 400;');
    expect(doc.querySelector('h1')!.textContent).to.equal('Maak de code voor je trechter');
    doc.querySelector<HTMLButtonElement>('#language')!.click();
    expect(doc.querySelector('h1')!.textContent).to.equal("Build your funnel's snippet");
    // The period before, switched on in the funnel's form and pasted in: the snippets carry it, and a test's result.
    const switches = () => el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=editor] .switch input');
    for (let k = 0; k < 100 && !switches().length; k++) await new Promise((r) => setTimeout(r, 20));
    switches()[0].click();
    await el.updateComplete;
    const data = new DataTransfer();
    data.setData('text/plain', 'Stap\tK1\tK2\nLeads\t900\t1000\nKlanten\t18\t20');
    const e = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'clipboardData', { value: data });
    el.shadowRoot!.querySelector('[part=editor] li input')!.dispatchEvent(e);
    for (let k = 0; k < 100 && !el.result?.compare; k++) await new Promise((r) => setTimeout(r, 20));
    switches()[1].click();
    for (let k = 0; k < 100 && !el.shadowRoot!.querySelector('[part=editor] .test input'); k++)
      await new Promise((r) => setTimeout(r, 20));
    const [a, b] = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=editor] .test input');
    for (const [input, v] of [
      [a, '30/60'],
      [b, '41/62'],
    ] as const) {
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const box = doc.querySelector<HTMLTextAreaElement>('#snippet-attributes')!;
    for (let k = 0; k < 100 && !box.value.includes('test='); k++) await new Promise((r) => setTimeout(r, 20));
    expect(box.value).to.contain('previous-name="K1"');
    expect(box.value).to.contain('previous="900; 18"');
    expect(box.value).to.contain('test="Klanten: 30/60; 41/62"');
    expect(doc.querySelector<HTMLTextAreaElement>('#snippet-table')!.value).to.contain(
      '<tr><td>Leads</td><td>900</td><td>1000</td></tr>',
    );
    frame.remove();
  });
});
