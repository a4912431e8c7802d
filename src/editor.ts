/**
 * `editable`: the reader's own numbers, as the article's spreadsheet asks. A chunk, loaded only by a funnel with
 * `editable` (SPEC 4). The reader's edits are a draft of text as typed; the draft becomes the parser's `editor`
 * source (the same parser, the same number syntax, above every other source), so what the reader types is read
 * exactly as an author's attribute would be. A field the parser cannot use keeps what was typed and says why
 * beside it; the funnel keeps its last good state (the element sees to that).
 *
 * Also here: rows pasted from a spreadsheet or loaded from our own CSV export, the link that shares the reader's
 * funnel (in the address's fragment, keyed by the element), `remember` (localStorage), undo of a removed step.
 * Nothing leaves the browser: a fragment or stored value is only ever read as data, through the parser, and one
 * that is broken, too long or not a funnel is ignored with a notice.
 */
import { html, nothing } from 'lit/html.js';
import type { ConfigIssue, Period, Settings } from './config.js';
import { configOf, decode, draftOf, encode, type Draft } from './export.js';
import { words } from './words.js';

/** What the editor needs of the element. */
export interface EditorHost {
  readonly element: HTMLElement & { updateComplete: Promise<unknown> };
  /** The language the funnel speaks. */
  readonly lang: 'nl' | 'en';
  /** The reader changed the funnel: read the sources again, render, tell the page. */
  edited(): void;
  /** The problems the parser finds in a draft: none where it draws a funnel. */
  check(draft: Draft): ConfigIssue[];
  /** The sliders' current values, percent. */
  sliders(): number[];
}

const en = {
  title: 'Your own numbers',
  hint: 'Type your steps, or paste rows from a spreadsheet into any field.',
  label: (n: string) => `Step ${n}: name`,
  value: (n: string) => `Step ${n}: count, or % of the step before`,
  add: (n: string) => `Add a step after step ${n}`,
  remove: (n: string) => `Remove step ${n}`,
  deal: 'Revenue per customer',
  period: 'Period',
  none: 'none',
  load: 'Load CSV',
  share: 'Share',
  original: 'Back to the original',
  removed: (label: string) => `Removed “${label}”.`,
  undo: 'Undo',
  shared: 'Link copied: it opens this funnel with your numbers.',
  copy: 'Copy this link: ',
  ignored: 'The numbers in the link or in this browser could not be read, so they were ignored.',
  unread: 'No steps found in what was pasted or loaded: one row per step, its name then its count.',
};

const nl: typeof en = {
  title: 'Je eigen cijfers',
  hint: 'Typ je stappen, of plak rijen uit Excel of Google Sheets in een veld.',
  label: (n) => `Stap ${n}: naam`,
  value: (n) => `Stap ${n}: aantal, of % van de stap ervoor`,
  add: (n) => `Stap toevoegen na stap ${n}`,
  remove: (n) => `Stap ${n} verwijderen`,
  deal: 'Omzet per klant',
  period: 'Periode',
  none: 'geen',
  load: 'CSV laden',
  share: 'Delen',
  original: 'Terug naar het origineel',
  removed: (label) => `“${label}” verwijderd.`,
  undo: 'Ongedaan maken',
  shared: 'Link gekopieerd: die opent deze trechter met jouw cijfers.',
  copy: 'Kopieer deze link: ',
  ignored: 'De cijfers in de link of in deze browser konden niet worden gelezen en zijn genegeerd.',
  unread: 'Geen stappen gevonden in wat je plakte of laadde: één rij per stap, eerst de naam, dan het aantal.',
};

/** The parser's `editor` source: the draft's fields as an author would write them. */
export const sourceOf = (d: Draft) => ({
  steps: d.steps.map((s) => ({ label: s.label, count: s.value })),
  dealValue: d.dealValue,
  period: d.period,
  improvements: d.improvements,
});

/** Splits one line of a spreadsheet's text into cells: by `sep`, "quoted" cells as CSV writes them. */
function cells(line: string, sep: string) {
  const out: string[] = [];
  const re = new RegExp(`\\s*("(?:[^"]|"")*"|[^${sep === '\t' ? '\\t' : sep}]*)\\s*(?:${sep === '\t' ? '\\t' : sep}|$)`, 'gy');
  for (let m; (m = re.exec(line)) && m[0]; ) out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
  return out;
}

/**
 * Rows copied from Excel, Google Sheets or LibreOffice, or a CSV file: the label in the first column, the count
 * (or a rate with %) in the second, tab-, `;`- or `,`-separated, Dutch or English numbers. Rows whose second cell
 * is not a number (a header, a total) are skipped. Our own export ends with the whole funnel (`sales-funnel` in
 * its first cell, the draft as a share link holds it): that is read instead, and nothing is lost.
 */
