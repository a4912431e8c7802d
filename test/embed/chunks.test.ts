import { expect } from 'chai';
import { openPage } from './pages.js';

/** The bundle's files a page fetched, by name: `sales-funnel.js`, `sales-funnel-json.js`… */
const files = (requests: string[]) =>
  requests
    .map((u) => new URL(u).pathname)
    .filter((p) => p.startsWith('/dist/'))
    .map((p) => p.slice(6));

describe('loading on demand (SPEC 4): a funnel loads only what it uses', function () {
  this.timeout(60000);

  // Every funnel that draws also fetches its result's plan (the bottleneck's chances, the test planner, the goal) as
  // its first screen is drawn, and with it the Beta posteriors' chances (`chance`), which a test's result shares,
  // and the normal distribution's functions (`normal`), which the comparison and a test's result share.
  const pages: [string, string, string[]][] = [
    // The page is in English, its funnel in Dutch: the page's words come first (most funnels speak its language).
    [
      'a funnel configured by attributes loads the module and its language’s words',
      '/test/embed/fixtures/chunks-attributes.html',
      [
        'sales-funnel.js',
        'sales-funnel-en.js',
        'sales-funnel-nl.js',
        'sales-funnel-plan.js',
        'sales-funnel-chance.js',
        'sales-funnel-normal.js',
      ],
    ],
    [
      'a funnel from a child JSON script also loads the JSON reader (zod)',
      '/test/embed/fixtures/chunks-json.html',
      [
        'sales-funnel.js',
        'sales-funnel-en.js',
        'sales-funnel-json.js',
        'sales-funnel-plan.js',
        'sales-funnel-chance.js',
        'sales-funnel-normal.js',
      ],
    ],
    [
      'a funnel with figures of the period before also loads the comparison, before its first render',
      '/test/embed/fixtures/chunks-compare.html',
      [
        'sales-funnel.js',
        'sales-funnel-en.js',
        'sales-funnel-nl.js',
        'sales-funnel-compare.js',
        'sales-funnel-plan.js',
        'sales-funnel-chance.js',
        'sales-funnel-normal.js',
      ],
    ],
    [
      'a funnel with a test’s result also loads the test, before its first render',
      '/test/embed/fixtures/chunks-test.html',
      [
        'sales-funnel.js',
        'sales-funnel-en.js',
        'sales-funnel-nl.js',
        'sales-funnel-test.js',
        // How a test's result is judged, shared with the CSV's test block.
        'sales-funnel-verdict.js',
        'sales-funnel-plan.js',
        'sales-funnel-chance.js',
        'sales-funnel-normal.js',
      ],
    ],
    [
      'a funnel it cannot show loads the error messages',
      '/test/embed/fixtures/chunks-error.html',
      ['sales-funnel.js', 'sales-funnel-en.js', 'sales-funnel-messages.js'],
    ],
  ];
  for (const [name, path, want] of pages)
    it(name, async () => {
      const report = await openPage(path);
      expect(report.failed, report.failed).to.equal(undefined);
      expect(report.funnels).to.have.length(1);
      // The module, then the page's words; the rest in whatever order the network brings them.
      const got = files(report.requests);
      expect(got.slice(0, 2)).to.deep.equal(want.slice(0, 2));
      expect([...got].sort()).to.deep.equal([...want].sort());
    });

  it("loads the insights when a reader opens them, and the export (with the funnel as data, which the editor shares, and a test's verdict, which the test shares) and the picture when they export", async () => {
    const report = await openPage('/test/embed/fixtures/chunks-attributes.html', undefined, [
      'details.insights > summary, summary[part=export]',
      'button[part=export]',
    ]);
    expect(report.failed, report.failed).to.equal(undefined);
    expect(files(report.requests).sort()).to.deep.equal(
      [
        'sales-funnel-draft.js',
        'sales-funnel-en.js',
        'sales-funnel-export.js',
        'sales-funnel-verdict.js',
        'sales-funnel-insights.js',
        'sales-funnel-nl.js',
        'sales-funnel-normal.js',
        'sales-funnel-chance.js',
        'sales-funnel-picture.js',
        'sales-funnel-plan.js',
        'sales-funnel.js',
      ].sort(),
    );
  });
});
