import { expect } from 'chai';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';
import { $, ARTICLE, consoleErrors, fixture, openInsights, settled, slide, sliders, textOf, until } from './fixture.js';

declare const axe: {
  run: (
    context: Element,
    options?: object,
  ) => Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }>;
};

before(async () => {
  if ('axe' in window) return;
  const script = document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  document.head.append(script);
  await new Promise((r) => (script.onload = r));
});

async function audit(el: SalesFunnel) {
  await settled(el);
  const { violations } = await axe.run(el, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  });
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' | ')})`)).to.deep.equal([]);
}

const states: [string, string, Record<string, string>?][] = [
  ['default', `steps="${ARTICLE}" deal-value="2500" period="quarter" improvements="0; 0; 0; 20"`],
  ['readonly', `steps="${ARTICLE}" deal-value="2500" readonly improvements="0; 10"`],
  ['goal', `steps="${ARTICLE}" deal-value="2500" target="75000" heading="Q3"`],
  ['points mode, Dutch', `steps="${ARTICLE}" mode="points" lang="nl"`],
  ['dark', `steps="${ARTICLE}" deal-value="2500" theme="dark"`],
  [
    'dark page, auto theme',
    `steps="${ARTICLE}" deal-value="2500"`,
    { style: 'color-scheme: dark; background: #111; color: #eee' },
  ],
  ['error', `steps="Leads: 10; Sales: 20"`],
  [
    'two periods',
    `steps="${ARTICLE}" deal-value="2500" period="quarter" previous="950; 300; 190; 95; 45; 14" previous-name="Q1" current-name="Q2"`,
  ],
  ['two periods, dark', `steps="${ARTICLE}" deal-value="2500" theme="dark" previous="950; 300; 190; 95; 45; 14"`],
  ['a test, Dutch', `steps="${ARTICLE}" deal-value="2500" lang="nl" test="Proposal discussed: 300/600; 335/600"`],
  ['a test, dark', `steps="${ARTICLE}" deal-value="2500" theme="dark" test="Proposal discussed: 300/1000; 500/1300"`],
];

describe('<sales-funnel>: accessibility', () => {
  it('has no axe violations in edit mode, with a field it cannot use', async () => {
    await consoleErrors(async () => {
      const el = await fixture(
        `<sales-funnel editable lang="nl" steps="${ARTICLE}" deal-value="2500"></sales-funnel>`,
        700,
      );
      await until(() => el.shadowRoot!.querySelector('[part=editor]'), el);
      const input = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=editor] li input')[3];
      input.value = 'veel';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => el.shadowRoot!.querySelector('[part=editor] .bad'), el);
      expect(el.shadowRoot!.querySelector('[part=editor] .bad')).to.exist;
      await audit(el);
    });
  });

  for (const width of [700, 390])
    it(`has no axe violations in edit mode with the period before's column and a test's form, ${width} px`, async () => {
      await consoleErrors(async () => {
        const el = await fixture(
          `<sales-funnel editable lang="nl" steps="${ARTICLE}" deal-value="2500"></sales-funnel>`,
          width,
        );
        const switches = () => el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=editor] .switch input');
        await until(() => switches().length, el);
        switches()[0].click();
        switches()[1].click();
        await el.updateComplete;
        const b = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=editor] .test input')[1];
        b.value = '41';
        b.dispatchEvent(new Event('input', { bubbles: true }));
        await until(() => el.shadowRoot!.querySelector('[part=editor] .test .bad'), el);
        expect(
          el.shadowRoot!.querySelectorAll('[part=editor] .test .bad').length,
          'what is wrong with the test, said',
        ).to.equal(1);
        await audit(el);
      });
    });

  // Each state in a blog column, in the compact layout (a 620 px column at 20 px) and on a phone (390 px at 18 px):
  // targets beside one another differ by layout (WCAG 2.2's target size, 2.5.8).
  const columns: [string, number, string][] = [
    ['700 px', 700, ''],
    ['620 px at 20 px', 620, 'font-size: 20px'],
    ['390 px at 18 px', 390, 'font-size: 18px'],
  ];
  for (const [name, attrs, host] of states)
    for (const [column, width, font] of columns)
      it(`has no axe violations (WCAG 2.2 AA): ${name}, ${column}`, async () => {
        const style = [host?.style, font].filter(Boolean).join('; ');
        await consoleErrors(async () =>
          audit(await fixture(`<sales-funnel ${attrs}></sales-funnel>`, width, style ? { style } : {})),
        );
      });

  for (const theme of ['light', 'dark'])
    it(`has no axe violations with the insights open on two periods and a test (${theme})`, async () => {
      await consoleErrors(async () => {
        const el = await fixture(
          `<sales-funnel steps="${ARTICLE}" deal-value="2500" theme="${theme}" previous="950; 300; 190; 95; 45; 14" test="Proposal discussed: 300/600; 335/600"></sales-funnel>`,
          390,
        );
        await openInsights(el);
        expect(
          !!el.shadowRoot!.querySelector('[part=test] button') && !!el.shadowRoot!.querySelector('[part=compare]'),
        ).to.equal(true);
        await audit(el);
      });
    });

  it('names each slider after its step, plainly for the leads, and says the change in words', async () => {
    const el = await fixture(`<sales-funnel steps="Leads: 1000; Qualified: 300 +10%"></sales-funnel>`);
    const [leads, qualified] = sliders(el);
    expect(leads.getAttribute('aria-label')).to.equal('More leads');
    expect(leads.getAttribute('aria-valuetext')!.replace(/\u2060/g, '')).to.equal('0%: from 1,000 to 1,000');
    expect(qualified.getAttribute('aria-label')).to.equal('Improve Qualified');
    expect(qualified.getAttribute('aria-valuetext')!.replace(/\u2060/g, '')).to.equal(
      '+10%: conversion from 30% to 33%',
    );
  });

  it('says points in words in points mode, in Dutch', async () => {
    const el = await fixture(
      `<sales-funnel lang="nl" mode="points" steps="Leads: 1000; Gekwalificeerd: 300 +10%"></sales-funnel>`,
    );
    expect(sliders(el)[1].getAttribute('aria-label')).to.equal('Gekwalificeerd verbeteren');
    expect(
      sliders(el)[1]
        .getAttribute('aria-valuetext')!
        .replace(/\u2060/g, ''),
    ).to.equal('+10 procentpunt: conversie van 30% naar 40%');
  });

  it('gives the SVG a text alternative, and a polite live region that speaks the key figures once a slider rests', async () => {
    const el = await fixture(
      `<sales-funnel steps="Leads: 1000; Buyers: 20" deal-value="100" period="quarter"></sales-funnel>`,
    );
    const svg = $(el, '[part=funnel]');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Funnel: Leads 1,000, Buyers 20.');
    const live = $(el, '[aria-live=polite]');
    expect(!!live.closest('[aria-hidden]'), 'the live region hidden').to.equal(false);
    expect(live.textContent).to.equal('');
    // A drag: input events, one after the other; the live region stays quiet until the slider rests.
    for (const value of [5, 10, 20]) await slide(el, 1, value);
    expect(live.textContent).to.equal('');
    sliders(el)[1].dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(live.textContent!.replace(/\u2060/g, '')).to.equal(
      'Revenue per quarter: €2,000 now, €2,400 with the improvements (+€400, +€1,600 a year).',
    );
  });

  it('says too little data in words, not only in colour', async () => {
    const el = await fixture(`<sales-funnel steps="Leads: 30; Buyers: 5; Repeat: 0"></sales-funnel>`);
    expect(textOf($(el, 'summary .warn'))).to.equal('too little data at 2 steps');
  });

  it('has system colours for forced-colours mode, and nothing that moves by itself (reduced motion, for everyone)', async () => {
    const el = await fixture(`<sales-funnel steps="A: 10; B: 5 +20%"></sales-funnel>`);
    const css = [...el.shadowRoot!.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules])
      .map((r) => r.cssText)
      .join('\n');
    expect(css).to.contain('forced-colors: active');
    for (const e of el.shadowRoot!.querySelectorAll('*')) {
      const style = getComputedStyle(e);
      expect(style.transitionDuration, e.tagName).to.match(/^0s(, 0s)*$/);
      expect(style.animationName, e.tagName).to.equal('none');
    }
  });
});

/** WCAG relative luminance contrast of two computed `rgb()` colours. */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((x) => {
        const v = Number(x) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('<sales-funnel>: colours of the shapes (WCAG 1.4.11) and of the counts in them (1.4.3)', () => {
  for (const theme of ['light', 'dark'])
    it(`keeps the slices and the forecast’s edge ≥ 3:1 on the background, the counts in the slices ≥ 4.5:1: ${theme}`, async () => {
      const el = await fixture(`<sales-funnel theme="${theme}" steps="A: 100 +50%; B: 50"></sales-funnel>`, 300);
      const bg = getComputedStyle($(el, '.root')).backgroundColor;
      const slice = getComputedStyle($(el, '.slice')).fill;
      const edge = getComputedStyle($(el, '.edge')).stroke;
      const count = getComputedStyle($(el, 'text.in')).fill;
      const track = getComputedStyle($(el, '.foot .button')).borderColor;
      expect(contrast(slice, bg), `slice ${slice} on ${bg}`).to.be.at.least(3);
      expect(contrast(edge, bg), `forecast edge ${edge} on ${bg}`).to.be.at.least(3);
      expect(contrast(count, slice), `count ${count} on ${slice}`).to.be.at.least(4.5);
      expect(contrast(track, bg), `button edge ${track} on ${bg}`).to.be.at.least(3);
    });
});
