// Chromium opens the pages `node test/integrations/run.mjs` wrote from the real WordPress and Hugo (run that first):
// every funnel draws, or shows its error panel where the input was hostile or wrong, and nothing hostile runs.
// Then the Classic editor's Visual tab: WordPress's own TinyMCE, with the settings WordPress built with the plugin.
import { attributeOf, FIELDS } from '../../src/config/attributes.js';
import { expect } from 'chai';
import { openPage, type PageReport } from '../embed/pages.js';

const out = '/test/integrations/out';
const draws = 'draws';
const panel = 'error panel';
type Want = typeof draws | typeof panel;

/** The bundle each system's pages load: the plugin's own copy; the module named by the Hugo site's settings. */
const wordpressBundle = '/integrations/wordpress/sales-funnel/assets/sales-funnel.classic.js';
const hugoBundle = '/dist/sales-funnel.js';

/** Each page, what it holds, and what each funnel on it must show, in page order. */
const pages: [string, string, Want[]][] = [
  [
    "an author's block post: the article's funnel, and one in English with `editable`",
    'wordpress/author-block.html',
    [draws, draws],
  ],
  ["an administrator's block post", 'wordpress/administrator-block.html', [draws, draws]],
  ["an author's Classic post with two shortcodes", 'wordpress/author-shortcode.html', [draws, draws]],
  ["an administrator's Classic post with two shortcodes", 'wordpress/administrator-shortcode.html', [draws, draws]],
  // The second is spread over lines; wpautop leaves a <br> inside it.
  ["an author's Classic post with <sales-funnel> written in it, twice", 'wordpress/author-raw.html', [draws, draws]],
  [
    "an administrator's Classic post with <sales-funnel> written in it, twice",
    'wordpress/administrator-raw.html',
    [draws, draws],
  ],
  ["an author's Custom HTML block with the README's snippet", 'wordpress/author-html-block.html', [draws]],
  [
    "an administrator's Custom HTML block with the README's snippet",
    'wordpress/administrator-html-block.html',
    [draws],
  ],
  // Block: hostile heading and lang (drawn, the heading as text); hostile steps; a currency that is a payload.
  // Shortcodes: hostile heading (drawn); hostile steps; `javascript:` as steps.
  [
    "an author's hostile blocks and shortcodes",
    'wordpress/author-hostile.html',
    [draws, panel, panel, draws, panel, panel],
  ],
  // As the author's, but wptexturize breaks the third shortcode's quotes (a bare > in it): its steps are gone.
  [
    "an administrator's hostile blocks and shortcodes",
    'wordpress/administrator-hostile.html',
    [draws, panel, panel, panel, panel, panel],
  ],
  // kses left: valid steps; valid STEPS in capitals; nothing (it could not read `"/onclick=`).
  ["an author's hostile <sales-funnel> markup", 'wordpress/author-hostile-raw.html', [draws, draws, panel]],
  // Empty block; block with wrong types; block with broken JSON; [sales_funnel]; counts that rise and a negative deal value.
  ["an author's mistakes", 'wordpress/author-bad-input.html', [panel, panel, panel, panel, panel]],
  // A Custom HTML block with a three-column table in the element (the period before, then this one): compared.
  ["an author's Custom HTML block with two periods in a table", 'wordpress/author-compare.html', [draws]],
  ["an administrator's Custom HTML block with two periods in a table", 'wordpress/administrator-compare.html', [draws]],
  ['Hugo: two shortcodes, one spread over lines', 'hugo/funnel/index.html', [draws, draws]],
  ['Hugo: hostile parameters (steps a payload; currency a payload)', 'hugo/hostile/index.html', [panel, panel]],
  ['Hugo: no parameters, a positional one, counts that rise', 'hugo/bad-input/index.html', [panel, panel, panel]],
];

/** What the page is, read by Chromium's own HTML parser. */
async function parse(path: string) {
  const response = await fetch(`${out}/${path}`);
  expect(response.ok, `${path}: run node test/integrations/run.mjs first`).to.equal(true);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** The element's attributes (the attribute table's), and id and class: all a page's funnel may carry. */
const attributes = [...FIELDS.map(attributeOf), 'id', 'class'];

