/**
 * The ghosts: what keeps the element's size while a slider moves. Every text a slider changes is laid out over
 * an unseen ghost of its longest form, the longest it gets at the sliders' extremes; so a move never changes the
 * element's size, and the page around it never shifts. Pure: tested without a browser.
 */
import type { Settings } from '../config/settings.js';
import { figures, improvementText, range, then, type Figure, type Model } from './model.js';

/** The texts that change as the sliders move, at one slider setting: what the ghosts are made of. */
export interface Moving {
  figures: Figure[];
  range: string;
  shown: string[];
  /** Each step's forecast and its change, on one line ("144 +24"). */
  then: string[];
  /** The same, stacked: the forecast over its change (the compact layout). */
  stacked: string[];
}

/** The texts that change with the sliders. */
export function moving(m: Model): Moving {
  return {
    figures: figures(m),
    range: range(m),
    shown: m.sliders.map((x, i) => improvementText(m, x, i)),
    then: m.result.steps.map((st) => then(st, m.format).join(' ')),
    stacked: m.result.steps.map((st) => then(st, m.format).join('\n')),
  };
}

/**
 * About how wide a text is, in digits (the digits are tabular): a sign, a mark or a space counts half, a word
 * joiner nothing. So of "+50 pp" and "-50 pp", as long, the "+" wins: a live text must fit in its ghost's room.
 */
const width = (text: string) =>
  text.length - (text.match(/[-.,:;' \u00a0]/g)?.length ?? 0) / 2 - (text.match(/\u2060/g)?.length ?? 0);

/** The widest of some texts. */
export const longestOf = (texts: string[]) => texts.reduce((a, b) => (width(b) > width(a) ? b : a), '');

/** Every form of a cell's text (each line of it), one a line: a cell's ghost (`data-ghost`) is as wide as the widest. */
const everyForm = (texts: string[]) =>
  [...new Set(texts.flatMap((x) => x.split('\n')).map((x) => x.trim()))].join('\n');

/** The ghosts that keep the element's size, over several slider settings: each figure's widest form, each cell's every form. */
export function longest(all: Moving[]): Moving {
  const pick = longestOf;
  const [first] = all;
  return {
    figures: first.figures.map((_, k) => ({
      label: first.figures[k].label,
      value: pick(all.map((x) => x.figures[k].value)),
      extra: pick(all.map((x) => x.figures[k].extra)),
      hint: false,
    })),
    range: pick(all.map((x) => x.range)),
    shown: first.shown.map((_, i) => everyForm(all.map((x) => x.shown[i]))),
    then: first.then.map((_, i) => everyForm(all.map((x) => x.then[i]))),
    stacked: first.stacked.map((_, i) => everyForm(all.map((x) => x.stacked[i]))),
  };
}

/**
 * The slider settings at which the texts are longest: every slider at its lowest, at its highest, at its smallest
 * move from 0 (a small change shows the most digits), and the start.
 */
export const extremes = (s: Settings) => [
  s.min,
  s.max,
  s.min.map((lo, i) => (s.max[i] >= 1 ? 1 : lo <= -1 ? -1 : 0)),
  s.start,
];

/** A funnel's ghosts: from its models at the extremes (`atExtremes`); read-only, where sliders never move, its texts as they are. */
export const ghostsOf = (current: Model, atExtremes: () => Model[]) =>
  longest(current.settings.readonly ? [moving(current)] : atExtremes().map(moving));
