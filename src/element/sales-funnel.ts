import { html, nothing } from 'lit/html.js';
import type * as EditorChunk from '../chunks/editor/index.js';
import type * as ExportChunk from '../chunks/export/index.js';
import type * as InsightsChunk from '../chunks/insights/index.js';
import type * as CompareChunk from '../chunks/compare/index.js';
import type * as MessagesChunk from '../chunks/messages.js';
import type * as SheetChunk from '../chunks/sheet/index.js';
import type * as TestChunk from '../chunks/test/index.js';
import { attributeOf, FIELDS } from '../config/attributes.js';
import { resolve, type Readers, type Sources } from '../config/resolve.js';
import type { ConfigIssue, Settings, Voice } from '../config/settings.js';
import { forecastChecked } from '../core/calculate.js';
import type { Compare, Forecast, FunnelResult, TestResult } from '../core/index.js';
import type * as PlanChunk from '../core/plan.js';
import { formats } from '../view/format.js';
import { extremes, ghostsOf, type Moving } from '../view/ghosts.js';
import { view, type ExportKind, type Model } from '../view/model.js';
import { board, errorPanel, footer, heading, insights, keyFigures, sheetLine, type Handlers } from '../view/parts.js';
import { styles } from '../view/styles/index.js';
import { loadWords, words } from '../view/words/index.js';
import { Base } from './base.js';
import { noJsonReaders, noPreviousReader, noTestReader, plainMessages } from './fallbacks.js';
import { pageSources } from './sources.js';

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
 * zod, the error messages, the insights, the export, the editor. A funnel configured by attributes loads none of
 * them before it renders. Each, once loaded, is kept for every funnel of the page.
 */
const chunks = {
  json: () => import('../chunks/json.js'),
  messages: () => import('../chunks/messages.js'),
  insights: () => import('../chunks/insights/index.js'),
  export: () => import('../chunks/export/index.js'),
  editor: () => import('../chunks/editor/index.js'),
  sheet: () => import('../chunks/sheet/index.js'),
  compare: () => import('../chunks/compare/index.js'),
  test: () => import('../chunks/test/index.js'),
  // The result's plan (the bottleneck's chance, the test planner, the leverage, the goal), fetched beside the
  // words and awaited by the first drawing (`#model`); the chunks it imports (the bottleneck's chances, the
  // normal distribution, shared with two periods and a test) fetched beside it, not after it: a browser finds a
  // chunk's imports only once the chunk is here.
  plan: () =>
    Promise.all([import('../core/plan.js'), import('../core/chance.js'), import('../core/normal.js')]).then(([p]) => p),
  words: { nl: () => loadWords('nl'), en: () => loadWords('en') },
};

/** The chunks that could not be fetched: each is asked for once a page. */
const failed = new Set<unknown>();

/** The readers of what only some funnels have, once their chunk is here (JSON, the period before). */
const readers: Readers = {};
let compareChunk: typeof CompareChunk | undefined;
let testChunk: typeof TestChunk | undefined;
let messagesChunk: typeof MessagesChunk | undefined;
let insightsChunk: typeof InsightsChunk | undefined;
let editorChunk: typeof EditorChunk | undefined;
let sheetChunk: typeof SheetChunk | undefined;
/** The plan's chunk: undefined while on its way, null where it could not be fetched (the forecast alone, then). */
let planChunk: typeof PlanChunk | null | undefined;
let exportChunk: typeof ExportChunk | undefined;

