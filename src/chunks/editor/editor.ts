/**
 * `editable`: the reader's own numbers, as the article's spreadsheet asks. A chunk, loaded only by a funnel with
 * `editable` (SPEC 4). The reader's edits are a draft of text as typed; the draft becomes the parser's `editor`
 * source (the same parser, the same number syntax, above every other source), so what the reader types is read
 * exactly as an author's attribute would be. A field the parser cannot use keeps what was typed and says why
 * beside it; the funnel keeps its last good state (the element sees to that).
 *
 * Here, the editor's state and what the reader can do: type, paste rows from a spreadsheet or load our own CSV
 * export (`rows.ts`), add and remove steps (and undo a removal), share the funnel in a link (the address's
 * fragment, keyed by the element), `remember` it (localStorage). Its form is `form.ts`.
 * Nothing leaves the browser: a fragment or stored value is only ever read as data, through the parser, and one
 * that is broken, too long or not a funnel is ignored with a notice.
 */
import { MAX_STEPS, MIN_STEPS } from '../../core/validate.js';
import type { ConfigIssue, Settings } from '../../config/settings.js';
import { configOf, decode, draftOf, encode, type Draft, type DraftTest } from '../export/draft.js';
import { readRows } from './rows.js';
import { editorWords } from './words.js';

/** What the editor needs of the element. */
export interface EditorHost {
  readonly element: HTMLElement & { updateComplete: Promise<unknown>; adopt(css: string): void };
  /** The language the funnel speaks. */
  readonly lang: 'nl' | 'en';
  /** The reader changed the funnel: read the sources again, render, tell the page. */
  edited(): void;
  /** The problems the parser finds in a draft: none where it draws a funnel. */
  check(draft: Draft): ConfigIssue[];
  /** The sliders' current values, percent. */
  sliders(): number[];
  /** The step a test starts at: the bottleneck's index. */
  bottleneck(): number;
}

/**
 * The parser's `editor` source: the draft's fields as an author would write them. A field it empties is none,
 * above the author's: with the period before switched off, or no test, the author's are not shown either. A
 * column switched on but not yet filled, or a test with no figures yet, is none too (nothing to say yet).
 */
export function sourceOf(d: Draft) {
  const previous = d.compare && d.steps.some((s) => s.previous?.trim()) ? d.steps.map((s) => s.previous ?? '') : '';
  const test = d.test && (d.test.a.trim() || d.test.b.trim()) ? d.test : undefined;
  return {
    steps: d.steps.map((s) => ({ label: s.label, count: s.value })),
    dealValue: d.dealValue,
    period: d.period,
    improvements: d.improvements,
    previous,
    previousName: (previous && d.compare?.[0]) || '',
    currentName: (previous && d.compare?.[1]) || '',
    test: test ? { step: Number(test.step), a: test.a, b: test.b } : '',
    testSplit: test?.split ?? '',
  };
}

type Step = Draft['steps'][number];

export class Editor {
  /** What the form shows: the author's funnel until the reader edits it. */
  draft: Draft;
  /** The reader edited it: the draft is the funnel. */
  edited = false;
  notice = '';
  /** The step last removed, with its slider and the test as it was: the form offers to undo it. */
  removed?: [number, Step, number, DraftTest | undefined];

  #host: EditorHost;
  /** The period before's names and a test, as they were when switched off: switched on again, they come back. */
  #kept: Pick<Draft, 'compare' | 'test'> = {};

  constructor(host: EditorHost, settings: Settings, improvements: number[]) {
    this.#host = host;
    this.draft = draftOf(settings, improvements);
    const found =
      new URLSearchParams(location.hash.slice(1)).get(this.key) ?? (settings.remember ? this.#store() : null);
    if (found === null) return;
    const d = decode(found);
    if (d && !host.check(d).length) Object.assign(this, { draft: d, edited: true });
    else this.notice = this.#words.ignored;
  }

  /** The language the funnel speaks, and the editor's words in it. */
  get lang() {
    return this.#host.lang;
  }
  get #words() {
    return editorWords(this.lang);
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
  config(settings: Settings, sliders: number[]) {
    return configOf({ settings, sliders });
  }

  /** Keeps the reader's numbers in this browser, where `remember` asks for it. */
  remember(on: boolean) {
    this.#store(on && this.edited ? this.#encoded : null);
  }

  #change(draft: Partial<Draft>, notice = '') {
    this.draft = { ...this.draft, improvements: this.#host.sliders(), ...draft };
    if (!notice) this.removed = undefined;
    this.edited = true;
    this.notice = notice;
    this.#host.edited();
  }

  /**
   * The steps and sliders with the step at `at` taken out, or `step` put in there (its slider at `u`); and the test,
   * which stays at its step: its number moves with the steps before it. Where its step goes, or becomes the first
   * (the leads have no conversion to test), the test goes too (an undo brings it back).
   */
  #splice(at: number, step?: Step, u = 0) {
    const steps = [...this.draft.steps];
    const improvements = this.#host.sliders();
    const gone = steps.splice(at, step ? 0 : 1, ...(step ? [step] : []))[0];
    const slider = improvements.splice(at, step ? 0 : 1, ...(step ? [u] : []))[0];
    const t = this.draft.test;
    let tested = t ? +t.step - 1 : -1;
    if (step && tested >= at) tested++;
    else if (!step && tested == at) tested = -1;
    else if (!step && tested > at) tested--;
    const test = t && tested >= 1 ? { ...t, step: String(tested + 1) } : undefined;
    return { steps, improvements, test, removed: [at, gone, slider, t] as Editor['removed'] };
  }

