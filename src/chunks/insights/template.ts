/** The insights section's content, laid out (`insights.ts` decided what it says). */
import { html, nothing } from 'lit/html.js';
import { list, steady } from '../../view/parts.js';
import type { Insights } from './insights.js';

/** The open section's content. */
export const insightsBody = (x: Insights) => html`<div class="body">
  ${x.bottleneck ? html`<p>${x.bottleneck}</p>` : nothing} ${list(x.reliability)}
  ${x.work.items.length ? html`<p>${x.work.title}</p>${list(x.work.items)}` : nothing}
  ${x.tests.length ? list(x.tests.map((line, i) => steady(line, x.testGhosts[i]))) : nothing} ${x.rule ? html`<p>${x.rule}</p>` : nothing}
  ${
    x.goal
      ? html`<div part="goal">
        <p><strong>${x.goal.title}</strong></p>
        ${x.goal.met ? html`<p>${x.goal.met}</p>` : list(x.goal.lines)} ${list(x.goal.alone)}
      </div>`
      : nothing
  }
</div>`;

/** The content's styles, adopted beside the element's when the chunk loads. */
export const styles: string = `.body{display:grid;gap:.5em;margin-top:.5em}.body ul{padding-inline-start:1.25em}`;
