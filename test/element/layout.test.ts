import { expect } from 'chai';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';
import { $, $$, ARTICLE, fixture, settled, slide, sliders, until } from './fixture.js';

const box = (e: Element) => e.getBoundingClientRect();
/** Text as read: no-break spaces as spaces, without the word joiners that keep a sign to its figure. */
const plain = (text: string) =>
  text
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const textOfPin = (el: SalesFunnel) => plain($(el, '.pin').textContent!);

/** Nothing in the element is wider than its box. */
function expectNoOverflow(el: SalesFunnel) {
  const root = $(el, '.root');
  expect(root.scrollWidth, 'root scrolls').to.be.at.most(root.clientWidth);
  expect(box(el).width).to.be.at.most(box(el.parentElement!).width + 0.5);
  for (const e of $$(el, '.root *')) {
    const r = box(e);
    if (!r.width) continue;
    expect(r.right, `${e.tagName}.${e.className} overflows`).to.be.at.most(box(root).right + 0.5);
    expect(r.left, `${e.tagName}.${e.className} overflows`).to.be.at.least(box(root).left - 0.5);
  }
}

describe('<sales-funnel>: layout', () => {
  for (const width of [280, 360, 600, 900, 1200])
    it(`fits a ${width} px column without overflow`, async () => {
      const el = await fixture(
        `<sales-funnel steps="${ARTICLE}" deal-value="2500" period="quarter" target="100000" heading="A funnel with a long heading that wraps"></sales-funnel>`,
        width,
      );
      await settled(el);
      expectNoOverflow(el);
    });

  for (const width of [280, 320, 390, 1200])
    it(`fits an editable funnel, its form included, into ${width} px`, async () => {
      const el = await fixture(
        `<sales-funnel editable steps="${ARTICLE}" deal-value="2500" period="quarter"></sales-funnel>`,
        width,
      );
      await until(() => el.shadowRoot!.querySelector('[part=editor]'), el);
      await settled(el);
      expect($$(el, '[part=editor] li'), 'the form').to.have.length(6);
      expectNoOverflow(el);
    });

  for (const width of [280, 288, 320, 390])
    it(`fits a read-only funnel with start improvements (a forecast column) into ${width} px`, async () => {
      const el = await fixture(
        `<sales-funnel readonly improvements="0; 10; 0; 5" steps="Leads: 1000; Qualified: 35%; Proposal: 40%; Deal: 25%" deal-value="2500"></sales-funnel>`,
        width,
      );
      await settled(el);
      expect($$(el, '[part=step] .then'), 'the forecast column').to.have.length(4);
      expectNoOverflow(el);
    });

  // SPEC 3: the article's funnel (6 steps, deal value, period) at 16 px text.
  const budgets: [string, number, string, number][] = [
    ['in a 680 px blog column', 680, '', 720],
    ['on a 390 px phone', 390, '', 1100],
    ['read-only, in a 680 px column', 680, 'readonly', 480],
  ];
  for (const [name, width, extra, most] of budgets)
    it(`stays within ${most} px tall ${name}, key figures and every slider in one screen`, async () => {
      const el = await fixture(
        `<sales-funnel ${extra} lang="nl" deal-value="2.500" period="quarter" heading="Trechter van het artikel" steps="Leads: 1.000; Gekwalificeerd: 400; Gedrag stimuleren: 250; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20"></sales-funnel>`,
        undefined,
        { style: `width: ${width}px; font: 16px/1.5 system-ui, sans-serif` },
      );
      await settled(el);
      const height = box(el).height;
      console.log(`height ${name}: ${Math.round(height)} px`);
      expect(height).to.be.at.most(most);
      expect($$(el, '[part=step]')).to.have.length(6);
    });

  it('puts each slider under its label in a narrow column, beside it in a wide one', async () => {
    const narrow = await fixture(`<sales-funnel steps="${ARTICLE}"></sales-funnel>`, 280);
    const wide = await fixture(`<sales-funnel steps="${ARTICLE}"></sales-funnel>`, 1200);
    await settled(narrow);
    await settled(wide);
    expect(box(sliders(narrow)[2]).top).to.be.at.least(box($$(narrow, '[part=label]')[2]).bottom - 0.5);
    expect(box(sliders(wide)[2]).top).to.be.below(box($$(wide, '[part=label]')[2]).bottom);
    expect(box(sliders(wide)[2]).left).to.be.above(box($$(wide, '[part=label]')[2]).right);
  });

  it('keeps each bar level with its row', async () => {
    const el = await fixture(`<sales-funnel steps="${ARTICLE}" deal-value="2500"></sales-funnel>`, 900);
    // A long label makes one row taller than the others.
    el.steps =
      'Leads: 1000; Qualified leads who read the whole brochure and asked for a call back: 400; Engaged: 250; Buyers: 20';
    await settled(el);
    const rows = $$(el, '[part=step]');
    $$(el, '[part=segment]').forEach((bar, i) => {
      const centre = (box(bar).top + box(bar).bottom) / 2;
      expect(centre).to.be.within(box(rows[i]).top, box(rows[i]).bottom);
    });
  });

  it('keeps its size while the sliders move: no layout shift in the page around it', async () => {
    for (const width of [280, 1000]) {
      const el = await fixture(
        `<sales-funnel steps="${ARTICLE}" deal-value="2500" period="quarter" target="60000"></sales-funnel><p>after</p>`,
        width,
      );
      await settled(el);
      const after = el.nextElementSibling!;
      const [height, top] = [box(el).height, box(after).top];
      // Layout Instability entries name the page's nodes that moved; nodes inside the element's shadow root show as null.
      const moved: string[] = [];
      const observer = new PerformanceObserver((list) =>
        list
          .getEntries()
          .forEach((e) =>
            (e as unknown as { sources: { node: Node | null }[] }).sources.forEach(
              (s) => s.node && moved.push(s.node.nodeName),
            ),
          ),
      );
      observer.observe({ type: 'layout-shift' });
      for (const value of [100, 0, 55, 100]) for (let i = 0; i < 6; i++) await slide(el, i, value);
      await settled(el);
      observer.disconnect();
      expect(box(el).height, `height at ${width} px`).to.equal(height);
      expect(box(after).top, `the paragraph after it at ${width} px`).to.equal(top);
      expect(moved, `page nodes that moved at ${width} px`).to.deep.equal([]);
    }
  });

  // On a phone the funnel is taller than the screen: a reader dragging the last slider no longer sees the figures
  // at its top. The first of them follows, in a line at the top of the screen; until then it lies hidden behind them.
  it('keeps the first key figure at the top of the screen once the figures have scrolled out of it', async () => {
    const el = await fixture(
      `<sales-funnel lang="nl" steps="${ARTICLE}" deal-value="2.500" period="quarter" heading="Trechter"></sales-funnel><div style="height: 200vh"></div>`,
      390,
    );
    await settled(el);
    const height = box(el).height;
    await slide(el, 3, 20);
    /** Scrolls `intoIt` px into the funnel; what is seen 6 px below `y` (default: the top of the screen). */
    const at = async (intoIt: number, y = () => 0) => {
      window.scrollTo(0, scrollY + box(el).top + intoIt);
      await settled(el);
      return el.shadowRoot!.elementFromPoint(box(el).left + 40, y() + 6);
    };
    try {
      const value = plain($(el, '.figure .value .live').textContent!);
      expect(value, 'the figure').to.equal('€ 50.000 → € 60.000');
      // The figures in view: where the line lies, the figures are seen.
      const figures = await at(-20, () => box($(el, '.figures')).top);
      expect(figures?.closest('.figures'), 'the figures while they are in view').to.not.equal(null);
      for (const intoIt of [450, height - 150]) {
        const top = await at(intoIt);
        expect(top?.closest('.pin'), `the line ${intoIt} px into the funnel`).to.not.equal(null);
        expect(textOfPin(el), `the line ${intoIt} px into the funnel`).to.equal(
          `Omzet per kwartaal ${value} +€ 10.000 (+€ 40.000 per jaar)`,
        );
      }
      await slide(el, 3, 0);
      expect(textOfPin(el), 'the line once the sliders are back').to.equal('Omzet per kwartaal € 50.000');
      expect(box(el).height, 'the height: the line takes no room').to.equal(height);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  // A live text is laid out alone in the room its ghost keeps (contain: size): were it wider or taller than that
  // room, it would spill over its neighbours, unseen by any box around it. Each live box is checked itself.
  it('keeps every text that moves within its room, whatever the sliders say', async () => {
    const funnels = [
      [`steps="${ARTICLE}" deal-value="2500" period="quarter" target="60000"`, 1000],
      [`lang="nl" steps="${ARTICLE}" deal-value="2.500" period="quarter"`, 320],
      [`steps="A: 100; B: 50; C: 7" mode="points" min-improvement="-50" deal-value="9.95"`, 600],
      [`lang="nl" steps="A: 100; B: 50; C: 7" mode="points" min-improvement="-50"`, 280],
    ] as const;
    for (const [attributes, width] of funnels) {
      const el = await fixture(`<sales-funnel ${attributes}></sales-funnel>`, width);
      await settled(el);
      const n = sliders(el).length;
      const lives = $$(el, '.live');
      expect(lives.length, `live texts at ${width} px`).to.be.greaterThan(n);
      for (const value of [-50, 50, 100, 3, 0, 77, -13, 1]) {
        for (let i = 0; i < n; i++) await slide(el, i, value);
        await settled(el);
        for (const e of $$(el, '.live')) {
          const where = `"${e.textContent}" with every slider at ${value}, ${width} px (${attributes})`;
          expect(e.scrollWidth, `${where}: wider than its room`).to.be.at.most(e.clientWidth + 1);
          expect(e.scrollHeight, `${where}: taller than its room`).to.be.at.most(e.clientHeight + 1);
        }
      }
    }
  });

  it('sizes in em from its host, so html { font-size: 62.5% } does not shrink it', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await fixture(`<sales-funnel steps="A: 10; B: 5"></sales-funnel>`, 600, {
        style: 'font: 16px Georgia, serif',
      });
      expect(getComputedStyle($(el, '[part=label]')).fontFamily).to.contain('Georgia');
      expect(getComputedStyle($(el, '.root')).paddingTop).to.equal('16px'); // 1em of 16px, not of the 10px root
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('shortens nothing and overflows nowhere with a very long label', async () => {
    const el = await fixture(`<sales-funnel></sales-funnel>`, 320);
    el.steps = [
      { label: 'x'.repeat(2000), count: 10 },
      { label: 'word '.repeat(300), count: 5 },
    ];
    await settled(el);
    expectNoOverflow(el);
  });
});
