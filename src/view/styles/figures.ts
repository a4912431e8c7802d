/** The key figures, the answer first; and the pin, their first figure in a line that stays in view. */
import { css } from './css.js';

export const figures = css`
  /* Side by side, the figures' label, value and extra each line up (subgrid rows). Above the pin, which lies
     behind them (parts.ts, keyFigures). */
  .figures {
    position: relative;
    z-index: 2;
    background: var(--_bg);
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    gap: 0 1.5em;
  }
  /* Revenue and customers: revenue, the longer figures, gets the more room. */
  .figures:has(.figure + .figure) {
    @container (min-width: 28em) {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
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
    @container (max-width: 40em) {
      font-size: 1.25em;
    }
  }
  .figure + .figure .value {
    @container (max-width: 28em) {
      font-size: 1.125em;
    }
  }
  .extra {
    font-weight: 600;
    color: var(--_forecast);
    @container (max-width: 40em) {
      font-size: 0.875em;
    }
  }
  /* The hint to move a slider is not a figure: quiet, and short enough for one line beside the other figure. */
  .extra.hint {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
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
    /* On a phone, two lines: the label, then the figure. */
    @container (max-width: 28em) {
      height: calc(2lh + 0.5em + 2px);
    }
  }
  .pin > div {
    height: 100%;
    contain: strict;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .pin > div > * {
    @container (max-width: 28em) {
      display: block;
      overflow: hidden;
      text-overflow: ellipsis;
    }
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
`;
