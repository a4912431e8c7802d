// The snippet builder: `<sales-funnel editable>` is the form (the reader's own numbers), a few options beside it,
// and the embed snippets, made from the funnel the element reports (`sales-funnel-change`'s `config`). There is
// no parser here: the element reads every number; the snippets only write its config back out.
// The pure parts (config → snippet) are exported and tested in test/embed/builder.test.ts.

/** The version this builder pins in the snippet's script URL. */
export const VERSION = '0.1.0';
export const CDN = `https://cdn.jsdelivr.net/npm/sales-funnel@${VERSION}/dist/sales-funnel.js`;

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A test's result as the `test` attribute writes it: `Voorstel besproken: 30/60; 41/62`; the step by its number
 * where its label holds a `;` or a line break, which would end the text's first part.
 */
const testText = ({ step, a, b }, steps = []) => {
  const at = typeof step == 'number' ? step : /[;\n]/.test(step) ? steps.findIndex((s) => s.label == step) + 1 : step;
  return `${at}: ${a.conversions}/${a.entrants}; ${b.conversions}/${b.entrants}`;
};

/** A config's options (everything but its steps and improvements) as attributes: `deal-value="2500"`, the test as text. */
const options = (config) =>
  Object.entries(config)
    .filter(([k, v]) => !['steps', 'improvements'].includes(k) && v !== undefined && v !== '' && v !== false)
    .map(([k, v]) => [k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()), k == 'test' ? testText(v, config.steps) : v])
    .map(([name, v]) => (v === true ? name : `${name}="${escape(v)}"`));

/** A step's value as the compact syntax writes it: a count (`1000`) or a rate in percent (`35%`). */
const value = (s) => (s.count !== undefined ? String(s.count) : `${s.rate}%`);

/** Whether the steps carry the period before's figures (two periods compared). */
const comparing = (steps) => steps.some((s) => s.previous !== undefined);

/**
 * The robust snippet: attributes only, one per line (no blank line: a Markdown renderer would end the HTML there),
 * `steps` in the compact syntax, or as JSON where a label holds a `;`.
 */
export function attributesSnippet(config) {
  const steps = config.steps ?? [];
  const compact = steps.every((s) => !/[;\n]/.test(s.label ?? ''));
  const text = compact ? steps.map((s) => `${s.label}: ${value(s)}`).join('; ') : JSON.stringify(steps.map(({ label, count, rate }) => ({ label, count, rate })));
  const improvements = steps.some((s) => s.improvement) ? [`improvements="${steps.map((s) => s.improvement ?? 0).join('; ')}"`] : [];
  const previous = comparing(steps) ? [`previous="${escape(steps.map((s) => s.previous ?? '').join('; '))}"`] : [];
  return `<script type="module" src="${CDN}"></script>\n<sales-funnel\n  ${[...options(config), ...improvements, `steps="${escape(text)}"`, ...previous].join('\n  ')}></sales-funnel>`;
}

