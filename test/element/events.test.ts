import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { SalesFunnelChangeDetail } from '../../src/element/sales-funnel.js';
import { $, ARTICLE, consoleErrors, fixture, slide, sliders } from './fixture.js';

const collect = (target: EventTarget, type: string) => {
  const events: CustomEvent[] = [];
  target.addEventListener(type, (e) => events.push(e as CustomEvent));
  return events;
};

describe('<sales-funnel>: events', () => {
  it('fires sales-funnel-change on every slider move, bubbling and composed, with the result and the improvements', async () => {
    const el = await fixture(`<sales-funnel steps="${ARTICLE}" deal-value="2500"></sales-funnel>`);
    const events = collect(document, 'sales-funnel-change');
    await slide(el, 3, 20);
    await slide(el, 3, 21);
    expect(events).to.have.length(2);
    const [e] = events;
    expect(e.bubbles && e.composed).to.equal(true);
    const detail = e.detail as SalesFunnelChangeDetail;
    expect(detail.improvements).to.deep.equal([0, 0, 0, 20, 0, 0]);
    expect(detail.result.forecast.customers).to.be.closeTo(24, 1e-9);
    expect(detail.result.forecast.revenue).to.be.closeTo(60000, 1e-6);
  });

  it('never fires it when a property or attribute is set', async () => {
    const el = await fixture(`<sales-funnel steps="${ARTICLE}"></sales-funnel>`);
    const events = collect(el, 'sales-funnel-change');
    el.improvements = [0, 10, 0, 0, 0, 0];
    el.setAttribute('improvements', '5');
    el.setAttribute('deal-value', '10');
    el.config = { mode: 'points' };
    el.steps = 'A: 10; B: 5';
    await el.updateComplete;
    expect(events).to.have.length(0);
  });

  it('resets every slider to its start value, and says so', async () => {
    const el = await fixture(`<sales-funnel steps="A: 100; B: 50 +10%; C: 20"></sales-funnel>`);
    await slide(el, 0, 30);
    await slide(el, 1, 60);
    const events = collect(el, 'sales-funnel-change');
    $(el, '[part=reset]').click();
    await el.updateComplete;
    expect(el.improvements).to.deep.equal([0, 10, 0]);
    expect(sliders(el).map((s) => s.value)).to.deep.equal(['0', '10', '0']);
    expect(events).to.have.length(1);
  });

  it('moves a slider from the keyboard: Tab to it, arrows, PageUp/PageDown, Home/End', async () => {
    const el = await fixture(`<button id="before">before</button><sales-funnel steps="${ARTICLE}"></sales-funnel>`);
    const events = collect(el, 'sales-funnel-change');
    (document.getElementById('before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement == sliders(el)[1], 'focus on the second slider').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.improvements[1]).to.equal(2);
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(el.improvements[1]).to.be.greaterThan(2);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.improvements[1]).to.equal(100);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.improvements[1]).to.equal(0);
    // Two arrows, PageUp, End, Home: five moves, five events.
    expect(events).to.have.length(5);
  });

  it('fires sales-funnel-error and logs one console.error for a config it cannot use, once', async () => {
    let events: CustomEvent[] = [];
    const calls = await consoleErrors(async () => {
      const el = await fixture(`<sales-funnel steps="Leads: 100; Qualified: 150"></sales-funnel>`);
      events = collect(document, 'sales-funnel-error');
      el.setAttribute('heading', 'still broken'); // the same error again: no new report
      await el.updateComplete;
      el.setAttribute('steps', 'Leads: 100; Qualified: 200');
      await el.updateComplete;
    });
    expect(calls).to.have.length(2);
    expect(String(calls[0][0])).to.contain("Step 2 'Qualified' has 150, more than the 100 of step 1 'Leads'");
    expect(events).to.have.length(1);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    expect(events[0].detail.issues[0]).to.include({ code: 'count-above-previous', step: 1 });
    expect(events[0].detail.message).to.contain('Attribute steps');
  });
});
