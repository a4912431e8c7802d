/**
 * Untrusted configuration → settings the element can draw, or the list of what is wrong with it.
 * The only module that imports zod. Pure: the element hands it strings and objects, never the DOM.
 *
 * Sources, field by field, the first that sets a field wins (SPEC 3): the `config` property (with the
 * `steps` and `improvements` properties, which set those fields), then attributes, then the child
 * `<script type="application/json">`, then the child `<table>`.
 */
import * as z from 'zod/mini';
import { calculateFunnel, FunnelError, MAX_IMPROVEMENT, type FunnelInput, type Mode, type StepInput } from './core/index.js';
import { parseAmount } from './numbers.js';

// zod 4 otherwise probes `new Function`, a violation under a strict CSP. Must run before any parse.
z.config({ jitless: true });

export type Where = 'property' | 'attribute' | 'script' | 'table';
export type Period = 'month' | 'quarter' | 'half-year' | 'year';
export type Theme = 'light' | 'dark' | 'auto';

export interface ConfigIssue {
  /** The core's codes (`count-above-previous`…) and the parser's (`number`, `json`, `type`…). */
  code: string;
  /** Which source held it. */
  where: Where;
  /** The field, camelCase as in JSON (`dealValue`); the element shows attributes kebab-case. */
  field: string;
  step: number | null;
  label?: string;
  /** What it got. */
  value: unknown;
  /** The core's English message, for the core's codes. */
  message?: string;
  /** What it should have been, where that helps (the number of steps for `too-many`). */
  extra?: unknown;
}

/** Everything the element needs to draw, checked. Percent where a person reads it. */
export interface Settings {
  input: FunnelInput;
  /** Slider start values, percent. */
  start: number[];
  /** Each slider's range, percent, widened to hold its start value. */
  min: number[];
  max: number[];
  lang: 'nl' | 'en';
  locale: string;
  currency: string;
  period?: Period;
  mode: Mode;
  heading?: string;
  readonly: boolean;
  /** No "Download CSV" and "Copy as table". */
  noExport: boolean;
  theme: Theme;
}

export interface Sources {
  config?: unknown;
  steps?: unknown;
  improvements?: unknown;
  /** Present attributes by field name (camelCase). */
  attributes: Partial<Record<string, string>>;
  /** Text of the child JSON script. */
  script?: string;
  /** Cells of the child table's body rows. */
  table?: { rows: string[][] };
  /** The nearest `lang` above the element, else the document's. */
  inheritedLang?: string;
}

/** Step as a person writes it: rate and improvement in percent, numbers or text in the number syntax. */
export interface StepConfig {
  label?: string;
  count?: number | string;
  rate?: number | string;
  improvement?: number | string;
}

/** Every field, in the order attributes are listed; their attribute is the kebab-case name. */
export const FIELDS = ['steps', 'dealValue', 'currency', 'lang', 'locale', 'period', 'mode', 'improvements', 'minImprovement', 'maxImprovement', 'target', 'heading', 'readonly', 'theme', 'noExport'];

// zod checks the shape: an object of known fields only, the config and each step, so a typo ("dealvalue") is
// an error rather than nothing. The values are checked below, where the number syntax reads them anyway.
// Made at the first JSON: a funnel from attributes alone never pays for building them.
const shape = (keys: string[]) => z.partialRecord(z.enum(keys), z.unknown());
let schemas: ReturnType<typeof shape>[];
const schema = (i: 0 | 1) => (schemas ??= [shape(FIELDS), shape(['label', 'count', 'rate', 'improvement'])])[i];

export const attributeOf = (field: string) => field.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

const PERIODS: Record<Period, number> = { month: 12, quarter: 4, 'half-year': 2, year: 1 };
const ENUMS: Record<string, string[]> = {
  period: Object.keys(PERIODS),
  mode: ['relative', 'points'],
  theme: ['light', 'dark', 'auto'],
};

type Raw = Record<string, unknown>;

/** Text cut to `max` characters for a message: a pasted novel is shown by its start. */
export const cut = (text: string, max = 80) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/** The language, number format and currency to speak in: known even where the rest cannot be used. */
export interface Look {
  lang: 'nl' | 'en';
  locale: string;
  currency: string;
}

/** Reads every source; never throws. Either `settings` or a non-empty `issues`; `look` always. */
export function resolve(sources: Sources): { settings?: Settings; issues: ConfigIssue[]; look: Look } {
  const issues: ConfigIssue[] = [];
  const look: Look = { lang: 'en', locale: 'en', currency: 'EUR' };
  try {
    return { settings: build(sources, issues, look), issues, look };
  } catch (e) {
    // A config object that throws on reading (a getter, a Proxy) or cannot be walked (cyclic).
    if (!issues.length) issues.push({ code: 'type', where: 'property', field: 'config', step: null, value: String(e) });
    return { issues, look };
  }
}

