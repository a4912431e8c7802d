/**
 * The board: the funnel beside the steps (wide) or above them (narrow), under column headers, each step a row.
 * One grid, so every row's columns line up (the rows and the headers are subgrids of its columns).
 *
 * Three layouts, by the width of the element (container queries), their edges set by the widths of what the
 * cells hold, in em of the text (measured in DejaVu Sans and Serif, 16–20 px):
 *   wide     40em and up: each step one line, its figures in one line each ("400 · 40%", "144 +24"). It needs
 *            the funnel's 3em, the longest label's 8.5em, 6.7em of count and conversion, the slider's 5em, 2.8em
 *            of value, 8em of forecast and change at the sliders' extremes ("2.000 +1.000"), and the gaps.
 *   compact  28em to 40em (a blog column at 18–20 px text): still one line a step, the figures stacked in their
 *            cells (the count over its conversion, the forecast over its change), the funnel and the gaps
 *            narrower; the label wraps by word. About 23em of cells and 5em or more for the label.
 *   narrow   up to 28em (a phone): the funnel across the width above the steps, the counts inside its slices;
 *            each step on two lines: the label and its figures, then the slider, its value and the forecast.
 * Each cell names its area once; each layout says where the areas are (`grid-template-areas` of the headers and
 * rows).
 */
import { css } from './css.js';

export const board = css`
  .board {
    display: grid;
    grid-template-columns: minmax(3em, 15%) minmax(8.5em, 2.5fr) auto minmax(5em, 1.5fr) auto auto;
    column-gap: 0.625em;
    @container (28em < width < 40em) {
      grid-template-columns: minmax(3em, 12%) minmax(5em, 3fr) auto minmax(4em, 1.25fr) auto auto;
      /* Narrow enough that the article's longest word ("Gekwalificeerd", bold) keeps its line at 620 px and 20 px. */
      column-gap: 0.4em;
    }
    @container (max-width: 28em) {
      grid-template-columns: minmax(0, 1fr) auto auto;
    }
  }
  .readonly .board {
    grid-template-columns: minmax(4em, 30%) minmax(0, 1fr) auto auto;
  }
  .readonly.still .board {
    grid-template-columns: minmax(4em, 30%) minmax(0, 1fr) auto;
  }
  .readonly .board,
  .readonly.still .board {
    @container (max-width: 28em) {
      grid-template-columns: minmax(0, 1fr) auto auto;
    }
  }

  /* Where the board's parts are: the funnel left of the steps, or above them. */
  .head,
  .steps {
    display: grid;
    grid-template-columns: subgrid;
    grid-column: 2 / -1;
    align-items: center;
    @container (max-width: 28em) {
      grid-column: 1 / -1;
    }
  }
  .head {
    grid-row: 1;
    @container (max-width: 28em) {
      grid-row: 2;
    }
  }
  .steps {
    grid-row: 2;
    grid-auto-rows: 1fr;
    margin: 0;
    padding: 0;
    list-style: none;
    @container (max-width: 28em) {
      grid-row: 3;
      grid-auto-rows: auto;
    }
  }
  .shape {
    grid-column: 1;
    grid-row: 2;
    position: relative;
    @container (max-width: 28em) {
      grid-column: 1 / -1;
      grid-row: 1;
      margin-bottom: 0.75em;
    }
  }

  /* The headers and each row: where each cell is, by layout. */
  .head,
  .row {
    align-items: center;
    grid-template-areas: 'name now slide val then';
    @container (max-width: 28em) {
      grid-template-areas:
        'name name now'
        'slide val then';
    }
  }
  .readonly :is(.head, .row) {
    grid-template-areas: 'name now then';
  }
  .readonly.still :is(.head, .row) {
    grid-template-areas: 'name now';
    @container (max-width: 28em) {
      grid-template-areas: 'name now .';
    }
  }
  .row {
    display: grid;
    grid-template-columns: subgrid;
    grid-column: 1 / -1;
    min-height: 2.75em;
    box-sizing: border-box;
    padding: 0.25em 0;
    border-bottom: 1px solid var(--_hair);
  }
  .readonly .row {
    min-height: 2.25em;
  }
  .name {
    grid-area: name;
  }
  .now {
    grid-area: now;
  }
  .slider {
    grid-area: slide;
  }
  .val {
    grid-area: val;
  }
  .then {
    grid-area: then;
  }

  /* The headers: small, muted; the slider's over the slider and its value. */
  .head {
    font-size: 0.75em;
    color: var(--_muted);
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_hair);
  }
  .head .slide {
    grid-area: slide-start / slide-start / val-end / val-end;
  }
  /* The headers are not bold, the forecast's among them. */
  .head .now,
  .head .then {
    text-align: end;
    font-weight: 400;
  }

  /* A step's cells. */
  .name {
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
  /* A chip that opens the insights: a target of at least 24 × 24 px around it (WCAG 2.2, 2.5.8). */
  .target {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    min-height: 24px;
    display: inline-flex;
    align-items: center;
    cursor: pointer;
  }
  .pending {
    visibility: hidden;
  }
  .now,
  .val,
  .then {
    text-align: end;
    white-space: nowrap;
  }
  /* Compact: the conversion and the change each on a line of their own, under the figure they belong to. */
  .now small,
  .then small {
    @container (28em < width < 40em) {
      display: block;
    }
  }
  .now small::before {
    content: '· ';
    @container (28em < width < 40em) {
      content: none;
    }
  }
  /* Compact: the forecast's cell two lines high, its ghost the widest of each line. */
  .then .live {
    @container (28em < width < 40em) {
      /* A line, and a line of small text. */
      height: 1.875lh;
      display: flex;
      flex-direction: column;
      justify-content: center;
    }
  }
  .then[data-ghost]::after {
    @container (28em < width < 40em) {
      content: attr(data-stacked);
    }
  }
  .val {
    font-size: 0.875em;
    text-align: start;
  }
  .then {
    font-weight: 600;
    min-width: 3em;
  }
  .then.same {
    font-weight: 400;
    color: var(--_muted);
  }
`;
