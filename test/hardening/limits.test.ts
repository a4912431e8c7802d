import { expect } from 'chai';
import '../../src/element/define.js';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

async function mount(markup: string, setup?: (el: SalesFunnel) => void, width = 600) {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.innerHTML = markup;
  const el = host.querySelector('sales-funnel')!;
  setup?.(el);
  const original = console.error;
  console.error = () => {};
  document.body.append(host);
  hosts.push(host);
  await el.updateComplete;
  console.error = original;
  return el;
}
const panel = (el: SalesFunnel) =>
  el.shadowRoot!.querySelector('[part=error]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rows = (el: SalesFunnel) => el.shadowRoot!.querySelectorAll('.steps > li').length;

describe('hardening: limits, each with a clear answer', () => {
  it('takes 100 steps, and refuses 101 by saying so', async () => {
    const steps = (n: number) => Array.from({ length: n }, (_, i) => `S${i + 1}: ${1000 - i}`).join('; ');
    expect(rows(await mount(`<sales-funnel steps="${steps(100)}"></sales-funnel>`))).to.equal(100);
    expect(panel(await mount(`<sales-funnel steps="${steps(101)}"></sales-funnel>`))).to.contain(
      'A funnel can have at most 100 steps; it has 101.',
    );
    expect(panel(await mount(`<sales-funnel lang="nl" steps="${steps(101)}"></sales-funnel>`))).to.contain(
      'maximaal 100 stappen, niet 101',
    );
  });

  it('shows a 10,000-character label shortened, never overflowing, all of it for assistive technology', async () => {
    const label = 'Qualified ' + 'very '.repeat(1998);
    const el = await mount(
      `<sales-funnel></sales-funnel>`,
      (e) =>
        (e.steps = [
          { label: 'Leads', count: 100 },
          { label, count: 40 },
        ]),
      320,
    );
    const shown = el.shadowRoot!.querySelectorAll('[part=label]')[1] as HTMLElement;
    const lineHeight = parseFloat(getComputedStyle(shown).lineHeight);
    expect(shown.getBoundingClientRect().height, 'two lines at most').to.be.at.most(2 * lineHeight + 1);
    expect(shown.textContent).to.equal(label);
    expect(el.shadowRoot!.querySelectorAll('input')[1].getAttribute('aria-label')).to.contain(label);
    const root = el.shadowRoot!.querySelector('.root') as HTMLElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    expect(el.getBoundingClientRect().height, 'the rows stay short').to.be.below(2000);
  });

  it('cuts a 10,000-character value in an error message to its start', async () => {
    const el = await mount(`<sales-funnel steps="A: 100; B: ${'x'.repeat(10000)}"></sales-funnel>`);
    expect(panel(el).length).to.be.below(300);
    expect(panel(el)).to.contain('“' + 'x'.repeat(79) + '…” is not a number');
  });

  const numbers: [string, string, string][] = [
    ['1e308 (written as text)', 'A: 1e308; B: 1', '“1e308” is not a number'],
    ['1e-300 (written as text)', 'A: 100; B: 1e-300', '“1e-300” is not a number'],
    ['Infinity', 'A: Infinity; B: 1', '“Infinity” is not a number'],
    ['NaN', 'A: 100; B: NaN', '“NaN” is not a number'],
    ['0x10', 'A: 100; B: 0x10', '“0x10” is not a number'],
    ['Arabic-Indic digits', 'A: 100; B: ١٠', '“١٠” is not a number'],
    [
      'a count beyond 10^15',
      'A: 10.000.000.000.000.000; B: 1',
      "Step 1 'A' has 10000000000000000: a count runs from 0 to 10^15.",
    ],
  ];
  for (const [name, steps, message] of numbers)
    it(`refuses ${name} with a clear message`, async () => {
      expect(panel(await mount(`<sales-funnel steps="${steps}"></sales-funnel>`))).to.contain(message);
    });

  it('takes -0 as 0, and tiny or huge numbers from JSON as far as they go', async () => {
    const zero = await mount(`<sales-funnel steps="A: 100; B: -0"></sales-funnel>`);
    expect(Object.is(zero.result!.steps[1].count, 0)).to.equal(true);
    const tiny = await mount(`<sales-funnel steps='[{"count": 1e-300}, {"count": 0}]'></sales-funnel>`);
    expect(rows(tiny)).to.equal(2);
    const huge = await mount(`<sales-funnel steps='[{"count": 1e308}, {"count": 1}]'></sales-funnel>`);
    expect(panel(huge)).to.contain('a count runs from 0 to 10^15');
  });

  it('takes Infinity and NaN from a script as not numbers', async () => {
    const el = await mount(
      `<sales-funnel></sales-funnel>`,
      (e) => (e.config = { steps: [{ count: Infinity }, { count: NaN }] }),
    );
    expect(panel(el)).to.contain('“∞” is not a number');
    expect(panel(el)).to.contain('“NaN” is not a number');
  });

  it('speaks English for a language it does not speak, or a lang that is no language', async () => {
    for (const lang of ['fr', 'zz', '!!', ''])
      expect(
        (await mount(`<sales-funnel lang="${lang}" steps="A: 10; B: 5"></sales-funnel>`)).shadowRoot!.textContent,
      ).to.contain('Customers');
  });

  const refused: [string, string, string][] = [
    ['currency', 'EURO', 'Attribute currency: “EURO” is not valid here.'],
    ['currency', '€', 'Attribute currency: “€” is not valid here.'],
    ['locale', 'nl_NL', 'Attribuut locale: “nl_NL” is hier niet geldig.'], // a Dutch locale: Dutch words
    ['mode', 'percent', 'Attribute mode: “percent” is not one of relative, points.'],
    ['theme', 'blue', 'Attribute theme: “blue” is not one of light, dark, auto.'],
    ['period', 'week', 'Attribute period: “week” is not one of month, quarter, half-year, year.'],
  ];
  for (const [attr, value, message] of refused)
    it(`refuses ${attr}="${value}" and says so`, async () => {
      expect(panel(await mount(`<sales-funnel ${attr}="${value}" steps="A: 10; B: 5"></sales-funnel>`))).to.contain(
        message,
      );
    });
});
