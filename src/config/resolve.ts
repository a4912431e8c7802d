/**
 * Untrusted configuration → settings the element can draw, or the list of what is wrong with it. Pure: the
 * element hands it strings and objects, never the DOM.
 *
 * Sources, field by field, the first that sets a field wins (SPEC 3): the `config` property (with the `steps`
 * and `improvements` properties, which set those fields), then attributes, then the child
 * `<script type="application/json">`, then the child `<table>`. The editor of `editable` hands its fields in as
 * attributes would be (`editor`, above all of them): one reader of the number syntax, one precedence. The sheet
 * that `src` names comes next (`sheet`): its steps, once read, replace the page's.
 *
 * `resolve` runs these steps in order:
 *   layers   each source read into one layer of raw fields (JSON and objects by `json.ts`, loaded when needed)
 *   merge    field by field, the first layer that sets it
 *   look     the language, number format and currency (known even where the rest fails, to say so)
 *   steps    the steps, from the compact syntax or a list
 *   sliders  start values, range, mode
 *   check    the core's own checks, told as coming from the source of the field they concern
 */
import type { FunnelInput, Mode, StepInput, TestInput } from '../core/types.js';
import { check as coreCheck, inOrder, MAX_IMPROVEMENT, type Checked, type Problem } from '../core/validate.js';
import type { JsonReaders } from '../chunks/json.js';
import { ATTRIBUTES, FIELDS, kindOf, type Attribute, type Field } from './attributes.js';
import { compactSteps, stepValue } from './compact.js';
import { parseAmount } from './numbers.js';
import {
  cut,
  PERIODS,
  type ConfigIssue,
  type Period,
  type Raw,
  type Report,
  type Settings,
  type StepConfig,
  type Theme,
  type Voice,
  type Where,
} from './settings.js';

export interface Sources {
  config?: unknown;
  steps?: unknown;
  improvements?: unknown;
  /** The reader's own numbers in `editable`: fields as text, as attributes give them, the steps as a list. Above every other source. */
  editor?: Record<string, unknown>;
  /** The steps of the sheet `src` names, once read: above every source but the reader's own numbers. */
  sheet?: Record<string, unknown>;
  /** Present attributes by field name (camelCase). */
  attributes: Partial<Record<string, string>>;
  /** Text of the child JSON script. */
  script?: string;
  /** Cells of the child table's body rows, its header row's, and its caption. */
  table?: { rows: string[][]; head?: string[]; caption?: string };
  /** The nearest `lang` above the element, else the document's. */
  inheritedLang?: string;
}

/** The period before's figures, read and checked by the chunk that compares two periods. */
export interface PreviousReader {
  /** `previous`, a list in the steps' order, read into each step's figure of the period before. */
  read(list: unknown, where: Where, steps: StepInput[], issues: ConfigIssue[]): void;
  /** The core's checks of the period before's figures (compare.ts). */
  check(input: FunnelInput): Problem[];
}

/** An A/B test's result, read and checked by the chunk that shows it. */
export interface TestReader {
  /** `test` (text, or an object from JSON) at one of `steps`: the core's test input, or undefined with its issues. */
  read(given: unknown, where: Where, steps: StepInput[], issues: ConfigIssue[]): TestInput | undefined;
  /** The core's checks of the test's figures (ab-test.ts). */
  check(input: FunnelInput): Problem[];
}

/**
 * What only some funnels need to be read, each from its chunk, which the element loads where a source needs it:
 * JSON text and objects (`json.ts`, with zod), the period before's figures (the compare chunk), a test's result
 * (the test chunk).
 */
export interface Readers {
  json?: JsonReaders;
  previous?: PreviousReader;
  test?: TestReader;
}

export interface Resolved {
  /** The settings, when `issues` is empty. */
  settings?: Settings;
  issues: ConfigIssue[];
  voice: Voice;
  /** A source needs a reader that is not loaded yet: load its chunk and resolve again. */
  needs?: keyof Readers;
}

/** Where no source is JSON or an object: nothing to read as JSON. */
const noJson: JsonReaders = () => ({
  json: () => undefined,
  list: (_: string, data: unknown) => data,
  config: () => ({}),
});

/** The fields that take a list (the steps, the improvements): text, or JSON. */
const LISTS = FIELDS.filter((f) => ['steps', 'list', 'figures'].includes(ATTRIBUTES[f].kind));

/** Whether reading `sources` takes the shape reader: a source that is JSON text or an object. */
export const needsShape = (s: Sources) =>
  s.config !== undefined ||
  (s.steps !== undefined && typeof s.steps != 'string') ||
  s.script !== undefined ||
  LISTS.some((f) => s.attributes[f]?.trim().startsWith('['));

