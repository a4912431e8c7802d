/** Marks the CSS for the build's minifier; the text is used as it is. */
const css = String.raw;

/**
 * Public tokens are `--sales-funnel-*`; private computed ones `--_*`. Colours come in light and dark
 * through `light-dark()`, resolved against the colour scheme: the page's (`theme="auto"`) or the one
 * `theme` forces. Sizes are in `em`, never `rem`, so a host's `html { font-size: 62.5% }` cannot shrink it.
 * Default colours keep text at ≥ 4.5:1 on the background, and the bars at ≥ 3:1 on the background and the
 * forecast at ≥ 3:1 on the bars, in both schemes (WCAG 1.4.3 and 1.4.11).
 */
export const styles = css`
  /* !important: a page's own rules (even "* { all: unset }") cannot take these from the host. */
  /* The page's type, at a size that stays readable: a page's 4px or 160px does not make the funnel unreadable. */
  :host {
    display: block !important;
    font: inherit;
    font-size: clamp(12px, 1em, 32px);
    container-type: inline-size !important;
    --_muted: light-dark(#4a4a50, #b9b9c1);
    --_step: var(--sales-funnel-step-color, light-dark(#5a8ad0, #5a7fb8));
    --_forecast: var(--sales-funnel-forecast-color, light-dark(#0b3d1a, #c4f5d0));
    --_accent: var(--sales-funnel-accent-color, light-dark(#0b57d0, #a8c7fa));
    --_warn: light-dark(#a1260d, #ffb4a4);
    --_surface: light-dark(#f1f2f5, #2b2b31);
    --_line: light-dark(#6b6f78, #8d8d99);
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    font-family: var(--sales-funnel-font-family, inherit);
    color: var(--sales-funnel-text-color, light-dark(#1f1f1f, #ececef));
    background: var(--sales-funnel-background, light-dark(#fff, #1c1c1f));
    border-radius: var(--sales-funnel-radius, 0.75em);
    padding: 1em;
    line-height: 1.4;
    overflow-wrap: break-word;
    font-variant-numeric: tabular-nums;
  }
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
  }
  /* The funnel beside equal rows: its bands, stretched over them, stay level with each row. */
  .funnel {
    display: grid;
    /* minmax(0, …): a column may shrink below its content's widest line (Firefox's range input is wide). */
    grid-template-columns: minmax(2em, 24%) minmax(0, 1fr);
    gap: 0 1em;
  }
  .shape {
    position: relative;
  }
  svg {
    position: absolute;
    width: 100%;
    height: 100%;
  }
  .bar,
  .flow {
    fill: var(--_step);
  }
  .flow {
    opacity: 0.35;
  }
  /* Nothing moves but what the reader moves: no transition, no animation (reduced motion, for everyone). */
  .fc {
    fill: var(--_forecast);
  }
  .bottleneck {
    stroke: var(--_warn);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .steps {
    display: grid;
    grid-auto-rows: 1fr;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .steps > li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 11em) 8.5em;
    align-items: center;
    gap: 0.2em 1em;
    padding: 0.4em 0;
  }
  .readonly .steps > li {
    grid-template-columns: minmax(0, 1fr) 8.5em;
  }
  ul {
    padding-inline-start: 1.2em;
  }
  .text,
  .test {
    min-width: 0;
  }
  /* A label of 10,000 characters shows its first three lines; all of it is in the page for screen readers. */
  strong {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  small,
  .test {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .warn {
    color: var(--_warn);
  }
  .slider {
    min-width: 0;
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  input {
    flex: 1;
    width: 100%;
    min-width: 0;
    accent-color: var(--_accent);
  }
  .forecast {
    text-align: end;
  }
  .up {
    color: var(--_forecast);
  }
  .test {
    grid-column: 1 / -1;
  }
  .root > * + * {
    margin-top: 1em;
  }
  p {
    margin: 0.2em 0;
  }
  /* Buttons in our own colours: an engine's native button (WebKitGTK's light grey) has no say in their contrast. */
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: 0.5em;
    padding: 0.25em 0.75em;
    margin-inline-end: 0.5em;
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .error {
    border-inline-start: 0.3em solid var(--_warn);
    padding-inline-start: 0.8em;
  }
  /* The live figures over the extremes' unseen: the box keeps the size of the longest. */
  .steady {
    display: inline-grid;
  }
  div.steady,
  .test .steady {
    display: grid;
  }
  .steady > * {
    grid-area: 1 / 1;
  }
  .steady > [aria-hidden] {
    visibility: hidden;
  }
  .wide {
    display: inline-block;
  }
  .wide::after {
    content: attr(data-ghost);
    display: block;
    height: 0;
    overflow: hidden;
    visibility: hidden;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  /* Narrow: the slider goes under its label; very narrow: the forecast under the slider too. */
  @container (max-width: 48em) {
    .steps > li {
      grid-template-columns: minmax(0, 1fr) 8.5em;
    }
    .text {
      grid-column: 1 / -1;
    }
  }
  @container (max-width: 26em) {
    .funnel {
      grid-template-columns: 2em minmax(0, 1fr);
    }
    .steps > li,
    .readonly .steps > li {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .bar,
    .flow {
      fill: GrayText;
    }
    .fc {
      fill: Highlight;
    }
    .bottleneck {
      stroke: CanvasText;
    }
  }
`;
