/**
 * The element's templates, one small named part each, laying out what the view (`view.ts`) decided. No decision
 * is made here: every text comes from the view, every event goes to a handler of the element.
 */
import { html, nothing, svg } from 'lit/html.js';
import type { Moving } from './ghosts.js';
import type { ExportKind, FunnelView, Row } from './model.js';

export interface Handlers {
  /** A slider moves (every step of a drag). */
  input(e: Event): void;
  /** A slider rests (released, or a key let go). */
  change(e: Event): void;
  reset(): void;
  /** One of the export menu's items. */
  exportAs(kind: ExportKind): void;
  /** The insights open or close. */
  toggle(e: Event): void;
  /** The export menu opens or closes: its items are made only while it is open. */
  menu(e: Event): void;
  /** Opens the insights, where an unsure bottleneck is explained. */
  explain(): void;
}

/** A text that keeps the size of its longest form (`ghost`), laid out unseen beneath it. */
export const steady = (text: string, ghost: string) =>
  html`<span class="stack"><span>${text}</span><span class="ghost" aria-hidden="true">${ghost}</span></span>`;

/**
 * The same, for what a slider move changes in the figures: the text is `live` (styles.ts), laid out alone when it
 * changes, in the room its ghost keeps, rather than with everything around it. Lines only: a live box has no
 * baseline for a list's bullet to sit on.
 */
const steadyLive = (text: string, ghost: string) =>
  html`<span class="stack"><span><span class="live">${text}</span></span><span class="ghost" aria-hidden="true">${ghost}</span></span>`;

/** A list of texts. */
export const list = (items: unknown[]) => html`<ul>
  ${items.map((x) => html`<li>${x}</li>`)}
</ul>`;

export const heading = (v: FunnelView) =>
  v.heading
    ? html`<div part="heading" class="heading" role="heading" aria-level=${v.heading.level}>${v.heading.text}</div>`
    : nothing;

/**
 * The answer first: customers and revenue, today → with the improvements, the extra, (compared with the period
 * before, `compared`: the compare chunk's line, at the top of the range's paragraph), the likely range. Before
 * them, the first figure again in one line (`pin`), hidden behind them until they scroll out of the screen: it
 * stays at the top of the screen while the rest of the funnel is on it, so the answer is in view while a slider
 * far below moves (a phone, a long funnel). Only CSS knows when: a sticky line in the figures' cell, under them.
 */
export const keyFigures = (
  v: FunnelView,
  g: Moving,
  spoken: string,
  compared: unknown = nothing,
) => html`<div class="pin" aria-hidden="true">
    <div><small>${v.figures[0].label}</small> <span><strong>${v.figures[0].value}</strong> <small class="up">${v.figures[0].hint ? '' : v.figures[0].extra}</small></span></div>
  </div>
  <div part="summary" class="figures">
    ${v.figures.map(
      (fig, k) => html`<div class="figure">
        <div class="label">${fig.label}</div>
        <div class="value">${steadyLive(fig.value, g.figures[k].value)}</div>
        <div class="extra ${fig.hint ? 'hint' : ''}">${steadyLive(fig.extra, g.figures[k].extra)}</div>
      </div>`,
    )}
  </div>
  <p class="range">${compared}${steadyLive(v.range, g.range)}</p>
  <p class="sr" aria-live="polite" aria-atomic="true">${spoken}</p>`;

/**
 * The funnel: one slice per step, the forecast as a lighter extension with a dashed edge, the period before as a
 * thin outline, counts for the narrow layout; its key is in the column headers (the period before's in the
 * compare line).
 */
export function funnel(v: FunnelView) {
  const { shape, bottleneck, alt, height, labels, forecast } = v.funnel;
  return html`<div class="shape">
      <svg part="funnel" role="img" aria-label=${alt} height="${height}em">
        <svg viewBox="0 0 ${shape.width} ${shape.height}" preserveAspectRatio="none" width="100%" height="100%">
          ${forecast.map((moved, i) => (moved ? svg`<polygon class="fc" points=${shape.forecast[i]} />` : nothing))}
          ${shape.slices.map((p, i) => svg`<polygon part="segment" class="slice ${i == bottleneck ? 'bottleneck' : ''}" points=${p} />`)}
          ${forecast.map((moved, i) => (moved ? svg`<polygon class="edge" points=${shape.forecast[i]} />` : nothing))}
          ${shape.before.map((p) => svg`<polygon class="was" points=${p} />`)}
        </svg>
        ${labels.map((l) => svg`<text class=${l.inside ? 'in' : 'out'} x="${l.x}%" y="${l.y}%">${l.text}</text>`)}
      </svg>
    </div>`;
}

