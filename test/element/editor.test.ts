import { expect } from 'chai';
import { readRows } from '../../src/chunks/editor/rows.js';
import { decode, draftOf, encode } from '../../src/chunks/export/draft.js';
import type { SalesFunnel, SalesFunnelChangeDetail } from '../../src/element/sales-funnel.js';
import { modelOf } from '../model.js';
import { $, $$, ARTIKEL, fixture, settled, slide, textOf, until } from './fixture.js';

/** The editor, once its chunk has loaded. */
async function editable(markup: string, width?: number) {
  const el = await fixture(markup, width);
  await until(() => el.shadowRoot!.querySelector('[part=editor]'), el);
  expect($(el, '[part=editor]'), 'the editor').to.exist;
  return el;
}

const fields = (el: SalesFunnel) => $$<HTMLInputElement>(el, '[part=editor] li input');
/** Types into a field as a person does: the value, then `input`. */
async function type(el: SalesFunnel, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}
/** Pastes text into a field, as a spreadsheet's copy arrives. */
async function paste(el: SalesFunnel, input: HTMLInputElement, text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  // Firefox leaves a made-up ClipboardEvent's clipboardData empty; a real paste carries it in every engine.
  const e = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'clipboardData', { value: data });
  input.dispatchEvent(e);
  await el.updateComplete;
}
const labels = (el: SalesFunnel) => $$(el, '[part=label]').map((l) => l.textContent);

