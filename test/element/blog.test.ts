/**
 * The article's funnel in the columns and type that blogs really use (SPEC 3, third edition: 18–20 px text in
 * 620–728 px columns, WordPress's default themes, Medium, Ghost, Substack): one line per step and at most 760 px
 * tall; on a 390 px phone at 18 px, at most 1,150 px; in a 680 px column at 16 px, at most 720 px. The fonts are
 * fixed as the visual tests fix them (Debian's DejaVu, serif and sans), so the heights do not depend on the
 * machine's font settings. Each height is printed, per engine.
 */
import { expect } from 'chai';
import { $$, ARTIKEL, fixture, settled } from './fixture.js';

const SERIF = "'DejaVu Serif', serif";
const SANS = "'DejaVu Sans', sans-serif";

/** [column px, text px, font, the most px tall, one line per step]. */
const blogs: [number, number, string, number, boolean][] = [
  [620, 18, SERIF, 760, true],
  [620, 20, SERIF, 760, true],
  [680, 18, SANS, 760, true],
  [680, 20, SERIF, 760, true],
  [728, 18, SANS, 760, true],
  [728, 20, SERIF, 760, true],
  [680, 16, SANS, 720, true],
  [390, 18, SANS, 1150, false],
];

const box = (e: Element) => e.getBoundingClientRect();

/** The same funnel alone, and beside the quarter before (the compare line, the changes per row, the outlines). */
const compared = ['', ' previous="950; 300; 190; 95; 45; 14" previous-name="Q1" current-name="Q2"'];

describe('<sales-funnel>: in blog type (SPEC 3, third edition)', () => {
  for (const previous of compared)
    for (const [width, size, font, most, oneLine] of blogs)
      it(`the article's funnel${previous ? ', Q1 → Q2,' : ''} in a ${width} px column at ${size} px ${font.includes('Serif') ? 'serif' : 'sans'}: ${oneLine ? 'one line per step, ' : ''}at most ${most} px`, async () => {
        const el = await fixture(
          `<sales-funnel lang="nl" deal-value="2.500" period="quarter" steps="${ARTIKEL}"${previous}></sales-funnel>`,
          undefined,
          {
            style: `width: ${width}px; font: ${size}px/1.6 ${font}`,
          },
        );
        await document.fonts.ready;
        await settled(el);
        const height = box(el).height;
        console.log(
          `height${previous ? ' (Q1 → Q2)' : ''} at ${width} px, ${size} px ${font}: ${Math.round(height)} px`,
        );
        if (previous) expect($$(el, '.was').length, 'the period before drawn').to.equal(6);
        expect(height, 'height').to.be.at.most(most);
        const labels = $$(el, '[part=label]');
        const sliders = $$(el, 'input[type=range]');
        expect(sliders).to.have.length(6);
        // One line per step: each slider beside its label, not under it.
        const beside = sliders.map((s, i) => box(s).top < box(labels[i]).bottom && box(s).left > box(labels[i]).left);
        expect(beside.every(Boolean), 'each slider beside its label').to.equal(oneLine);
      });
});
