/**
 * The page of 50 funnels as a phone opens it (412 px): nothing moves while the funnels come in. Each funnel takes
 * no space until it can draw itself, then draws itself whole, rather than an empty box the funnel then replaces
 * at another height (which moved everything below it: Lighthouse's layout shift was 2.0 on this page). The
 * cumulative layout shift stays within Google's "good", 0.1. Layout-shift entries are Chromium's alone: in
 * Firefox and WebKit this test is skipped.
 */
import { expect } from 'chai';
import { openPage } from './pages.js';

describe('the page of 50 funnels: no layout shift while they load', function () {
  this.timeout(30000);

  it('keeps the cumulative layout shift at 0.1 or less', async function () {
    if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
    const report = await openPage('/demo/embed/many.html', 412);
    expect(report.failed, report.failed).to.equal(undefined);
    expect(report.funnels.length).to.equal(50);
    console.log(`layout shift on the page of 50 funnels: ${report.layoutShift!.toFixed(3)}`);
    expect(report.layoutShift, 'cumulative layout shift').to.be.at.most(0.1);
  });
});
