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

/**
 * The field an issue is about, by its key as the form names it (`data-k`, with the step's index for a step's own
 * field: `value.2`): a step's count, its figure of the period before, the test's step, its figures (A's field
 * says what is wrong with either), its split, or a field of the funnel's.
 */
function fieldOf(x: ConfigIssue): string | undefined {
  if (x.where != 'editor') return undefined;
  if (x.field == 'steps') return `value.${x.step}`;
  if (x.field == 'previous') return `previous.${x.step}`;
  if (x.field == 'testSplit') return 'test.split';
  if (x.field == 'test') return x.code == 'test-label' || x.code == 'test-step-invalid' ? 'test.step' : 'test.a';
  return x.field;
}

/** The form. `problem` says what is wrong with an issue, in the error panel's words ("" while they load). */
export function editorForm(e: Editor, issues: ConfigIssue[], problem: (i: ConfigIssue) => string) {
  const w = editorWords(e.lang);
  const d = e.draft;
  /** What is wrong with the field `key`, and the id of the words beside it that say so (B's are A's). */
  const wrong = (key: string) => {
    const about = key == 'test.b' ? 'test.a' : key;
    return { issue: issues.find((x) => fieldOf(x) == about), id: `e-${about}` };
  };
  /** What is wrong, beside the field (once for the test's two figures, under A's). */
  const said = (key: string) => {
    const { issue, id } = wrong(key);
    const text = issue && key != 'test.b' ? problem(issue) : '';
    return text ? html`<span class="bad" id=${id}>${text}</span>` : nothing;
  };
  const placeholders: Record<string, string> = {
    'test.a': w.testPlaceholder,
    'test.b': w.testPlaceholder,
    'compare.0': w.wasDefault,
    'compare.1': w.nowDefault,
  };
  /** A field, labelled, marked where it cannot be used, and what is wrong with it beside it. */
  const field = (label: string, value: string, k: string, i?: number) => {
    const key = i === undefined ? k : `${k}.${i}`;
    const { issue, id } = wrong(key);
    // A phone's decimal keypad has no "/": a test's figures ("300/600"), the labels and names take the text keyboard.
    const text = /^(label|compare|test\.[ab])/.test(k);
    return html`<input part="field" aria-label=${label} .value=${value} data-i=${i ?? nothing} data-k=${k} inputmode=${text ? 'text' : 'decimal'}
        placeholder=${placeholders[k] ?? ''} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${issue ? id : nothing}
        @input=${e.type} @paste=${e.paste} />${said(key)}`;
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
          ${field(d.compare ? w.valueIn(n, now || w.now) : w.value(n), s.value, 'value', i)}
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
            <select part="field" data-k="test.step" @change=${e.type} aria-invalid=${wrong('test.step').issue ? 'true' : 'false'}
              aria-describedby=${wrong('test.step').issue ? wrong('test.step').id : nothing}>
              ${d.steps.slice(1).map((s, i) => html`<option value=${i + 2} ?selected=${t.step == String(i + 2)}>${s.label || i + 2}</option>`)}
            </select>${said('test.step')}</label
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
