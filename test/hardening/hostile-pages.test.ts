import { expect } from 'chai';
import { openPage } from '../embed/pages.js';

/** Page styles that try to reach in, and what must hold for the funnel all the same. */
const pages: [string, string][] = [
  ['* { all: unset }', 'all-unset'],
  ['svg { display: none }, input { appearance: none; width: 0 }, and worse, all !important', 'tampered-controls'],
  ['a huge global font size', 'huge-font'],
  ['direction: rtl on the page', 'rtl'],
];

describe('hardening: pages whose styles try to reach in', function () {
  this.timeout(60000);
  for (const [name, file] of pages)
    it(`leaves the funnel readable: ${name}`, async () => {
      const report = await openPage(`/test/embed/fixtures/hostile-${file}.html`, 900);
      expect(report.failed, report.failed).to.equal(undefined);
      expect(report.errors).to.deep.equal([]);
      const [f] = report.funnels;
      expect(f.rendered, 'the funnel is drawn').to.equal(true);
      expect(f.overflow, 'nothing overflows').to.equal(false);
      expect(f.svg![0] * f.svg![1], 'the funnel drawing has a size').to.be.greaterThan(1000);
      expect(f.slider![0], 'a slider to move').to.be.greaterThan(60);
      expect(f.fontSize, 'text one can read').to.be.within(10, 80);
    });
});
