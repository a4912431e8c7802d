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
/** Each language asked for, its chunk on its way or here. */
const asked: Partial<Record<'nl' | 'en', Promise<void>>> = {};
/** How many languages of the page's first funnels are still on their way; when none, the gate opens for good. */
let pending = 0;
let open = false;
let opened: () => void;
const gate = new Promise<void>((r) => (opened = r));

/**
 * A language's words, once its chunk is here; for the page's first funnels, once every language they asked for is:
 * funnels in Dutch and in English are then drawn in the same frame, so that one drawn later does not push the
 * others down (a layout shift). A language asked for later waits for none.
 */
export const words = (lang: 'nl' | 'en'): Words | undefined => (open || !pending ? loaded[lang] : undefined);

/**
 * Fetches a language's words, once a page (the module map keeps the chunk); resolves when they can be shown: for
 * the page's first funnels, when every language they asked for has come or failed (a funnel whose words failed
 * stays empty, and the console says which file).
 */
export function loadWords(lang: 'nl' | 'en') {
  if (!asked[lang]) {
    if (!open) pending++;
    asked[lang] = (lang == 'nl' ? import('./nl.js') : import('./en.js'))
      .then((m) => void (loaded[lang] = m.words))
      .finally(() => {
        if (open || --pending) return;
        open = true;
        opened();
      });
  }
  return (open ? Promise.resolve() : gate).then(() => asked[lang]);
}

/** " per quarter" after a figure, where there is a period. */
export const per = (t: Words, period?: Period) => (period ? ` per ${t.units[period][0]}` : '');
