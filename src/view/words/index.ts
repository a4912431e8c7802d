/**
 * Every word the first render shows or says, one table per language with the same keys (`en.ts`, `nl.ts`), each
 * a chunk: a page loads only its funnels' languages, before their first render. The chunks have their own words
 * (the insights, the editor, the error messages, the picture). Words take finished figures (text); which figures,
 * rounded how, is the view model's business (`model.ts`), and writing numbers `format.ts`'s.
 */
import type { Period } from '../../config/settings.js';
import type { Words } from './en.js';

export type { Words } from './en.js';

/** A count of one, as the formats write it: "1", "+1", "−1" (a sign joined to it by U+2060). */
export const single = (n: string) => /^[+−-]?1$/.test(n.replace(/\u2060/g, ''));

const loaded: Partial<Record<'nl' | 'en', Words>> = {};

/** A language's words, once its chunk is here (`loadWords`). */
export const words = (lang: 'nl' | 'en'): Words | undefined => loaded[lang];

/** Fetches a language's words, once a page (the module map keeps the chunk). */
export const loadWords = (lang: 'nl' | 'en') =>
  (lang == 'nl' ? import('./nl.js') : import('./en.js')).then((m) => (loaded[lang] = m.words));

/** " per quarter" after a figure, where there is a period. */
export const per = (t: Words, period?: Period) => (period ? ` per ${t.units[period][0]}` : '');