export function readRows(text: string): { steps: Draft['steps']; draft?: Draft | null } {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l.trim());
  const sep = lines.some((l) => l.includes('\t')) ? '\t' : lines.some((l) => l.includes(';')) ? ';' : ',';
  const rows = lines.map((l) => cells(l, sep));
  const own = rows.find((r) => r[0] == 'sales-funnel');
  const number = /^[+\-−]?[\d.,\s]*\d[\d.,\s]*%?$/;
  return {
    draft: own && decode(own[1]),
    steps: rows.filter((r) => r.length > 1 && number.test(r[1].trim()) && r[0].trim()).map((r) => ({ label: r[0].trim(), value: r[1].trim() })),
  };
}

type Step = Draft['steps'][number];

export class Editor {
  /** What the form shows: the author's funnel until the reader edits it. */
  draft: Draft;
  /** The reader edited it: the draft is the funnel. */
  edited = false;
  notice = '';
  /** The step last removed, with its slider, to undo. */
  #removed?: [number, Step, number];

  #host: EditorHost;

  constructor(host: EditorHost, settings: Settings, improvements: number[]) {
    this.#host = host;
    this.draft = draftOf(settings, improvements);
    const found = new URLSearchParams(location.hash.slice(1)).get(this.key) ?? (settings.remember ? this.#store() : null);
    if (found === null) return;
    const d = decode(found);
    if (d && !host.check(d).length) Object.assign(this, { draft: d, edited: true });
    else this.notice = this.#words.ignored;
  }

  get #words() {
    return this.#host.lang == 'nl' ? nl : en;
  }

  /** This funnel's name in the fragment and in storage: its id, else its place among the page's funnels. */
  get key() {
    const el = this.#host.element;
    return 'sales-funnel.' + (el.id || [...document.querySelectorAll('sales-funnel')].indexOf(el as never) + 1);
  }