describe('<sales-funnel editable>: your own numbers', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows the author’s funnel in the form, every field labelled, and loads the editor only where editable', async () => {
    const el = await editable(
      `<sales-funnel editable lang="nl" deal-value="2.500" period="quarter" steps="${ARTIKEL}"></sales-funnel>`,
    );
    const inputs = fields(el);
    expect(inputs.map((i) => i.value)).to.deep.equal([
      'Leads',
      '1.000',
      'Gekwalificeerd',
      '400',
      'Gedrag stimuleren',
      '250',
      'Voorstel gedaan',
      '120',
      'Voorstel besproken',
      '60',
      'Aankoop',
      '20',
    ]);
    expect(inputs.every((i) => i.getAttribute('aria-label'))).to.equal(true);
    expect(inputs[1].getAttribute('aria-label')).to.equal('Stap 1: aantal, of % van de stap ervoor');
    const plain = await fixture(`<sales-funnel steps="A: 10; B: 5"></sales-funnel>`);
    await settled(plain);
    expect($$(plain, '[part=editor]').length, 'the editor without editable').to.equal(0);
  });

  it('takes what the reader types, through the same number syntax, and tells the page with the reader’s config', async () => {
    const el = await editable(`<sales-funnel editable lang="nl" steps="${ARTIKEL}"></sales-funnel>`);
    const events: SalesFunnelChangeDetail[] = [];
    el.addEventListener('sales-funnel-change', (e) => events.push((e as CustomEvent<SalesFunnelChangeDetail>).detail));
    await type(el, fields(el)[0], 'Bezoekers');
    await type(el, fields(el)[1], '2.000');
    await type(el, fields(el)[3], '40%');
    expect(labels(el)[0]).to.equal('Bezoekers');
    expect(el.result!.steps[0].count).to.equal(2000);
    expect(el.result!.steps[1].count).to.equal(800);
    expect(el.result!.ratesGiven).to.equal(1);
    const last = events.at(-1)!.config as { steps: { label: string; count?: number; rate?: number }[] };
    expect(last.steps.slice(0, 2)).to.deep.equal([
      { label: 'Bezoekers', count: 2000, improvement: 0 },
      { label: 'Gekwalificeerd', rate: 40, improvement: 0 },
    ]);
  });

  it('keeps what was typed when it cannot use it, says why beside the field, and keeps the funnel as it was', async () => {
    const el = await editable(`<sales-funnel editable steps="A: 100; B: 50; C: 10"></sales-funnel>`);
    await type(el, fields(el)[3], 'lots');
    await until(() => el.shadowRoot!.querySelector('[part=editor] .bad'), el);
    const input = fields(el)[3];
    expect(input.value).to.equal('lots');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const note = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(textOf(note)).to.equal('“lots” is not a number');
    expect(el.result!.steps[1].count).to.equal(50);
    expect($$(el, '[part=error]')).to.have.length(0);
    await type(el, fields(el)[3], '150');
    expect(textOf($(el, '[part=editor] .bad'))).to.equal("150, more than the 100 of step 1 'A'.");
    await type(el, fields(el)[3], '60');
    expect($$(el, '[part=editor] .bad')).to.have.length(0);
    expect(el.result!.steps[1].count).to.equal(60);
  });

  it('adds a step below any step and removes one, and the removal can be undone', async () => {
    const el = await editable(`<sales-funnel editable steps="A: 100; B: 50; C: 10"></sales-funnel>`);
    $$(el, '[part=editor] li button')[0].click(); // + after A
    await el.updateComplete;
    expect(fields(el)).to.have.length(8);
    expect(el.shadowRoot!.activeElement == fields(el)[2], 'focus on the third field').to.equal(true);
    await type(el, fields(el)[2], 'A2');
    await type(el, fields(el)[3], '80');
    expect(labels(el)).to.deep.equal(['A', 'A2', 'B', 'C']);
    $$(el, '[part=editor] li button')[3].click(); // × on A2
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['A', 'B', 'C']);
    expect(textOf($(el, '[part=editor] .status'))).to.contain('Removed “A2”.');
    $(el, '[part=editor] .status button').click();
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['A', 'A2', 'B', 'C']);
  });

  it('fills the steps from rows pasted from a Dutch spreadsheet, with a header row, tab-separated', async () => {
    const el = await editable(`<sales-funnel editable lang="nl" steps="A: 100; B: 50"></sales-funnel>`);
    await paste(
      el,
      fields(el)[0],
      'Stap\tResultaat\nLeads\t1.200\nGekwalificeerd\t480\nGedrag\t300\nVoorstel\t150\nBesproken\t75\nAankoop\t25\n',
    );
    expect(labels(el)).to.deep.equal(['Leads', 'Gekwalificeerd', 'Gedrag', 'Voorstel', 'Besproken', 'Aankoop']);
    expect(el.result!.steps.map((s) => s.count)).to.deep.equal([1200, 480, 300, 150, 75, 25]);
  });

  it('reads rows in the article’s template layout, ;-separated with more columns, and English numbers', () => {
    expect(
      readRows('Stap;Resultaat;Conversie;Verbetering\nLeads (gegenereerd);1.000;;\nLeads kwalificeren;400;40%;10%')
        .steps,
    ).to.deep.equal([
      { label: 'Leads (gegenereerd)', value: '1.000' },
      { label: 'Leads kwalificeren', value: '400' },
    ]);
    expect(readRows('Visitors,"1,500"\nBuyers,30').steps).to.deep.equal([
      { label: 'Visitors', value: '1,500' },
      { label: 'Buyers', value: '30' },
    ]);
  });

  it('reads its own CSV export back with nothing lost: rates stay rates, the sliders and the options come along', async () => {
    const m = modelOf(
      { steps: 'Leads: 1.000; MQL: 35%; Deals: 20', dealValue: '2.500', period: 'quarter', lang: 'nl' },
      [5, 10, 0],
    );
    const { toText } = await import('../../src/chunks/export/csv.js');
    const back = readRows(toText(m, true)).draft!;
    expect(back).to.deep.equal(draftOf(m.settings, [5, 10, 0]));
    const el = await editable(`<sales-funnel editable lang="nl" steps="A: 100; B: 50"></sales-funnel>`);
    const file = new File([toText(m, true)], 'funnel.csv', { type: 'text/csv' });
    const input = $<HTMLInputElement>(el, '[part=editor] input[type=file]');
    const data = new DataTransfer();
    data.items.add(file);
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => labels(el)[0] == 'Leads', el);
    expect(labels(el)).to.deep.equal(['Leads', 'MQL', 'Deals']);
    expect(el.result!.ratesGiven).to.equal(1);
    expect(el.improvements).to.deep.equal([5, 10, 0]);
    expect(el.result!.baseline.revenue).to.equal(50000);
  });

  it('shares the reader’s funnel and sliders in the address, keyed by the element, and opens it from there', async () => {
    const el = await editable(`<sales-funnel id="mine" editable steps="A: 100; B: 50"></sales-funnel>`);
    await type(el, fields(el)[1], '200');
    await slide(el, 1, 10);
    $(el, '[part=share]').click();
    await until(() => location.hash);
    const params = new URLSearchParams(location.hash.slice(1));
    expect([...params.keys()]).to.deep.equal(['sales-funnel.mine']);
    // A new tab with that link: the same funnel, the same sliders.
    const again = await editable(`<sales-funnel id="mine" editable steps="A: 100; B: 50"></sales-funnel>`);
    await settled(again);
    expect(again.result!.steps[0].count).to.equal(200);
    expect(again.improvements).to.deep.equal([0, 10]);
    // Another funnel on the page keeps its own.
    const other = await editable(`<sales-funnel id="other" editable steps="X: 10; Y: 5"></sales-funnel>`);
    expect(other.result!.steps[0].count).to.equal(10);
  });

  it('ignores a broken or hostile fragment with a notice, runs nothing, and never breaks', async () => {
    const hostile = [
      'not base64 at all!',
      btoa('{"a":1}'),
      encode({
        steps: [
          { label: '<img src=x onerror="window.__pwned=1">', value: '100' },
          { label: 'B', value: '200' },
        ],
        dealValue: '',
        period: '',
        improvements: [0, 0],
      }),
      'A'.repeat(30000),
    ];
    for (const value of hostile) {
      history.replaceState(null, '', '#' + new URLSearchParams({ 'sales-funnel.x': value }));
      const el = await editable(`<sales-funnel id="x" editable steps="A: 100; B: 50"></sales-funnel>`);
      expect(textOf($(el, '[part=editor] .status')), value.slice(0, 20)).to.equal(
        'The numbers in the link or in this browser could not be read, so they were ignored.',
      );
      expect(el.result!.steps[0].count).to.equal(100);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    }
    // A label with markup, in a funnel that can be read: shown as the text it is.
    history.replaceState(
      null,
      '',
      '#' +
        new URLSearchParams({
          'sales-funnel.y': encode({
            steps: [
              { label: '<b>x</b>', value: '100' },
              { label: 'B', value: '50' },
            ],
            dealValue: '',
            period: '',
            improvements: [0, 0],
          }),
        }),
    );
    const el = await editable(`<sales-funnel id="y" editable steps="A: 10; B: 5"></sales-funnel>`);
    expect(labels(el)[0]).to.equal('<b>x</b>');
    // A count, not the element: chai printing a shadow root's element hangs the browser (a disconnect, not a failure).
    expect(el.shadowRoot!.querySelectorAll('b').length, 'elements made from the label').to.equal(0);
  });

  it('remembers the reader’s funnel in this browser with remember, and forgets it with "Back to the original"', async () => {
    localStorage.clear();
    const el = await editable(`<sales-funnel id="kept" editable remember steps="A: 100; B: 50"></sales-funnel>`);
    await type(el, fields(el)[1], '300');
    const reload = await editable(`<sales-funnel id="kept" editable remember steps="A: 100; B: 50"></sales-funnel>`);
    expect(reload.result!.steps[0].count).to.equal(300);
    const back = $$<HTMLButtonElement>(reload, '[part=editor] .actions button').at(-1)!;
    back.click();
    await reload.updateComplete;
    expect(reload.result!.steps[0].count).to.equal(100);
    const again = await editable(`<sales-funnel id="kept" editable remember steps="A: 100; B: 50"></sales-funnel>`);
    expect(again.result!.steps[0].count).to.equal(100);
    expect(localStorage.length).to.equal(0);
  });

  it('encodes and decodes a draft exactly, and refuses what is not one', () => {
    const d = {
      steps: [
        { label: 'Ünïcode “q”', value: '1.000' },
        { label: 'B', value: '35%' },
      ],
      dealValue: '2.500,50',
      period: 'quarter',
      improvements: [0, 12.5],
    };
    expect(decode(encode(d))).to.deep.equal(d);
    expect(decode(null)).to.equal(null);
    expect(decode(encode({ ...d, steps: d.steps.slice(0, 1) }))).to.equal(null);
  });

  it('reads three columns as the period before and this one, named by the header row; other third columns are not periods', () => {
    const { steps, names } = readRows('Stap\tK1\tK2\nLeads\t900\t1.000\nKlanten\t18\t20\n');
    expect(names).to.deep.equal(['K1', 'K2']);
    expect(steps).to.deep.equal([
      { label: 'Leads', value: '1.000', previous: '900' },
      { label: 'Klanten', value: '20', previous: '18' },
    ]);
    // A count then its conversion (the article's template), or an empty third cell: one period.
    expect(readRows('Leads;1.000;\nKlanten;20;2%').names).to.equal(undefined);
    expect(readRows('Leads;1.000;;\nKlanten;20;2%;10%').steps[1]).to.deep.equal({ label: 'Klanten', value: '20' });
  });

  it('compares with the period before: a column to switch on, a paste of three columns, carried by the share link', async () => {
    const el = await editable(`<sales-funnel id="two" editable lang="nl" steps="${ARTIKEL}"></sales-funnel>`);
    const switches = $$<HTMLInputElement>(el, '[part=editor] .switch input');
    expect(switches.length, 'the two switches').to.equal(2);
    switches[0].click();
    await el.updateComplete;
    expect(fields(el).length, 'a label, the period before and this one per step').to.equal(18);
    expect(fields(el)[1].getAttribute('aria-label')).to.equal('Stap 1: aantal in de vorige periode');
    // One figure typed: the others are said to be missing, beside their fields, and the funnel stays as it was.
    const first = fields(el)[1];
    await type(el, first, '900');
    expect(first.isConnected, 'the field typed in stays (and keeps its focus) while the messages load').to.equal(true);
    await settled(el);
    expect(first.isConnected).to.equal(true);
    expect(el.result!.compare).to.equal(null);
    expect($$(el, '[part=editor] .bad').length, 'a message beside each empty figure').to.equal(5);
    // Three columns pasted: both periods at once, named by the header row.
    await paste(
      el,
      fields(el)[0],
      `Stap\tK1\tK2\n${ARTIKEL.split('; ')
        .map((x, i) => `${x.split(': ')[0]}\t${[900, 350, 230, 100, 50, 16][i]}\t${x.split(': ')[1]}`)
        .join('\n')}`,
    );
    await until(() => el.result?.compare, el);
    expect(el.result!.compare!.steps.map((x) => x.previousCount)).to.deep.equal([900, 350, 230, 100, 50, 16]);
    expect($$(el, '.was').length, 'the period before in each row').to.equal(6);
    expect(textOf($(el, '.figures'))).to.contain('sinds K1');
    // Shared, opened in a new tab: the same two periods.
    $(el, '[part=share]').click();
    await until(() => location.hash);
    const again = await editable(`<sales-funnel id="two" editable lang="nl" steps="${ARTIKEL}"></sales-funnel>`);
    await until(() => again.result?.compare, again);
    expect(again.result!.compare!.previousCustomers).to.equal(16);
    expect($$<HTMLInputElement>(again, '[part=editor] .heads input').map((i) => i.value)).to.deep.equal(['K1', 'K2']);
    // Switched off: this period alone, the author's figures of the period before too.
    $$<HTMLInputElement>(again, '[part=editor] .switch input')[0].click();
    await settled(again);
    expect(again.result!.compare).to.equal(null);
    expect(fields(again).length).to.equal(12);
  });

  it('takes a test’s result in a small form at any step, says its verdict, and remembers it in this browser', async () => {
    localStorage.clear();
    const markup = `<sales-funnel id="ab" editable remember lang="nl" steps="${ARTIKEL}"></sales-funnel>`;
    const el = await editable(markup);
    $$<HTMLInputElement>(el, '[part=editor] .switch input')[1].click();
    await el.updateComplete;
    const step = $<HTMLSelectElement>(el, '[part=editor] .test select');
    expect(step.value, 'the test starts at the bottleneck').to.equal('6');
    step.value = '5';
    step.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const [a, b] = $$<HTMLInputElement>(el, '[part=editor] .test input');
    // "300/600" on a phone: the text keyboard, which has a "/" (the decimal keypad has none).
    expect([a, b].map((x) => x.getAttribute('inputmode'))).to.deep.equal(['text', 'text']);
    await type(el, a, '300/600');
    await type(el, b, '335');
    await settled(el);
    expect($$(el, '[part=editor] .test .bad').length, 'B’s figures said to be unreadable').to.equal(1);
    expect(b.getAttribute('aria-invalid')).to.equal('true');
    await type(el, b, '335/600');
    await until(() => el.result?.test, el);
    expect(el.result!.test!.step).to.equal(4);
    expect(textOf($(el, 'details.insights > summary'))).to.match(/^Inzichten: Test: B wint \(97,8% kans\)/);
    // The next visit: the test is still there, in the form and in the funnel.
    const reload = await editable(markup);
    await until(() => reload.result?.test, reload);
    expect(reload.result!.test!.rateB).to.be.closeTo(335 / 600, 1e-9);
    expect(
      $$<HTMLInputElement>(reload, '[part=editor] .test input')
        .map((i) => i.value)
        .slice(0, 2),
    ).to.deep.equal(['300/600', '335/600']);
    $$<HTMLButtonElement>(reload, '[part=editor] .actions button').at(-1)!.click();
    localStorage.clear();
  });

  it('carries both periods and a test through a link and its own CSV, and still reads links made before them', async () => {
    const d = {
      steps: [
        { label: 'A', value: '1.000', previous: '900' },
        { label: 'B', value: '20', previous: '' },
      ],
      dealValue: '',
      period: '',
      improvements: [0, 0],
      compare: ['K1', 'K2'] as [string, string],
      test: { step: '2', a: '30/60', b: '41/62', split: '' },
    };
    expect(decode(encode(d))).to.deep.equal(d);
    const old = {
      steps: [
        { label: 'A', value: '1' },
        { label: 'B', value: '1' },
      ],
      dealValue: '',
      period: '',
      improvements: [0, 0],
    };
    expect(decode(encode(old))).to.deep.equal(old);
    const m = modelOf({
      steps: ARTIKEL,
      previous: '900; 350; 230; 100; 50; 16',
      previousName: 'K1',
      test: 'Aankoop: 20/60; 30/62',
      testSplit: '50',
      lang: 'nl',
    });
    const { toText } = await import('../../src/chunks/export/csv.js');
    const back = readRows(toText(m, true)).draft!;
    expect(back).to.deep.equal(draftOf(m.settings, m.sliders));
    expect(back.compare).to.deep.equal(['K1', '']);
    expect(back.test).to.deep.equal({ step: '6', a: '20/60', b: '30/62', split: '50' });
  });

  it('reads four columns as three periods, the last two compared', () => {
    const { steps, names } = readRows('Stap\tK1\tK2\tK3\nLeads\t800\t900\t1.000\nKlanten\t16\t18\t20');
    expect(names).to.deep.equal(['K2', 'K3']);
    expect(steps[1]).to.deep.equal({ label: 'Klanten', value: '20', previous: '18' });
  });

  it('keeps a test at its step as steps are removed, takes it away with its step, and brings it back with undo', async () => {
    const test = 'Voorstel besproken: 300/600; 335/600';
    const el = await editable(`<sales-funnel editable lang="nl" steps="${ARTIKEL}" test="${test}"></sales-funnel>`);
    await until(() => el.result?.test, el);
    const remove = (i: number) => $$<HTMLButtonElement>(el, '[part=editor] li button')[2 * i + 1].click();
    const undo = () => $<HTMLButtonElement>(el, '[part=editor] .status button').click();
    const tested = async () => {
      await settled(el);
      return el.result!.test ? el.result!.steps[el.result!.test.step].label : null;
    };
    remove(2); // Gedrag stimuleren, before the tested step: the test moves with its step.
    expect(await tested()).to.equal('Voorstel besproken');
    undo();
    expect(await tested()).to.equal('Voorstel besproken');
    remove(4); // the tested step itself: the test goes with it...
    expect(await tested()).to.equal(null);
    expect($$(el, '[part=editor] .test').length, 'the test’s form closed').to.equal(0);
    undo(); // ...and comes back with it.
    expect(await tested()).to.equal('Voorstel besproken');
  });

  it('loads its own CSV whole: a test or a period before typed in is not kept where the file has none', async () => {
    const m = modelOf({ steps: 'Leads: 1.000; MQL: 35%; Deals: 20', lang: 'nl' });
    const { toText } = await import('../../src/chunks/export/csv.js');
    const el = await editable(
      `<sales-funnel editable lang="nl" steps="${ARTIKEL}" test="Aankoop: 20/60; 30/62"></sales-funnel>`,
    );
    await until(() => el.result?.test, el);
    await paste(el, fields(el)[0], toText(m, false));
    await settled(el);
    expect(labels(el)).to.deep.equal(['Leads', 'MQL', 'Deals']);
    expect(el.result!.test).to.equal(null);
  });

  it('pastes two cells into a test’s field as text, not as the funnel’s rows', async () => {
    const el = await editable(`<sales-funnel editable lang="nl" steps="${ARTIKEL}"></sales-funnel>`);
    $$<HTMLInputElement>(el, '[part=editor] .switch input')[1].click();
    await el.updateComplete;
    const data = new DataTransfer();
    data.setData('text/plain', '300\t600');
    const e = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'clipboardData', { value: data });
    $<HTMLInputElement>(el, '[part=editor] .test input').dispatchEvent(e);
    expect(e.defaultPrevented, 'the paste left to the browser').to.equal(false);
    expect(labels(el)).to.have.length(6);
  });

  it('draws the author’s funnel where a link’s test turns out wrong once its chunk is here, the form saying why', async () => {
    // A fresh page, as the link opens one: the test's chunk is not there when the link is read.
    const draft = draftOf(modelOf({ steps: ARTIKEL, lang: 'nl' }).settings, [0, 0, 0, 0, 0, 0]);
    const link = encode({ ...draft, test: { step: '9', a: '30/60', b: '41/62', split: '' } });
    const frame = document.createElement('iframe');
    frame.width = '700';
    frame.height = '900';
    frame.src = '/test/embed/fixtures/editor-link.html#' + new URLSearchParams({ 'sales-funnel.bad': link });
    document.body.append(frame);
    await new Promise((r) => (frame.onload = r));
    const el = frame.contentDocument!.querySelector('sales-funnel') as SalesFunnel;
    await until(() => el.shadowRoot?.querySelector('[part=editor] .test .bad'), undefined, 200);
    await el.updateComplete;
    expect(el.result!.steps.map((x) => x.count)).to.deep.equal([1000, 400, 250, 120, 60, 20]);
    expect(
      el.shadowRoot!.querySelectorAll('[part=editor] .test .bad').length,
      'the test’s step said to be wrong',
    ).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part=editor] .test select')!.getAttribute('aria-invalid')).to.equal('true');
    frame.remove();
  });
});
