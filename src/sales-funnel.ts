import { html, nothing } from 'lit/html.js';
import { Base } from './base.js';
import { attributeOf, FIELDS, type ConfigIssue, type Look, type Settings } from './config.js';
import { calculateFunnel, type FunnelResult } from './core/index.js';
import { noJsonReaders, plainMessages } from './fallbacks.js';
import type * as EditorChunk from './editor.js';
import type { JsonReaders } from './json.js';
import type * as Messages from './messages.js';
import type * as InsightsChunk from './insights.js';
import { board, errorPanel, footer, heading, insights, keyFigures, type Handlers } from './parts.js';
import { needsShape, resolve, type Sources } from './parse.js';
import { styles } from './styles.js';
import { longest, moving, view, type Model, type Moving } from './view.js';
import { formats, words } from './words.js';

export interface SalesFunnelChangeDetail {
  /** The core's whole output, rates as fractions. */
  result: FunnelResult;
  /** Every slider's value, percent. */
  improvements: number[];
  /** With `editable`: the reader's funnel in the child script's shape (percent), for a host page to save. */
  config?: unknown;
}

export interface SalesFunnelErrorDetail {
  /** Every problem, in words, in the element's language. */
  message: string;
  /** Each problem: where (`where`, `field`, `step`), what (`code`, `value`), and `text`, its sentence in `message`. */
  issues: (ConfigIssue & { text: string })[];
}

/**
 * What only some funnels need, fetched from the same folder on first use (SPEC 4): the JSON shape reader with
 * zod, the error messages, the export. A funnel configured by attributes loads none of them before it renders.
 */
const chunks = {
  json: () => import('./json.js'),
  messages: () => import('./messages.js'),
  insights: () => import('./insights.js'),
  export: () => import('./export.js'),
  editor: () => import('./editor.js'),
};
let reading: JsonReaders | undefined;
let said: typeof Messages | undefined;
let insightful: typeof InsightsChunk | undefined;
let editing: typeof EditorChunk | undefined;
let editorSheet: CSSStyleSheet | undefined;

/** The nearest `lang` at or above an element, in its tree, else around its shadow host. */
const inheritedLang = (el: Element) =>
  (el.closest('[lang]') ?? (el.getRootNode() as ShadowRoot).host?.closest('[lang]'))?.getAttribute('lang') ?? undefined;

/** A child table or JSON script: directly inside, or in a `<div>` inside (what keeps it inside through Markdown and wpautop). */
const child = <T extends Element>(el: Element, selector: string) => el.querySelector<T>(`:scope > ${selector}, :scope > div > ${selector}`);

/** A child table's body rows as text, and its caption; rows in `<thead>`/`<tfoot>`, and rows of `<th>` only, are headers. */
const readTable = (table: HTMLTableElement) => ({
  rows: [...table.querySelectorAll(':scope > tbody > tr')].filter((r) => r.querySelector('td')).map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent!.trim())),
  caption: table.caption?.textContent!.trim() || undefined,
});

/**
 * A table or JSON script right after the element, outside it: where a Markdown renderer or a CMS put it (the
 * parser closes `<p><sales-funnel>` before a `<table>`). Only asked when there are no steps.
 */
function outside(el: Element): 'table' | 'script' | undefined {
  let next = el.nextElementSibling ?? (el.parentElement?.localName == 'p' ? el.parentElement.nextElementSibling : null);
  while (next && /^(br|p)$/.test(next.localName) && !next.textContent!.trim() && !next.children.length) next = next.nextElementSibling;
  if (!next) return;
  const script = 'script[type="application/json"]';
  if (next.matches(`table, :is(div, p) > table:only-child`) || next.querySelector(':scope > table')) return 'table';
  if (next.matches(script) || next.querySelector(`:scope > ${script}`)) return 'script';
  return undefined;
}

