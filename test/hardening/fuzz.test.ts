import { expect } from 'chai';
import fc from 'fast-check';
import '../seed.js';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/element/define.js';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';
import { attributes, config, NASTY, script, table } from './hostile.js';

/** Renders one hostile input, and checks what the reader would see. Returns nothing; fails on a broken promise. */
async function render(input: {
  attributes: Record<string, unknown>;
  config?: unknown;
  script?: string;
  table?: string[][];
}) {
  const el = document.createElement('sales-funnel');
  for (const [name, value] of Object.entries(input.attributes))
    el.setAttribute(name, typeof value == 'string' ? value : JSON.stringify(value));
  if (input.script !== undefined) {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = input.script;
    el.append(s);
  }
  if (input.table) {
    const t = el.appendChild(document.createElement('table'));
    const body = t.createTBody();
    for (const row of input.table) {
      const tr = body.insertRow();
      for (const cell of row) tr.insertCell().textContent = cell;
    }
  }
  if ('config' in input) {
    const nasty = (input.config as { nasty?: string } | null)?.nasty;
    el.config = nasty && NASTY[nasty] ? NASTY[nasty]() : input.config;
  }
  document.body.append(el);
  await el.updateComplete;
  try {
    return expectShown(el);
  } finally {
    el.remove();
  }
}

const shown = { funnel: 0, error: 0 };

/** A funnel or its error panel, never an empty box; no NaN, Infinity, undefined, null or [object] where numbers are. */
function expectShown(el: SalesFunnel) {
  const root = el.shadowRoot!.querySelector('.root')!;
  const rows = root.querySelectorAll('.steps > li').length;
  const problems = root.querySelectorAll('[part=error] li').length;
  expect(rows > 0 || problems > 0, 'a funnel or an error panel').to.equal(true);
  shown[rows > 0 ? 'funnel' : 'error']++;
  // The text the element makes; what the user typed (labels, heading, quoted values) may say anything.
  // Every place a number is shown: the key figures and their range, each step's count, slider value and forecast,
  // the funnel's labels and its description, the insights' line, the error panel, and the ghosts that size them.
  const where = '.figure, .range, .now, .val, .then, .shape text, .insights summary, [part=error] li';
  if (rows)
    expect(root.querySelectorAll('.figure, .now').length, 'the figures this check reads').to.be.greaterThan(rows);
  let text = [...root.querySelectorAll(where)].map((e) => e.textContent).join(' ');
  text += [...root.querySelectorAll('[data-ghost]')].map((e) => e.getAttribute('data-ghost')).join(' ');
  text += root.querySelector('[part=funnel]')?.getAttribute('aria-label') ?? '';
  for (const s of el.result?.steps ?? []) text = text.split(s.label).join(' ');
  text = text.replace(/“[^”]*”|'[^']*'|"[^"]*"/g, ' ');
  text += [...root.querySelectorAll('input')].map((i) => i.getAttribute('aria-valuetext')).join(' ');
  expect(text, 'a broken number in the text').not.to.match(/\b(NaN|Infinity|undefined|null)\b|\[object/);
}

describe('hardening: fuzzing every source', function () {
  this.timeout(0);
  let runs = 0;
  before(async () => {
    runs = (await executeServerCommand<number, undefined>('fuzz-runs')) || 0;
  });

  type Input = Parameters<typeof render>[0];
  const sources: [string, fc.Arbitrary<Input>][] = [
    ['attributes', attributes.map((a) => ({ attributes: a }))],
    ['the config property', config.map((c) => ({ attributes: {}, config: c }))],
    ['the child script', script.map((s) => ({ attributes: {}, script: s }))],
    ['the child table, with a deal value', table.map((t) => ({ attributes: { 'deal-value': '100' }, table: t }))],
    ['all of them at once', fc.record({ attributes, config, script, table }, { requiredKeys: ['attributes'] })],
  ];

  for (const [name, input] of sources)
    it(`never throws, logs only its own error, and always shows a funnel or its error panel: ${name}`, async () => {
      const numRuns = Math.ceil((runs || 3000) / sources.length);
      const uncaught: unknown[] = [];
      const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
      const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const logged: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
      shown.funnel = shown.error = 0;
      let tried = 0;
      try {
        await fc.assert(
          fc.asyncProperty(input, async (one) => {
            tried++;
            const before = logged.length;
            await render(one);
            await new Promise((r) => setTimeout(r));
            expect(uncaught, 'an uncaught exception').to.deep.equal([]);
            const own = logged.slice(before);
            expect(own.length, 'console.error calls').to.be.at.most(1);
            for (const line of own) expect(line.startsWith('<sales-funnel>: '), line).to.equal(true);
          }),
          { numRuns },
        );
      } finally {
        console.error = original;
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
        console.log(
          `fuzz, ${name}: tried ${tried} inputs: ${shown.funnel} drew a funnel, ${shown.error} the error panel`,
        );
      }
    });
});