/** One step: its label, its count and conversion now, its slider, its forecast. */
const row = (r: Row, i: number, g: Moving, h: Handlers) => html`<li part="step" class="row">
  <span class="name"
    ><span part="label" class="label">${r.label}</span>${
      !r.chip
        ? nothing
        : r.chip.pending
          ? html`<span class="target pending" aria-hidden="true"><span class="chip">${r.chip.text}</span></span>`
          : r.chip.explain
            ? html`<button class="target" @click=${h.explain}><span class="chip">${r.chip.text}</span><span class="sr">${r.chip.explain}</span></button>`
            : html`<span class="chip">${r.chip.text}</span>`
    }${
      r.moved
        ? html`<span class="chip ${r.moved.kind}"><span aria-hidden="true">${r.moved.sign}<span class="word">${r.moved.word}</span></span><span class="sr">${r.moved.explain}</span></span>`
        : nothing
    }</span
  >
  <span class="now"
    >${r.count}
    ${r.conversion || r.before ? html`<small>${r.before ? html`<span class="before">${r.before}</span>` : nothing}${r.conversion}</small>` : nothing}</span
  >
  ${
    r.slider
      ? html`<span class="slider"
          ><input
          type="range"
          part="slider"
          class="p${r.slider.fill}"
          min=${r.slider.min}
          max=${r.slider.max}
          step="1"
          .value=${String(r.slider.value)}
          data-i=${i}
          aria-label=${r.slider.name}
          aria-valuetext=${r.slider.valueText}
          @input=${h.input}
          @change=${h.change}
        /></span
        ><span class="val ${r.slider.value ? '' : 'muted'}" aria-hidden="true" data-ghost=${g.shown[i]}><span class="live">${r.slider.shown}</span></span>`
      : nothing
  }
  ${
    r.then === null
      ? nothing
      : html`<span class="then ${r.extra ? '' : 'same'}" data-ghost=${g.then[i]} data-stacked=${g.stacked[i]}
        ><span class="live">${r.then} ${r.extra ? html`<small class=${r.up ? 'up' : 'down'}>${r.extra}</small>` : nothing}</span></span
      >`
  }
</li>`;

/** The funnel beside (or above) the steps, under headers that say what each column is. */
export const board = (v: FunnelView, g: Moving, h: Handlers) => html`<div class="board">
  <div class="head" aria-hidden="true">
    ${v.headers.map((x) => html`<span class=${x.column}>${x.key ? html`<span class="key key-${x.key}"></span>` : nothing}${x.text}</span>`)}
  </div>
  ${funnel(v)}
  <ol class="steps">
    ${v.rows.map((r, i) => row(r, i, g, h))}
  </ol>
</div>`;

/**
 * Details on demand: closed, it is one line, what the insights are about or, where a step has too little data,
 * that warning instead (a test's verdict first, plain, where there is one); its content (`insights.ts`, a chunk) is made when it opens.
 */
export const insights = (
  v: FunnelView,
  body: unknown,
  h: Handlers,
) => html`<details class="insights" ?open=${!!body} @toggle=${h.toggle}>
  <summary>
    <strong>${v.insights.title}:</strong>
    ${v.insights.lead ? html`<span class="lead">${v.insights.lead}${v.insights.warn ? ' · ' : ''}</span>` : nothing}
    ${v.insights.warn ? html`<span class="warn">${v.insights.warn}</span>` : v.insights.lead ? nothing : html`<span class="about">${v.insights.about}</span>`}
  </summary>
  ${body ?? nothing}
</details>`;

/** The insights, then reset and the export in a small menu (its items there while it is open), on one line where it fits. */
export const footer = (
  v: FunnelView,
  details: unknown,
  status: string,
  items: { kind: ExportKind; text: string }[],
  h: Handlers,
) =>
  html`<div class="foot">
    ${details} ${v.reset ? html`<button part="reset" class="button" @click=${h.reset}>${v.reset}</button>` : nothing}
    ${
      v.exporting
        ? html`<details class="menu" @toggle=${h.menu}>
            <summary part="export" class="button">${v.exporting.label}</summary>
            ${
              items.length
                ? html`<div class="items">
                  ${items.map((x) => html`<button part="export" class="button" @click=${() => h.exportAs(x.kind)}>${x.text}</button>`)}
                </div>`
                : nothing
            }
          </details>
          <span class="status" role="status">${status}</span>`
        : nothing
    }
  </div>`;

/** With `src`: how fresh the sheet's figures are ("Figures of 3 December, 10:15"), and what went wrong, if anything. */
export const sheetLine = (line: string, problem: string) =>
  html`<p class="sheet" role="status">${line}${problem ? html` <span class="warn">${problem}</span>` : nothing}</p>`;

/** In place of the funnel when the configuration cannot be used: what is wrong, and where. */
export const errorPanel = (title: string, lines: string[]) =>
  html`<div part="error" class="error" role="alert"><strong>${title}</strong>${list(lines)}</div>`;
