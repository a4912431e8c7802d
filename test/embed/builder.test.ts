import { expect } from 'chai';
import '../../src/define.js';
import type { SalesFunnel } from '../../src/sales-funnel.js';
// @ts-expect-error: the demo is plain JavaScript
import { ARTICLE, attributesSnippet, CDN, fromSnippet, jsonSnippet } from '../../demo/builder.js';
import { openPage } from './pages.js';

type State = typeof ARTICLE & Record<string, unknown>;

/** Puts a snippet's element in the page (its script tag left out: the element is defined here) and renders it. */
async function render(snippet: string) {
  const host = document.createElement('div');
  host.innerHTML = snippet.replace(/<script type="module"[^>]*><\/script>/, '');
  document.body.append(host);
  const el = host.querySelector('sales-funnel') as SalesFunnel;
  await el.updateComplete;
  host.remove();
  return el;
}

const tricky: State = {
  ...ARTICLE,
  heading: 'Quotes " and <b>tags</b> & ampersands',
  lang: 'nl',
  mode: 'points',
  readonly: true,
  steps: [
    { label: 'Stage 1: visitors; all of them', value: '1000' },
    { label: "Sign-ups (it's free)", value: '35% +5%' },
    { label: 'Buyers', value: '20' },
  ],
};

describe('the snippet builder', () => {
  for (const [name, make] of [['attributes only', attributesSnippet], ['with a JSON script', jsonSnippet]] as const) {
    it(`round-trips the article's funnel through the snippet, ${name}`, async () => {
      const snippet = make(ARTICLE);
      expect(snippet).to.contain(`<script type="module" src="${CDN}"></script>`);
      const back = fromSnippet(snippet);
      expect(back.steps).to.deep.equal(ARTICLE.steps);
      for (const f of ['heading', 'dealValue', 'currency', 'lang', 'period']) expect(back[f], f).to.equal((ARTICLE as State)[f]);
      const el = await render(snippet);
      expect(el.result!.forecast.customers).to.be.closeTo(24, 1e-9);
      expect(el.result!.forecast.revenue).to.be.closeTo(60000, 1e-6);
    });

    it(`keeps labels with ; : and quotes, and the options, ${name}`, async () => {
      const snippet = make(tricky);
      const back = fromSnippet(snippet);
      expect(back.steps).to.deep.equal(tricky.steps);
      expect(back).to.include({ heading: tricky.heading, lang: 'nl', mode: 'points', readonly: true });
      const el = await render(snippet);
      expect(el.result!.steps.map((s) => s.label)).to.deep.equal(tricky.steps.map((s: { label: string }) => s.label));
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal(tricky.heading);
    });
  }

  it('writes the attributes snippet on one line, for Markdown and CMS editors', () => {
    expect(attributesSnippet(ARTICLE).split('\n')[1]).to.match(/^<sales-funnel [^\n]*><\/sales-funnel>$/);
  });

  it('reads a snippet written by hand, and says when there is no funnel in it', () => {
    const back = fromSnippet('<p>Our funnel:</p><sales-funnel deal-value="2.500" steps="Leads: 1.000; Klanten: 20"></sales-funnel>');
    expect(back.steps).to.deep.equal([{ label: 'Leads', value: '1.000' }, { label: 'Klanten', value: '20' }]);
    expect(back.dealValue).to.equal('2.500');
    expect(fromSnippet('<div>nothing here</div>')).to.equal(null);
  });

  it('still fills the form from a snippet with a mistake, so it can be fixed there', () => {
    const back = fromSnippet('<sales-funnel steps="Leads: 1000; Sales: lots"></sales-funnel>');
    expect(back.steps).to.deep.equal([{ label: 'Leads', value: '1000' }, { label: 'Sales', value: 'lots' }]);
  });
});

describe('the snippet builder page', function () {
  this.timeout(60000);

  it('opens without an error and shows the article’s funnel', async () => {
    const report = await openPage('/demo/builder.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.funnels).to.have.length(1);
    expect(report.funnels[0].rendered).to.equal(true);
  });

  it('puts a field’s error next to that field, in words, and updates the snippet as you type', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/builder.html';
    frame.style.width = '1200px';
    document.body.append(frame);
    await new Promise((r) => (frame.onload = r));
    const doc = frame.contentDocument!;
    await new Promise((r) => setTimeout(r, 300));
    const errors: unknown[] = [];
    (frame.contentWindow as unknown as { console: Console }).console.error = (...a: unknown[]) => errors.push(a);
    const type = (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const rows = doc.querySelectorAll<HTMLLIElement>('#rows li');
    type(rows[2].querySelector('[name=value]')!, 'many');
    type(doc.querySelector<HTMLInputElement>('[name=dealValue]')!, '-5');
    await new Promise((r) => setTimeout(r, 100));
    expect(rows[2].querySelector('.field-error')!.textContent).to.equal('“many” is not a number.');
    type(rows[2].querySelector('[name=value]')!, '250');
    await new Promise((r) => setTimeout(r, 100));
    expect(doc.querySelector('[data-error-for=dealValue]')!.textContent).to.contain('The deal value is -5');
    expect(rows[2].querySelector('.field-error')!.textContent).to.equal('');
    type(doc.querySelector<HTMLInputElement>('[name=dealValue]')!, '3.000');
    await new Promise((r) => setTimeout(r, 100));
    expect([...doc.querySelectorAll('.field-error')].map((e) => e.textContent).join('')).to.equal('');
    expect(doc.querySelector<HTMLTextAreaElement>('#snippet-attributes')!.value).to.contain('deal-value="3.000"');
    frame.remove();
  });
});
