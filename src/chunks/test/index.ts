/**
 * The test chunk, fetched only by a funnel with a test's result (SPEC 3, "A test's result"), before its first
 * render (its reader is needed to read the config): the reader, the core's result, what it shows (`view.ts`) and
 * how (the template and styles here).
 */
import { html, nothing } from 'lit/html.js';
import { list } from '../../view/parts.js';
import type { TestView } from './view.js';

export { testReader } from './read.js';
export { testOf } from '../../core/ab-test.js';
export { testView, withTest, type TestView } from './view.js';

/** In the insights, first: the test's result, and the button that puts B's lift on its step's slider. */
export const testDetails = (tv: TestView, apply: (step: number, value: number) => void) =>
  html`<div part="test">
    <p><strong>${tv.title}: ${tv.verdict}</strong></p>
    ${list(tv.lines)}
    ${tv.apply ? html`<button class="button" @click=${() => apply(tv.apply!.step, tv.apply!.value)}>${tv.apply.text}</button>` : nothing}
  </div>`;

/** The test's block: its button set apart from the insights after it. Adopted beside the element's styles. */
export const styles: string = `[part=test]{margin-bottom:1em}[part=test] ul{margin:.25em 0 .5em}`;