/** The whole config in a child JSON script, wrapped in a `<div>` (inside and around), which keeps it inside the element through Markdown and wpautop. */
export function jsonSnippet(config) {
  // "</" would end the script element early.
  const json = JSON.stringify(config, null, 2).replace(/<\//g, '<\\/');
  return `<script type="module" src="${CDN}"></script>\n<div>\n<sales-funnel>\n<div>\n<script type="application/json">\n${json}\n</script>\n</div>\n</sales-funnel>\n</div>`;
}

/**
 * The steps as a child table, readable without JavaScript, in RSS readers and to crawlers; the options as
 * attributes. Two periods: a column each, the period before first, under a header row naming them.
 */
export function tableSnippet(config) {
  const steps = config.steps ?? [];
  const two = comparing(steps);
  const cell = (x) => `<td>${escape(x)}</td>`;
  // Unnamed periods: empty headers, which leave the element's own words ("Vorige periode", "Period before").
  const names = two ? [`<thead><tr><th></th><th>${escape(config.previousName ?? '')}</th><th>${escape(config.currentName ?? '')}</th></tr></thead>`] : [];
  const rows = [...names, ...steps.map((s) => `<tr>${cell(s.label ?? '')}${two ? cell(s.previous ?? '') : ''}${cell(value(s))}</tr>`)];
  // The periods' names are the table's header row.
  const attrs = options(two ? { ...config, previousName: undefined, currentName: undefined } : config);
  return `<script type="module" src="${CDN}"></script>\n<div>\n<sales-funnel${attrs.length ? ' ' + attrs.join(' ') : ''}>\n<div>\n<table>\n${rows.join('\n')}\n</table>\n</div>\n</sales-funnel>\n</div>`;
}

/** The builder's words, in Dutch and English. */
const WORDS = {
  en: {
    title: "Build your funnel's snippet",
    intro: 'Type your own steps in the funnel, or paste them from a spreadsheet; set the options; copy the snippet into your page.',
    options: 'Options',
    heading: 'Heading',
    language: 'Language of the funnel',
    currency: 'Currency (ISO code)',
    target: 'Goal (revenue, or customers without revenue per customer)',
    mode: 'Improvements in',
    relative: 'percent of the rate',
    points: 'percentage points',
    readonly: 'Read-only: no sliders',
    src: 'Link to your spreadsheet',
    srcHint: 'Optional: the funnel then reads its steps from the sheet each time the page opens. In Google Sheets: File → Share → Publish to the web, as CSV.',
    snippets: 'Your snippet',
    attributes: 'Attributes only: the most robust. For WordPress "Custom HTML", Ghost "HTML card", Webflow "Embed", Markdown with HTML.',
    json: 'The config as JSON in the element, wrapped in <div>.',
    table: 'The steps as a table, readable without JavaScript and to crawlers, wrapped in <div>.',
    copy: 'Copy',
    copied: 'Copied',
    other: 'Nederlands',
  },
  nl: {
    title: 'Maak de code voor je trechter',
    intro: 'Typ je eigen stappen in de trechter, of plak ze uit een spreadsheet; kies de opties; kopieer de code naar je pagina.',
    options: 'Opties',
    heading: 'Kop',
    language: 'Taal van de trechter',
    currency: 'Valuta (ISO-code)',
    target: 'Doel (omzet, of klanten zonder omzet per klant)',
    mode: 'Verbeteringen in',
    relative: 'procent van de conversie',
    points: 'procentpunten',
    readonly: 'Alleen lezen: geen schuifjes',
    src: 'Link naar je spreadsheet',
    srcHint: 'Optioneel: de trechter leest zijn stappen dan uit het blad, elke keer dat de pagina opent. In Google Sheets: Bestand → Delen → Publiceren op internet, als CSV.',
    snippets: 'Je code',
    attributes: 'Alleen attributen: het robuustst. Voor WordPress "Aangepaste HTML", Ghost "HTML card", Webflow "Embed", Markdown met HTML.',
    json: 'De instellingen als JSON in het element, met een <div> eromheen.',
    table: 'De stappen als tabel, leesbaar zonder JavaScript en voor zoekmachines, met een <div> eromheen.',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    other: 'English',
  },
};

/** The article's funnel (SPEC 1), in the element's config shape: where the builder starts. */
export const ARTICLE = {
  steps: [
    { label: 'Leads', count: 1000 },
    { label: 'Gekwalificeerd', count: 400 },
    { label: 'Gedrag stimuleren', count: 250 },
    { label: 'Voorstel gedaan', count: 120, improvement: 20 },
    { label: 'Voorstel besproken', count: 60 },
    { label: 'Aankoop', count: 20 },
  ],
  dealValue: 2500,
  currency: 'EUR',
  period: 'quarter',
  mode: 'relative',
};

/** The page: only when the builder is there (the tests import the functions above without it). */
function start(preview) {
  const form = document.getElementById('options');
  let lang = document.documentElement.lang == 'en' ? 'en' : 'nl';
  // The funnel as the element last reported it: the article's until the reader edits.
  let funnel = ARTICLE;

  const say = () => {
    const w = WORDS[lang];
    document.documentElement.lang = lang;
    for (const e of document.querySelectorAll('[data-w]')) e.textContent = w[e.dataset.w];
    document.getElementById('language').textContent = w.other;
    preview.setAttribute('lang', form.elements.lang.value || lang);
  };

  /** The options: plain attributes on the element, read by the element itself (a bad value shows its own message). */
  const options = () => {
    const chosen = {};
    for (const name of ['heading', 'currency', 'target', 'mode', 'lang', 'src']) {
      const v = form.elements[name].value.trim();
      if (v) chosen[name] = v;
      if (name == 'lang') continue;
      if (v) preview.setAttribute(name, v);
      else preview.removeAttribute(name);
    }
    if (form.elements.readonly.checked) chosen.readonly = true;
    preview.toggleAttribute('readonly', !!chosen.readonly);
    return chosen;
  };

  const write = () => {
    const config = { ...funnel, ...options() };
    document.getElementById('snippet-attributes').value = attributesSnippet(config);
    document.getElementById('snippet-json').value = jsonSnippet(config);
    document.getElementById('snippet-table').value = tableSnippet(config);
    say();
  };

  preview.addEventListener('sales-funnel-change', (e) => {
    if (e.detail.config) funnel = e.detail.config;
    write();
  });
  form.addEventListener('input', write);
  form.addEventListener('submit', (e) => e.preventDefault());
  document.getElementById('language').addEventListener('click', () => {
    lang = lang == 'nl' ? 'en' : 'nl';
    say();
  });
  for (const button of document.querySelectorAll('[data-copy]'))
    button.addEventListener('click', async () => {
      const box = document.getElementById(button.dataset.copy);
      try {
        await navigator.clipboard.writeText(box.value);
      } catch {
        box.select();
        document.execCommand('copy');
      }
      button.textContent = WORDS[lang].copied;
      setTimeout(() => (button.textContent = WORDS[lang].copy), 1500);
    });
  write();
}

const preview = document.getElementById('preview');
if (preview) {
  // Before the element is defined (this module runs first): it never shows an empty funnel.
  preview.setAttribute('steps', ARTICLE.steps.map((s) => `${s.label}: ${value(s)}`).join('; '));
  preview.setAttribute('improvements', ARTICLE.steps.map((s) => s.improvement ?? 0).join('; '));
  for (const [k, v] of [['deal-value', ARTICLE.dealValue], ['period', ARTICLE.period]]) preview.setAttribute(k, String(v));
  start(preview);
}
