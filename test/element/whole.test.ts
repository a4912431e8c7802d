/**
 * A funnel is drawn once, whole: its first drawing already has the bottleneck's chance (the plan's chunk), rather
 * than a first screen that is laid out and painted, then drawn again as the chance arrives. Its own file, so that
 * the plan's chunk is not yet in the page when the funnel is made.
 */
import { expect } from 'chai';
import { ARTIKEL, fixture } from './fixture.js';

describe('<sales-funnel>: the first drawing', () => {
  it('is whole: the rows come with the bottleneck chance, never with a placeholder for it', async () => {
    // Each time the shadow root changes: whether the rows are drawn, and whether the chance's placeholder is.
    const drawings: [rows: number, pending: number][] = [];
    const watch = (el: Element) => {
      const root = el.shadowRoot!;
      new MutationObserver(() =>
        drawings.push([root.querySelectorAll('[part=step]').length, root.querySelectorAll('.pending').length]),
      ).observe(root, { childList: true, subtree: true, characterData: true });
    };
    const waiting = new MutationObserver((records) =>
      records.forEach((r) =>
        r.addedNodes.forEach((n) => n instanceof Element && n.querySelectorAll('sales-funnel').forEach(watch)),
      ),
    );
    waiting.observe(document.body, { childList: true, subtree: true });
    const el = await fixture(`<sales-funnel lang="nl" deal-value="2.500" steps="${ARTIKEL}"></sales-funnel>`);
    waiting.disconnect();
    const drawn = drawings.filter(([rows]) => rows > 0);
    expect(drawn.length, 'drawings with rows').to.be.above(0);
    expect(
      drawn.every(([, pending]) => pending == 0),
      'no placeholder for the chance',
    ).to.equal(true);
    expect(el.shadowRoot!.querySelector('.chip')?.textContent, 'the chip').to.match(/Knelpunt/);
  });
});