/** Whether the merged fields give figures of the period before: the list, or a step's own. */
const comparing = (raw: Raw) =>
  raw.previous !== undefined ||
  (Array.isArray(raw.steps) && raw.steps.some((s) => (s as StepConfig)?.previous !== undefined));

/** Reads every source; never throws. Either `settings` or a non-empty `issues` (or what it `needs`); `voice` always. */
export function resolve(sources: Sources, readers: Readers = {}): Resolved {
  const issues: ConfigIssue[] = [];
  const voice: Voice = { lang: 'en', locale: 'en', currency: 'EUR' };
  if (!readers.json && needsShape(sources)) return { issues, voice, needs: 'json' };
  const report: Report = (where, field, code, value, step = null, extra) =>
    void issues.push({ code, where, field, step, value, extra });
  try {
    const { raw, from } = merge(layers(sources, report, readers.json ?? noJson), report);
    speak(raw, from, sources.inheritedLang, voice, report);
    if (issues.length) return { issues, voice };
    if (!readers.previous && comparing(raw)) return { issues, voice, needs: 'previous' };
    if (!readers.test && raw.test !== undefined) return { issues, voice, needs: 'test' };
    const settings = read(raw, from, voice, issues, report, readers);
    return issues.length ? { issues, voice } : { settings, issues, voice };
  } catch (e) {
    // A config object that throws on reading (a getter, a Proxy) or cannot be walked (cyclic).
    if (!issues.length) report('property', 'config', 'type', String(e));
    return { issues, voice };
  }
}

/** Each source read into one layer of raw fields, highest precedence first. */
function layers(sources: Sources, report: Report, jsonReaders: JsonReaders): [Where, Raw][] {
  const { json, list, config } = jsonReaders(report);
  const attrs: Raw = { ...sources.attributes };
  for (const f of LISTS) {
    const text = sources.attributes[f];
    if (!text?.trim().startsWith('[')) continue;
    const parsed = json(text, 'attribute', f);
    attrs[f] = parsed && list(f, parsed.data, 'attribute');
  }
  // Switches: present is on, whatever the value.
  for (const f of FIELDS) if (ATTRIBUTES[f].kind == 'switch' && sources.attributes[f] !== undefined) attrs[f] = true;
  const props = sources.config === undefined ? {} : config(sources.config, 'property');
  if (sources.steps !== undefined) props.steps = list('steps', sources.steps, 'property');
  if (sources.improvements !== undefined) props.improvements = list('improvements', sources.improvements, 'property');
  const parsed = sources.script === undefined ? undefined : json(sources.script, 'script', 'script');
  const script = parsed ? config(parsed.data, 'script') : {};
  const rows = table(sources.table, report);
  return [
    ['editor', { ...sources.editor }],
    ['sheet', { ...sources.sheet }],
    ['property', props],
    ['attribute', attrs],
    ['script', script],
    ['table', rows],
  ];
}

/**
 * A child table: a row per step, its label, then its count (or rate); with two number columns or more, the
 * right-most is this period and the one left of it the period before (spreadsheets run left to right in time),
 * a header row naming them.
 */
function table(t: Sources['table'], report: Report): Raw {
  const rows: Raw = {};
  if (!t) return rows;
  if (t.rows.length)
    rows.steps = t.rows.map(([label, ...values], i) => {
      const bad = (v: string) => report('table', 'steps', 'number', v, i);
      return values.length > 1
        ? { label, previous: values.at(-2), ...stepValue(values.at(-1)!, bad) }
        : { label, ...stepValue(values[0], bad) };
    });
  if (t.rows.some((r) => r.length > 2) && t.head && t.head.length > 2)
    [rows.previousName, rows.currentName] = t.head.slice(-2);
  if (t.caption) rows.heading = t.caption;
  return rows;
}

/**
 * Field by field, the value of the first layer that sets it, and where it came from. An empty value sets
 * nothing (`deal-value=""`), but in the editor, where the reader emptied the field on purpose: none.
 */
function merge(layers: [Where, Raw][], report: Report) {
  const from: Record<string, Where> = {};
  const raw: Raw = {};
  for (const f of FIELDS)
    for (const [where, layer] of layers)
      if (layer[f] !== undefined && (layer[f] !== '' || where == 'editor')) {
        from[f] = where;
        if (layer[f] === '') break;
        const v = (raw[f] = layer[f]);
        // Lists take lists (or text), switches true or false, the rest text (or a number).
        const kind = kindOf(f);
        if (kind == 'switch' ? typeof v != 'boolean' : !LISTS.includes(f) && kind != 'test' && typeof v == 'object')
          report(where, f, 'type', v);
        break;
      }
  return { raw, from };
}

