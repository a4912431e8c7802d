/** Marks the CSS for the build's minifier; the text is used as it is. */
const css = String.raw;

/**
 * Where each slider's thumb is, 0–100 %, as a class (`p37`): the part of the track left of the thumb is filled in
 * the accent colour from it. A class, not a `style` attribute, which a strict CSP blocks.
 */
const fills = Array.from({ length: 101 }, (_, i) => `.p${i}{--_p:${i / 100}}`).join('');

/**
 * Public tokens are `--sales-funnel-*`; private computed ones `--_*`. Colours come in light and dark through
 * `light-dark()`, resolved against the colour scheme: the page's (`theme="auto"`) or the one `theme` forces.
 * Sizes are in `em`, never `rem`, so a host's `html { font-size: 62.5% }` cannot shrink it. Default colours keep
 * text at ≥ 4.5:1 on the background (and the counts inside the slices on the slices), and the slices, the
 * forecast's edge and the controls at ≥ 3:1, in both schemes (WCAG 1.4.3 and 1.4.11).
 *
 * Layout, by the width of the element (container queries): wide, the funnel sits left of the steps, level with
 * them, each step on one line under column headers; narrow (below 36em), the funnel spans the width above the
 * steps with the counts inside its slices, and each step takes two lines: label and figures, then slider and
 * forecast. The key figures come first in both. Nothing moves but what the reader moves: no transition, no
 * animation (reduced motion, for everyone), and texts that change keep the size of their longest form.
 *
 * Type: two weights (400, 600) and few sizes (1.375em figures, 1em, 0.875em, 0.75em headers and chips). Each
 * weight and size more is another face the browser must look up and shape in the first layout: with the ten
 * this had (a 700, a 0.9375em), the article's funnel took 2 ms more to lay out the first time (Chromium,
 * `node test/bench/first-layout.mjs`).
 */
