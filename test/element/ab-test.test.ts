/**
 * A test's result in the element (SPEC 3, "A test's result"): what a reader sees in the details' summary line and
 * opens in the insights, and the button that puts B's lift on its step's slider. The words themselves are decided
 * and tested without a browser (test/chunks/test.test.ts).
 */
import { expect } from 'chai';
import type { SalesFunnel, SalesFunnelChangeDetail } from '../../src/element/sales-funnel.js';
import { $, $$, ARTIKEL, fixture, openInsights, textOf } from './fixture.js';

const artikel = `lang="nl" deal-value="2.500" period="quarter" steps="${ARTIKEL}" test="Voorstel besproken: 300/600; 335/600"`;

describe('<sales-funnel>: a test’s result', () => {
  it('says the verdict in the details’ summary line', async () => {
    const el = await fixture(`<sales-funnel ${artikel}></sales-funnel>`);
    expect(textOf($(el, 'details.insights > summary'))).to.match(/^Inzichten: Test: B wint \(97,8% kans\)/);
  });

  it('shows the test first in the insights: the rates, the lift with its range, what B is worth a quarter and a year', async () => {
    const el = await fixture(`<sales-funnel ${artikel}></sales-funnel>`);
    const part = (await openInsights(el)).querySelector('[part=test]')!;
    expect(textOf(part.querySelector('strong')!)).to.equal('Test bij Voorstel besproken: B wint (97,8% kans)');
    const lines = [...part.querySelectorAll('li')].map((li) => textOf(li));
    expect(lines[0]).to.equal('A: 300 van 600 (50%). B: 335 van 600 (55,8%).');
    expect(lines[2]).to.match(
      /^Met B: \+€ 5\.833 per kwartaal \(\+€ 23\.333 per jaar\), in 8 van de 10 gevallen tussen /,
    );
  });

  it('puts B’s lift on the step’s slider at the press of a button, and tells the page', async () => {
    const el = await fixture(`<sales-funnel ${artikel}></sales-funnel>`);
    const part = (await openInsights(el)).querySelector('[part=test]')!;
    const changes: SalesFunnelChangeDetail[] = [];
    el.addEventListener('sales-funnel-change', (e) => changes.push((e as CustomEvent<SalesFunnelChangeDetail>).detail));
    (part.querySelector('button') as HTMLButtonElement).click();
    await (el as SalesFunnel).updateComplete;
    expect(($$(el, 'input[type=range]')[4] as HTMLInputElement).value).to.equal('12');
    expect(changes.map((c) => c.improvements)).to.deep.equal([[0, 0, 0, 0, 12, 0]]);
    expect(changes[0].result.test!.chanceBBeatsA).to.be.closeTo(0.978, 0.001);
  });

  it('names what is wrong with a test, and where', async () => {
    const el = await fixture(`<sales-funnel lang="nl" steps="A: 1000; B: 400" test="C: 30/60; 41/62"></sales-funnel>`);
    expect(textOf($(el, '[part=error]'))).to.contain('Attribuut test: “C” is geen van de stappen (A, B).');
  });
});
