// The snippet forms a marketer pastes into a Markdown post: each a small Markdown document with a paragraph
// before the funnel and one after it, the article's funnel in between. test/recipes/render.mjs renders each through
// every Markdown renderer here; test/recipes/matrix.test.ts checks in every engine whether the funnel draws and
// whether the paragraph after it is still a paragraph of its own, outside the element.

/** The article's funnel. */
export const steps =
  'Leads: 1.000; Gekwalificeerd: 400; Gedrag stimuleren: 250; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20';
export const rows = steps.split('; ').map((s) => s.split(': '));
export const config = { steps, dealValue: '2.500', period: 'quarter' };

/** The text around the funnel: a paragraph before it, one after it. Plain words, so no typographer changes them. */
export const before = 'Zo ziet onze funnel eruit.';
export const after = 'Tekst na de funnel.';

/** The bundle as the README gives it: the module, or the classic script for site builders that strip `type="module"`. */
export const moduleScript = '<script type="module" src="/dist/sales-funnel.js"></script>';
export const classicScript = '<script src="/dist/sales-funnel.classic.js"></script>';

const attributes = `steps="${steps}" deal-value="2.500" period="quarter" lang="nl"`;
/** The JSON on one line, spaced as a person types it. */
const json = `{${Object.entries(config)
  .map(([k, v]) => `"${k}": "${v}"`)
  .join(', ')}}`;
/** The JSON as a person lays it out, one field a line, indented under its script tag. */
const jsonLines = (indent) =>
  ['{', ...Object.entries(config).map(([k, v], i, all) => `  "${k}": "${v}"${i < all.length - 1 ? ',' : ''}`), '}']
    .map((l) => indent + l)
    .join('\n');
const tableRow = ([label, count]) => `<tr><td>${label}</td><td>${count}</td></tr>`;
const tableLines = (indent) =>
  [`${indent}<table>`, ...rows.map((r) => `${indent}  ${tableRow(r)}`), `${indent}</table>`].join('\n');
const open = '<sales-funnel deal-value="2.500" period="quarter" lang="nl">';

/**
 * Each form: `id` (the page's file name), what it is, the Markdown between the two paragraphs, where the bundle
 * comes from (`head`: the site's theme loads it, so the form tests the element's markup alone; `own`: the form
 * brings its script tag), and whether the README recommends it (`recommended`: it must draw in every renderer
 * that passes HTML through, with the settings the README names).
 */
