import { css } from 'lit';

/**
 * Public tokens are `--sales-funnel-*`; private computed ones `--_*`. Colours come in light and dark
 * through `light-dark()`, resolved against the colour scheme: the page's (`theme="auto"`) or the one
 * `theme` forces. Sizes are in `em`, never `rem`, so a host's `html { font-size: 62.5% }` cannot shrink it.
 * Default colours keep text at ≥ 4.5:1 on the background, and the bars at ≥ 3:1 on the background and the
 * forecast at ≥ 3:1 on the bars, in both schemes (WCAG 1.4.3 and 1.4.11).
 */
export const styles = css`
  :host {
    display: block;
    font: inherit;
    container-type: inline-size;
    --_font: var(--sales-funnel-font-family, inherit);
    --_text: var(--sales-funnel-text-color, light-dark(#1f1f1f, #ececef));
    --_muted: light-dark(#4a4a50, #b9b9c1);
    --_bg: var(--sales-funnel-background, light-dark(#fff, #1c1c1f));
    --_step: var(--sales-funnel-step-color, light-dark(#5a8ad0, #5a7fb8));
    --_forecast: var(--sales-funnel-forecast-color, light-dark(#0b3d1a, #c4f5d0));
    --_accent: var(--sales-funnel-accent-color, light-dark(#0b57d0, #a8c7fa));
    --_warn: light-dark(#a1260d, #ffb4a4);
    --_radius: var(--sales-funnel-radius, 0.75em);
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: 1em;
    line-height: 1.4;
    overflow-wrap: break-word;
  }
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
  }
  h3 {
    font-size: 1.2em;
    margin: 0 0 0.75em;
  }
  .funnel {
    position: relative;
    display: grid;
    grid-template-columns: minmax(3em, 24%) 1fr;
    gap: 0 1em;
  }
  .shape {
    position: relative;
  }
  svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .bar,
  .flow {
    fill: var(--_step);
  }
  .flow {
    opacity: 0.35;
  }
  .fc {
    fill: var(--_forecast);
    transition: x 0.15s, width 0.15s;
  }
  .bottleneck {
    stroke: var(--_warn);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .steps > li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 11em 7.5em;
    align-items: center;
    gap: 0.2em 1em;
    padding: 0.4em 0;
  }
  .readonly .steps > li {
    grid-template-columns: minmax(0, 1fr) 7.5em;
  }
  .label {
    font-weight: 600;
  }
  .figures,
  .note {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .note {
    color: var(--_warn);
  }
  .badge {
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_warn);
    border: 1px solid;
    border-radius: 1em;
    padding: 0 0.5em;
    margin-inline-start: 0.5em;
    white-space: nowrap;
  }
  .slider {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  input {
    flex: 1;
    min-width: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  .value,
  .forecast,
  .summary {
    font-variant-numeric: tabular-nums;
  }
  .value {
    min-width: 4em;
    text-align: end;
    white-space: nowrap;
  }
  .forecast {
    text-align: end;
  }
  .diff {
    margin-inline-start: 0.3em;
  }
  .up {
    color: var(--_forecast);
  }
  .summary,
  .goal {
    margin-top: 1em;
  }
  .summary p,
  .goal p {
    margin: 0.2em 0;
  }
  .goal ul {
    margin: 0.2em 0;
    padding-inline-start: 1.2em;
  }
  button {
    font: inherit;
    margin-top: 1em;
    color: var(--_accent);
    background: none;
    border: 1px solid;
    border-radius: 0.4em;
    padding: 0.3em 0.9em;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .error {
    border-inline-start: 0.3em solid var(--_warn);
    padding-inline-start: 0.8em;
  }
  .error ul {
    margin: 0.4em 0 0;
    padding-inline-start: 1.2em;
  }
  /* The live figures over the extremes' unseen: the box keeps the size of the longest. */
  .steady {
    display: inline-grid;
    justify-items: end;
  }
  div.steady {
    display: grid;
    justify-items: stretch;
  }
  .steady > * {
    grid-area: 1 / 1;
  }
  .steady > [aria-hidden] {
    visibility: hidden;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Narrow: the slider goes under its label; very narrow: the forecast under the slider too. */
  @container (max-width: 48em) {
    .steps > li,
    .readonly .steps > li {
      grid-template-columns: minmax(0, 1fr) 7.5em;
    }
    .text {
      grid-column: 1 / -1;
    }
  }
  @container (max-width: 26em) {
    .funnel {
      grid-template-columns: minmax(2em, 18%) 1fr;
      gap: 0 0.75em;
    }
    .steps > li,
    .readonly .steps > li {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .fc {
      transition: none;
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