describe('WordPress and Hugo pages in the browser', function () {
  this.timeout(60000);
  for (const [name, path, want] of pages) {
    const bundle = path.startsWith('hugo/') ? hugoBundle : wordpressBundle;

    it(`${name}: ${want.join(', ')}; nothing else logged, nothing run`, async () => {
      const report: PageReport = await openPage(`${out}/${path}`);
      expect(report.failed, report.failed).to.equal(undefined);
      expect(
        report.funnels.map((f) =>
          f.rendered && f.error == null ? draws : f.error != null && !f.rendered ? panel : JSON.stringify(f),
        ),
      ).to.deep.equal(want);
      report.funnels.forEach((f, i) => expect(f.overflow, `funnel ${i + 1} overflows`).to.equal(false));
      // Two periods in the table: the period before is drawn behind each of the four steps.
      if (path.includes('compare')) expect(report.funnels.map((f) => f.compared)).to.deep.equal([4]);
      // One console.error per error panel, the element's own; nothing else.
      const panels = want.filter((w) => w == panel).length;
      expect(
        report.errors.filter((e) => e.startsWith('<sales-funnel>: ')),
        'console errors',
      ).to.have.length(panels);
      expect(report.errors, 'console errors').to.have.length(panels);
      expect(report.warnings, 'console warnings').to.deep.equal([]);
      expect(report.pwned, 'a payload ran').to.equal(null);
      expect(report.pageOverflow, 'the page scrolls sideways').to.equal(false);
      // What the page fetched (Resource Timing: the page itself is not among them): the bundle, then only the module
      // it loads and its own chunks, from the same folder (the error messages, where a panel shows).
      const fetched = report.requests.map((u) => new URL(u)).map((u) => u.origin + u.pathname);
      const folder = `${location.origin}${bundle.replace(/[^/]+$/, '')}`;
      expect(fetched[0]).to.equal(`${location.origin}${bundle}`);
      expect(
        fetched.slice(1).filter((u) => !(u.startsWith(folder) && /\/sales-funnel(-\w+)?\.js$/.test(u))),
        'other requests',
      ).to.deep.equal([]);
    });

    it(`${name}: the HTML holds ${want.length} <sales-funnel>, its attributes only, no handler, style or stray script`, async () => {
      const doc = await parse(path);
      const funnels = [...doc.querySelectorAll('sales-funnel')];
      expect(funnels).to.have.length(want.length);
      for (const f of funnels)
        expect(
          f.getAttributeNames().filter((a) => !attributes.includes(a)),
          f.outerHTML,
        ).to.deep.equal([]);
      for (const e of doc.querySelectorAll('*'))
        expect(
          e.getAttributeNames().filter((a) => a.startsWith('on') || a == 'style'),
          e.outerHTML,
        ).to.deep.equal([]);
      expect(doc.querySelectorAll('iframe, object, embed, img, svg, math')).to.have.length(0);
      // The bundle: once in WordPress's footer; in Hugo, beside each funnel (a module URL runs once).
      const scripts = [...doc.scripts]
        .map(
          (s) =>
            `${s.type == 'module' ? 'module' : s.type == '' || s.type == 'text/javascript' ? 'classic' : s.type} ${new URL(s.src || 'inline:', location.href).pathname}`,
        )
        .filter((s) => !s.includes('/__web-dev-server')); // the test server's own, added to every page it serves
      expect(scripts).to.deep.equal(
        path.startsWith('hugo/') ? want.map(() => `module ${hugoBundle}`) : [`classic ${wordpressBundle}`],
      );
    });
  }
});

// ---------------------------------------------------------------- the Visual tab ----------------------------------------------------------------

/** What WordPress's scripts and test.php's settings.js put on the page. */
const wp = window as unknown as {
  tinymce: any;
  wpTinyMCESettings: { withPlugin: Record<string, unknown>; withoutPlugin: Record<string, unknown> };
};

const load = (src: string) =>
  new Promise<void>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`${src}: run node test/integrations/run.mjs first`));
    document.head.append(s);
  });

let editors = 0;
/**
 * A post's text opened in the Visual tab and saved, as WordPress does it: the textarea's content loaded into
 * TinyMCE (the `wordpress` plugin runs wp.editor.autop), then saved back (it runs wp.editor.removep).
 * WordPress's settings, but only its `wordpress` plugin, no skin, no editor CSS: the others draw the UI.
 */
