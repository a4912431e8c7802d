/** The funnel's drawing: the slices, the forecast as a lighter extension with a dashed edge, the bottleneck outlined; its key, in the column headers. */
import { css } from './css.js';

export const funnel = css`
  /* Wide, the drawing fills its cell beside the rows, laid out alone (its size is the cell's); narrow, it stands
     above them at its own height, with the counts inside the slices. */
  .shape > svg {
    position: absolute;
    top: 0;
    left: 0;
    width: 100%;
    height: 100%;
    contain: size layout;
    @container (max-width: 28em) {
      position: static;
      display: block;
      contain: none;
    }
  }
  .shape text {
    display: none;
    @container (max-width: 28em) {
      display: inline;
    }
  }
  .slice {
    fill: var(--_step);
  }
  .fc {
    fill: var(--_tint);
  }
  .edge {
    fill: none;
    stroke: var(--_forecast);
    stroke-width: 1.5px;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  .bottleneck {
    stroke: var(--_warn);
    stroke-width: 2.5px;
    vector-effect: non-scaling-stroke;
  }
  text {
    font-size: 0.875em;
    font-weight: 600;
    dominant-baseline: central;
    fill: var(--_text);
  }
  text.in {
    fill: var(--_on-step);
    text-anchor: middle;
  }
  .key {
    display: inline-block;
    width: 0.875em;
    height: 0.875em;
    border-radius: 0.2em;
    vertical-align: -0.1em;
    margin-inline-end: 0.35em;
    background: var(--_step);
  }
  .key-then {
    background: var(--_tint);
    outline: 1.5px dashed var(--_forecast);
    outline-offset: -1.5px;
  }
  /* The forecast's key where a forecast is drawn; its room kept, so the first move shifts nothing. */
  .root:not(.moved) .key-then {
    visibility: hidden;
  }

  @media (forced-colors: active) {
    .slice {
      fill: CanvasText;
    }
    .fc {
      fill: Canvas;
    }
    .edge {
      stroke: Highlight;
    }
    .bottleneck {
      stroke: Mark;
    }
    text.in {
      fill: Canvas;
    }
    .key {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .key-then {
      background: Canvas;
      outline-color: Highlight;
    }
  }
`;
