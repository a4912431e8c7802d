import { expect } from 'chai';
import { openPage, type PageReport } from './pages.js';

/** What the page may fetch: the page's own files from the test server (its HTML, CSS and scripts, the bundle, its chunks). */
const own = (url: string) => {
  const u = new URL(url);
  return u.origin == location.origin && /^\/(demo|dist)\/[\w/.-]+\.(html|css|js|svg)$/.test(u.pathname) && !u.search;
};

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
  expect(report.sheets, 'style sheets: one for every funnel').to.equal(funnels ? 1 : 0);
  // Lit's and zod's version markers aside (SPEC 4), nothing global but the element.
  expect(
    report.globals.filter((g) => !['litHtmlVersions', '__zod_globalConfig'].includes(g)),
    'globals of its own',
  ).to.deep.equal([]);
  expect(
    report.requests.filter((r) => !own(r)),
    'requests of its own',
  ).to.deep.equal([]);
}

/** Every page of the demo, with its funnels; the demo's index shows one mistake on purpose (its error panel). */
const pages: [string, string, number, number][] = [
  ['a long blog post, the funnel below the fold, and a quarter on', '/demo/embed/blog.html', 2, 0],
  ['the strict-CSP page (no inline style, no eval, Trusted Types)', '/demo/embed/strict-csp.html', 2, 0],
  ['classic scripts, in the head and twice more in CMS blocks, and the module too', '/demo/embed/classic.html', 3, 0],
  ['HTML as a Markdown renderer outputs it', '/dist/embed/markdown.html', 3, 0],
  ['a dark page', '/demo/embed/dark.html', 2, 0],
  ['50 funnels on one page', '/demo/embed/many.html', 50, 0],
  ['the demo', '/demo/index.html', 11, 1],
  ['the snippet builder', '/demo/builder.html', 1, 0],
  ['the list of embed pages (links only)', '/demo/embed/', 0, 0],
];

describe('embeds as users make them', function () {
  this.timeout(60000);
  for (const [name, path, count, broken] of pages) {
    it(`${name}: every funnel renders, nothing overflows, no error, no violation, no request of its own`, async () => {
      const report = await openPage(path);
      // The demo's mistake on purpose: exactly its error panel and its one console.error, then the rest is healthy.
      expect(
        report.funnels.filter((f) => f.error),
        'error panels',
      ).to.have.length(broken);
      expect(report.errors, 'console errors').to.have.length(broken);
      expectHealthy({ ...report, errors: [], funnels: report.funnels.filter((f) => !f.error) }, count - broken);
    });

    for (const width of [280, 320, 390, 1200])
      it(`${name}: nothing overflows at ${width} px`, async () => {
        const report = await openPage(path, width);
        expect(report.failed, report.failed).to.equal(undefined);
        expect(report.funnels, 'funnels on the page').to.have.length(count);
        expect(
          report.funnels.map((f) => f.overflow),
          'funnels that overflow',
        ).to.deep.equal(report.funnels.map(() => false));
        expect(report.pageOverflow, 'the page scrolls sideways').to.equal(false);
      });
  }
});

describe('two periods where authors write them', function () {
  this.timeout(60000);
  it('a Markdown page with a three-column table, and the blog post a quarter on: the period before drawn behind each step', async () => {
    expect((await openPage('/dist/embed/markdown.html')).funnels.map((f) => f.compared)).to.deep.equal([0, 0, 4]);
    expect((await openPage('/demo/embed/blog.html')).funnels.map((f) => f.compared)).to.deep.equal([0, 6]);
  });
});

describe('safe on any page', function () {
  this.timeout(60000);

  it('would see a CSP violation if there were one (a canary page that breaks its own policy)', async () => {
    const report = await openPage('/test/embed/fixtures/violation.html');
    expect(report.violations.join()).to.contain('style-src');
  });

  it('would see a request if the page made one (a canary page that fetches from its server and from elsewhere)', async () => {
    const report = await openPage('/test/embed/fixtures/requests.html');
    const theirs = report.requests.filter((r) => !own(r));
    expect(
      theirs.some((r) => r.endsWith('/demo/favicon.svg?canary')),
      theirs.join(),
    ).to.equal(true);
  });

  it('downloads and copies under the strict CSP, with no violation and no request: the CSV, the table, the picture as PNG, as an image and as SVG', async () => {
    const report = await openPage('/demo/embed/strict-csp.html', undefined, [
      'summary[part=export]',
      'button[part=export]',
    ]);
    expectHealthy(report, 2);
  });

  it('loads two copies under a Trusted Types allow-list (the classic script twice, then the module) and logs nothing', async () => {
    const report = await openPage('/test/embed/fixtures/two-copies-trusted-types.html');
    expect(report.violations, 'violations').to.deep.equal([]);
    expect(report.errors, 'errors').to.deep.equal([]);
    expect(report.warnings, 'warnings').to.deep.equal([]);
    expect(report.funnels.map((f) => f.rendered)).to.deep.equal([true, true]);
  });

  it('lets the first definition win when another copy is on the page, and says so once, without throwing', async () => {
    const report = await openPage('/test/embed/fixtures/two-copies.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.contain('version 0.0.1 came first and stays');
    expect(report.funnels).to.have.length(1);
  });
});