async function visualTab(settings: Record<string, unknown>, text: string): Promise<string> {
  const textarea = document.createElement('textarea');
  textarea.id = `editor-${++editors}`;
  textarea.value = text;
  document.body.append(textarea);
  const editor = await new Promise<any>((resolve) =>
    wp.tinymce.init({
      ...settings,
      selector: `#${textarea.id}`,
      plugins: 'wordpress',
      skin: false,
      content_css: false,
      setup: (ed: any) => ed.on('init', () => resolve(ed)),
    }),
  );
  editor.save();
  const saved = textarea.value;
  editor.remove();
  textarea.remove();
  return saved;
}

const post = `Zo ziet onze funnel eruit.

<sales-funnel lang="nl" deal-value="2.500" period="quarter" steps="Leads: 1.000; Gekwalificeerd: 400; Aankoop: 20" heading="Onze &quot;funnel&quot;" readonly no-export></sales-funnel>

Dat was het.

[sales_funnel steps="Leads: 500; Purchase: 10" deal-value="2.500"]`;

/** The attributes of each `<sales-funnel>` in `html`, as a browser reads them. */
const funnelsIn = (html: string) =>
  [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('sales-funnel')].map((f) =>
    Object.fromEntries(f.getAttributeNames().map((a) => [a, f.getAttribute(a)])),
  );

describe("the Classic editor's Visual tab (WordPress's TinyMCE 4.9 and editor.js, the settings WordPress built)", function () {
  this.timeout(30000);
  let plugin: Record<string, unknown>;
  before(async () => {
    for (const file of ['jquery.min.js', 'utils.min.js', 'editor.min.js', 'tinymce.min.js', 'settings.js'])
      await load(`${out}/tinymce/${file}`);
    wp.tinymce.baseURL = `${out}/tinymce`;
    wp.tinymce.suffix = '.min';
    plugin = wp.wpTinyMCESettings.withPlugin;
  });

  // Premises, before the plugin's classic-editor.js is loaded.
  it('premise: without the plugin, the Visual tab deletes <sales-funnel> (the shortcode survives: it is text)', async () => {
    const saved = await visualTab(wp.wpTinyMCESettings.withoutPlugin, post);
    expect(funnelsIn(saved), saved).to.deep.equal([]);
    expect(saved).to.contain('[sales_funnel steps="Leads: 500; Purchase: 10" deal-value="2.500"]');
  });
  it("premise: declaring the element to TinyMCE is not enough: autop's <p> around it gets blanked", async () => {
    const saved = await visualTab(plugin, post);
    expect(funnelsIn(saved), saved).to.deep.equal([]);
  });

  describe('with the plugin (its TinyMCE settings and classic-editor.js)', () => {
    before(() => load('/integrations/wordpress/sales-funnel/classic-editor.js'));

    it('<sales-funnel> and every attribute survive opening and saving, the text around stays in its paragraphs', async () => {
      const saved = await visualTab(plugin, post);
      expect(funnelsIn(saved), saved).to.deep.equal([
        {
          lang: 'nl',
          'deal-value': '2.500',
          period: 'quarter',
          steps: 'Leads: 1.000; Gekwalificeerd: 400; Aankoop: 20',
          heading: 'Onze "funnel"',
          readonly: 'readonly',
          'no-export': '',
        }, // TinyMCE knows readonly from <input>
      ]);
      expect(saved).to.match(
        /^Zo ziet onze funnel eruit\.\n\n<sales-funnel [^>]*><\/sales-funnel>\n\nDat was het\.\n\n\[sales_funnel steps="Leads: 500; Purchase: 10" deal-value="2\.500"\]$/,
      );
      expect(await visualTab(plugin, saved), 'opened and saved again').to.equal(saved);
    });

    it('steps written one per line keep their separation (autop would join the lines with spaces)', async () => {
      const saved = await visualTab(
        plugin,
        'Intro.\n\n<sales-funnel lang="en"\n  steps="Leads: 1000\n  Qualified: 40%\n  Purchase: 20"\n  improvements=\'0\n10\n5\'>\n</sales-funnel>\n\nAfter.',
      );
      expect(funnelsIn(saved), saved).to.deep.equal([
        { steps: 'Leads: 1000; Qualified: 40%; Purchase: 20', improvements: '0; 10; 5', lang: 'en' },
      ]);
      expect(await visualTab(plugin, saved), 'opened and saved again').to.equal(saved);
    });

    it('a JSON list of steps over lines stays valid JSON', async () => {
      const saved = await visualTab(
        plugin,
        '<sales-funnel steps=\'[{"label":"Leads","count":1000},\n{"label":"Buy","count":20}]\'></sales-funnel>',
      );
      expect(JSON.parse(funnelsIn(saved)[0].steps!), saved).to.deep.equal([
        { label: 'Leads', count: 1000 },
        { label: 'Buy', count: 20 },
      ]);
    });

    it('a child table (in a <div> or not) stays inside the element, unchanged by saving again', async () => {
      for (const table of [
        '<table>\n<tr><td>Leads</td><td>1000</td></tr>\n<tr><td>Purchase</td><td>20</td></tr>\n</table>',
        '<div>\n<table>\n<tr><td>Leads</td><td>1000</td></tr>\n</table>\n</div>',
      ]) {
        const saved = await visualTab(
          plugin,
          `Intro.\n\n<sales-funnel deal-value="2500">\n${table}\n</sales-funnel>\n\nAfter.`,
        );
        const doc = new DOMParser().parseFromString(saved, 'text/html');
        expect(doc.querySelectorAll('sales-funnel table td'), saved).to.have.length(table.includes('Purchase') ? 4 : 2);
        expect(doc.querySelector('sales-funnel')!.textContent!.replace(/\s+/g, ''), saved).to.equal(
          table.includes('Purchase') ? 'Leads1000Purchase20' : 'Leads1000',
        );
        expect(await visualTab(plugin, saved), 'opened and saved again').to.equal(saved);
      }
    });

    it('an onclick on <sales-funnel> is dropped by the Visual tab too (for authors, kses removes it on saving anyway)', async () => {
      const saved = await visualTab(
        plugin,
        '<sales-funnel steps="a: 2; b: 1" onclick="window.__pwned=1"></sales-funnel>',
      );
      expect(funnelsIn(saved)).to.deep.equal([{ steps: 'a: 2; b: 1' }]);
    });
  });
});