  // What the reader does in the form (form.ts).

  /** A field, as typed: a step's (`data-i`), a period's name (`data-k="compare.0"`), the test's (`test.a`), or the funnel's. */
  type = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const { i, k = '' } = input.dataset;
    const [group, key] = k.split('.');
    const d = this.draft;
    if (i !== undefined) this.#change({ steps: d.steps.map((s, j) => (j == +i ? { ...s, [k]: input.value } : s)) });
    else if (group == 'compare')
      this.#change({ compare: d.compare!.map((x, j) => (j == +key ? input.value : x)) as [string, string] });
    else if (group == 'test') this.#change({ test: { ...d.test!, [key]: input.value } });
    else this.#change({ [k]: input.value });
  };

  /** Switches the period before's column on or off: its figures and the periods' names stay, to switch it on again. */
  compare = (e: Event) => {
    if (this.draft.compare) this.#kept.compare = this.draft.compare;
    const on = (e.target as HTMLInputElement).checked;
    this.#change({ compare: on ? (this.#kept.compare ?? ['', '']) : undefined });
  };

  /** Switches the test's form on or off: what was typed stays, to switch it on again; it starts at the bottleneck. */
  test = (e: Event) => {
    if (this.draft.test) this.#kept.test = this.draft.test;
    const on = (e.target as HTMLInputElement).checked;
    const fresh = { step: String(this.#host.bottleneck() + 1), a: '', b: '', split: '' };
    this.#change({ test: on ? (this.#kept.test ?? fresh) : undefined });
  };

  /**
   * Rows pasted into a step's field or the deal value fill the steps at once; a single value pastes as usual, and
   * so does anything pasted into a period's name or the test's fields.
   */
  paste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (/^(compare|test)\./.test((e.target as HTMLElement).dataset.k ?? '') || !/[\t\n]/.test(text.trim())) return;
    e.preventDefault();
    this.#fill(text);
  };

  load = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.#fill(await file.text());
    input.value = '';
  };

  /** Rows from a spreadsheet or our CSV: the funnel they hold (with two figures a row, the period before's too). */
  #fill(text: string) {
    const { steps, draft, names } = readRows(text);
    // Our own CSV: its funnel, whole, in place of the draft (no period before or test where it has none).
    if (draft) return this.#change({ compare: undefined, test: undefined, ...draft });
    if (steps.length < MIN_STEPS) return this.#change({}, this.#words.unread);
    // Two figures a row switch the period before's column on, one off (its names kept, to switch it on again); a
    // test typed in stays (if its step is gone, the form says so).
    if (this.draft.compare) this.#kept.compare = this.draft.compare;
    this.#change({ steps: steps.slice(0, MAX_STEPS), improvements: steps.map(() => 0), compare: names });
  }

  add(i: number) {
    const { steps, improvements, test } = this.#splice(i + 1, {
      label: '',
      value: '',
      ...(this.draft.compare && { previous: '' }),
    });
    this.#change({ steps, improvements, test });
    this.#host.element.updateComplete.then(() =>
      this.#host.element.shadowRoot!.querySelector<HTMLInputElement>(`[data-k=label][data-i="${i + 1}"]`)?.focus(),
    );
  }

  remove(i: number) {
    const { steps, improvements, test, removed } = this.#splice(i);
    this.removed = removed;
    this.#change({ steps, improvements, test }, this.#words.removed(removed![1].label));
  }

  undo = () => {
    const [at, step, u, test] = this.removed!;
    const { steps, improvements } = this.#splice(at, step, u);
    this.#change({ steps, improvements, test });
  };

  /** Puts the reader's funnel in the address's fragment, under this funnel's key, and copies the link. */
  share = async () => {
    const href = this.#link(this.#encoded);
    const w = this.#words;
    this.notice =
      (await navigator.clipboard?.writeText(href).then(
        () => w.shared,
        () => '',
      )) || w.copy + href;
    this.#host.edited();
  };

  /** Forgets the reader's numbers: in the form, in the address, in this browser. */
  original = () => {
    this.#link(null);
    this.#store(null);
    this.edited = false;
    this.notice = '';
    this.removed = undefined;
    this.#host.edited();
  };
}