function build(sources: Sources, issues: ConfigIssue[], look: Look): Settings | undefined {
  const issue = (where: Where, field: string, code: string, value: unknown, step: number | null = null, extra?: unknown) =>
    issues.push({ code, where, field, step, value, extra });

  /** zod's verdict on `data`, its issues told in our terms (field and step from the path). */
  const check = (schema: z.ZodMiniType, data: unknown, where: Where, ...at: (string | number)[]): Raw | undefined => {
    const r = schema.safeParse(data, { reportInput: true });
    if (r.success) return r.data as Raw;
    for (const i of r.error.issues) {
      const path = [...at, ...i.path];
      const step = path[0] == 'steps' && typeof path[1] == 'number' ? path[1] : null;
      const key = (i as { keys?: string[] }).keys;
      issue(where, String(path[0] ?? 'config'), key ? 'unknown-key' : 'type', key ? key.join(', ') : i.input, step);
    }
    return undefined;
  };
  const json = (text: string, where: Where, field: string) => {
    try {
      return JSON.parse(text);
    } catch (e) {
      issue(where, field, 'json', (e as Error).message);
    }
  };

  /** A whole config: its shape, then its steps and improvements, each a list or text. */
  const config = (data: unknown, where: Where): Raw => {
    const c = check(schema(0), data, where) ?? {};
    for (const f of ['steps', 'improvements']) if (c[f] !== undefined) c[f] = list(f, c[f], where);
    return c;
  };
  /** Steps or improvements: text, or a list (of steps, each checked). */
  const list = (f: string, data: unknown, where: Where) => {
    if (typeof data == 'string') return data;
    if (!Array.isArray(data)) return void issue(where, f, 'type', data);
    if (f == 'steps') data.forEach((step, i) => check(schema(1), step, where, f, i));
    return data;
  };

  // One layer per source, highest precedence first.
  const a = sources.attributes;
  const attrs: Raw = { ...a };
  for (const f of ['steps', 'improvements']) if (a[f]?.trim().startsWith('[')) attrs[f] = list(f, json(a[f]!, 'attribute', f), 'attribute');
  // Boolean attributes: present is true, whatever their value.
  for (const f of ['readonly', 'noExport']) if (a[f] !== undefined) attrs[f] = true;
  const props = sources.config === undefined ? {} : config(sources.config, 'property');
  if (sources.steps !== undefined) props.steps = list('steps', sources.steps, 'property');
  if (sources.improvements !== undefined) props.improvements = list('improvements', sources.improvements, 'property');
  const script = sources.script === undefined ? {} : config(json(sources.script, 'script', 'script'), 'script');
  const table: Raw = sources.table
    ? { steps: sources.table.rows.map(([label, value], i) => ({ label, ...stepValue(value, (v) => issue('table', 'steps', 'number', v, i)) })) }
    : {};
  const layers: [Where, Raw][] = [['property', props], ['attribute', attrs], ['script', script], ['table', table]];
  const from: Record<string, Where> = {};
  const raw: Raw = {};
  for (const f of FIELDS)
    for (const [where, layer] of layers)
      if (layer[f] !== undefined && layer[f] !== '') {
        const v = (raw[f] = layer[f]);
        from[f] = where;
        // Text fields take text (or a number), the switches true or false.
        if (/readonly|noExport/.test(f) ? typeof v != 'boolean' : f != 'steps' && f != 'improvements' && typeof v == 'object')
          issue(where, f, 'type', v);
        break;
      }
  // Language: its own lang, else its locale's when Dutch or English, else the nearest lang above; Dutch or English.
  let locale = raw.locale === undefined ? '' : String(raw.locale).trim();
  const tag = String(raw.lang ?? (/^(nl|en)(?![a-z])/i.test(locale) ? locale : sources.inheritedLang) ?? '').trim();
  const lang = (look.lang = /^nl(?![a-z])/i.test(tag) ? 'nl' : 'en');
  const valid = (l: string) => {
    try {
      return !!Intl.getCanonicalLocales(l);
    } catch {
      return false;
    }
  };
  if (locale && !valid(locale)) {
    issue(from.locale, 'locale', 'type', raw.locale);
    locale = '';
  }
  // A tag with a region (nl-BE, en-GB) is its own locale; else the language's.
  look.locale = locale ||= /^(nl|en)-/i.test(tag) && valid(tag) ? tag : lang == 'nl' ? 'nl-NL' : 'en';
  const currency = raw.currency === undefined ? 'EUR' : String(raw.currency).trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(currency)) look.currency = currency;
  else issue(from.currency, 'currency', 'type', raw.currency);
  if (issues.length) return;

  /** A number field: a number, or text in the number syntax (money may carry a currency sign, improvements a %). */
  const number = (f: string, x = raw[f], step: number | null = null) => {
    if (x === undefined) return undefined;
    const n = typeof x == 'number' ? x : parseAmount(String(x)).value;
    if (!Number.isFinite(n)) issue(from[f], f, 'number', x, step);
    return n;
  };
  const choice = (f: string) => {
    const v = raw[f] === undefined ? undefined : String(raw[f]).trim().toLowerCase();
    if (v !== undefined && !ENUMS[f].includes(v)) issue(from[f], f, 'enum', raw[f], null, ENUMS[f].join(', '));
    return v;
  };

  // Steps: a list, or text in the compact syntax (JSON in the `steps` attribute was read above).
  let items: StepConfig[] = [];
  const s = raw.steps;
  if (typeof s == 'string')
    items = s.split(/[;\n]/).filter((item) => item.trim()).map((item, i) => {
      const colon = item.lastIndexOf(':');
      if (colon < 0) issue(from.steps, 'steps', 'no-colon', item.trim(), i);
      return { label: item.slice(0, colon).trim(), ...stepValue(item.slice(colon + 1), (v) => issue(from.steps, 'steps', 'number', v, i)) };
    });
  else if (s) items = s as StepConfig[];
  if (!items.length) issue(from.steps ?? 'attribute', 'steps', 'no-steps', s);

  const own: number[] = []; // each step's own improvement, percent
  const steps = items.map((c, i): StepInput => {
    const step: StepInput = {};
    if (typeof c.label == 'string') step.label = c.label;
    else if (c.label !== undefined) issue(from.steps, 'steps', 'type', c.label, i);
    for (const k of ['count', 'rate', 'improvement'] as const) {
      const v = c[k];
      if (v === undefined) continue;
      // "%" in a count means a rate, as in the compact syntax.
      const { value, percent } = typeof v == 'number' ? { value: v, percent: false } : parseAmount(String(v));
      if (!Number.isFinite(value)) issues.push({ code: 'number', where: from.steps, field: 'steps', step: i, label: step.label, value: v });
      else if (k == 'improvement') own[i] = value;
      else if (k == 'count' && !percent) step.count = value;
      else step.rate = value / 100;
    }
    return step;
  });

  const imp = raw.improvements;
  const startList = (typeof imp == 'string' ? imp.split(/[;\n]/) : ((imp as unknown[]) ?? [])).map((x, i) => number('improvements', x, i));
  if (startList.length > steps.length) issue(from.improvements, 'improvements', 'too-many', startList.length, null, steps.length);
  const start = steps.map((_, i) => startList[i] ?? own[i] ?? 0);

  const mode = (choice('mode') ?? 'relative') as Mode;
  const lo = number('minImprovement') ?? 0;
  const hi = number('maxImprovement') ?? (mode == 'points' ? 50 : 100);
  if (lo < -100) issue(from.minImprovement, 'minImprovement', 'range', raw.minImprovement);
  else if (hi > MAX_IMPROVEMENT * 100 || hi <= lo) issue(from.maxImprovement ?? from.minImprovement, 'maxImprovement', 'range', raw.maxImprovement ?? hi);

  const period = choice('period') as Period | undefined;
  const theme = (choice('theme') ?? 'auto') as Theme;
  const input: FunnelInput = {
    steps: steps.map((st, i) => ({ ...st, improvement: start[i] / 100 })),
    dealValue: number('dealValue'),
    mode,
    periodsPerYear: period && PERIODS[period],
    target: number('target'),
  };
  if (issues.length) return;

  // The core's own checks, told as coming from the source of the field they concern.
  try {
    calculateFunnel({ ...input, steps: input.steps.map((st) => ({ ...st, label: st.label && cut(st.label) })) });
  } catch (e) {
    if (!(e instanceof FunnelError)) throw e;
    for (const i of e.issues) {
      const field =
        i.field == 'improvement' && from.improvements ? 'improvements' : i.field == 'periodsPerYear' ? 'period' : /count|rate|improvement|steps/.test(i.field) ? 'steps' : i.field;
      const label = i.step === null ? undefined : steps[i.step]?.label && cut(steps[i.step].label!);
      issues.push({ code: i.code, where: from[field] ?? 'attribute', field, step: i.step, label, value: i.value, message: i.message, extra: i.limit });
    }
    return;
  }
  return {
    input,
    start,
    min: start.map((x) => Math.min(lo, x)),
    max: start.map((x) => Math.max(hi, x)),
    lang,
    locale,
    currency,
    period,
    mode,
    heading: raw.heading === undefined ? undefined : String(raw.heading),
    readonly: raw.readonly === true,
    noExport: raw.noExport === true,
    theme,
  };
}

/**
 * The value part of a step: a count (`1000`), a rate (`40%`), either followed by an improvement (`+10%`).
 * Returns percent for rate and improvement, as a person writes them; calls `bad` with what it cannot read.
 */
export function stepValue(text = '', bad: (value: string) => void): StepConfig {
  const t = text.trim();
  const m = /^(.*?[\d%])\s*([+\-−]\s*[\d.,\s]+%?)$/su.exec(t);
  const out: StepConfig = {};
  const { value, percent } = parseAmount(m ? m[1] : t);
  if (!Number.isFinite(value)) bad(t);
  else out[percent ? 'rate' : 'count'] = value;
  if (m) {
    const u = parseAmount(m[2].replace(/\s/g, ''));
    if (!Number.isFinite(u.value)) bad(t);
    else out.improvement = u.value;
  }
  return out;
}