// ---------------------------------------------------------------- the block editor ----------------------------------------------------------------

/** Waits until `ready()` holds (or fails after 10 s). */
async function until(ready: () => unknown, what: string) {
  for (let t = Date.now(); !ready(); await new Promise((r) => setTimeout(r, 50)))
    if (Date.now() - t > 10000) throw new Error(`timed out: ${what}`);
}

describe("the block in WordPress's block editor (WordPress 6.1's own packages, for a Dutch user)", function () {
  this.timeout(30000);
  const frame = document.createElement('iframe');
  let w: any;
  let doc: Document;
  const canvasFunnels = () => [...doc.querySelectorAll('#canvas sales-funnel')];
  const attributesOf = (e: Element) => Object.fromEntries(e.getAttributeNames().map((a) => [a, e.getAttribute(a)]));
  /** Types into a React-controlled field, as a person does. */
  const type = (field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!.call(field, value);
    field.dispatchEvent(new w.Event(field.tagName == 'SELECT' ? 'change' : 'input', { bubbles: true }));
  };
  const field = (label: string) => {
    const l = [...doc.querySelectorAll('#sidebar label')].find((e) => e.textContent == label) as
      HTMLLabelElement | undefined;
    return (l && doc.getElementById(l.htmlFor)) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
  };

  before(async () => {
    frame.style.cssText = 'width: 1200px; height: 900px';
    document.body.append(frame);
    await new Promise((r) => {
      frame.onload = r;
      frame.src = `${out}/wordpress/block-editor.html`;
    });
    w = frame.contentWindow;
    doc = frame.contentDocument!;
    await until(
      () => canvasFunnels().length == 2 && canvasFunnels().every((f) => f.shadowRoot?.querySelector('.steps li')),
      'both funnels drawn in the canvas',
    );
  });
  after(() => frame.remove());

  it('is registered from block.json, in Dutch', () => {
    const block = w.wp.blocks.getBlockType('sales-funnel/funnel');
    expect([block.title, block.description, block.category, block.apiVersion]).to.deep.equal([
      'Salesfunnel',
      'Je salesfunnel met een wat-als-schuif bij elke stap.',
      'widgets',
      2,
    ]);
  });

  it('writes a block exactly as test.php does (the PHP and JS serializers agree, quotes, & and < included)', () => {
    for (const [attributes, markup] of w.blocksFromPhp)
      expect(w.wp.blocks.serialize(w.wp.blocks.createBlock('sales-funnel/funnel', attributes))).to.equal(markup);
  });

  it("shows each funnel live in the canvas, drawn by the plugin's bundle, with the attributes the page gets", () => {
    expect(canvasFunnels().map(attributesOf)).to.deep.equal([
      {
        steps: 'Leads: 1.000\nGekwalificeerd: 400\nVoorstel gedaan: 120\nVoorstel besproken: 60\nAankoop: 20',
        'deal-value': '2.500',
        period: 'quarter',
        lang: 'nl',
        heading: 'Onze "funnel" & <jij>',
      },
      { steps: 'Leads: 500; SQL: 25%; Purchase: 10', lang: 'en', editable: '' },
    ]);
  });

  it('selected, it shows its form in Dutch in the sidebar, and the form edits the funnel', async () => {
    w.wp.data.dispatch('core/block-editor').selectBlock(w.editorBlocks[0].clientId);
    await until(() => field('Stappen'), 'the form');
    const labels = [...doc.querySelectorAll('#sidebar label')].map((l) => l.textContent);
    expect(labels).to.deep.equal([
      'Stappen',
      'Vorige periode',
      'Orderwaarde',
      'Valuta',
      'Periode van de cijfers',
      'Taal',
      'Kop',
      'Link naar je spreadsheet',
      'Lezers kunnen hun eigen cijfers invullen',
    ]);
    expect([...(field('Periode van de cijfers') as HTMLSelectElement).options].map((o) => o.text)).to.deep.equal([
      'Niet vermeld',
      'Maand',
      'Kwartaal',
      'Halfjaar',
      'Jaar',
    ]);
    expect([...(field('Taal') as HTMLSelectElement).options].map((o) => o.text)).to.deep.equal([
      'Die van de pagina',
      'Nederlands',
      'Engels',
    ]);
    expect(field('Stappen')!.value).to.equal(
      'Leads: 1.000\nGekwalificeerd: 400\nVoorstel gedaan: 120\nVoorstel besproken: 60\nAankoop: 20',
    );

    type(field('Stappen')!, 'Leads: 2.000\nAankoop: 30');
    type(field('Periode van de cijfers')!, 'year');
    type(field('Valuta')!, 'usd');
    (field('Lezers kunnen hun eigen cijfers invullen') as HTMLInputElement).click();
    await until(
      () => canvasFunnels()[0].hasAttribute('editable') && canvasFunnels()[0].getAttribute('currency') == 'USD',
      'the edits in the canvas',
    );
    expect(attributesOf(canvasFunnels()[0])).to.deep.equal({
      steps: 'Leads: 2.000\nAankoop: 30',
      'deal-value': '2.500',
      currency: 'USD',
      period: 'year',
      lang: 'nl',
      heading: 'Onze "funnel" & <jij>',
      editable: '',
    });
    await until(
      () => canvasFunnels()[0].shadowRoot!.querySelectorAll('.steps li').length == 2,
      'the funnel drawn again with two steps',
    );
    expect(w.wp.blocks.serialize(w.editorBlocks[0])).to.equal(
      '<!-- wp:sales-funnel/funnel {"steps":"Leads: 2.000\\nAankoop: 30","dealValue":"2.500","currency":"USD","period":"year","lang":"nl","heading":"Onze \\u0022funnel\\u0022 \\u0026 \\u003cjij\\u003e","editable":true} /-->',
    );
  });

  it('a new block, without steps yet, asks for them in its placeholder', async () => {
    const block = w.wp.blocks.createBlock('sales-funnel/funnel');
    w.wp.data.dispatch('core/block-editor').insertBlocks(block);
    await until(
      () => doc.querySelector(`[data-block="${block.clientId}"] .components-placeholder textarea`),
      'the placeholder',
    );
    const placeholder = doc.querySelector(`[data-block="${block.clientId}"]`)!;
    expect(placeholder.querySelector('.components-placeholder__label')!.textContent).to.equal('Salesfunnel');
    expect(placeholder.querySelectorAll('sales-funnel').length, 'a funnel in the empty block').to.equal(0);
    type(placeholder.querySelector('textarea')!, 'Leads: 10; Klanten: 1');
    await until(
      () => placeholder.querySelector('sales-funnel')?.shadowRoot?.querySelector('.steps li'),
      'the new funnel drawn',
    );
  });

  it('logs no error', () => {
    expect(w.pageErrors).to.deep.equal([]);
  });
});
