/**
 * The compact list syntax of the attributes (SPEC 3): items separated by `;` or a new line; a step is
 * `label: value`, split at the last colon; a value is a count (`1000`) or a rate (`40%`), perhaps followed by an
 * improvement (`400 +10%`). Numbers in the number syntax of `numbers.ts`.
 */
import { parseAmount } from './numbers.js';
import type { StepConfig } from './settings.js';

/** The items of a list: `;`- or line-separated, blank ones dropped. */
export const items = (text: string) => text.split(/[;\n]/).filter((item) => item.trim());

/**
 * Steps in the compact syntax. `bad(value, i)` is told of each item it cannot read: `no-colon` (no `label:`), or
 * `number` (a value that is not one); such an item is an empty step, so the others keep their places.
 */
export function compactSteps(
  text: string,
  bad: (code: 'no-colon' | 'number', value: string, i: number) => void,
): StepConfig[] {
  return items(text).map((item, i) => {
    const colon = item.lastIndexOf(':');
    if (colon < 0) {
      bad('no-colon', item.trim(), i);
      return {};
    }
    return { label: item.slice(0, colon).trim(), ...stepValue(item.slice(colon + 1), (v) => bad('number', v, i)) };
  });
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
