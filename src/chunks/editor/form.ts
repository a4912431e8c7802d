/**
 * The editor's form: the reader's steps (with the period before's column where it is switched on), the deal value
 * and period, a test's result, and its actions (`editor.ts` does them).
 */
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
  /** The field an issue is about: a step's count (`value`) or previous figure, a period's name, the test's. */
  const about = (x: ConfigIssue, k: string, i?: number) =>
    x.where == 'editor' &&
    (i !== undefined
      ? x.step === i && ((k == 'value' && x.field == 'steps') || (k == 'previous' && x.field == 'previous'))
      : k == 'test.split'
        ? x.field == 'testSplit'
        : /^test\.[ab]$/.test(k)
          ? x.field == 'test'
          : x.field == k);
  /** A field, labelled, and what is wrong with it beside it (a test's, once, below its figures). */
  // A phone's decimal keypad has no "/": a test's figures ("300/600") and the names take the text keyboard.
  const field = (label: string, value: string, k: string, i?: number, text = /^(label|compare|test\.[ab])/.test(k)) => {
    const issue = issues.find((x) => about(x, k, i));
    const id = k == 'test.b' ? 'etest.a' : `e${k}${i ?? ''}`;
    return html`<input part="field" aria-label=${label} .value=${value} data-i=${i ?? nothing} data-k=${k} inputmode=${text ? 'text' : 'decimal'}
        placeholder=${/^test\.[ab]$/.test(k) ? w.testPlaceholder : k == 'compare.0' ? w.wasDefault : k == 'compare.1' ? w.nowDefault : ''}
        aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${issue ? id : nothing} @input=${e.type} @paste=${e.paste} />${
          issue && k != 'test.b' ? html`<span class="bad" id=${id}>${problem(issue)}</span>` : nothing
        }`;
  };
  const [was, now] = d.compare ?? [];
  const t = d.test;
  return html`<section part="editor" class="editor" aria-label=${w.title}>
    <p><strong>${w.title}</strong> <span class="muted">${w.hint}</span></p>
    <div class=${d.compare ? 'two' : ''}>
    ${
      d.compare
        ? html`<p class="heads">
          <span class="muted">${w.step}</span>${field(w.wasName, was!, 'compare.0')}${field(w.nowName, now!, 'compare.1')}
        </p>`
        : nothing
    }
    <ol>
      ${d.steps.map((s, i) => {
        const n = String(i + 1);
        return html`<li>
          ${field(w.label(n), s.label, 'label', i)} ${d.compare ? field(w.previous(n, was || w.was), s.previous ?? '', 'previous', i) : nothing}
          ${field(w.value(n), s.value, 'value', i)}
          <button class="button" aria-label=${w.add(n)} @click=${() => e.add(i)}>+</button>
          <button class="button" aria-label=${w.remove(n)} ?disabled=${d.steps.length <= MIN_STEPS} @click=${() => e.remove(i)}>×</button>
        </li>`;
      })}
    </ol>
    </div>
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
    <p class="pair">
      <label class="switch"><input type="checkbox" .checked=${!!d.compare} @change=${e.compare} /> ${w.compare}</label>
      <label class="switch"><input type="checkbox" .checked=${!!t} @change=${e.test} /> ${w.test}</label>
    </p>
    ${
      t
        ? html`<fieldset class="test">
          <legend>${w.testTitle}</legend>
          <label
            >${w.testStep}
            <select part="field" data-k="test.step" @change=${e.type}>
              ${d.steps.slice(1).map((s, i) => html`<option value=${i + 2} ?selected=${t.step == String(i + 2)}>${s.label || i + 2}</option>`)}
            </select></label
          >
          <label>${w.testA} ${field(w.testA, t.a, 'test.a')}</label>
          <label>${w.testB} ${field(w.testB, t.b, 'test.b')}</label>
          <label>${w.testSplit} ${field(w.testSplit, t.split, 'test.split')}</label>
        </fieldset>`
        : nothing
    }
    <p class="actions">
      <label class="button">${w.load}<input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" class="sr" @change=${e.load} /></label>
      <button part="share" class="button" @click=${e.share}>${w.share}</button>
      <button class="button" ?disabled=${!e.edited} @click=${e.original}>${w.original}</button>
    </p>
    <p class="status" role="status">${e.notice}${e.removed ? html` <button class="button" @click=${e.undo}>${w.undo}</button>` : nothing}</p>
  </section>`;
}