/**
 * Your sales funnel with a what-if slider on every step: see at once what a better step is worth.
 * Its attributes are in `config/attributes.ts` (the build adds them to the manifest).
 *
 * @element sales-funnel
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
  #voice: Voice = { lang: 'en', locale: 'en', currency: 'EUR' };
  #issues: ConfigIssue[] = [];
  /** The core's result at the current sliders: the forecast, with its plan once the plan's chunk is here. */
  #result: Forecast | FunnelResult | null = null;
  /** Every slider's value, percent. */
  #current: number[] = [];
  #start?: number[];
  /** The period before against this one (the compare chunk), where the funnel has figures of the period before. */
  #compare?: Compare | null;
  /** A test's result (the test chunk), where the funnel has one. */
  #test?: TestResult | null;
  /** Both in words: the same at every slider, so made once for these settings. */
  #compareView?: CompareChunk.CompareView;
  #testView?: TestChunk.TestView;
  /** The models at the sliders' extremes (view/ghosts.ts), their forecasts alone: made once for these settings. */
  #extremes?: Model[];
  /** The same with their plans (the insights' test lines), once the plan's chunk is here. */
  #plannedExtremes?: Model<FunnelResult>[];
  /** The ghosts of everything the sliders change, made of the texts at those extremes. */
  #ghosts?: Moving;
  /** The insights section is open. */
  #open = false;
  /** What the live region says: the key figures, once a slider rests. */
  #spoken = '';
  /** Said after a copy. */
  #status = '';
  /** The export menu is open: its items are there. */
  #menuOpen = false;
  /** With `src`: its reader (the sheet's steps, how fresh they are, what went wrong). */
  #sheet?: SheetChunk.SheetReader;
  /** What the parser cannot use of the sheet's steps: the funnel keeps the page's, the line says why. */
  #sheetIssues: ConfigIssue[] = [];
  /** The chunks on their way: `updateComplete` waits for them all. */
  #loading = new Set<Promise<unknown>>();
  /** The chunk of a reader the sources need, on its way while the funnel drawn stays: #derive reads them again once it is here. */
  #reading?: Promise<unknown>;
  /** The reader's edit, told the page once that chunk is here (once, however many keys were pressed meanwhile). */
  #later?: Promise<void>;
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
    return planChunk ? (this.#result as FunnelResult | null) : null;
  }

  /** Resolves once everything set so far is rendered, chunks it needed loaded included. */
  override get updateComplete(): Promise<boolean> {
    return super.updateComplete.then((done): Promise<boolean> | boolean =>
      this.#loading.size ? Promise.all(this.#loading).then(() => this.updateComplete) : done,
    );
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
    // A sheet being read is left; read again if the element comes back.
    this.#sheet?.stop();
    this.#observer.disconnect();
  }

  #changed() {
    this.#dirty = true;
    this.requestUpdate();
  }

  /**
   * Fetches a chunk (the browser's module map makes that once a page); renders again when it is there, reading the
   * sources again first unless `reread` is false (a chunk that changes nothing in how they are read: the words,
   * the plan). A chunk that failed (a copy without its chunks, a frame's document already gone) is not asked for
   * again.
   */
  #load<T>(chunk: () => Promise<T>, use: (m: T) => void, reread = true) {
    if (failed.has(chunk)) return;
    const loading: Promise<unknown> = chunk()
      .then(use, (e) => {
        // The file is not there: say so once, and do without.
        failed.add(chunk);
        console.error(e);
        use(undefined as T);
      })
      .finally(() => {
        this.#loading.delete(loading);
        if (reread) this.#changed();
        else this.requestUpdate();
      });
    this.#loading.add(loading);
    return loading;
  }

  /** The sources as the parser takes them: properties, the reader's own numbers, and what the page holds. */
  #sources(): Sources {
    return {
      config: this.#config,
      steps: this.#steps,
      improvements: this.#improvements,
      editor: this.#editor?.source(),
      sheet: this.#sheet?.fields,
      ...pageSources(this),
    };
  }

  /**
   * Fetches the chunk of a reader a source needs: JSON's (without it, every JSON source says it cannot be read),
   * the period before's (the compare chunk; without it, the funnel shows this period alone), or the test's
   * (without it, the funnel shows no test).
   */
  #read(needs: keyof Readers) {
    if (needs == 'json') return this.#load(chunks.json, (m) => (readers.json = m?.jsonReaders ?? noJsonReaders));
    if (needs == 'test')
      return this.#load(chunks.test, (m) => {
        testChunk = m;
        readers.test = m?.testReader ?? noTestReader;
      });
    return this.#load(chunks.compare, (m) => {
      compareChunk = m;
      readers.previous = m?.previousReader ?? noPreviousReader;
    });
  }

  /** Reads every source again when one changed; keeps the sliders where they are unless their start values moved. */
  #derive() {
    if (!this.#dirty) return;
    this.#dirty = false;
    const sources = this.#sources();
    const first = resolve(sources, readers);
    // A reader's chunk on its way: the funnel drawn stays until it is here (and reads the sources again).
    this.#reading = first.needs ? this.#read(first.needs) : undefined;
    if (first.needs && this.#settings) return;
    let { settings, issues, voice } = first;
    // The sheet's steps cannot be used: the page's stay, and the line under the funnel says why.
    this.#sheetIssues = issues.filter((i) => i.where == 'sheet');
    if (this.#sheetIssues.length) {
      ({ settings, issues, voice } = resolve({ ...sources, sheet: undefined }, readers));
      if (!messagesChunk) this.#load(chunks.messages, (m) => (messagesChunk = m ?? plainMessages));
    }
    this.#editorIssues = issues.some((i) => i.where == 'editor') ? issues : [];
    if (this.#editorIssues.length) {
      // The reader's numbers cannot be used: the funnel keeps its last good state, the form says why. With none
      // yet (a link or a stored copy whose period before or test turned out wrong once their chunk came), the
      // author's funnel.
      if (!messagesChunk) this.#load(chunks.messages, (m) => (messagesChunk = m ?? plainMessages));
      if (this.#settings) return;
      ({ settings, issues, voice } = resolve({ ...sources, editor: undefined }, readers));
    }
    this.#settings = settings;
    // The period before against this one, and a test's result: the same for every slider (their chunks are here, or failed).
    const today = settings && forecastChecked(settings.input, settings.checked);
    this.#compare = settings && today && compareChunk?.compareOf(settings.input, today);
    this.#test = settings && today && testChunk?.testOf(settings.input, today);
    this.#issues = issues;
    this.#voice = voice;
    if (settings) {
      const { start, min, max } = settings;
      if (this.#reseed || this.#current.length != start.length || start.some((x, i) => x !== this.#start?.[i]))
        this.#current = [...start];
      this.#current = this.#current.map((x, i) => Math.min(max[i], Math.max(min[i], x)));
      this.#start = start;
      this.#reseed = false;
      if (settings.editable) this.#edit(settings);
    }
    this.#whole();
    if (settings && !words(settings.lang)) this.#load(chunks.words[settings.lang], () => {}, false);
    if (settings && planChunk === undefined) this.#loadPlan();
    if (settings?.src || this.#sheet) this.#readSheet(settings);
  }

  /** The plan's chunk: once here (or failed), the whole result, without reading the sources again; then `next`. */
  #loadPlan(next?: () => void) {
    this.#load(
      chunks.plan,
      (c) => {
        planChunk = c ?? null;
        this.#withPlan();
        next?.();
      },
      false,
    );
  }

  /** The result at the sliders (whole once the plan's chunk is here), and what is made once from it, made again. */
  #whole() {
    this.#ghosts = this.#extremes = undefined;
    this.#withPlan();
  }

  /**
   * The result at the sliders with its plan, once that chunk is here, and what is made from it. The ghosts stay:
   * they are made of forecasts alone, which the plan does not change (so its arrival does not calculate the
   * sliders' extremes again).
   */
  #withPlan() {
    this.#plannedExtremes = this.#compareView = this.#testView = undefined;
    this.#result = this.#calculate(this.#current);
  }

  /**
   * `src`: the sheet's steps, read by its chunk (fetched only by a funnel with `src`): the last good copy at once,
   * then the fresh one, which replace the page's steps (and `sales-funnel-change` says so); or what went wrong.
   */
  #readSheet(settings?: Settings) {
    if (this.#sheet) return this.#sheet.follow(settings?.src, this.#voice.lang, this.#voice.locale);
    if (!sheetChunk) return this.#load(chunks.sheet, (c) => (sheetChunk = c));
    this.#sheet = new sheetChunk.SheetReader({
      element: this,
      changed: (replaced) => {
        this.#changed();
        this.#derive();
        if (replaced && this.#result) this.#tell();
      },
    });
    this.#readSheet(settings);
  }

  /** `editable`: the editor, its chunk loaded on first use, following the author's funnel until the reader edits. */
  #edit(settings: Settings) {
    if (this.#editor) return this.#editor.sync(settings, this.#current);
    if (!editorChunk) return this.#load(chunks.editor, (m) => (editorChunk = m));
    this.#editor = editorChunk.attach(this.#host, settings, this.#current);
    if (this.#editor.edited) this.#changed();
  }

  /** What the editor asks of the element. */
  #host: EditorChunk.EditorHost = {
    element: this,
    get lang() {
      return (this.element as SalesFunnel).#voice.lang;
    },
    edited: () => {
      this.#changed();
      this.#derive();
      this.#editor!.remember(!!this.#settings?.remember);
      // A reader's chunk on its way (the period before's, a test's): the page hears once the funnel is read with it.
      if (this.#reading) {
        if (!this.#later)
          this.#later = this.#reading.then(() => {
            this.#later = undefined;
            this.#host.edited();
          });
        return;
      }
      if (this.#result) this.#tell();
    },
    check: (draft) => resolve({ ...this.#sources(), editor: editorChunk!.sourceOf(draft) }, readers).issues,
    sliders: () => [...this.#current],
    bottleneck: () => this.#result?.bottleneck ?? 1,
  };

  /**
   * The core's result with the sliders at `values`, percent: its forecast, and its plan once that chunk is here
   * (unless `plan` is false: what the ghosts are made of needs none).
   */
  #calculate(values: number[], plan = true) {
    const s = this.#settings;
    if (!s) return null;
    const input = { ...s.input, steps: s.input.steps.map((st, i) => ({ ...st, improvement: values[i] / 100 })) };
    const forecast = { ...forecastChecked(input, s.checked), compare: this.#compare ?? null, test: this.#test ?? null };
    return plan && planChunk ? planChunk.planOf(input, s.checked, forecast) : forecast;
  }

  /**
   * What the view is made of, at `sliders` (the current ones by default); none until its language's words and the
   * plan are here. Both are fetched at once, so waiting for the second costs little; the funnel is then drawn
   * once, whole, rather than drawn, laid out and painted, and then again with the bottleneck's chance.
   */
  #model(sliders = this.#current, result = this.#result): Model | undefined {
    const settings = this.#settings;
    const w = settings && words(settings.lang);
    if (!settings || !result || !w || planChunk === undefined) return;
    return { settings, result, sliders, words: w, format: formats(settings.locale, settings.currency) };
  }

  /** The model with its whole result (the forecast and its plan), once the plan's chunk is here: for the insights and the export. */
  #planned() {
    return planChunk ? (this.#model() as Model<FunnelResult> | undefined) : undefined;
  }

  /** The models at the sliders' extremes, their forecasts alone, made once for these settings. */
  #atExtremes() {
    return (this.#extremes ??= extremes(this.#settings!).map((u) => this.#model(u, this.#calculate(u, false))!));
  }

  /** The same with their plans: the insights' test lines keep their size over them. */
  #atExtremesPlanned() {
    return (this.#plannedExtremes ??= extremes(this.#settings!).map(
      (u) => this.#model(u, this.#calculate(u)) as Model<FunnelResult>,
    ));
  }

  /** The ghosts: every text the sliders change, at its widest. */
  #longest() {
    return (this.#ghosts ??= ghostsOf(this.#model()!, () => this.#atExtremes()));
  }

  protected override willUpdate() {
    this.#derive();
    const key = JSON.stringify(this.#issues);
    if (key == this.#reported) return;
    if (this.#waiting) {
      document.addEventListener('DOMContentLoaded', () => this.#changed(), { once: true });
      return;
    }
    if (this.#issues.length && !messagesChunk)
      return void this.#load(chunks.messages, (m) => (messagesChunk = m ?? plainMessages));
    this.#reported = key;
    const { lang, locale, currency } = this.#voice;
    if (this.#issues.length) messagesChunk!.report(this, this.#issues, lang, formats(locale, currency));
  }

  /** What is wrong with the config, in words; none while the messages' chunk loads. */
  #errorReport() {
    const { lang, locale, currency } = this.#voice;
    return messagesChunk?.errorReport(this.#issues, lang, formats(locale, currency), this);
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

  /** `sales-funnel-change`: the whole result, the sliders, and with `editable` the reader's funnel. */
  #tell(): void {
    // The sheet's steps can come before the plan: the page hears once the result is whole.
    if (planChunk === undefined) return this.#loadPlan(() => this.#tell());
    // A result calculated before the plan's chunk came (another funnel's brought it): once more, whole.
    if (!('goal' in this.#result!)) this.#result = this.#calculate(this.#current);
    const detail: SalesFunnelChangeDetail = { result: this.#result as FunnelResult, improvements: [...this.#current] };
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
    exportAs: (kind) => this.#export(kind),
    toggle: (e) => this.#explain((e.target as HTMLDetailsElement).open),
    menu: (e) => {
      this.#menuOpen = (e.target as HTMLDetailsElement).open;
      if (this.#menuOpen && !exportChunk) this.#load(chunks.export, (c) => (exportChunk = c));
      // Its items come with the chunk.
      this.requestUpdate();
    },
    explain: () => {
      this.#explain(true);
      this.updateComplete.then(() => this.renderRoot.querySelector('.insights')?.scrollIntoView({ block: 'nearest' }));
    },
  };

  /** Opens or closes the insights; their chunk comes on first opening. */
  #explain(open: boolean) {
    if (open == this.#open) return;
    this.#open = open;
    if (open && !insightsChunk) this.#load(chunks.insights, (m) => (insightsChunk = m));
    this.requestUpdate();
  }

  /**
   * One of the export menu's items, made by the export chunk (fetched as the menu opens, so a click finds it
   * there: a copy must be asked for while the click still counts as the reader's).
   */
  #export(kind: ExportKind) {
    const m = this.#planned();
    if (!m) return;
    const context = {
      model: m,
      view: view(m),
      root: this.renderRoot.querySelector('.root')!,
      say: (status: string) => this.#say(status),
    };
    if (exportChunk) exportChunk.exportAs(kind, context);
    else this.#load(chunks.export, (c) => (exportChunk = c)?.exportAs(kind, context));
  }

  /** Says `status` in the status line (a polite live region). */
  #say(status: string) {
    this.#status = status;
    this.requestUpdate();
  }

  /** With `src`: how fresh the sheet's figures are, or why the page's are shown; its line there from the start. */
  #sheetPart({ settings, format }: Model) {
    if (!settings.src) return nothing;
    const unusable =
      messagesChunk && this.#sheetIssues.map((i) => messagesChunk!.describe(i, settings.lang, format)).join(' ');
    return sheetLine(this.#sheet?.news?.line ?? '', this.#sheet?.news?.problem || unusable || '');
  }

  /** The export menu's items: while it is open, once their chunk is here. */
  #menuItems({ settings }: Model) {
    if (!this.#menuOpen || !exportChunk) return [];
    this.adopt(exportChunk.styles);
    return exportChunk.menuItems(settings.lang);
  }

  /**
   * The reader's own numbers, where `editable`; a field's problem in the error panel's words (the field marked at
   * once, its words when their chunk is here: the form stays, so the field being typed in keeps its focus).
   */
  #editorPart({ settings, format }: Model) {
    if (!this.#editor || !editorChunk) return nothing;
    return editorChunk.editorForm(
      this.#editor,
      this.#editorIssues,
      (i) => messagesChunk?.problem(i, settings.lang, format) ?? '',
    );
  }

  /**
   * The open insights' content, made from the current sliders (and the two periods, step by step, first); nothing
   * while closed or while its chunk loads.
   */
  #insightsBody(cv?: CompareChunk.CompareView, tv?: TestChunk.TestView) {
    const m = this.#planned();
    if (!this.#open || !insightsChunk || !m) return undefined;
    this.adopt(insightsChunk.styles);
    return html`${tv ? testChunk!.testDetails(tv, (i, value) => this.#setOne(i, value)) : nothing}${cv ? compareChunk!.compareDetails(cv) : nothing}${insightsChunk.insightsBody(insightsChunk.insightsOf(m, this.#atExtremesPlanned()))}`;
  }

  /** A test's result, in words, where the funnel has one. */
  #tested(m: Model) {
    if (!m.result.test || !testChunk) return undefined;
    this.adopt(testChunk.styles);
    // At the sliders' start values: its rule against reading early is about the improvement planned there.
    const start = this.#settings!.start;
    return (this.#testView ??= testChunk.testView(this.#model(start, this.#calculate(start))!, m.result.test));
  }

  /** Puts one step's slider at `value` (percent), as a person would (the test's button: B's lift on its step). */
  #setOne(i: number, value: number) {
    this.#set(this.#current.map((x, j) => (j == i ? value : x)));
    this.#speak();
  }

  /** The two periods side by side, in words, where they are compared. */
  #compared(m: Model) {
    if (!m.result.compare || !compareChunk) return undefined;
    this.adopt(compareChunk.styles);
    return (this.#compareView ??= compareChunk.compareView(m, m.result.compare));
  }

  override render() {
    const m = this.#model();
    if (!m) {
      // Nothing yet (the page or a chunk is still loading), or what is wrong.
      const report = !this.#waiting && this.#issues.length ? this.#errorReport() : undefined;
      if (report) this.adopt(messagesChunk!.styles);
      return html`<div class="root">${report ? errorPanel(report.title, report.lines) : nothing}</div>`;
    }
    const cv = this.#compared(m);
    const tv = this.#tested(m);
    const compared = cv ? compareChunk!.withCompare(view(m), cv) : view(m);
    const v = tv ? testChunk!.withTest(compared, tv) : compared;
    const g = cv ? compareChunk!.compareGhosts(this.#longest(), cv) : this.#longest();
    return html`<div class="root ${v.classes}" lang=${v.lang} dir="ltr">
      ${heading(v)} ${keyFigures(v, g, this.#spoken, cv && compareChunk!.compareLine(cv))} ${board(v, g, this.#handlers)} ${this.#sheetPart(m)}
      ${this.#editorPart(m)} ${footer(v, insights(v, this.#insightsBody(cv, tv), this.#handlers), this.#status, this.#menuItems(m), this.#handlers)}
    </div>`;
  }
}
