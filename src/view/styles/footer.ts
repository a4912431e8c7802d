/**
 * Below the funnel: the insights' summary, the buttons and the export menu, the sheet's line. What opens (the
 * insights' content, the menu's items) and the error panel come with their chunks' styles.
 */
import { css } from './css.js';

export const footer = css`
  /* Details on demand, on one line with the buttons; opened, they take the width above them. */
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 0.5em;
    border-top: 1px solid var(--_hair);
    padding-top: 0.5em;
  }
  .insights {
    flex: 1 1 12em;
    min-width: 0;
  }
  .insights[open] {
    flex-basis: 100%;
  }
  summary {
    cursor: pointer;
  }
  /* What the insights are about, where there is room for it beside the buttons. */
  .about {
    color: var(--_muted);
    @container (max-width: 40em) {
      display: none;
    }
  }
  .warn {
    color: var(--_warn);
  }

  /* Buttons and the export menu, in our own colours: an engine's native button has no say in their contrast. */
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
  .status:empty {
    display: none;
  }

  /* With src: how fresh the sheet's figures are; a line kept from the start, so their arrival shifts nothing. */
  .sheet {
    font-size: 0.875em;
    color: var(--_muted);
    min-height: 1lh;
  }
`;
