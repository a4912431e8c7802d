/**
 * Every attribute of `<sales-funnel>`, once: its config field (camelCase, as in the JSON config; the attribute is
 * its kebab-case form), how the parser reads it (`kind`), and its documentation (the doc comment, its
 * `@default`). From this table: the element's observed attributes, the fields the parser merges and the JSON
 * shape accepts, and the manifest's attributes (the build reads the doc comments: rollup.config.mjs). A test holds
 * the README's attribute table, the builder and the WordPress and Hugo integrations to it
 * (test/config/attributes.test.ts).
 *
 * Adding an attribute: an entry here, with its doc comment; then what it does (a field of `Settings` in
 * settings.ts, read in `read` of resolve.ts). CONTRIBUTING.md walks through one.
 */

export type Kind =
  /** The steps: the compact syntax, or JSON. */
  | 'steps'
  /** Numbers, `;`-separated, or a JSON array. */
  | 'list'
  /** Figures of the steps in order, `;`-separated, each a number or `label: number` (a rate as `35%`), or a JSON array. */
  | 'figures'
  /** One number in the number syntax (`2.500`, `2,5`). */
  | 'number'
  /** Text, as it is. */
  | 'text'
  /** One of `choices`, in any case. */
  | 'choice'
  /** Present is on, whatever its value. */
  | 'switch'
  /** An A/B test's result: text (`Label: 30/60; 41/62`), or in JSON an object (`{ "step": "Label", "a": …, "b": … }`). */
  | 'test';

export interface Attribute {
  kind: Kind;
  choices?: readonly string[];
}

export const ATTRIBUTES = {
  /**
   * The steps, in the compact syntax (`Leads: 1.000; Qualified: 400; Purchase: 20`, a rate as `40%`, a start
   * improvement as `400 +10%`) or as a JSON list; the property also takes a list of `{label, count | rate, improvement}`.
   * @default — (required)
   */
  steps: { kind: 'steps' },
  /**
   * Average revenue per purchase.
   * @default none: customers only
   */
  dealValue: { kind: 'number' },
  /**
   * ISO 4217 currency code.
   * @default `EUR`
   */
  currency: { kind: 'text' },
  /**
   * The language of the text: `nl` or `en` (any other language: English).
   * @default `locale`'s language, else the nearest `lang` above, else English
   */
  lang: { kind: 'text' },
  /**
   * Number, percent and money format: `nl-NL`, `en-GB`, `de-DE`…
   * @default the language's (`nl-NL`, `en`), or the `lang` tag when it has a region (`nl-BE`)
   */
  locale: { kind: 'text' },
  /**
   * `month`, `quarter`, `half-year`, `year`: labels the figures, gives the yearly projection.
   * @default none
   */
  period: { kind: 'choice', choices: ['month', 'quarter', 'half-year', 'year'] },
  /**
   * `relative` (+10 % of the rate) or `points` (+10 percentage points).
   * @default `relative`
   */
  mode: { kind: 'choice', choices: ['relative', 'points'] },
  /**
   * Slider start values in percent, `;`-separated (JSON: a list); fewer than the steps leave the rest at the step's own.
   * @default all 0
   */
  improvements: { kind: 'list' },
  /**
   * Lowest slider value, percent, ≥ −100; the range always holds each slider's start value.
   * @default `0`
   */
  minImprovement: { kind: 'number' },
  /**
   * Highest slider value, percent, up to 1,000,000; the range always holds each slider's start value.
   * @default `100` (points: `50`)
   */
  maxImprovement: { kind: 'number' },
  /**
   * Revenue goal (customers without a deal value): shows what it takes.
   * @default none
   */
  target: { kind: 'number' },
  /**
   * A visible title.
   * @default none; a child table's `<caption>`
   */
  heading: { kind: 'text' },
  /**
   * The title's heading level, 1–6, so it fits the page's outline.
   * @default `2`
   */
  headingLevel: { kind: 'number' },
  /**
   * No sliders: the funnel and its figures (no forecast unless start improvements are set).
   * @default off
   */
  readonly: { kind: 'switch' },
  /**
   * `light`, `dark`, `auto` (follows the page's `color-scheme`).
   * @default `auto`
   */
  theme: { kind: 'choice', choices: ['light', 'dark', 'auto'] },
  /**
   * No export menu (*Download CSV*, *Copy as table*).
   * @default off
   */
  noExport: { kind: 'switch' },
  /**
   * The reader can type in their own funnel.
   * @default off
   */
  editable: { kind: 'switch' },
  /**
   * With `editable`: the reader's numbers survive a reload, in this browser only.
   * @default off
   */
  remember: { kind: 'switch' },
  /**
   * The same steps' figures in the period before, in order: `900; 380; 35%` (a rate where the step gives one), each
   * perhaps after its label (`Leads: 900`), which must then be the step's; or a JSON list. Every step, or none.
   * Compares the two periods: what changed, and whether it is more than chance.
   * @default none
   */
  previous: { kind: 'figures' },
  /**
   * What the period before is called (`Q1`).
   * @default "last period", by `period` "last quarter"…; a child table's or sheet's header
   */
  previousName: { kind: 'text' },
  /**
   * What this period is called (`Q2`).
   * @default "this period", by `period` "this quarter"…; a child table's or sheet's header
   */
  currentName: { kind: 'text' },
  /**
   * An A/B test's result at one step: its label, then conversions/entrants of A (today's version), then of B
   * (`Voorstel besproken: 30/60; 41/62`). The insights say whether B won, by how much, and what it is worth.
   * @default none
   */
  test: { kind: 'test' },
  /**
   * The test's planned share of B, in percent: its entrants are checked against it (a sample ratio mismatch).
   * @default 50
   */
  testSplit: { kind: 'number' },
  /**
   * The address of a CSV to take the steps from: a Google Sheet (its share link, or published to the web as CSV),
   * or any CSV served with CORS. The page's own steps show until it arrives, and stay if it cannot be read.
   * @default none
   */
  src: { kind: 'text' },
} as const satisfies Record<string, Attribute>;

export type Field = keyof typeof ATTRIBUTES;

/** Every field, in the table's order. */
export const FIELDS = Object.keys(ATTRIBUTES) as Field[];

/** A field's attribute: its kebab-case name (`dealValue` → `deal-value`). */
export const attributeOf = (field: string) => field.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** How the parser reads a field (`text` for a field not in the table). */
export const kindOf = (field: string): Kind => (ATTRIBUTES as Record<string, Attribute>)[field]?.kind ?? 'text';
