import { expect } from 'chai';
import '../../src/element/define.js';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';
import { openPage } from '../embed/pages.js';
import { PAYLOADS } from './payloads.js';

const flag = () => (window as { __pwned?: unknown }).__pwned;

async function mount(setup: (el: SalesFunnel) => void, markup = '') {
  const el = document.createElement('sales-funnel');
  el.innerHTML = markup;
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 10));
  return el;
}

/** Nothing in the shadow root may carry an event handler, a script, or a frame. */
function expectInert(el: SalesFunnel) {
  for (const e of el.shadowRoot!.querySelectorAll('*')) {
    expect(
      ['SCRIPT', 'IFRAME', 'IMG', 'OBJECT', 'EMBED', 'STYLE', 'MATH', 'A'].includes(e.tagName),
      e.tagName,
    ).to.equal(false);
    for (const a of e.attributes) expect(a.name.startsWith('on'), `${e.tagName} ${a.name}`).to.equal(false);
  }
  // Ours only: the funnel's drawing and the one inside it that holds its shapes.
  for (const svg of el.shadowRoot!.querySelectorAll('svg'))
    expect(svg.closest('[part=funnel]'), 'an svg of its own').to.not.equal(null);
}

describe('hardening: injection payloads in every text that reaches the screen', () => {
  let errors: typeof console.error;
  beforeEach(() => {
    errors = console.error;
    console.error = () => {}; // the refused ones say so; that is checked elsewhere
  });
  afterEach(() => {
    console.error = errors;
    document.querySelectorAll('sales-funnel').forEach((e) => e.remove());
  });

  for (const payload of PAYLOADS) {
    const name = JSON.stringify(payload).slice(0, 60);
    it(`shows ${name} as the text it is, and runs nothing`, async () => {
      // As a label (the steps property keeps it whole) and as the heading.
      const el = await mount((e) => {
        e.steps = [
          { label: payload, count: 100 },
          { label: 'B', count: 50 },
        ];
        e.setAttribute('heading', payload);
      });
      expect(el.shadowRoot!.querySelector('[part=label]')!.textContent).to.equal(payload);
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal(payload);
      expect(el.shadowRoot!.querySelector('input')!.getAttribute('aria-label')).to.contain(payload);
      expectInert(el);
      // In the child table's cells, as label and as count.
      const table = await mount(
        () => {},
        '<table><tbody><tr><td></td><td>100</td></tr><tr><td>B</td><td></td></tr></tbody></table>',
      );
      const cells = table.querySelectorAll('td');
      cells[0].textContent = payload;
      cells[3].textContent = payload;
      await new Promise((r) => setTimeout(r));
      await table.updateComplete;
      expectInert(table);
      expect(table.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('is not a number');
      // As currency and locale: refused, and shown quoted in the error panel.
      for (const attr of ['currency', 'locale']) {
        const bad = await mount((e) => {
          e.setAttribute('steps', 'A: 100; B: 50');
          e.setAttribute(attr, payload);
        });
        expectInert(bad);
        // No payload is a currency code or a locale: each is refused, by name.
        expect(bad.shadowRoot!.querySelector('[part=error]')?.textContent, attr).to.contain(`Attribute ${attr}`);
      }
      expect(flag(), 'a payload ran').to.equal(undefined);
    });
  }

  it('runs none of them on a page that enforces Trusted Types either', async () => {
    const report = await openPage('/test/embed/fixtures/trusted-types.html');
    expect(report.failed, report.failed).to.equal(undefined);
    expect(report.violations, 'CSP and Trusted Types violations').to.deep.equal([]);
    expect(report.pwned, 'a payload ran').to.equal(null);
    expect(report.errors, 'console errors').to.deep.equal([]);
    // Each payload twice, as a label and in a table: every funnel drawn, the payload shown as text.
    expect(report.funnels.map((f) => f.rendered)).to.deep.equal(PAYLOADS.flatMap(() => [true, true]));
  });
});
