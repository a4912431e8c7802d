import { expect } from 'chai';
import { openPage, type PageReport } from './pages.js';

/** Only the page's own files: the page, its CSS, the bundle. Nothing from elsewhere, nothing the element fetched. */
function expectOwnFilesOnly(report: PageReport) {
  for (const url of report.requests) {
    const u = new URL(url);
    if (u.pathname.startsWith('/__web-dev-server') || u.protocol == 'blob:') continue; // the test server's own; a file made in the page
    expect(u.origin, url).to.equal(location.origin);
    expect(u.pathname, url).to.match(/^\/(demo|dist)\/[\w/.-]+\.(html|css|js|svg)$/);
  }
}

function expectHealthy(report: PageReport, funnels: number) {
  expect(report.failed, report.failed).to.equal(undefined);
  expect(report.errors, 'console errors').to.deep.equal([]);
  expect(report.violations, 'CSP violations').to.deep.equal([]);
  expect(report.funnels).to.have.length(funnels);
  report.funnels.forEach((f, i) => {
    expect(f.error, `funnel ${i + 1}: ${f.error}`).to.equal(null);
    expect(f.rendered, `funnel ${i + 1} rendered`).to.equal(true);
    expect(f.overflow, `funnel ${i + 1} overflows`).to.equal(false);
    expect(f.height, `funnel ${i + 1} height`).to.be.greaterThan(100);
  });
  expect(report.pageOverflow, 'the page scrolls sideways').to.equal(false);
  expect(report.sheets, 'style sheets: one for every funnel').to.equal(1);
  // Lit's and zod's version markers aside (SPEC 4), nothing global but the element.
  expect(report.globals.filter((g) => !['litHtmlVersions', '__zod_globalConfig'].includes(g)), 'globals of its own').to.deep.equal([]);
  expectOwnFilesOnly(report);
}

const pages: [string, string, number][] = [
  ['a long blog post, the funnel below the fold', '/demo/embed/blog.html', 1],
  ['the strict-CSP page (no inline style, no eval, Trusted Types)', '/demo/embed/strict-csp.html', 2],
  ['classic scripts, in the head and twice more in CMS blocks, and the module too', '/demo/embed/classic.html', 3],
  ['HTML as a Markdown renderer outputs it', '/dist/embed/markdown.html', 2],
  ['a dark page', '/demo/embed/dark.html', 2],
  ['50 funnels on one page', '/demo/embed/many.html', 50],
  ['the demo', '/demo/index.html', 9],
];

describe('embeds as users make them', function () {
  this.timeout(60000);
  for (const [name, path, count] of pages) {
    let funnels = count;
    it(`${name}: every funnel renders, nothing overflows, no error, no violation, no request of its own`, async () => {
      const report = await openPage(path);
      if (path == '/demo/index.html') {
        // The demo shows one mistake on purpose: its error panel, and its one console.error.
        expect(report.funnels.filter((f) => f.error)).to.have.length(1);
        expect(report.errors).to.have.length(1);
        report.funnels = report.funnels.filter((f) => !f.error);
        report.errors = [];
        funnels--;
      }
      expectHealthy(report, funnels);
    });
  }

  for (const path of ['/demo/embed/blog.html', '/demo/embed/many.html', '/dist/embed/markdown.html'])
    it(`fits a 320 px phone: ${path}`, async () => {
      const report = await openPage(path, 320);
      expect(report.pageOverflow).to.equal(false);
      report.funnels.forEach((f) => expect(f.overflow).to.equal(false));
    });
});

describe('safe on any page', function () {
  this.timeout(60000);

  it('would see a CSP violation if there were one (a canary page that breaks its own policy)', async () => {
    const report = await openPage('/test/embed/fixtures/violation.html');
    expect(report.violations.join()).to.contain('style-src');
  });

  it('downloads and copies under the strict CSP, with no violation and no request', async () => {
    const report = await openPage('/demo/embed/strict-csp.html', undefined, '[part=export]');
    expectHealthy(report, 2);
  });

  it('lets the first definition win when another copy is on the page, and says so once, without throwing', async () => {
    const report = await openPage('/test/embed/fixtures/two-copies.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.contain('version 0.0.1 came first and stays');
    expect(report.funnels).to.have.length(1);
  });
});