/**
 * Your sales funnel with a what-if slider on every step: see at once what a better step is worth.
 *
 * @element sales-funnel
 * @attr {string} steps - The steps: `Leads: 1.000; Qualified: 400; Purchase: 20`, a rate as `40%`, a start improvement as `400 +10%`; or JSON.
 * @attr {string} deal-value - Average revenue per purchase. Without it, figures are in customers only.
 * @attr {string} currency - ISO 4217 code. Default `EUR`.
 * @attr {string} lang - `nl` or `en`. Default: the nearest `lang` above, else English.
 * @attr {string} locale - Number, percent and money format, e.g. `nl-NL`, `en-GB`, `de-DE`. Default: the language's.
 * @attr {'month'|'quarter'|'half-year'|'year'} period - Labels the figures and gives the yearly projection.
 * @attr {'relative'|'points'} mode - `relative` (+10 % of the rate, the default) or `points` (+10 percentage points).
 * @attr {string} improvements - Slider start values in percent, `;`-separated: `0; 10; 0; 5`.
 * @attr {string} min-improvement - Lowest slider value, percent. Default 0.
 * @attr {string} max-improvement - Highest slider value, percent. Default 100 (points: 50).
 * @attr {string} target - Revenue goal (customers without a deal value): shows what it takes.
 * @attr {string} heading - A visible title.
 * @attr {string} heading-level - The title's heading level, 1–6, to fit the page's outline. Default 2.
 * @attr {boolean} readonly - No sliders: just the funnel and its figures.
 * @attr {'light'|'dark'|'auto'} theme - `auto` (the default) follows the page's `color-scheme`.
 * @attr {boolean} no-export - No "Download CSV" and "Copy as table".
 * @attr {boolean} editable - The reader can type in their own funnel.
 * @attr {boolean} remember - With `editable`: the reader's numbers survive a reload, in this browser only.
 *
 * @fires {CustomEvent<SalesFunnelChangeDetail>} sales-funnel-change - A person moved a slider or pressed reset. Never fired when a property or attribute is set.
 * @fires {CustomEvent<SalesFunnelErrorDetail>} sales-funnel-error - The configuration cannot be used; the error panel shows why.
 *
 * @csspart heading - The title.
 * @csspart summary - The key figures: customers and revenue, today and with the improvements, and the likely range.
 * @csspart funnel - The SVG funnel.
 * @csspart segment - One step's slice of the funnel.
 * @csspart step - One step's row: label, figures, slider, forecast.
 * @csspart label - A step's label.
 * @csspart slider - A step's `<input type="range">`.
 * @csspart goal - What it takes to reach `target`, in the insights.
 * @csspart reset - The button that puts every slider back.
 * @csspart export - The export menu and its buttons "Download CSV" and "Copy as table".
 * @csspart error - The panel shown in place of the funnel when the configuration cannot be used.
 * @csspart editor - With `editable`: the form of the reader's own numbers.
 * @csspart field - With `editable`: one field of that form.
 * @csspart share - With `editable`: the button that puts the reader's funnel in a link.
 *
 * @cssprop [--sales-funnel-font-family=inherit] - Font.
 * @cssprop [--sales-funnel-text-color=light-dark(#1f1f1f, #ececef)] - Text.
 * @cssprop [--sales-funnel-background=light-dark(#fff, #1c1c1f)] - Background.
 * @cssprop [--sales-funnel-step-color=light-dark(#3f6fb5, #86aee8)] - The funnel's slices.
 * @cssprop [--sales-funnel-forecast-color=light-dark(#0b6b2e, #7ddc97)] - The forecast's edge, and growth.
 * @cssprop [--sales-funnel-accent-color=light-dark(#0b57d0, #a8c7fa)] - Sliders, focus ring.
 * @cssprop [--sales-funnel-radius=0.75em] - Corner radius.
 * @cssprop [--sales-funnel-sticky-top=0] - Where the first key figure's line stays once the figures scroll off the screen: below a page's own sticky bar, its height.
 */
export class SalesFunnel extends Base {
  /** This copy's version (package.json's): tells two copies on one page apart. */
  static readonly version = '0.1.0';
  static override styles = styles;
  static observedAttributes = FIELDS.map(attributeOf);

  #config?: unknown;
  #steps?: unknown;
  #improvements?: unknown;
  /** The sources changed since they were last read. */
  #dirty = true;
  /** The `improvements` property was set: the sliders go to the start values even where those did not change. */
  #reseed = false;
  #settings?: Settings;
  #look: Look = { lang: 'en', locale: 'en', currency: 'EUR' };
  #issues: ConfigIssue[] = [];
  #result: FunnelResult | null = null;
  /** Every slider's value, percent. */
  #current: number[] = [];
  #start?: number[];
  /** The models at the sliders' extremes and their smallest move: made once for these settings. */
  #extremes?: Model[];
  /** The ghosts of everything the sliders change, made of the texts at those extremes (view.ts `longest`). */
  #ghosts?: Moving;
  /** The insights section is open. */
  #open = false;
  /** What the live region says: the key figures, once a slider rests. */
  #spoken = '';
  /** Said after a copy. */
  #status = '';
  /** A chunk on its way: `updateComplete` waits for it. */
  #loading?: Promise<unknown>;
  /** The issues last reported, so each error is logged and fired once. */
  #reported = '';
  /** With `editable`: the reader's own numbers. */
  #editor?: EditorChunk.Editor;
  /** What the parser cannot use of what the reader typed: said beside the fields, while the funnel stays as it was. */
  #editorIssues: ConfigIssue[] = [];
  #observer = new MutationObserver(() => this.#changed());

