/** A view model from attributes, as the element makes it: for the pure tests of the view, insights and export. */
import { calculateFunnel, type FunnelResult } from '../src/core/index.js';
import { readers } from './readers.js';
import { resolve, type Sources } from '../src/config/resolve.js';
import type { Model } from '../src/view/model.js';
import { formats } from '../src/view/format.js';
import { loadWords, words } from '../src/view/words/index.js';

// The first render's words are chunks: here, both languages, loaded once.
await Promise.all([loadWords('en'), loadWords('nl')]);

/** The model of a funnel configured by `attributes` (camelCase names), its sliders at `u` (percent; default their start). */
export function modelOf(
  attributes: Sources['attributes'],
  u?: number[],
  sources: Partial<Sources> = {},
): Model<FunnelResult> {
  const { settings: s, issues } = resolve({ attributes, ...sources }, readers);
  if (!s) throw new Error(JSON.stringify(issues));
  const values = u ?? s.start;
  const r = calculateFunnel({
    ...s.input,
    steps: s.input.steps.map((st, i) => ({ ...st, improvement: values[i] / 100 })),
  });
  return { settings: s, result: r, sliders: values, words: words(s.lang)!, format: formats(s.locale, s.currency) };
}

export const ARTICLE =
  'Leads: 1000; Qualified leads: 400; Engaged: 250; Proposal made: 120; Proposal discussed: 60; Purchase: 20';
export const ARTIKEL =
  'Leads: 1.000; Gekwalificeerd: 400; Gedrag stimuleren: 250; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20';