const validLocale = (l: string) => {
  try {
    return !!Intl.getCanonicalLocales(l);
  } catch {
    return false;
  }
};

/** Language: its own lang, else its locale's when Dutch or English, else the nearest lang above; Dutch or English. */
function speak(raw: Raw, from: Record<string, Where>, inherited: string | undefined, voice: Voice, report: Report) {
  let locale = raw.locale === undefined ? '' : String(raw.locale).trim();
  const tag = String(raw.lang ?? (/^(nl|en)(?![a-z])/i.test(locale) ? locale : inherited) ?? '').trim();
  voice.lang = /^nl(?![a-z])/i.test(tag) ? 'nl' : 'en';
  if (locale && !validLocale(locale)) {
    report(from.locale, 'locale', 'type', raw.locale);
    locale = '';
  }
  // A tag with a region (nl-BE, en-GB) is its own locale; else the language's.
  voice.locale = locale || (/^(nl|en)-/i.test(tag) && validLocale(tag) ? tag : voice.lang == 'nl' ? 'nl-NL' : 'en');
  const currency = raw.currency === undefined ? 'EUR' : String(raw.currency).trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(currency)) voice.currency = currency;
  else report(from.currency, 'currency', 'type', raw.currency);
}

/** Everything but the language, read and checked: the settings, or undefined with the issues reported. */
function read(
  raw: Raw,
  from: Record<string, Where>,
  voice: Voice,
  issues: ConfigIssue[],
  report: Report,
  readers: Readers,
): Settings | undefined {
  /** A number field: a number, or text in the number syntax (money may carry a currency sign, improvements a %). */
  const number = (f: string, x = raw[f], step: number | null = null) => {
    if (x === undefined) return undefined;
    const n = typeof x == 'number' ? x : parseAmount(String(x)).value;
    if (!Number.isFinite(n)) report(from[f], f, 'number', x, step);
    return n;
  };
  /** A choice field: one of its choices, in any case. */
  const choice = (f: Field) => {
    const v = raw[f] === undefined ? undefined : String(raw[f]).trim().toLowerCase();
    const choices = (ATTRIBUTES[f] as Attribute).choices ?? [];
    if (v !== undefined && !choices.includes(v)) report(from[f], f, 'enum', raw[f], null, choices.join(', '));
    return v;
  };
  const text = (f: Field) => (raw[f] === undefined ? undefined : String(raw[f]));
  const on = (f: Field) => raw[f] === true;

  const { steps, own } = readSteps(raw.steps, from.steps, issues, report);
  if (raw.previous !== undefined) readers.previous!.read(raw.previous, from.previous, steps, issues);
  const test: TestInput | undefined =
    raw.test === undefined ? undefined : readers.test!.read(raw.test, from.test, steps, issues);
  const split = number('testSplit');
  if (test && split !== undefined) test.split = split / 100;
  const mode = (choice('mode') ?? 'relative') as Mode;
  const { start, lo, hi } = readSliders(raw, from, steps.length, own, mode, number, report);
  const period = choice('period') as Period | undefined;
  const theme = (choice('theme') ?? 'auto') as Theme;
  const level = number('headingLevel');
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6))
    report(from.headingLevel, 'headingLevel', 'level', raw.headingLevel);
  const input: FunnelInput = {
    steps: steps.map((st, i) => ({ ...st, improvement: start[i] / 100 })),
    dealValue: number('dealValue'),
    mode,
    periodsPerYear: period && PERIODS[period],
    target: number('target'),
    ...(test && { test }),
  };
  const checked = issues.length ? undefined : check(input, steps, from, issues, readers);
  if (!checked) return;
  return {
    ...voice,
    input,
    checked,
    start,
    min: start.map((x) => Math.min(lo, x)),
    max: start.map((x) => Math.max(hi, x)),
    period,
    mode,
    heading: text('heading'),
    src: text('src')?.trim() || undefined,
    previousName: text('previousName')?.trim() || undefined,
    currentName: text('currentName')?.trim() || undefined,
    headingLevel: level ?? 2,
    readonly: on('readonly'),
    noExport: on('noExport'),
    editable: on('editable'),
    remember: on('remember'),
    theme,
  };
}

