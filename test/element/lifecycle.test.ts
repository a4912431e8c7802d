import { expect } from 'chai';
import { SalesFunnel } from '../../src/element/sales-funnel.js';
import { $$, fixture, settled, slide, textOf } from './fixture.js';

describe('<sales-funnel>: upgrade and lifecycle', () => {
  it('keeps properties set before the element was defined', async () => {
    const el = document.createElement('sales-funnel-late') as SalesFunnel;
    el.steps = 'A: 100; B: 20';
    el.config = { dealValue: 3 };
    el.improvements = [0, 50];
    document.body.append(el);
    customElements.define('sales-funnel-late', class extends SalesFunnel {});
    await el.updateComplete;
    expect(el.result!.baseline.revenue).to.equal(60);
    expect(el.result!.forecast.customers).to.be.closeTo(30, 1e-9);
    el.remove();
  });

  it('works when created by createElement and configured before it is attached', async () => {
    const el = document.createElement('sales-funnel');
    el.steps = [
      { label: 'A', count: 100 },
      { label: 'B', count: 10 },
    ];
    el.setAttribute('deal-value', '7');
    expect(el.result!.baseline.revenue).to.equal(70);
    document.body.append(el);
    await el.updateComplete;
    expect($$(el, '[part=step]')).to.have.length(2);
    el.remove();
  });

  it('still works after being removed and re-added, and moved to another parent', async () => {
    const el = await fixture(`<sales-funnel steps="A: 100; B: 50"></sales-funnel>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    await slide(el, 1, 20);
    expect(el.result!.forecast.customers).to.equal(60);
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el);
    el.setAttribute('steps', 'A: 100; B: 25');
    await el.updateComplete;
    expect(el.result!.baseline.customers).to.equal(25);
    // The child observers still work after the move.
    el.innerHTML = '';
    el.removeAttribute('steps');
    el.innerHTML = '<script type="application/json">{"steps": "X: 9; Y: 3"}</script>';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.result!.baseline.customers).to.equal(3);
    other.remove();
  });

  it('renders a clone made with cloneNode(true)', async () => {
    const el = await fixture(
      `<sales-funnel steps="A: 100; B: 50" heading="Original"><table><tr><td>x</td><td>1</td></tr></table></sales-funnel>`,
    );
    const clone = el.cloneNode(true) as SalesFunnel;
    el.parentElement!.append(clone);
    await settled(clone);
    expect(textOf(clone)).to.equal(textOf(el));
  });

  it('leaves no observer behind: a removed element does not react to its children', async () => {
    const el = await fixture(
      `<sales-funnel><script type="application/json">{"steps": "A: 10; B: 5"}</script></sales-funnel>`,
    );
    el.remove();
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<SalesFunnel['requestUpdate']>) => {
      updates++;
      return original(...args);
    };
    el.querySelector('script')!.textContent = '{"steps": "A: 10; B: 2"}';
    await new Promise((r) => setTimeout(r, 20));
    expect(updates).to.equal(0);
  });
});