  /** localStorage for this page and funnel: reads it, or writes `value` (null forgets). No storage (a private window): nothing. */
  #store(value?: string | null) {
    const key = `${this.key}@${location.pathname}`;
    try {
      if (value === undefined) return localStorage.getItem(key);
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      // The numbers last as long as the page.
    }
    return null;
  }

  /** Puts `value` under this funnel's key in the address's fragment (null takes it out); the link. */
  #link(value: string | null) {
    const url = new URL(location.href);
    const params = new URLSearchParams(url.hash.slice(1));
    if (value === null) params.delete(this.key);
    else params.set(this.key, value);
    url.hash = params.toString();
    history.replaceState(history.state, '', url);
    return url.href;
  }

  /** The draft with the current sliders, as a link or storage holds it. */
  get #encoded() {
    return encode({ ...this.draft, improvements: this.#host.sliders() });
  }

  /** The author's funnel changed: the form follows it until the reader edits. */
  sync(settings: Settings, improvements: number[]) {
    if (!this.edited) this.draft = draftOf(settings, improvements);
  }

  /** The parser's source, once the reader has edited. */
  source() {
    return this.edited ? sourceOf(this.draft) : undefined;
  }

  /** The reader's funnel in the child script's shape, for `sales-funnel-change`. */
  config(s: Settings, u: number[]) {
    return configOf({ s, u });
  }

  /** Keeps the reader's numbers in this browser, where `remember` asks for it. */
  remember(on: boolean) {
    this.#store(on && this.edited ? this.#encoded : null);
  }

  #change(draft: Partial<Draft>, notice = '') {
    this.draft = { ...this.draft, improvements: this.#host.sliders(), ...draft };
    if (!notice) this.#removed = undefined;
    this.edited = true;
    this.notice = notice;
    this.#host.edited();
  }

  /** The steps and sliders with `del` taken out at `at`, and `step` put in (its slider at `u`). */
  #splice(at: number, del: number, step?: Step, u = 0) {
    const steps = [...this.draft.steps];
    const improvements = this.#host.sliders();
    const gone: [number, Step, number] = [at, steps.splice(at, del, ...(step ? [step] : []))[0], improvements.splice(at, del, ...(step ? [u] : []))[0]];
    return { steps, improvements, gone };
  }

  /** A field, as typed. */
  #type = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const { i, k } = input.dataset;
    this.#change(i === undefined ? { [k!]: input.value } : { steps: this.draft.steps.map((s, j) => (j == +i ? { ...s, [k!]: input.value } : s)) });
  };

  /** Rows pasted into any field fill the steps at once; a single value pastes as usual. */
  #paste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!/[\t\n]/.test(text.trim())) return;
    e.preventDefault();
    this.#fill(text);
  };

  #load = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.#fill(await file.text());
    input.value = '';
  };

  /** Rows from a spreadsheet or our CSV: the funnel they hold. */
  #fill(text: string) {
    const { steps, draft } = readRows(text);
    if (draft) return this.#change(draft);
    if (steps.length < 2) return this.#change({}, this.#words.unread);
    this.#change({ steps: steps.slice(0, 100), improvements: steps.map(() => 0) });
  }

  #add(i: number) {
    const { steps, improvements } = this.#splice(i + 1, 0, { label: '', value: '' });
    this.#change({ steps, improvements });
    this.#host.element.updateComplete.then(() => this.#host.element.shadowRoot!.querySelector<HTMLInputElement>(`[data-k=label][data-i="${i + 1}"]`)?.focus());
  }

  #remove(i: number) {
    const { steps, improvements, gone } = this.#splice(i, 1);
    this.#removed = gone;
    this.#change({ steps, improvements }, this.#words.removed(gone[1].label));
  }

  #undo = () => {
    const [at, step, u] = this.#removed!;
    const { steps, improvements } = this.#splice(at, 0, step, u);
    this.#change({ steps, improvements });
  };

  /** Puts the reader's funnel in the address's fragment, under this funnel's key, and copies the link. */
  #share = async () => {
    const href = this.#link(this.#encoded);
    const w = this.#words;
    this.notice = (await navigator.clipboard?.writeText(href).then(() => w.shared, () => '')) || w.copy + href;
    this.#host.edited();
  };

  /** Forgets the reader's numbers: in the form, in the address, in this browser. */
  #original = () => {
    this.#link(null);
    this.#store(null);
    this.edited = false;
    this.notice = '';
    this.#removed = undefined;
    this.#host.edited();
  };

  /** The form. `problem` says what is wrong with an issue, in the error panel's words. */
  render(issues: ConfigIssue[], problem: (i: ConfigIssue) => string) {
    const w = this.#words;
    const d = this.draft;
    /** A field, labelled, and what is wrong with it beside it. */
    const field = (label: string, value: string, k: string, i?: number) => {
      const issue = issues.find((x) => x.where == 'editor' && (i === undefined ? x.field == k : k == 'value' && x.field == 'steps' && x.step === i));
      const id = `e${k}${i ?? ''}`;
      return html`<input part="field" aria-label=${label} .value=${value} data-i=${i ?? nothing} data-k=${k} inputmode=${k == 'label' ? 'text' : 'decimal'}
          aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${issue ? id : nothing} @input=${this.#type} @paste=${this.#paste} />${issue
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
            <button class="button" aria-label=${w.add(n)} @click=${() => this.#add(i)}>+</button>
            <button class="button" aria-label=${w.remove(n)} ?disabled=${d.steps.length <= 2} @click=${() => this.#remove(i)}>×</button>
          </li>`;
        })}
      </ol>
      <p class="pair">
        <label>${w.deal} ${field(w.deal, d.dealValue, 'dealValue')}</label>
        <label
          >${w.period}
          <select part="field" data-k="period" @change=${this.#type}>
            ${['', 'month', 'quarter', 'half-year', 'year'].map((p) => html`<option value=${p} ?selected=${d.period == p}>${p ? words(this.#host.lang).units[p as Period][0] : w.none}</option>`)}
          </select></label
        >
      </p>
      <p class="actions">
        <label class="button">${w.load}<input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" class="sr" @change=${this.#load} /></label>
        <button part="share" class="button" @click=${this.#share}>${w.share}</button>
        <button class="button" ?disabled=${!this.edited} @click=${this.#original}>${w.original}</button>
      </p>
      <p class="status" role="status">${this.notice}${this.#removed ? html` <button class="button" @click=${this.#undo}>${w.undo}</button>` : nothing}</p>
    </section>`;
  }
}

/** The editor's own styles, adopted beside the element's when it loads. */
export const styles = `
.editor{display:grid;gap:.5em;border-top:1px solid var(--_hair);padding-top:.5em}
.editor ol{margin:0;padding:0;list-style:none;display:grid;gap:.375em}
.editor li{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr) auto auto;gap:.375em;align-items:center}
.editor :is(input,select){font:inherit;color:inherit;background:var(--_bg);border:1px solid var(--_line);border-radius:.375em;padding:.25em .5em;min-width:0;min-height:24px;box-sizing:border-box}
.editor [aria-invalid=true]{border-color:var(--_warn);outline:1px solid var(--_warn)}
.bad{grid-column:1/-1;color:var(--_warn);font-size:.875em}
.pair,.actions{display:flex;flex-wrap:wrap;gap:.5em 1em}
.pair label{display:grid;font-size:.875em}
.editor :disabled{opacity:.6;cursor:default}
.editor label:focus-within{outline:2px solid var(--_accent)}
`;
