/**
 * The board: the funnel beside the steps (wide) or above them (narrow), under column headers, each step a row.
 * One grid, so every row's columns line up (the rows and the headers are subgrids of its columns).
 *
 * Layout, by the width of the element (container queries): wide, the funnel sits left of the steps, level with
 * them, each step on one line; narrow (below 36em), the funnel spans the width above the steps with the counts
 * inside its slices, and each step takes two lines: label and figures, then slider and forecast. Each cell names
 * its area once; each layout says where the areas are (`grid-template-areas` of the headers and rows).
 */
import { css } from './css.js';

export const board = css`
  .board {
    display: grid;
    grid-template-columns: minmax(3em, 15%) minmax(8.5em, 2.5fr) auto minmax(5em, 1.5fr) auto auto;
    column-gap: 0.625em;
    @container (max-width: 36em) {
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
    @container (max-width: 36em) {
      grid-template-columns: minmax(0, 1fr) auto auto;
    }
  }

  /* Where the board's parts are: the funnel left of the steps, or above them with its legend. */
  .head,
  .steps {
    display: grid;
    grid-template-columns: subgrid;
    grid-column: 2 / -1;
    align-items: center;
    @container (max-width: 36em) {
      grid-column: 1 / -1;
    }
  }
  .head {
    grid-row: 1;
    @container (max-width: 36em) {
      grid-row: 3;
    }
  }
  .steps {
    grid-row: 2;
    grid-auto-rows: 1fr;
    margin: 0;
    padding: 0;
    list-style: none;
    @container (max-width: 36em) {
      grid-row: 4;
      grid-auto-rows: auto;
    }
  }
  .shape {
    grid-column: 1;
    grid-row: 2;
    position: relative;
    @container (max-width: 36em) {
      grid-column: 1 / -1;
      grid-row: 1;
      margin-bottom: 0.25em;
    }
  }
  .legend {
    grid-column: 1 / -1;
    grid-row: 3;
    margin-top: 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
    @container (max-width: 36em) {
      grid-row: 2;
      margin: 0 0 0.75em;
    }
  }

  /* The headers and each row: where each cell is, by layout. */
  .head,
  .row {
    align-items: center;
    grid-template-areas: 'name now slide val then';
    @container (max-width: 36em) {
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
    @container (max-width: 36em) {
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
  button.chip {
    cursor: pointer;
  }
  .now,
  .val,
  .then {
    text-align: end;
    white-space: nowrap;
  }
  .now small,
  .then small {
    margin-inline-start: 0.3em;
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
