/**
 * The host, its colours and type, and what every part uses: the ghosts that keep texts' sizes, the live boxes a
 * slider move lays out alone, text for screen readers only.
 *
 * Public tokens are `--sales-funnel-*`; private computed ones `--_*`. Colours come in light and dark through
 * `light-dark()`, resolved against the colour scheme: the page's (`theme="auto"`) or the one `theme` forces.
 * Sizes are in `em`, never `rem`, so a host's `html { font-size: 62.5% }` cannot shrink it. Default colours keep
 * text at ≥ 4.5:1 on the background (and the counts inside the slices on the slices), and the slices, the
 * forecast's edge and the controls at ≥ 3:1, in both schemes (WCAG 1.4.3 and 1.4.11).
 *
 * Type: two weights (400, 600) and few sizes (1.375em figures, 1em, 0.875em, 0.75em headers and chips). Each
 * weight and size more is another face the browser must look up and shape in the first layout
 * (`node test/bench/first-layout.mjs` measures it).
 */
import { css } from './css.js';

export const host = css`
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
    gap: 0.5em;
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
    @media (max-width: 28em) {
      contain-intrinsic-block-size: auto 62em;
    }
  }
  /* Nothing to show yet (its words or the page still loading): no box at all, rather than an empty one the funnel
     then replaces at another height, moving what is below it twice (a layout shift). */
  .root:empty {
    display: none;
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
  /* The range's paragraph (with the period before, its line first) runs to three or four lines in a blog's column:
     the tighter of DESIGN's line heights. */
  .range {
    line-height: 1.3;
  }
  .up {
    color: var(--_forecast);
  }
  .down {
    color: var(--_warn);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 0.25em;
  }
  /* What takes focus is scrolled into view below the line of the first key figure, which stays at the top of the
     screen (.pin), and below a page's own sticky bar: never hidden under them (WCAG 2.2, 2.4.11). */
  input,
  button,
  summary {
    scroll-margin-top: calc(var(--sales-funnel-sticky-top, 0px) + 4em);
  }

  /* A text over its longest form, laid out unseen: the box keeps the size of the longest. */
  .stack {
    display: grid;
  }
  .stack > * {
    grid-area: 1 / 1;
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
  /* What a slider move changes (a figure, a count, the slider's value, its thumb, the funnel's drawing) is laid
     out alone, in the room its ghost keeps: a box of its own size (size and layout containment) is where an
     engine can stop (Chromium's relayout boundary). One such change anywhere else, and every move lays the whole
     grid of rows out again (test/bench/moves.mjs measures it). Over a ghost, a live text takes the ghost's height
     (the stack's row, stretched); in a cell, one line. A live text wider than its room would spill, unseen by the
     boxes around it: test/element/layout.test.ts checks that none does. */
  .live {
    contain: size layout;
    display: block;
    height: 1lh;
  }
  .stack .live {
    height: 100%;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
