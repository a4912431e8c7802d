import { expect } from 'chai';
import { $, $$, consoleErrors, fixture, textOf } from './fixture.js';

/** Bad markup, and what the error panel must say: the attribute, the step, the value. */
const cases: [string, string, string[]][] = [
  [
    'a step larger than the one before',
    'steps="Leads: 1000; Qualified: 120; Proposal: 150"',
    ["Attribute steps: Step 3 'Proposal' has 150, more than the 120 of step 2 'Qualified'."],
  ],
  [
    'a word where a number belongs',
    'steps="Leads: 1000; MQL: veel"',
    ['Attribute steps, step 2: “veel” is not a number.'],
  ],
  ['broken JSON', `steps='[{"label": "A", "count": 1}'`, ['Attribute steps: not valid JSON']],
  ['one step only', 'steps="Leads: 1000"', ['Attribute steps: A funnel needs at least 2 steps; it has 1.']],
  [
    'a negative deal value',
    'steps="A: 10; B: 5" deal-value="-2.500"',
    ['Attribute deal-value: The deal value is -2500'],
  ],
  [
    'an unknown mode',
    'steps="A: 10; B: 5" mode="procent"',
    ['Attribute mode: “procent” is not one of relative, points.'],
  ],
  ['an unknown currency', 'steps="A: 10; B: 5" currency="euro"', ['Attribute currency: “euro” is not valid here.']],
  ['no steps at all', '', ['Attribute steps: no steps; add them, for example steps="Leads: 1000; Customers: 20".']],
  [
    'several problems at once',
    'steps="A: 10; B: x; C: y" deal-value="z"',
    [
      'Attribute steps, step 2: “x” is not a number.',
      'Attribute steps, step 3: “y” is not a number.',
      'Attribute deal-value: “z” is not a number.',
    ],
  ],
  [
    'a heading level out of range',
    'steps="A: 10; B: 5" heading-level="7"',
    ['Attribute heading-level: “7” is not a heading level from 1 to 6.'],
  ],
  ['JSON-ish text that is not JSON (no “undefined”)', 'steps="\n[:"', ['Attribute steps: not valid JSON (']],
  ['a step without its number', 'steps="A: 10; B:"', ['Attribute steps, step 2: a number is missing.']],
];

describe('<sales-funnel>: bad input', () => {
  for (const [name, attrs, lines] of cases)
    it(`explains ${name} in the error panel`, async () => {
      const calls = await consoleErrors(async () => {
        const el = await fixture(`<sales-funnel ${attrs}></sales-funnel>`);
        const panel = $(el, '[part=error]');
        expect(panel.getAttribute('role')).to.equal('alert');
        expect(panel.textContent).to.contain('This funnel cannot be shown');
        const items = $$(el, '[part=error] li').map((li) => li.textContent!);
        expect(items, 'one line a problem').to.have.length(lines.length);
        lines.forEach((line, i) => expect(items[i]).to.contain(line));
        expect(items.join(' ')).not.to.contain('undefined');
        expect($$(el, '[part=step]')).to.have.length(0);
      });
      expect(calls).to.have.length(1);
    });

  for (const [name, markup] of [
    [
      'a table',
      '<p><sales-funnel deal-value="10"></sales-funnel></p><table><tr><td>A</td><td>10</td></tr><tr><td>B</td><td>5</td></tr></table>',
    ],
    [
      'a JSON script',
      '<sales-funnel></sales-funnel><p><script type="application/json">{"steps": "A: 10; B: 5"}</script></p>',
    ],
  ])
    it(`says where ${name} ended up right after the element, outside it, and how to fix it`, async () => {
      await consoleErrors(async () => {
        const el = await fixture(markup);
        expect(textOf($(el, '[part=error] li'))).to.match(
          /^(Table|JSON): the (table|JSON script) is outside <sales-funnel>: put a <div> around it, inside the element/,
        );
      });
    });

  it('explains it in Dutch on a Dutch page, naming the step and the value', async () => {
    await consoleErrors(async () => {
      const el = await fixture(`<sales-funnel steps="Leads: 1000; Gekwalificeerd: 1200"></sales-funnel>`, undefined, {
        lang: 'nl',
      });
      expect(textOf($(el, '[part=error]'))).to.equal(
        "Deze trechter kan niet worden getoond Attribuut steps, stap 2 'Gekwalificeerd': 1.200 is meer dan de 1.000 van de stap ervoor.",
      );
    });
  });

  it('names the JSON script and the field in it', async () => {
    await consoleErrors(async () => {
      const el = await fixture(
        `<sales-funnel><script type="application/json">{"steps": "A: 10; B: 5", "dealvalue": 3}</script></sales-funnel>`,
      );
      expect(textOf($(el, '[part=error]'))).to.contain('JSON config: unknown field “dealvalue”.');
    });
  });

  it('shows the funnel again as soon as the input is fixed', async () => {
    await consoleErrors(async () => {
      const el = await fixture(`<sales-funnel steps="A: 10; B: 50"></sales-funnel>`);
      expect($(el, '[part=error]')).to.exist;
      el.setAttribute('steps', 'A: 100; B: 50');
      await el.updateComplete;
      expect($$(el, '[part=error]').length, 'error panels').to.equal(0);
      expect($$(el, '[part=step]')).to.have.length(2);
    });
  });

  it('never throws out of a lifecycle callback or breaks the page', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    await consoleErrors(async () => {
      const el = await fixture(`<sales-funnel steps="A: 10; B: 5"></sales-funnel><p id="after">after</p>`);
      for (const [k, v] of [
        ['steps', '}{'],
        ['locale', '@@'],
        ['currency', '€'],
        ['deal-value', 'NaN'],
        ['improvements', '[1,'],
        ['lang', '\u0000'],
      ])
        el.setAttribute(k, v);
      el.config = new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('hostile');
          },
        },
      );
      await el.updateComplete;
      expect($(el, '[part=error]')).to.exist;
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(document.getElementById('after')!.textContent).to.equal('after');
  });
});

describe('<sales-funnel>: labels are text, never markup', () => {
  const payloads = [
    '<img src=x onerror="window.__xss=1">',
    '<script>window.__xss=1</script>',
    '"><svg onload="window.__xss=1">',
    '{{constructor.constructor("window.__xss=1")()}}',
  ];
  for (const payload of payloads)
    it(`shows ${payload} as text`, async () => {
      const el = await fixture(`<sales-funnel></sales-funnel>`);
      el.steps = [
        { label: payload, count: 10 },
        { label: 'B', count: 5 },
      ];
      el.config = { heading: payload };
      await el.updateComplete;
      expect($(el, '[part=label]').textContent).to.equal(payload);
      expect($(el, '[part=heading]').textContent).to.equal(payload);
      expect($$(el, 'img, script, svg[onload]').length, 'elements made from the payload').to.equal(0);
      await new Promise((r) => setTimeout(r, 20));
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });
});