export const styles = css`
  /* !important: a page's own rules (even "* { all: unset }") cannot take these from the host. */
  /* The page's type, at a size that stays readable: a page's 4px or 160px does not make the funnel unreadable. */
  :host {
    display: block !important;
    font: inherit;
    font-size: clamp(12px, 1em, 32px);
    container-type: inline-size !important;
    --_text: var(--sales-funnel-text-color, light-dark(#1f1f1f, #ececef));
    --_bg: var(--sales-funnel-background, light-dark(#fff, #1c1c1f));
    --_muted: light-dark(#56565f, #b4b4bd);
    --_hair: light-dark(#e3e4e8, #38383f);
    --_step: var(--sales-funnel-step-color, light-dark(#3f6fb5, #86aee8));
    --_on-step: light-dark(#fff, #0c1a2e);
    --_tint: color-mix(in srgb, var(--_step) 28%, var(--_bg));
    --_forecast: var(--sales-funnel-forecast-color, light-dark(#0b6b2e, #7ddc97));
    --_accent: var(--sales-funnel-accent-color, light-dark(#0b57d0, #a8c7fa));
    --_track: light-dark(#c9ccd3, #55555e);
    --_warn: light-dark(#a1260d, #ffb4a4);
    --_surface: light-dark(#f3f4f7, #2b2b31);
    --_line: light-dark(#6b6f78, #8d8d99);
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    display: grid;
    align-content: start;
    /* minmax(0, …): a long word (a pasted URL as a heading) wraps instead of widening the element. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    font-family: var(--sales-funnel-font-family, inherit);
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--sales-funnel-radius, 0.75em);
    padding: 1em;
    line-height: 1.4;
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
    /* A funnel far from the screen (the tenth in a long post) is not styled, laid out or painted until the reader
       nears it; until then it keeps the height it last had, or about what the article's funnel takes. Here, not
       on the host: Firefox gives a query container with it no height at all. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 40em;
  }
  @media (max-width: 36em) {
    .root {
      contain-intrinsic-block-size: auto 62em;
    }
  }
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.25;
  }
  p,
  ul {
    margin: 0;
  }
  strong {
    font-weight: 600;
  }
  small,
  .muted,
  .range {
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* A text over its longest form, laid out unseen: the box keeps the size of the longest. */
  .stack {
    display: grid;
  }
  .stack > * {
    grid-area: 1 / 1;
  }
  /* What a slider move changes (a figure, a count, the slider's value, its thumb, the funnel's drawing) is laid
     out alone, in the room its ghost keeps: a box of its own size (size and layout containment) is where an
     engine can stop (Chromium's relayout boundary). One such change anywhere else, and every move lays the whole
     grid of rows out again: in Chromium 6.1 ms of layout a move at 100 steps, 1.1 ms at 6; contained, 1.5 and
     0.4 ms (test/bench/moves.mjs). Over a ghost, a live text takes the ghost's height (the stack's row,
     stretched); in a cell, one line. A live text wider than its room would spill, unseen by the boxes around it:
     test/element/layout.test.ts checks that none does. */
  .live,
  .slider > input {
    contain: size layout;
  }
  .live {
    display: block;
    height: 1lh;
  }
  .stack .live {
    height: 100%;
  }
  .slider {
    min-width: 0;
  }
  .slider > input {
    display: block;
  }
  .ghost {
    visibility: hidden;
  }
  /* The same for a figure on one line: its forms, one a line, as an unseen ::after that only lends its width. */
  [data-ghost]::after {
    content: attr(data-ghost);
    white-space: pre;
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
    white-space: nowrap;
  }

  /* The key figures: the answer first. */
  /* Side by side, the figures' label, value and extra each line up (subgrid rows). */
  /* Above the pin, which lies behind them (parts.ts, keyFigures). */
  .figures {
    position: relative;
    z-index: 2;
    background: var(--_bg);
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: 0 1.5em;
  }
  /* The first figure in a line at the top of the screen once the figures are off it; a page with a sticky bar of
     its own sets --sales-funnel-sticky-top to its height. In the figures' cell, behind them, shorter than they are:
     it takes no room. Its text in a box of its own height, clipped, inside it (not the grid's item itself): a move
     that changes the text lays out nothing else (without that, a move at 100 steps took twice as long). */
  .pin {
    position: sticky;
    top: var(--sales-funnel-sticky-top, 0);
    z-index: 1;
    align-self: start;
    height: calc(1lh + 0.5em + 2px);
    box-sizing: border-box;
    background: var(--_bg);
    padding: 0.25em 0;
    border-bottom: 1px solid var(--_hair);
  }
  .pin > div {
    height: 100%;
    contain: strict;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .pin,
  .figures {
    grid-area: 1 / 1;
  }
  .heading ~ .pin,
  .heading ~ .figures {
    grid-row: 2;
  }
  .readonly .pin {
    display: none;
  }
  .figure {
    display: grid;
    grid-row: span 3;
    grid-template-rows: subgrid;
  }
  .figure .label {
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
  }
  .value {
    font-size: 1.375em;
    font-weight: 600;
    line-height: 1.2;
  }
  .extra {
    font-weight: 600;
    color: var(--_forecast);
  }
  .extra.hint {
    color: var(--_muted);
  }

  /* The funnel and the steps: one grid, so every row's columns line up (subgrid). */
  .board {
    display: grid;
    grid-template-columns: minmax(3em, 15%) minmax(8.5em, 2.5fr) auto minmax(5em, 1.5fr) auto auto;
    column-gap: 0.625em;
  }
  .readonly .board {
    grid-template-columns: minmax(4em, 30%) minmax(0, 1fr) auto auto;
  }
  .readonly.still .board {
    grid-template-columns: minmax(4em, 30%) minmax(0, 1fr) auto;
  }
  .head,
  .steps,
  .row {
    display: grid;
    grid-template-columns: subgrid;
    grid-column: 2 / -1;
    align-items: center;
  }
  .row {
    grid-column: 1 / -1;
  }
  .head {
    grid-row: 1;
    font-size: 0.75em;
    color: var(--_muted);
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_hair);
  }
  .head .slide {
    grid-column: 3 / span 2;
  }
  /* The headers are not bold, the forecast's among them. */
  .head .now,
  .head .then {
    text-align: end;
    font-weight: 400;
  }
  .steps {
    grid-row: 2;
    grid-auto-rows: 1fr;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    min-height: 2.75em;
    box-sizing: border-box;
    padding: 0.25em 0;
    border-bottom: 1px solid var(--_hair);
  }
  .shape {
    grid-column: 1;
    grid-row: 2;
    position: relative;
  }
  .shape > svg {
    position: absolute;
    top: 0;
    left: 0;
    width: 100%;
    height: 100%;
    contain: size layout;
  }
  .shape text {
    display: none;
  }
  .legend {
    grid-column: 1 / -1;
    grid-row: 3;
    margin-top: 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
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
  .key.then {
    margin-inline-start: 1em;
    background: var(--_tint);
    outline: 1.5px dashed var(--_forecast);
    outline-offset: -1.5px;
  }
  .name {
    grid-column: 1;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.125em 0.5em;
  }
  /* A label of 10,000 characters shows its first two lines; all of it is in the page for screen readers. */
  .label {
    font-weight: 600;
    min-width: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .chip {
    font: inherit;
    background: none;
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.5;
    color: var(--_warn);
    border: 1px solid currentColor;
    border-radius: 0.75em;
    padding: 0 0.5em;
    white-space: nowrap;
  }
  .now,
  .val,
  .then {
    text-align: end;
    white-space: nowrap;
  }
  .now {
    grid-column: 2;
  }
  .now small,
  .then small {
    margin-inline-start: 0.3em;
  }
  .slider {
    grid-column: 3;
  }
  .val {
    grid-column: 4;
    font-size: 0.875em;
    text-align: start;
  }
  .then {
    grid-column: 5;
    font-weight: 600;
    min-width: 3em;
  }
  .readonly .then {
    grid-column: 3;
  }
  .readonly .row {
    min-height: 2.25em;
  }
  .then.same {
    font-weight: 400;
    color: var(--_muted);
  }
  .up {
    color: var(--_forecast);
  }
  .down {
    color: var(--_warn);
  }

  /* The funnel's slices, the forecast as a lighter extension with a dashed edge, the bottleneck outlined. */
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

  /* The slider: a native range, its track filled in the accent colour up to the thumb, a 24 px hit area. */
  input[type='range'] {
    -webkit-appearance: none;
    appearance: none;
    width: 100%;
    min-width: 0;
    height: max(24px, 1.5em);
    margin: 0;
    background: transparent;
    cursor: pointer;
  }
  input[type='range']::-webkit-slider-runnable-track {
    height: 0.375em;
    border-radius: 1em;
    background: linear-gradient(to right, var(--_accent) calc(0.625em + var(--_p, 0) * (100% - 1.25em)), var(--_track) 0);
  }
  input[type='range']::-moz-range-track {
    height: 0.375em;
    border-radius: 1em;
    background: var(--_track);
  }
  input[type='range']::-moz-range-progress {
    height: 0.375em;
    border-radius: 1em;
    background: var(--_accent);
  }
  input[type='range']::-webkit-slider-thumb {
    -webkit-appearance: none;
    box-sizing: border-box;
    width: 1.25em;
    height: 1.25em;
    margin-top: -0.4375em;
    border-radius: 50%;
    border: 0.1875em solid var(--_bg);
    background: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  input[type='range']::-moz-range-thumb {
    box-sizing: border-box;
    width: 1.25em;
    height: 1.25em;
    border-radius: 50%;
    border: 0.1875em solid var(--_bg);
    background: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 0.25em;
  }
  ${fills}

  /* Details on demand, on one line with the buttons; opened, they take the width above them. */
  .insights {
    flex: 1 1 16em;
    min-width: 0;
  }
  .insights[open] {
    flex-basis: 100%;
  }
  summary,
  button.chip {
    cursor: pointer;
  }
  .about {
    color: var(--_muted);
  }
  .warn {
    color: var(--_warn);
  }
  .body {
    display: grid;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .body ul {
    padding-inline-start: 1.25em;
  }

  /* Buttons and the export menu, in our own colours: an engine's native button has no say in their contrast. */
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 0.5em;
    border-top: 1px solid var(--_hair);
    padding-top: 0.5em;
  }
  .button {
    font: inherit;
    font-size: 0.875em;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: 0.5em;
    padding: 0.3em 0.8em;
    min-height: 24px;
    cursor: pointer;
  }
  .menu {
    position: relative;
    margin-inline-start: auto;
  }
  .menu > summary {
    list-style: none;
  }
  .menu > summary::-webkit-details-marker {
    display: none;
  }
  .items {
    position: absolute;
    z-index: 1;
    bottom: calc(100% + 0.25em);
    inset-inline-end: 0;
    display: grid;
    gap: 0.25em;
    min-width: max-content;
    padding: 0.5em;
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: 0.5em;
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.15);
  }
  .status:empty {
    display: none;
  }
  .error {
    border-inline-start: 0.3em solid var(--_warn);
    padding-inline-start: 0.8em;
  }
  .error ul {
    padding-inline-start: 1.2em;
  }

  /* Narrow: the funnel across the width above the steps, counts inside; each step on two lines. */
  @container (max-width: 36em) {
    /* Two lines: the label, then the figure. */
    .pin {
      height: calc(2lh + 0.5em + 2px);
    }
    .pin > div > * {
      display: block;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .board,
    .readonly .board,
    .readonly.still .board {
      grid-template-columns: minmax(0, 1fr) auto auto;
    }
    .shape,
    .legend,
    .head,
    .steps,
    .row {
      grid-column: 1 / -1;
    }
    .shape {
      grid-row: 1;
      margin-bottom: 0.25em;
    }
    .shape > svg {
      position: static;
      display: block;
      /* Its height is its own here (the height attribute), so not contained. */
      contain: none;
    }
    .shape text {
      display: inline;
    }
    .legend {
      grid-row: 2;
      margin: 0 0 0.75em;
    }
    .head {
      grid-row: 3;
    }
    .steps {
      grid-row: 4;
      grid-auto-rows: auto;
    }
    .name {
      grid-column: 1 / 3;
    }
    .now {
      grid-column: 3;
    }
    .head .slide {
      grid-column: 1 / 3;
    }
    .head .now,
    .head .then {
      grid-column: 3;
    }
    .head .then,
    .head .slide {
      grid-row: 2;
    }
    .slider {
      grid-column: 1;
      grid-row: 2;
    }
    .val {
      grid-column: 2;
      grid-row: 2;
    }
    .then {
      grid-column: 3;
      grid-row: 2;
    }
    .readonly .name {
      grid-column: 1;
    }
    .readonly .now {
      grid-column: 2;
    }
    .readonly .then,
    .readonly .head .then {
      grid-column: 3;
      grid-row: 1;
    }
    .figure + .figure .value {
      font-size: 1.125em;
    }
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
    .key.then {
      background: Canvas;
      outline-color: Highlight;
    }
    input[type='range'] {
      -webkit-appearance: auto;
      appearance: auto;
    }
  }
`;
