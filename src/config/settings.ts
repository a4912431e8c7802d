/**
 * What the configuration becomes, shared by the parser, the view and the element: the settings, a problem found
 * in it, and the raw fields on the way. Types and constants only: no code that reads anything.
 */
import type { FunnelInput, Mode } from '../core/types.js';
import type { Checked, Problem } from '../core/validate.js';
import type { ATTRIBUTES } from './attributes.js';

/** Which source a field came from. */
export type Where = 'property' | 'attribute' | 'script' | 'table' | 'editor' | 'sheet';
export type Period = (typeof ATTRIBUTES.period.choices)[number];
export type Theme = (typeof ATTRIBUTES.theme.choices)[number];

/** Periods a year, by period. */
export const PERIODS: Record<Period, number> = { month: 12, quarter: 4, 'half-year': 2, year: 1 };
/** A year in weeks: 365.2425 / 7. */
export const WEEKS_A_YEAR = 52.1775;

/** Text cut to `max` characters for a message: a pasted novel is shown by its start. */
export const cut = (text: string, max = 80) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

export interface ConfigIssue {
  /** The core's codes (`count-above-previous`…) and the parser's (`number`, `json`, `type`, `outside`…). */
  code: string;
  /** Which source held it. */
  where: Where;
  /** The field, camelCase as in JSON (`dealValue`); the element shows attributes kebab-case. */
  field: string;
  step: number | null;
  label?: string;
  /** What it got. */
  value: unknown;
  /** A problem the core found, with the input it found it in: the core says it in English (explain.ts). */
  core?: { problem: Problem; input: FunnelInput };
  /** What it should have been, where that helps (the number of steps for `too-many`). */
  extra?: unknown;
}

/** The language, number format and currency to speak in: known even where the rest cannot be used. */
export interface Voice {
  lang: 'nl' | 'en';
  locale: string;
  currency: string;
}

/** Everything the element needs to draw, checked. Percent where a person reads it. */
export interface Settings extends Voice {
  input: FunnelInput;
  /** The steps' counts and rates, as the core checked them: what each slider move is calculated from. */
  checked: Pick<Checked, 'counts' | 'rates'>;
  /** Slider start values, percent. */
  start: number[];
  /** Each slider's range, percent, widened to hold its start value. */
  min: number[];
  max: number[];
  period?: Period;
  mode: Mode;
  heading?: string;
  /** The heading's level, 1–6 (default 2), so it fits the page's outline. */
  headingLevel: number;
  readonly: boolean;
  /** No "Download CSV" and "Copy as table". */
  noExport: boolean;
  editable: boolean;
  remember: boolean;
  theme: Theme;
  /** Where to take the steps from: a CSV's address (`src`), as written. */
  src?: string;
  /** With figures of the period before: what the two periods are called, where the author named them. */
  previousName?: string;
  currentName?: string;
}

/** A step as a person writes it: rate and improvement in percent, numbers or text in the number syntax. */
export interface StepConfig {
  label?: string;
  count?: number | string;
  rate?: number | string;
  improvement?: number | string;
  /** The period before's figure: a count, or a rate (percent) where the step gives one. */
  previous?: number | string;
}

/** Fields as a source gives them, before they are read: text, numbers, lists, switches. */
export type Raw = Record<string, unknown>;

/** Tells the parser of one problem: where, which field, what (`code`), the value it got. */
export type Report = (
  where: Where,
  field: string,
  code: string,
  value: unknown,
  step?: number | null,
  extra?: unknown,
) => void;