export const forms = [
  {
    id: 'attrs-line',
    title: 'attributes on one line',
    recommended: true,
    markup: `<sales-funnel ${attributes}></sales-funnel>`,
  },
  {
    id: 'attrs-lines',
    title: 'attributes over several lines, no blank line',
    recommended: true,
    markup: `<sales-funnel\n  steps="${steps}"\n  deal-value="2.500"\n  period="quarter"\n  lang="nl"></sales-funnel>`,
  },
  {
    // A line that starts with `>` starts a block quote in Markdown, even in the middle of a tag.
    id: 'attrs-lines-gt',
    title: 'attributes over several lines, the closing > on a line of its own',
    recommended: false,
    markup: `<sales-funnel\n  steps="${steps}"\n  deal-value="2.500"\n  period="quarter"\n  lang="nl"\n></sales-funnel>`,
  },
  {
    id: 'attrs-steps-lines',
    title: 'steps one a line inside the attribute, no blank line',
    recommended: true,
    markup: `<sales-funnel deal-value="2.500" period="quarter" lang="nl" steps="\n${rows.map(([l, c]) => `  ${l}: ${c}`).join('\n')}\n"></sales-funnel>`,
  },
  {
    // What the README warns against: a blank line ends the HTML block in every Markdown.
    id: 'attrs-blank',
    title: 'attributes over several lines, a blank line inside',
    recommended: false,
    markup: `<sales-funnel\n  steps="${steps}"\n\n  deal-value="2.500"\n  period="quarter"\n  lang="nl"></sales-funnel>`,
  },
  {
    id: 'json-line',
    title: 'JSON child on one line',
    recommended: false,
    markup: `<sales-funnel lang="nl"><script type="application/json">${json}</script></sales-funnel>`,
  },
  {
    id: 'json-lines',
    title: 'JSON child, multi-line',
    recommended: false,
    markup: `<sales-funnel lang="nl">\n<script type="application/json">\n${jsonLines('')}\n</script>\n</sales-funnel>`,
  },
  {
    id: 'json-div',
    title: 'JSON child, multi-line, wrapped in <div>',
    recommended: false,
    markup: `<sales-funnel lang="nl">\n<div>\n<script type="application/json">\n${jsonLines('')}\n</script>\n</div>\n</sales-funnel>`,
  },
  {
    // The div form as the README would print it, indented: four spaces deep is code in Markdown after a blank line.
    id: 'json-div-indented',
    title: 'JSON child, multi-line, wrapped in <div>, indented',
    recommended: false,
    markup: `<sales-funnel lang="nl">\n  <div>\n    <script type="application/json">\n${jsonLines('      ')}\n    </script>\n  </div>\n</sales-funnel>`,
  },
  {
    // A <div> around the element: an HTML block to every Markdown, Python-Markdown's too, which knows no <sales-funnel>.
    id: 'json-outer-div',
    title: 'JSON child, multi-line, the element wrapped in <div>',
    recommended: true,
    markup: `<div>\n<sales-funnel lang="nl">\n<script type="application/json">\n${jsonLines('')}\n</script>\n</sales-funnel>\n</div>`,
  },
  {
    // Both: the element in a <div>, its child in a <div>.
    id: 'json-both-div',
    title: 'JSON child, multi-line, wrapped in <div>, the element wrapped in <div>',
    recommended: true,
    markup: `<div>\n<sales-funnel lang="nl">\n<div>\n<script type="application/json">\n${jsonLines('')}\n</script>\n</div>\n</sales-funnel>\n</div>`,
  },
  {
    // As the README would print it: indented two spaces a level, so the JSON sits six deep.
    id: 'json-both-div-indented',
    title: 'JSON child, multi-line, wrapped in <div>, the element wrapped in <div>, indented',
    recommended: false,
    markup: `<div>\n  <sales-funnel lang="nl">\n    <div>\n      <script type="application/json">\n${jsonLines('        ')}\n      </script>\n    </div>\n  </sales-funnel>\n</div>`,
  },
  {
    id: 'table-line',
    title: 'table child on one line',
    recommended: false,
    markup: `${open}<table>${rows.map(tableRow).join('')}</table></sales-funnel>`,
  },
  {
    id: 'table-lines',
    title: 'table child, multi-line',
    recommended: false,
    markup: `${open}\n${tableLines('')}\n</sales-funnel>`,
  },
  {
    id: 'table-div',
    title: 'table child, multi-line, wrapped in <div>',
    recommended: false,
    markup: `${open}\n<div>\n${tableLines('')}\n</div>\n</sales-funnel>`,
  },
  {
    id: 'table-div-indented',
    title: 'table child, multi-line, wrapped in <div>, indented',
    recommended: false,
    markup: `${open}\n  <div>\n${tableLines('    ')}\n  </div>\n</sales-funnel>`,
  },
  {
    id: 'table-outer-div',
    title: 'table child, multi-line, the element wrapped in <div>',
    recommended: true,
    markup: `<div>\n${open}\n${tableLines('')}\n</sales-funnel>\n</div>`,
  },
  {
    id: 'table-both-div',
    title: 'table child, multi-line, wrapped in <div>, the element wrapped in <div>',
    recommended: true,
    markup: `<div>\n${open}\n<div>\n${tableLines('')}\n</div>\n</sales-funnel>\n</div>`,
  },
  {
    id: 'table-both-div-indented',
    title: 'table child, multi-line, wrapped in <div>, the element wrapped in <div>, indented',
    recommended: false,
    markup: `<div>\n  ${open}\n    <div>\n${tableLines('      ')}\n    </div>\n  </sales-funnel>\n</div>`,
  },
  {
    id: 'script-module',
    title: 'the module script tag, then the element on one line',
    recommended: true,
    script: 'own',
    markup: `${moduleScript}\n<sales-funnel ${attributes}></sales-funnel>`,
  },
  {
    id: 'script-classic',
    title: 'the classic script tag, then the element on one line',
    recommended: true,
    script: 'own',
    markup: `${classicScript}\n<sales-funnel ${attributes}></sales-funnel>`,
  },
].map((f) => ({ script: 'head', ...f, markdown: `${before}\n\n${f.markup}\n\n${after}\n` }));
