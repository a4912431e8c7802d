/** The editor's form: the reader's steps, the deal value and period, and its actions (`editor.ts` does them). */
import { html, nothing } from 'lit/html.js';
import { MIN_STEPS } from '../../core/validate.js';
import { ATTRIBUTES } from '../../config/attributes.js';
import type { ConfigIssue } from '../../config/settings.js';
import { words } from '../../view/words/index.js';
import type { Editor } from './editor.js';
import { editorWords } from './words.js';

/** The form. `problem` says what is wrong with an issue, in the error panel's words. */
export function editorForm(e: Editor, issues: ConfigIssue[], problem: (i: ConfigIssue) => string) {
  const w = editorWords(e.lang);
  const d = e.draft;
  /** A field, labelled, and what is wrong with it beside it. */
  const field = (label: string, value: string, k: string, i?: number) => {
    const issue = issues.find((x) => x.where == 'editor' && (i === undefined ? x.field == k : k == 'value' && x.field == 'steps' && x.step === i));
    const id = `e${k}${i ?? ''}`;
    return html`<input part="field" aria-label=${label} .value=${value} data-i=${i ?? nothing} data-k=${k} inputmode=${k == 'label' ? 'text' : 'decimal'}
        aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${issue ? id : nothing} @input=${e.type} @paste=${e.paste} />${issue
        ? html`<span class="bad" id=${id}>${problem(issue)}</span>`
        : nothing}`;
  };
  return html`<section part="editor" class="editor" aria-label=${w.title}>
    <p><strong>${w.title}</strong> <span class="muted">${w.hint}</span></p>
    <ol>
      ${d.steps.map((s, i) => {
        const n = String(i + 1);
        return html`<li>
          ${field(w.label(n), s.label, 'label', i)} ${field(w.value(n), s.value, 'value', i)}
          <button class="button" aria-label=${w.add(n)} @click=${() => e.add(i)}>+</button>
          <button class="button" aria-label=${w.remove(n)} ?disabled=${d.steps.length <= MIN_STEPS} @click=${() => e.remove(i)}>×</button>
        </li>`;
      })}
    </ol>
    <p class="pair">
      <label>${w.deal} ${field(w.deal, d.dealValue, 'dealValue')}</label>
      <label
        >${w.period}
        <select part="field" data-k="period" @change=${e.type}>
          <option value="" ?selected=${!d.period}>${w.none}</option>
          ${ATTRIBUTES.period.choices.map((p) => html`<option value=${p} ?selected=${d.period == p}>${words(e.lang)!.units[p][0]}</option>`)}
        </select></label
      >
    </p>
    <p class="actions">
      <label class="button">${w.load}<input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" class="sr" @change=${e.load} /></label>
      <button part="share" class="button" @click=${e.share}>${w.share}</button>
      <button class="button" ?disabled=${!e.edited} @click=${e.original}>${w.original}</button>
    </p>
    <p class="status" role="status">${e.notice}${e.removed ? html` <button class="button" @click=${e.undo}>${w.undo}</button>` : nothing}</p>
  </section>`;
}
