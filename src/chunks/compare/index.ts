/**
 * The compare chunk, fetched only by a funnel with figures of the period before (SPEC 3, "Two periods"), before
 * its first render (its reader is needed to read the config): the reader, the core's comparison, what it shows
 * (`view.ts`) and how (the templates and styles here).
 */
import { html } from 'lit/html.js';
import { list } from '../../view/parts.js';
import type { CompareView } from './view.js';

export { previousReader } from './read.js';
export { compareOf } from '../../core/compare.js';
export { compareGhosts, compareView, withCompare, type CompareView } from './view.js';

/**
 * Under the key figures (which say their change since the period before): the two periods with their keys (the
 * outline is the period before, the solid slice this one), and what really moved.
 */
export const compareLine = (cv: CompareView) =>
  html`<span class="compare"><span class="key key-was"></span>${cv.was} → <span class="key key-now"></span>${cv.now}. ${cv.sentence}</span>`;

/** In the insights: each step's change with its interval and verdict, and why "maybe". */
export const compareDetails = (cv: CompareView) =>
  html`<div part="compare">
    <p><strong>${cv.details.title}</strong></p>
    ${list(cv.details.items)} ${cv.details.note ? html`<p class="muted">${cv.details.note}</p>` : ''}
  </div>`;

/** The line, the outline, the chips: adopted beside the element's styles. */
export const styles: string = `
.compare{display:block;color:var(--_text)}
.before{@container (width<40em){display:none}}
.chip .word{@container (width<40em){display:none}}
.key-was{background:none;outline:1px solid var(--_text);outline-offset:-1px}
.was{fill:none;stroke:var(--_text);stroke-width:1px;vector-effect:non-scaling-stroke}
.chip.up{color:var(--_forecast)}
.chip.maybe{color:var(--_muted);border-style:dashed}
@media (forced-colors:active){.was{stroke:CanvasText}.key-was{background:none;outline-color:CanvasText}}
`;
