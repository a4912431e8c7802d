/**
 * Pictures of the article's funnel (SPEC 5), compared with baselines per engine (test/visual/baseline/<engine>/):
 * 390, 680 and 1200 px, light and dark, Dutch and English, a slider moved; then unmoved, `readonly`, the goal with
 * its insights open, two periods (in a blog's 620 px column at 20 px serif, and at 390 px), a test's result with the
 * insights open, and the error panel. Twenty-three shots an engine. A shot that differs (its size, or more than 5
 * pixels: web-test-runner.config.mjs) fails its test, and leaves what it drew and a diff under
 * test/visual/failed/<engine>/ (gitignored); a last test checks that a one-point slider move does fail.
 *
 *   npm run visuals                                                  compare, in all three engines (npm test does too)
 *   BROWSERS=chromium npx wtr --files test/visual/funnel.test.ts    compare, in one engine
 *   npm run visuals:update                                           rebuild, then new baselines in all three
 *
 * The text is DejaVu Sans at 16 px (Debian's fonts-dejavu-core), not the system's UI font, so a shot does not
 * change with the machine's font settings. The baselines are of this machine's engines: another version of an
 * engine or of its fonts draws text a little differently; update the baselines there, or compare here.
 */
import '../../src/element/define.js';
import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';

const ARTICLE =
  'Leads: 1.000; Gekwalificeerd: 400; Gedrag stimuleren: 250; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20';
const MOVED = '0; 0; 0; 20';
const FONT = "16px/1.5 'DejaVu Sans', sans-serif";
const PAGE = { light: '#f4f4f6', dark: '#111114' };
/** The viewport: room for the widest column and the tallest shot (the goal's insights at 390 px, ≈ 1,900 px). */
const VIEWPORT = { width: 1280, height: 2000 };

const updating = await executeServerCommand<boolean, undefined>('visual-update');
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

let host: HTMLElement | undefined;
afterEach(() => host?.remove());

before(async () => {
  expect(await executeServerCommand('visual-viewport', VIEWPORT), 'the viewport can be sized').to.equal(true);
  await frames();
  expect([innerWidth, innerHeight], 'the viewport').to.deep.equal([VIEWPORT.width, VIEWPORT.height]);
  document.body.style.margin = '0';
});

interface Shot {
  width: number;
  theme?: 'light' | 'dark';
  lang?: 'nl' | 'en';
  /** More attributes, as written in markup. */
  attrs?: string;
  steps?: string;
  insights?: boolean;
  /** The column's type, where it is not the default's (a blog's serif at 20 px). */
  font?: string;
}

/** The funnel in a column `width` px wide on a page of its theme, settled: rendered, fonts loaded, two frames, updated. */
async function render({
  width,
  theme = 'light',
  lang = 'nl',
  attrs = '',
  steps = ARTICLE,
  insights,
  font = FONT,
}: Shot) {
  document.body.style.background = PAGE[theme];
  host = document.createElement('div');
  host.style.cssText = `width: ${width}px; padding: 16px; font: ${font}; color-scheme: ${theme}`;
  host.innerHTML = `<sales-funnel lang="${lang}" ${theme == 'dark' ? 'theme="dark"' : ''} steps="${steps}" ${attrs}></sales-funnel>`;
  document.body.append(host);
  const el = host.querySelector<SalesFunnel>('sales-funnel')!;
  await el.updateComplete;
  if (insights) {
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.insights')!;
    expect(details, 'the insights section').to.exist;
    const toggled = new Promise((r) => details.addEventListener('toggle', r, { once: true }));
    details.open = true;
    await toggled;
    await el.updateComplete;
  }
  await painted(el);
  expect(el.getBoundingClientRect().width, 'the element fills its column').to.equal(width);
  // Taller than the viewport (WebKit's shot is cut from it): the viewport grows.
  const bottom = Math.ceil(el.getBoundingClientRect().bottom) + 16;
  if (bottom > innerHeight) {
    await executeServerCommand('visual-viewport', { width: VIEWPORT.width, height: bottom });
    await frames();
  }
  expect(el.getBoundingClientRect().bottom, 'the element is in view').to.be.at.most(innerHeight);
  await painted(el);
  return el;
}

