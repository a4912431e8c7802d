/**
 * What the configuration is made of, shared by the parser, the words and the element: the fields and their
 * attributes, the types of a problem found in it, and the settings it becomes. No code that reads anything.
 */
import type { FunnelInput, Mode } from './core/index.js';

export type Where = 'property' | 'attribute' | 'script' | 'table' | 'editor';
export type Period = 'month' | 'quarter' | 'half-year' | 'year';
export type Theme = 'light' | 'dark' | 'auto';

/** Every field, in the order attributes are listed; its attribute is the kebab-case name. */
export const FIELDS = [
  'steps', 'dealValue', 'currency', 'lang', 'locale', 'period', 'mode', 'improvements', 'minImprovement', 'maxImprovement',
  'target', 'heading', 'headingLevel', 'readonly', 'theme', 'noExport', 'editable', 'remember',
];

/** The fields that are switches: present is on, whatever the attribute's value. */
export const SWITCHES = ['readonly', 'noExport', 'editable', 'remember'];

export const attributeOf = (field: string) => field.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

export const PERIODS: Record<Period, number> = { month: 12, quarter: 4, 'half-year': 2, year: 1 };

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
  /** The core's English message, for the core's codes. */
  message?: string;
  /** What it should have been, where that helps (the number of steps for `too-many`). */
  extra?: unknown;
}

/** The language, number format and currency to speak in: known even where the rest cannot be used. */
export interface Look {
  lang: 'nl' | 'en';
  locale: string;
  currency: string;
}

/** Everything the element needs to draw, checked. Percent where a person reads it. */
export interface Settings extends Look {
  input: FunnelInput;
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
}

/** A step as a person writes it: rate and improvement in percent, numbers or text in the number syntax. */
export interface StepConfig {
  label?: string;
  count?: number | string;
  rate?: number | string;
  improvement?: number | string;
}
