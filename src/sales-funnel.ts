import { html, nothing, svg } from 'lit/html.js';
import { Base } from './base.js';
import { calculateFunnel, type FunnelResult } from './core/index.js';
import { funnelGeometry } from './geometry.js';
import { toText } from './export.js';
import { describe, formats, strings, type Formats, type Strings } from './i18n.js';
import { attributeOf, cut, FIELDS, resolve, type ConfigIssue, type Look, type Settings } from './parse.js';
import { styles } from './styles.js';

export interface SalesFunnelChangeDetail {
  /** The core's whole output, rates as fractions. */
  result: FunnelResult;
  /** Every slider's value, percent. */
  improvements: number[];
}

export interface SalesFunnelErrorDetail {
  /** Every problem, in words, in the element's language. */
  message: string;
  /** Each problem: where (`where`, `field`, `step`), what (`code`, `value`), and `text`, its sentence in `message`. */
  issues: (ConfigIssue & { text: string })[];
}

/** The nearest `lang` at or above an element, in its tree, else around its shadow host. */
const inheritedLang = (el: Element) =>
  (el.closest('[lang]') ?? (el.getRootNode() as ShadowRoot).host?.closest('[lang]'))?.getAttribute('lang') ?? undefined;

/** A child table's body rows as text; rows in `<thead>`/`<tfoot>`, and rows of `<th>` only, are headers. */
const readTable = (table: HTMLTableElement) => ({
  rows: [...table.querySelectorAll(':scope > tbody > tr')].filter((r) => r.querySelector('td')).map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent!.trim())),
});

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
 * @attr {boolean} readonly - No sliders: just the funnel and its figures.
 * @attr {'light'|'dark'|'auto'} theme - `auto` (the default) follows the page's `color-scheme`.
 * @attr {boolean} no-export - No "Download CSV" and "Copy as table" buttons.
 *
 * @fires {CustomEvent<SalesFunnelChangeDetail>} sales-funnel-change - A person moved a slider or pressed reset. Never fired when a property or attribute is set.
 * @fires {CustomEvent<SalesFunnelErrorDetail>} sales-funnel-error - The configuration cannot be used; the error panel shows why.
 *
 * @csspart heading - The title.
 * @csspart funnel - The SVG funnel.
 * @csspart segment - One step's bar in the funnel.
 * @csspart step - One step's row: label, figures, slider, forecast.
 * @csspart label - A step's label.
 * @csspart slider - A step's `<input type="range">`.
 * @csspart summary - Customers and revenue, today and with the improvements.
 * @csspart goal - What it takes to reach `target`.
 * @csspart reset - The button that puts every slider back.
 * @csspart export - The buttons "Download CSV" and "Copy as table".
 * @csspart error - The panel shown in place of the funnel when the configuration cannot be used.
 *
 * @cssprop [--sales-funnel-font-family=inherit] - Font.
 * @cssprop [--sales-funnel-text-color=light-dark(#1f1f1f, #ececef)] - Text.
 * @cssprop [--sales-funnel-background=light-dark(#fff, #1c1c1f)] - Background.
 * @cssprop [--sales-funnel-step-color=light-dark(#5a8ad0, #5a7fb8)] - The funnel's bars.
 * @cssprop [--sales-funnel-forecast-color=light-dark(#0b3d1a, #c4f5d0)] - The forecast over the bars, and growth.
 * @cssprop [--sales-funnel-accent-color=light-dark(#0b57d0, #a8c7fa)] - Sliders, button, focus ring.
 * @cssprop [--sales-funnel-radius=0.75em] - Corner radius.
 */
export class SalesFunnel extends Base {
  /** This copy's version (package.json's): tells two copies on one page apart. */
  static readonly version = '0.1.0';
  static override styles = styles;
  static observedAttributes = FIELDS.map(attributeOf);

  private _config?: unknown;
  private _steps?: unknown;
  private _improvements?: unknown;
  /** The sources changed since they were last read. */
  private _dirty = true;
  /** The `improvements` property was set: the sliders go to the start values even where those did not change. */
  private _reseed = false;
  private _settings?: Settings;
  private _look: Look = { lang: 'en', locale: 'en', currency: 'EUR' };
  private _issues: ConfigIssue[] = [];
  private _result: FunnelResult | null = null;
  /** Every slider's value, percent. */
  private _current: number[] = [];
  private _start?: number[];
  /** The results with every slider at its minimum, its maximum, and its smallest move: where the figures are longest. */
  private _extremes: [FunnelResult, number[]][] = [];
  /** What the sliders do not change (and the longest texts at their extremes), made once for these settings. */
  private _once: Record<string, unknown> = {};
  /** The issues last reported, so each error is logged and fired once. */
  private _reported = '';
  private _observer = new MutationObserver(() => this._changed());

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
    return this._config;
  }
  set config(value: unknown) {
    this._config = value;
    this._changed();
  }

  /** The steps, as a list of `{ label, count | rate, improvement }` (percent) or text in the compact syntax; as set. */
  get steps(): unknown {
    return this._steps;
  }
  set steps(value: unknown) {
    this._steps = value;
    this._changed();
  }

  /** Every slider's value in percent. Setting it sets the start values, and moves the sliders there. */
  get improvements(): number[] {
    this._derive();
    return [...this._current];
  }
  set improvements(value: unknown) {
    this._improvements = value;
    this._reseed = true;
    this._changed();
  }

  /** The core's whole output for the current sliders (rates as fractions); `null` while the configuration cannot be used. */
  get result(): FunnelResult | null {
    this._derive();
    return this._result;
  }

  override attributeChangedCallback(_name: string, old: string | null, value: string | null) {
    if (old !== value) this._changed();
  }

  override connectedCallback() {
    super.connectedCallback();
    // The child script and table may be edited, or arrive after the element (a classic script in <head>).
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
    this._changed();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._observer.disconnect();
  }

  private _changed() {
    this._dirty = true;
    this.requestUpdate();
  }

  /** Reads every source again when one changed; keeps the sliders where they are unless their start values moved. */
  private _derive() {
    if (!this._dirty) return;
    this._dirty = false;
    const table = this.querySelector<HTMLTableElement>(':scope > table');
    const { settings, issues, look } = resolve({
      config: this._config,
      steps: this._steps,
      improvements: this._improvements,
      attributes: Object.fromEntries(FIELDS.flatMap((f) => (this.hasAttribute(attributeOf(f)) ? [[f, this.getAttribute(attributeOf(f))!]] : []))),
      script: this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined,
      table: table ? readTable(table) : undefined,
      inheritedLang: inheritedLang(this),
    });
    this._settings = settings;
    this._issues = issues;
    this._look = look;
    this._once = {};
    if (settings) {
      const { start, min, max } = settings;
      if (this._reseed || this._current.length != start.length || start.some((x, i) => x !== this._start?.[i])) this._current = [...start];
      this._current = this._current.map((x, i) => Math.min(max[i], Math.max(min[i], x)));
      this._start = start;
      this._reseed = false;
      // The sliders' extremes, and the smallest move from 0 (where a test needs the most entrants).
      const least = min.map((lo, i) => (max[i] >= 1 ? 1 : lo <= -1 ? -1 : 0));
      this._extremes = [min, max, least].map((u) => [this._calculate(u)!, u]);
    }
    this._compute();
  }

  /** The core's result with the sliders at `values`, percent. */
  private _calculate(values: number[]) {
    const s = this._settings;
    return s ? calculateFunnel({ ...s.input, steps: s.input.steps.map((st, i) => ({ ...st, improvement: values[i] / 100 })) }) : null;
  }

  private _compute() {
    this._result = this._calculate(this._current);
  }

  protected override willUpdate() {
    this._derive();
    const key = JSON.stringify(this._issues);
    if (key == this._reported) return;
    if (this._waiting) {
      document.addEventListener('DOMContentLoaded', () => this._changed(), { once: true });
      return;
    }
    this._reported = key;
    if (!this._issues.length) return;
    const [t, f] = this._words();
    const issues = this._issues.map((i) => ({ ...i, text: describe(i, t, f) }));
    const message = `<sales-funnel>: ${t.error}:\n${issues.map((i) => i.text).join('\n')}`;
    console.error(message);
    this.dispatchEvent(new CustomEvent<SalesFunnelErrorDetail>('sales-funnel-error', { bubbles: true, composed: true, detail: { message, issues } }));
  }

  /** The words and number formats to speak in: the configuration's, even where the rest of it cannot be used. */
  private _words(): [Strings, Formats] {
    this._derive();
    const { lang, locale, currency } = this._look;
    return [strings(lang), formats(locale, currency)];
  }

  private _set(values: number[]) {
    this._current = values;
    this._compute();
    this.requestUpdate();
    this.dispatchEvent(
      new CustomEvent<SalesFunnelChangeDetail>('sales-funnel-change', {
        bubbles: true,
        composed: true,
        detail: { result: this._result!, improvements: [...values] },
      }),
    );
  }

  private _onInput(e: Event) {
    const input = e.target as HTMLInputElement;
    const i = Number(input.dataset.i);
    this._set(this._current.map((x, j) => (j == i ? Number(input.value) : x)));
  }

  private _reset() {
    this._set([...this._settings!.start]);
  }

  /** Said in the live region after a copy. */
  private _status = '';

  /** "Download CSV" (a file made here: no request) or "Copy as table" (tab-separated text, as spreadsheets paste it). */
  private _export(e: Event) {
    const [t] = this._words();
    const s = this._settings!;
    const csv = !!(e.target as HTMLElement).dataset.csv;
    const text = toText(this._result!, [...t.columns, t.customers, t.revenue], s.locale, csv);
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
      this._status = t.copied;
      this.requestUpdate();
    }, () => {});
  }

  /** The steps may be children not parsed yet: while the page loads, a missing config is not an error yet. */
  private get _waiting() {
    return this._issues[0]?.code == 'no-steps' && document.readyState == 'loading';
  }

  override render() {
    const [t, f] = this._words();
    const s = this._settings;
    const r = this._result;
    if (!s || !r) {
      return html`<div class="root">
        ${this._waiting
          ? nothing
          : html`<div part="error" class="error" role="alert">
              <strong>${t.error}</strong>
              <ul>${this._issues.map((i) => html`<li>${describe(i, t, f)}</li>`)}</ul>
            </div>`}
      </div>`;
    }
    const steps = r.steps;
    const geo = funnelGeometry(steps.map((x) => x.count), steps.map((x) => x.forecastCount));
    const showForecast = !s.readonly || s.start.some((x) => x);
    const points = s.mode == 'points';
    const per = s.period ? ' ' + t.period[s.period] : '';
    const deal = s.input.dealValue;
    const yearly = s.period && s.period != 'year';
    const signed = (u: number, lead: boolean) => (points && !lead ? `${f.signedCount(u)} pp` : f.signedPct(u / 100));

    // What the sliders change, as text, for the result `x` at slider values `u`.
    const forecast = (x: FunnelResult, i: number) => {
      const { forecastCount, extraCount } = x.steps[i];
      return [f.count(forecastCount), extraCount ? `(${f.signedCount(extraCount)})` : ''];
    };
    const test = (x: FunnelResult, u: number[], i: number) => {
      const n = x.steps[i].sampleNeeded;
      return u[i] && n !== null ? t.test(f.count(Math.ceil(n)), signed(u[i], false), f.count(x.steps[i - 1].count), per) : '';
    };
    const summary = ({ baseline, forecast, extra, steps: [lead] }: FunnelResult) => {
      const [a, b] = deal === undefined ? [baseline.customersRange, forecast.customersRange] : [baseline.revenueRange, forecast.revenueRange];
      // Two significant digits: a range this wide has no more to say.
      const show = (x: number) => (deal === undefined ? f.count : f.money)(+x.toPrecision(2));
      return [
        // With a period shorter than a year, the extra per year too.
        t.outcome(t.customers, per, f.count(baseline.customers), f.count(forecast.customers), f.signedCount(extra.customers), yearly ? f.signedCount(extra.customersPerYear!) : ''),
        deal !== undefined &&
          t.outcome(t.revenue, per, f.money(baseline.revenue!), f.money(forecast.revenue!), f.signedMoney(extra.revenue!), yearly ? f.signedMoney(extra.revenuePerYear!) : ''),
        t.overall(f.pct(lead.overallRate && baseline.customers / lead.count), f.pct(lead.forecastCount && forecast.customers / lead.forecastCount)),
        a && b && t.range(show(b.low), show(b.high), show(a.low), show(a.high)),
      ].filter((line): line is string => !!line);
    };

    // A slider's move renders again only what it changes: the rest is made once for these settings (see `_derive`).
    const once = <T>(key: string, make: () => T) => (this._once[key] ??= make()) as T;
    /**
     * The longest text `text` gives at the sliders' extremes. Stacked unseen under the live text, it keeps the
     * box the size of the longest, so moving a slider never shifts the page.
     */
    const ghost = (key: string, text: (x: FunnelResult, u: number[]) => string) =>
      once(key, () => this._extremes.map(([x, u]) => text(x, u)).reduce((a, b) => (b.length > a.length ? b : a)));
    const steady = (live: unknown, key: string, text: (x: FunnelResult, u: number[]) => string) =>
      html`<span class="steady"><span>${live}</span><span aria-hidden="true">${ghost(key, text)}</span></span>`;
    /** The same for a figure on one line: the longest as an unseen `::after`, which only lends its width. */
    const wide = (live: unknown, key: string, text: (x: FunnelResult, u: number[]) => string) =>
      html`<span class="wide" data-ghost=${ghost(key, text)}>${live}</span>`;

    const row = (st: FunnelResult['steps'][number], i: number) => {
      const u = this._current[i];
      // "+10%: 30% → 33%"; the lead slider says the leads: "+10%: 1,000 → 1,100".
      const valueText = `${points && i ? `${f.signedCount(u)} ${t.points}` : f.signedPct(u / 100)}: ${
        i ? `${f.pct(st.rate!)} → ${f.pct(st.forecastRate!)}` : `${f.count(st.count)} → ${f.count(st.forecastCount)}`
      }`;
      const [count, diff] = forecast(r, i);
      return html`<li part="step">
        <div class="text">
          <strong part="label">${st.label}</strong> ${i == r.bottleneck ? html`<b class="warn">${t.bottleneck}</b>` : nothing}
          <small>${f.count(st.count)} · ${i ? `${t.conversion(f.pct(st.rate!))} · ${t.share(f.pct(st.overallRate))}` : t.leadsHint}</small>
          ${st.lowData ? html`<small class="warn">${st.interval ? t.lowData(f.pct(st.interval.low), f.pct(st.interval.high)) : t.noData}</small>` : nothing}
        </div>
        ${s.readonly
          ? nothing
          : html`<div class="slider">
              <input
                type="range"
                part="slider"
                min=${s.min[i]}
                max=${s.max[i]}
                step="1"
                .value=${String(u)}
                data-i=${i}
                aria-label=${(i ? t.stepSlider : t.leadsSlider)(st.label)}
                aria-valuetext=${valueText}
                @input=${this._onInput}
              /><span aria-hidden="true">${wide(signed(u, !i), 'v' + i, (_, v) => signed(v[i], !i))}</span>
            </div>`}
        ${showForecast
          ? html`<span class="forecast"
              ><span class="sr">${t.forecast} </span>${wide(
                html`<span aria-hidden="true">→ </span>${count} <span class=${st.extraCount > 0 ? 'up' : ''}>${diff}</span>`,
                'f' + i,
                (x) => '→ ' + forecast(x, i).join(' '),
              )}</span
            >`
          : nothing}
        ${i && !s.readonly ? html`<div class="test">${steady(test(r, this._current, i), 't' + i, (x, v) => test(x, v, i))}</div>` : nothing}
      </li>`;
    };

    const lines = summary(r);
    // From the baseline: the thin-data warning, where to work first, the goal.
    const fixed = () => {
      const { goal, baseline } = r;
      // Where one point more conversion brings most: the bottleneck first, then the rest by what it brings; three.
      const work = [steps[r.bottleneck], ...steps.filter((_, i) => i && i != r.bottleneck).sort((a, b) => b.gainPerPoint! - a.gainPerPoint!)].slice(0, 3);
      return html`${!baseline.customersRange || baseline.customersRange.high > 3 * baseline.customersRange.low ? html`<p class="warn">${t.thin}</p>` : nothing}
        <div>
          <p>${t.work}</p>
          <ul>
            ${work.map((x) => {
              const gain = x.gainPerPoint!;
              return html`<li>${cut(x.label)}: ${deal === undefined ? `${f.signedCount(gain)} ${t.customers.toLowerCase()}` : f.signedMoney(gain * deal)}</li>`;
            })}
          </ul>
        </div>
        ${goal
          ? html`<div part="goal">
              <p><strong>${t.goal(deal === undefined ? `${f.count(goal.target)} ${t.customers.toLowerCase()}` : f.money(goal.target), per)}</strong></p>
              <ul>
                <li>${goal.leadsNeeded === null ? t.noLeads : t.leads(f.count(goal.leadsNeeded), f.count(steps[0].count))}</li>
                <li>${goal.uniformImprovement === null ? t.noUniform : t.uniform(signed(goal.uniformImprovement * 100, false))}</li>
                <li>
                  ${t.alone}
                  <ul>
                    ${goal.stepImprovements.slice(1).map(
                      (u, i) => html`<li>${cut(steps[i + 1].label)}: ${u === null ? t.cannot : signed(u * 100, false)}</li>`,
                    )}
                  </ul>
                </li>
              </ul>
            </div>`
          : nothing}`;
    };
    return html`<div class="root ${s.theme} ${s.readonly ? 'readonly' : ''}" lang=${s.lang} dir="ltr">
      ${s.heading ? html`<h3 part="heading">${s.heading}</h3>` : nothing}
      <div class="funnel">
        <div class="shape">
          <svg
            part="funnel"
            role="img"
            aria-label=${once('alt', () => `${t.funnel}: ${steps.map((x) => `${x.label} ${f.count(x.count)}`).join(', ')}. ${t.bottleneck}: ${steps[r.bottleneck].label}.`)}
            viewBox="0 0 ${geo.width} ${geo.height}" preserveAspectRatio="none">
            <polygon class="flow" points=${geo.outline} />
            ${geo.bars.map((b, i) => svg`<rect part="segment" class="bar ${i == r.bottleneck ? 'bottleneck' : ''}" x=${b.x} y=${b.y} width=${b.width} height=${b.height} />`)}
            ${showForecast ? geo.forecast.map((b) => svg`<rect class="fc" x=${b.x} y=${b.y} width=${b.width} height=${b.height} />`) : nothing}
          </svg>
        </div>
        <ol class="steps">
          ${steps.map(row)}
        </ol>
      </div>
      <div class="steady">
        <div part="summary" aria-live="polite" aria-atomic="true">${lines.map((l) => html`<p>${l}</p>`)}</div>
        <div aria-hidden="true">${lines.map((_, k) => html`<p>${ghost('s' + k, (x) => summary(x)[k])}</p>`)}</div>
      </div>
      ${once('fixed', fixed)}
      <div>
        ${s.readonly ? nothing : html`<button part="reset" @click=${this._reset}>${t.reset}</button>`}
        ${s.noExport
          ? nothing
          : html`<button part="export" data-csv="1" @click=${this._export}>${t.csv}</button><button part="export" @click=${this._export}>${t.copy}</button>
              <span class="steady" role="status"><span>${this._status}</span><span aria-hidden="true">${t.copied}</span></span>`}
      </div>
    </div>`;
  }
}