/**
 * Waits until what is to be photographed has been painted, however busy the machine: its fonts loaded, its
 * chunks and renders done, its content no longer skipped (`content-visibility: auto` skips a funnel the engine
 * has not yet found near the screen), then two frames. A shot taken too soon would be blank; the comparison says
 * so if one still is (web-test-runner.config.mjs).
 */
async function painted(el: SalesFunnel) {
  await document.fonts.ready;
  await el.updateComplete;
  // The figures (or the error panel): what `content-visibility: auto` on the root would skip.
  const inside = el.shadowRoot!.querySelector('.root > :is(.figures, .error)')!;
  for (let k = 0; k < 100 && !inside.checkVisibility({ contentVisibilityAuto: true }); k++) await frames();
  expect(inside.checkVisibility({ contentVisibilityAuto: true }), 'the funnel is rendered, not skipped').to.equal(true);
  await frames();
  await el.updateComplete;
}

const article = 'deal-value="2.500" period="quarter"';
const Q1 = 'previous="950; 300; 190; 95; 45; 14" previous-name="Q1" current-name="Q2"';
const BLOG = "20px/1.6 'DejaVu Serif', serif";
const shots: [string, Shot][] = [];
// The matrix: every width, theme and language, with the fourth slider at +20 %.
for (const lang of ['nl', 'en'] as const)
  for (const theme of ['light', 'dark'] as const)
    for (const width of [390, 680, 1200])
      shots.push([
        `article-${lang}-${theme}-${width}-moved`,
        { width, theme, lang, attrs: `${article} improvements="${MOVED}"` },
      ]);
shots.push(
  // Nothing moved: no forecast, no legend.
  ['article-nl-light-680', { width: 680, attrs: article }],
  ['article-en-light-680', { width: 680, lang: 'en', attrs: article }],
  // Read-only: no sliders, no hints; a forecast column only with start improvements.
  ['readonly-nl-light-680', { width: 680, attrs: `${article} readonly` }],
  [
    'readonly-en-dark-390-moved',
    { width: 390, lang: 'en', theme: 'dark', attrs: `${article} readonly improvements="${MOVED}"` },
  ],
  // The goal, in the insights section, opened.
  ['goal-nl-light-680', { width: 680, attrs: `${article} target="75.000"`, insights: true }],
  ['goal-en-dark-390', { width: 390, lang: 'en', theme: 'dark', attrs: `${article} target="75.000"`, insights: true }],
  // Two periods in a blog's column and type (the compact layout), and a test's result with the insights open.
  ['compare-nl-light-620-serif', { width: 620, font: BLOG, attrs: `${article} ${Q1}` }],
  ['compare-en-dark-390', { width: 390, lang: 'en', theme: 'dark', attrs: `${article} ${Q1}` }],
  [
    'test-nl-light-680',
    { width: 680, attrs: `${article} test="Voorstel besproken: 300/600; 335/600"`, insights: true },
  ],
  // The error panel: more customers than leads.
  ['error-nl-light-680', { width: 680, steps: 'Leads: 100; Klanten: 200' }],
  ['error-en-dark-390', { width: 390, lang: 'en', theme: 'dark', steps: 'Leads: 100; Klanten: 200' }],
);

describe('pictures of the article’s funnel', function () {
  this.timeout(60000);

  for (const [name, shot] of shots)
    it(name, async () => {
      const el = await render(shot);
      if (shot.steps) expect(el.shadowRoot!.querySelector('[part=error]'), 'the error panel').to.exist;
      await visualDiff(el, name);
    });

  // The threshold is small enough: the fourth slider at +21 % instead of +20 % is not the baseline of +20 %.
  // (Skipped while updating: it would write the wrong picture as that baseline.)
  it('a one-point slider move fails against the baseline (the diff can fail)', async function () {
    if (updating) this.skip();
    const el = await render({ width: 680, attrs: `${article} improvements="0; 0; 0; 21"` });
    let failure = '';
    // "--canary": compared with the baseline of the name before it, its failure kept apart under failed/.
    await visualDiff(el, 'article-nl-light-680-moved--canary').catch((e: Error) => (failure = e.message));
    expect(failure, 'the diff').to.match(/Visual diff failed|not the same width and height/);
  });
});