  constructor() {
    super();
    // Properties set before the element was defined are own properties that hide the accessors.
    for (const k of ['config', 'steps', 'improvements'] as const)
      if (Object.hasOwn(this, k)) {
        const v = this[k];
        delete this[k];
        this[k] = v as never;
      }
  }

  /** The whole configuration as one object (the child JSON script's shape); takes precedence over attributes. */
  get config(): unknown {
    return this.#config;
  }
  set config(value: unknown) {
    this.#config = value;
    this.#changed();
  }

  /** The steps, as a list of `{ label, count | rate, improvement }` (percent) or text in the compact syntax; as set. */
  get steps(): unknown {
    return this.#steps;
  }
  set steps(value: unknown) {
    this.#steps = value;
    this.#changed();
  }

  /** Every slider's value in percent. Setting it sets the start values, and moves the sliders there. */
  get improvements(): number[] {
    this.#derive();
    return [...this.#current];
  }
  set improvements(value: unknown) {
    this.#improvements = value;
    this.#reseed = true;
    this.#changed();
  }

  /**
   * The core's whole output for the current sliders (rates as fractions); `null` while the configuration cannot
   * be used, and, for JSON or objects, until their reader has loaded the first time (`await updateComplete`).
   */
  get result(): FunnelResult | null {
    this.#derive();
    return this.#result;
  }

  /** Resolves once everything set so far is rendered, chunks it needed loaded included. */
  override get updateComplete(): Promise<boolean> {
    return super.updateComplete.then((done): Promise<boolean> | boolean => (this.#loading ? this.#loading.then(() => this.updateComplete) : done));
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null) {
    if (old !== value) this.#changed();
  }

  override connectedCallback() {
    super.connectedCallback();
    // The child script and table may be edited, or arrive after the element (a classic script in <head>).
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.#changed();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  #changed() {
    this.#dirty = true;
    this.requestUpdate();
  }

  /** Fetches a chunk (the browser's module map makes that once a page); renders again when it is there. */
  #load<T>(chunk: () => Promise<T>, use: (m: T) => void) {
    const loading: Promise<unknown> = chunk()
      .then(use, (e) => {
        // The file is not there (a copy without its chunks): say so once, and do without.
        console.error(e);
        use(undefined as T);
      })
      .finally(() => {
        if (this.#loading === loading) this.#loading = undefined;
        this.#changed();
      });
    this.#loading = loading;
  }

  /** The sources as the parser takes them: properties, attributes, the child script and table (or what is just outside). */
  #sources(): Sources {
    const table = child<HTMLTableElement>(this, 'table');
    const script = child(this, 'script[type="application/json"]');
    const attributes = Object.fromEntries(FIELDS.flatMap((f) => (this.hasAttribute(attributeOf(f)) ? [[f, this.getAttribute(attributeOf(f))!]] : [])));
    return {
      config: this.#config,
      steps: this.#steps,
      improvements: this.#improvements,
      editor: this.#editor?.source(),
      attributes,
      script: script?.textContent ?? undefined,
      table: table ? readTable(table) : undefined,
      outside: table || script || attributes.steps ? undefined : outside(this),
      inheritedLang: inheritedLang(this),
    };
  }

  /** Reads every source again when one changed; keeps the sliders where they are unless their start values moved. */
  #derive() {
    if (!this.#dirty) return;
    this.#dirty = false;
    const sources = this.#sources();
    if (!reading && needsShape(sources))
      // Without its chunk, JSON cannot be read: every JSON source then says so.
      this.#load(chunks.json, (m) => (reading = m?.jsonReaders ?? noJsonReaders));
    const { settings, issues, look } = resolve(sources, reading);
    if (issues.some((i) => i.where == 'editor')) {
      // The reader typed something the parser cannot use: the funnel keeps its last good state, the form says why.
      this.#editorIssues = issues;
      if (!said) this.#load(chunks.messages, (m) => (said = m ?? plainMessages));
      return;
    }
    this.#editorIssues = [];
    this.#settings = settings;
    this.#issues = issues;
    this.#look = look;
    this.#ghosts = this.#extremes = undefined;
    if (settings) {
      const { start, min, max } = settings;
      if (this.#reseed || this.#current.length != start.length || start.some((x, i) => x !== this.#start?.[i])) this.#current = [...start];
      this.#current = this.#current.map((x, i) => Math.min(max[i], Math.max(min[i], x)));
      this.#start = start;
      this.#reseed = false;
      if (settings.editable) this.#edit(settings);
    }
    this.#result = this.#calculate(this.#current);
  }

  /** `editable`: the editor, its chunk loaded on first use, following the author's funnel until the reader edits. */
  #edit(settings: Settings) {
    if (this.#editor) return this.#editor.sync(settings, this.#current);
    if (!editing) return this.#load(chunks.editor, (m) => (editing = m));
    editorSheet ??= new CSSStyleSheet();
    if (!editorSheet.cssRules.length) editorSheet.replaceSync(editing.styles);
    this.renderRoot.adoptedStyleSheets = [...this.renderRoot.adoptedStyleSheets, editorSheet];
    this.#editor = new editing.Editor(this.#host, settings, this.#current);
    if (this.#editor.edited) this.#changed();
  }

  /** What the editor asks of the element. */
  #host: EditorChunk.EditorHost = {
    element: this,
    get lang() {
      return (this.element as SalesFunnel).#look.lang;
    },
    edited: () => {
      this.#changed();
      this.#derive();
      this.#editor!.remember(!!this.#settings?.remember);
      if (this.#result) this.#tell();
    },
    check: (draft) => resolve({ ...this.#sources(), editor: editing!.sourceOf(draft) }, reading).issues,
    sliders: () => [...this.#current],
  };

  /** The core's result with the sliders at `values`, percent. */
  #calculate(values: number[]) {
    const s = this.#settings;
    return s ? calculateFunnel({ ...s.input, steps: s.input.steps.map((st, i) => ({ ...st, improvement: values[i] / 100 })) }) : null;
  }

  /** What the view is made of, at the sliders `u` (the current ones by default). */
  #model(u = this.#current, r = this.#result): Model | undefined {
    const s = this.#settings;
    if (!s || !r) return;
    return { s, r, u, t: words(s.lang), f: formats(s.locale, s.currency) };
  }

  /** The models at the sliders' extremes (lowest, highest, the smallest move from 0) and their start. */
  #atExtremes() {
    const s = this.#settings!;
    const least = s.min.map((lo, i) => (s.max[i] >= 1 ? 1 : lo <= -1 ? -1 : 0));
    return (this.#extremes ??= [s.min, s.max, least, s.start].map((u) => this.#model(u, this.#calculate(u))!));
  }

  /** The ghosts: every text the sliders change, at its widest over their extremes. */
  #longest() {
    // Read-only sliders do not move: the texts are as they are.
    return (this.#ghosts ??= longest(this.#settings!.readonly ? [moving(this.#model()!)] : this.#atExtremes().map(moving)));
  }

  protected override willUpdate() {
    this.#derive();
    const key = JSON.stringify(this.#issues);
    if (key == this.#reported) return;
    if (this.#waiting) {
      document.addEventListener('DOMContentLoaded', () => this.#changed(), { once: true });
      return;
    }
    if (this.#issues.length && !said) return this.#load(chunks.messages, (m) => (said = m ?? plainMessages));
    this.#reported = key;
    if (!this.#issues.length) return;
    const [m, f] = [said!.messages(this.#look.lang), formats(this.#look.locale, this.#look.currency)];
    const issues = this.#issues.map((i) => ({ ...i, text: said!.describe(i, m, f) }));
    const message = `<sales-funnel>: ${m.error}:\n${issues.map((i) => i.text).join('\n')}`;
    console.error(message);
    this.dispatchEvent(new CustomEvent<SalesFunnelErrorDetail>('sales-funnel-error', { bubbles: true, composed: true, detail: { message, issues } }));
  }

  /** The steps may be children not parsed yet: while the page loads, a missing config is not an error yet. */
  get #waiting() {
    return this.#issues[0]?.code == 'no-steps' && document.readyState == 'loading';
  }

  /** A person moved the sliders (or pressed reset): compute, render, tell the page. */
  #set(values: number[]) {
    this.#current = values;
    this.#result = this.#calculate(values);
    this.requestUpdate();
    this.#editor?.remember(!!this.#settings?.remember);
    this.#tell();
  }

  /** `sales-funnel-change`: the result, the sliders, and with `editable` the reader's funnel. */
  #tell() {
    const detail: SalesFunnelChangeDetail = { result: this.#result!, improvements: [...this.#current] };
    if (this.#editor) detail.config = this.#editor.config(this.#settings!, this.#current);
    this.dispatchEvent(new CustomEvent('sales-funnel-change', { bubbles: true, composed: true, detail }));
  }

  /** Speaks the key figures: once a slider rests, not on every step of a drag. */
  #speak() {
    this.#spoken = view(this.#model()!).spoken;
    this.requestUpdate();
  }

  #handlers: Handlers = {
    input: (e) => {
      const input = e.target as HTMLInputElement;
      const i = Number(input.dataset.i);
      this.#set(this.#current.map((x, j) => (j == i ? Number(input.value) : x)));
    },
    change: () => this.#speak(),
    reset: () => {
      this.#set([...this.#settings!.start]);
      this.#speak();
    },
    exportCsv: () => this.#export(true),
    copy: () => this.#export(false),
    toggle: (e) => this.#explain((e.target as HTMLDetailsElement).open),
    explain: () => {
      this.#explain(true);
      this.updateComplete.then(() => this.renderRoot.querySelector('.insights')?.scrollIntoView({ block: 'nearest' }));
    },
  };

  /** Opens or closes the insights; their chunk comes on first opening. */
  #explain(open: boolean) {
    if (open == this.#open) return;
    this.#open = open;
    if (open && !insightful) this.#load(chunks.insights, (m) => (insightful = m));
    this.requestUpdate();
  }

  /** "Download CSV" (a file made here: no request) or "Copy as table" (tab-separated text, as spreadsheets paste it). */
  async #export(csv: boolean) {
    const { toText } = await chunks.export();
    const m = this.#model()!;
    const text = toText(m, csv);
    if (csv) {
      const a = document.createElement('a');
      // A byte-order mark, so Excel reads the labels as UTF-8.
      a.href = URL.createObjectURL(new Blob(['\ufeff' + text], { type: 'text/csv' }));
      a.download = 'funnel.csv';
      a.click();
      return void setTimeout(() => URL.revokeObjectURL(a.href), 1e3);
    }
    // The clipboard is there on secure (https) pages; elsewhere "Download CSV" still works.
    navigator.clipboard?.writeText(text).then(() => {
      this.#status = m.t.copied;
      this.requestUpdate();
    }, () => {});
  }

  /** The reader's own numbers, where `editable`; a field's problem in the error panel's words. */
  #editorPart({ s, f }: Model) {
    if (!this.#editor || (this.#editorIssues.length && !said)) return nothing;
    const m = said?.messages(s.lang);
    return this.#editor.render(this.#editorIssues, (i) => said!.problem(i, m!, f));
  }

  /** The open insights' content, made from the current sliders; nothing while closed or while its chunk loads. */
  #insightsBody(m: Model) {
    return this.#open && insightful ? insightful.insightsBody(insightful.insightsOf(m, this.#atExtremes())) : undefined;
  }

  override render() {
    const m = this.#model();
    if (!m) {
      // Nothing yet (the page or a chunk is still loading), or what is wrong.
      const panel = said && this.#issues.length && !this.#waiting;
      const [words_, f] = [panel && said!.messages(this.#look.lang), formats(this.#look.locale, this.#look.currency)];
      return html`<div class="root">${words_ ? errorPanel(words_.error, this.#issues.map((i) => said!.describe(i, words_, f))) : nothing}</div>`;
    }
    const v = view(m);
    const g = this.#longest();
    const { s } = m;
    return html`<div class="root ${s.theme} ${s.readonly ? 'readonly' : ''} ${v.funnel.legend ? '' : 'still'}" lang=${s.lang} dir="ltr">
      ${heading(v)} ${keyFigures(v, g, this.#spoken)} ${board(v, g, this.#handlers)} ${this.#editorPart(m)}
      ${footer(v, insights(v, this.#insightsBody(m), this.#handlers), this.#status, this.#handlers)}
    </div>`;
  }
}