/** The steps: a list, or text in the compact syntax (JSON in the `steps` attribute was read with the layers). */
function readSteps(s: unknown, where: Where, issues: ConfigIssue[], report: Report) {
  let given: StepConfig[] = [];
  if (typeof s == 'string') given = compactSteps(s, (code, value, i) => report(where, 'steps', code, value, i));
  else if (Array.isArray(s)) given = s as StepConfig[];
  // (The messages say where steps a renderer moved out of the element went: messages.ts, `outside`.)
  if (!given.length) report(where ?? 'attribute', 'steps', 'no-steps', s ?? '');

  const own: number[] = []; // each step's own improvement, percent
  const steps = given.map((c, i): StepInput => {
    const step: StepInput = {};
    if (typeof c.label == 'string') step.label = c.label;
    else if (c.label !== undefined) report(where, 'steps', 'type', c.label, i);
    for (const k of ['count', 'rate', 'improvement', 'previous'] as const) {
      const v = c[k];
      if (v === undefined) continue;
      // "%" in a count means a rate, as in the compact syntax.
      const { value, percent } = typeof v == 'number' ? { value: v, percent: false } : parseAmount(String(v));
      if (!Number.isFinite(value))
        issues.push({ code: 'number', where, field: 'steps', step: i, label: step.label, value: v });
      else if (k == 'improvement') own[i] = value;
      else if (k == 'previous') figure(step, value, percent);
      else if (k == 'count' && !percent) step.count = value;
      else step.rate = value / 100;
    }
    return step;
  });
  return { steps, own };
}

/** A step's figure of the period before: a count, or a rate (percent) with `%`. */
export const figure = (step: StepInput, value: number, percent: boolean) => {
  delete step.previous;
  delete step.previousRate;
  if (percent) step.previousRate = value / 100;
  else step.previous = value;
};

/** The sliders' start values (the `improvements` field wins over each step's own) and their range, percent. */
function readSliders(
  raw: Raw,
  from: Record<string, Where>,
  n: number,
  own: number[],
  mode: Mode,
  number: (f: string, x?: unknown, step?: number | null) => number | undefined,
  report: Report,
) {
  const imp = raw.improvements;
  const listed = (typeof imp == 'string' ? imp.split(/[;\n]/) : ((imp as unknown[]) ?? [])).map((x, i) =>
    number('improvements', x, i),
  );
  if (listed.length > n) report(from.improvements, 'improvements', 'too-many', listed.length, null, n);
  const start = Array.from({ length: n }, (_, i) => listed[i] ?? own[i] ?? 0);
  const lo = number('minImprovement') ?? 0;
  const hi = number('maxImprovement') ?? (mode == 'points' ? 50 : 100);
  if (lo < -100) report(from.minImprovement, 'minImprovement', 'range', raw.minImprovement);
  else if (hi > MAX_IMPROVEMENT * 100 || hi <= lo)
    report(from.maxImprovement ?? from.minImprovement, 'maxImprovement', 'range', raw.maxImprovement ?? hi);
  return { start, lo, hi };
}

/** The config field a core problem's input field came from: a step's own figures are the steps', unless a list set them. */
const fieldOf = (f: string, from: Record<string, Where>) =>
  f == 'test.split'
    ? 'testSplit'
    : /^test/.test(f)
      ? 'test'
      : f == 'improvement' && from.improvements
        ? 'improvements'
        : /^previous/.test(f) && from.previous
          ? 'previous'
          : f == 'periodsPerYear'
            ? 'period'
            : /count|rate|improvement|steps|previous/.test(f)
              ? 'steps'
              : f;

/**
 * The core's own checks, told as coming from the source of the field they concern (the messages chunk says them,
 * in English with the core's own words: each core problem keeps the input it was found in). The steps' counts and
 * rates where it found nothing, for the element to calculate from on every slider move.
 */
function check(
  input: FunnelInput,
  steps: StepInput[],
  from: Record<string, Where>,
  issues: ConfigIssue[],
  readers: Readers,
): Checked | undefined {
  const checked = coreCheck({
    ...input,
    steps: input.steps.map((st) => ({ ...st, label: st.label && cut(st.label) })),
  });
  const problems = inOrder([
    ...checked.problems,
    ...(readers.previous?.check(input) ?? []),
    ...(readers.test?.check(input) ?? []),
  ]);
  for (const p of problems) {
    const field = fieldOf(p.field, from);
    const label = p.step === null ? undefined : steps[p.step]?.label && cut(steps[p.step].label!);
    issues.push({
      code: p.code,
      where: from[field] ?? 'attribute',
      field,
      step: p.step,
      label,
      value: p.value,
      extra: p.limit,
      core: { problem: p, input },
    });
  }
  return problems.length ? undefined : checked;
}
