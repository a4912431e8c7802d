/**
 * The attribute table (src/config/attributes.ts) is the one place an attribute is written; everything else that
 * lists attributes is held to it here: the element, the parser, the JSON shape, the README's table, the builder, and the WordPress and Hugo integrations. A Node test (the fast lane);
 * `UPDATE_DOCS=1 npm run test:fast` rewrites the README's table from the table. The manifest, which the build
 * makes from it, is checked with the built package (test/node/package.mjs).
 */
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
// The build's reader of the table (its doc comments too), as the manifest is made.
// @ts-expect-error: the build's config is JavaScript, without types.
import { attributeTable } from '../../rollup.config.mjs';
import { ATTRIBUTES, attributeOf, FIELDS } from '../../src/config/attributes.js';
import { resolve } from '../../src/config/resolve.js';
import { readers } from '../readers.js';

interface Entry {
  field: string;
  name: string;
  kind: string;
  choices?: string[];
  description: string;
  default?: string;
}
const table: Entry[] = attributeTable();
const names = table.map((a) => a.name);
const read = (file: string) => readFileSync(file, 'utf8');

/** The README's attribute table, as the table writes it. */
export function readmeTable(entries: Entry[]) {
  const rows = entries.map(
    (a) => `| \`${a.name}\` | \`${a.field}\` | ${a.description.replace(/\|/g, '\\|')} | ${a.default ?? ''} |`,
  );
  return ['| attribute | JSON field | values | default |', '|---|---|---|---|', ...rows].join('\n');
}

describe('the attribute table: each attribute written once', () => {
  it('reads as data what the element reads: the same fields, kinds and choices', () => {
    expect(table.map((a) => a.field)).to.deep.equal(FIELDS);
    for (const a of table) {
      const entry = ATTRIBUTES[a.field as keyof typeof ATTRIBUTES] as { kind: string; choices?: readonly string[] };
      expect(a.kind, a.field).to.equal(entry.kind);
      expect(a.choices, a.field).to.deep.equal(entry.choices && [...entry.choices]);
      expect(a.name).to.equal(attributeOf(a.field));
    }
  });

  it('documents every attribute, with its default', () => {
    for (const a of table) {
      expect(a.description.length, a.field).to.be.greaterThan(10);
      expect(a.default, a.field).to.be.a('string');
    }
  });

  it('the parser takes every field, by attribute and in JSON: none is unknown', () => {
    // A good value of each kind (text fields by name: they check what they hold).
    const value: Record<string, string> = {
      number: '2',
      text: 'A title',
      list: '0',
      steps: 'A: 10; B: 5',
      switch: '',
      currency: 'EUR',
      lang: 'nl',
      locale: 'nl-NL',
    };
    for (const a of table) {
      const attributes = { steps: 'A: 10; B: 5', [a.field]: a.choices?.[0] ?? value[a.field] ?? value[a.kind] };
      const config = { ...attributes, [a.field]: a.kind == 'switch' ? true : attributes[a.field] };
      for (const sources of [{ attributes }, { attributes: {}, config }]) {
        const { issues } = resolve(sources, readers);
        expect(
          issues.map((i) => `${i.field}: ${i.code}`),
          a.field,
        ).to.deep.equal([]);
      }
    }
  });

  it("the README's table is the table's", () => {
    const readme = read('README.md');
    const want = readmeTable(table);
    const start = readme.indexOf('| attribute | JSON field |');
    const end = readme.indexOf('\n\n', start);
    const have = readme.slice(start, end);
    if (process.env.UPDATE_DOCS && have != want)
      writeFileSync('README.md', readme.slice(0, start) + want + readme.slice(end));
    else
      expect(
        have == want,
        `README.md's attribute table differs from the table; UPDATE_DOCS=1 npm run test:fast rewrites it:\n${want}`,
      ).to.equal(true);
  });

  it("the builder's options are attributes", async () => {
    const builder = read('demo/builder.js');
    const chosen = /for \(const name of \[([^\]]+)\]\)/
      .exec(builder)![1]
      .match(/'([\w-]+)'/g)!
      .map((x) => x.slice(1, -1));
    for (const name of [...chosen, 'readonly'])
      expect(FIELDS as string[], `demo/builder.js option ${name}`).to.include(name);
  });

  it('the WordPress plugin lets every attribute through kses, switches as switches, and nothing else but id and class', () => {
    const php = read('integrations/wordpress/sales-funnel/sales-funnel.php');
    const list = /function sales_funnel_attributes\(\) \{\s*return array\(([\s\S]*?)\);/.exec(php)![1];
    const kinds = Object.fromEntries([...list.matchAll(/'([\w-]+)'\s*=>\s*'(\w+)'/g)].map((m) => [m[1], m[2]]));
    expect(Object.keys(kinds).sort()).to.deep.equal([...names, 'id', 'class'].sort());
    for (const a of table) expect(kinds[a.name], a.name).to.equal(a.kind == 'switch' ? 'bool' : 'text');
    const block = JSON.parse(read('integrations/wordpress/sales-funnel/block.json'));
    for (const field of Object.keys(block.attributes))
      expect(FIELDS as string[], `block.json ${field}`).to.include(field);
  });

  it('the Hugo shortcode takes every attribute, switches as switches, and nothing else but id and class', () => {
    const html = read('integrations/hugo/layouts/shortcodes/sales-funnel.html');
    const slice = (name: string) =>
      new RegExp(`\\$${name} := slice ([^}]+?) -?}}`)
        .exec(html)![1]
        .match(/"([\w-]+)"/g)!
        .map((x) => x.slice(1, -1));
    const text = slice('text');
    const switches = slice('switches');
    expect([...text, ...switches].sort()).to.deep.equal([...names, 'id', 'class'].sort());
    expect(switches.sort()).to.deep.equal(
      table
        .filter((a) => a.kind == 'switch')
        .map((a) => a.name)
        .sort(),
    );
  });
});
