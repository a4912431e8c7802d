/**
 * What two periods side by side show (SPEC 2 "Two periods side by side", SPEC 3 "Two periods"), decided without a
 * browser from the view model and the core's `compare`: the line under the key figures (the change in customers
 * and revenue), the sentence that names what really moved and its share, each row's conversion before → now with
 * a chip where the verdict is real or maybe, and the details: each step's change with its interval, and why
 * "maybe" exists. Sliders play no part: this period's figures against the period before's.
 */
import type { Compare } from '../../core/types.js';
import { longestOf, type Moving } from '../../view/ghosts.js';
import { empty, type FunnelView, type Model, type Row } from '../../view/model.js';
import { compareWords } from './words.js';

type Kind = NonNullable<Row['moved']>['kind'];

export interface CompareView {
  /** What the two periods are called: the author's names, else by the period ("vorig kwartaal", "dit kwartaal"). */
  was: string;
  now: string;
  /** Each key figure's change since the period before (revenue first, where there is a deal value): "+€ 15.000 sinds Q1". */
  figures: string[];
  /** The steps that really rose, then those that fell, largest share first, each with its share; or that none did. */
  sentence: string;
  /** Per step: its figure before (step 0's count as its conversion, "was 950"; the others' "31,6% →"), and its chip where the verdict is real or maybe. */
  rows: Partial<Pick<Row, 'conversion' | 'before' | 'moved'>>[];
  /** Each step's change with its interval and verdict, and why "maybe" (the family of k steps). */
  details: { title: string; items: string[]; note: string };
  /** The funnel's text alternative, with the period before's counts. */
  alt: string;
}

/** The two periods side by side, in words. */
export function compareView({ settings: s, result: r, words: t, format: f }: Model, c: Compare): CompareView {
  const w = compareWords(s.lang);
  const was = s.previousName ?? w.last[s.period ?? ''];
  const now = s.currentName ?? w.this[s.period ?? ''];
  const deal = s.input.dealValue;
  const signedPoints = (x: number) => (x > 0 ? '+\u2060' : '') + f.one(x * 100);
  const kind = (i: number): Kind | null => {
    const { verdict, change } = c.steps[i];
    return verdict == 'real' ? (change! > 0 ? 'up' : 'down') : verdict == 'maybe' ? 'maybe' : null;
  };
  /** A step's figures before and now: the counts for step 0, else the conversions (with the digits that tell them apart). */
  const figures = (i: number): [string, string] =>
    i
      ? f.pcts(c.steps[i].previousRate!, r.steps[i].rate!)
      : [f.count(c.steps[0].previousCount), f.count(r.steps[0].count)];
  /** Whether nobody entered the step before, in either period: there is no conversion to compare. */
  const unmeasured = (i: number, before: boolean) =>
    i > 0 && !((before ? c.steps[i - 1].previousCount : r.steps[i - 1].count) > 0);

  const share = (x: number | null) =>
    x === null ? '' : ` (${deal === undefined ? t.people(f.signedCount(x)) : f.signedMoney(x * deal)})`;
  /** "A, B and C". */
  const and = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')}${w.and}${xs.at(-1)}` : xs[0]);
  /** The steps whose verdict is `v`, largest share first, each with its share. */
  const steps = (v: Kind) =>
    r.steps
      .map((_, i) => i)
      .filter((i) => kind(i) == v)
      .sort((a, b) => Math.abs(c.steps[b].contribution ?? 0) - Math.abs(c.steps[a].contribution ?? 0))
      .map((i) => r.steps[i].label + (v == 'maybe' ? '' : share(c.steps[i].contribution)));
  const said = [
    steps('up').length && w.rose(and(steps('up'))),
    steps('down').length && w.fell(and(steps('down'))),
  ].filter((x): x is string => !!x);
  const maybe = steps('maybe');
  const sentence = said.length
    ? said.map((x, k) => (k ? x[0].toLowerCase() + x.slice(1) : x)).join('; ') + '.'
    : w.none + (maybe.length ? ' ' + w.maybe(and(maybe)) : '');

  const since = (x: number, show: (x: number) => string) => (x ? w.since(show(x), was) : w.same(was));
  const figs = [since(c.extraCustomers, f.signedCount)];
  if (c.extraRevenue !== null) figs.unshift(since(c.extraRevenue, f.signedMoney));
  const items = c.steps.map((st, i) => {
    const { label } = r.steps[i];
    const v = kind(i);
    const verdict = st.verdict ? `: ${w.verdict[v ?? 'noise']}` : '';
    if (!i) {
      const change = st.change === null ? '' : f.signedPct(st.change);
      const range = st.interval ? w.range(f.signedPct(st.interval.low), f.signedPct(st.interval.high)) : '';
      return `${w.step0(label, ...figures(0), change)}${range}${verdict}.`;
    }
    if (unmeasured(i, true) || unmeasured(i, false)) return `${label}: ${w.empty}.`;
    const head = w.step(label, ...figures(i), signedPoints(st.change!));
    if (!st.interval) return `${head}; ${w.given}.`;
    return `${head}${w.range(signedPoints(st.interval.low), w.points(signedPoints(st.interval.high)))}${verdict}.`;
  });
  return {
    was,
    now,
    figures: figs,
    sentence,
    rows: c.steps.map((st, i) => {
      const v = kind(i);
      const moved = v && { sign: w.sign[v], word: w.word[v], explain: ` (${w.explain[v]})`, kind: v };
      if (!i) return { conversion: w.was(f.count(st.previousCount)), moved };
      if (empty(r, i)) return { moved };
      return { before: `${unmeasured(i, true) ? t.noData : figures(i)[0]} →\u00a0`, moved };
    }),
    details: { title: w.details(was, now), items, note: c.tests > 1 ? w.note(String(c.tests)) : '' },
    alt: `${was[0].toUpperCase()}${was.slice(1)}: ${c.steps.map((st, i) => `${r.steps[i].label} ${f.count(st.previousCount)}`).join(', ')}.`,
  };
}

/**
 * The view with the two periods in it: while no slider has moved, each key figure's change since the period
 * before in place of the hint; each row's figure before and its chip; the funnel's text with the period before's
 * counts.
 */
export function withCompare(v: FunnelView, cv: CompareView): FunnelView {
  const resting = !/\bmoved\b/.test(v.classes);
  return {
    ...v,
    figures: v.figures.map((fig, k) => (resting ? { ...fig, extra: cv.figures[k], hint: false } : fig)),
    rows: v.rows.map((row, i) => ({ ...row, ...cv.rows[i] })),
    funnel: { ...v.funnel, alt: `${v.funnel.alt} ${cv.alt}` },
  };
}

/** The ghosts with the key figures' changes since the period before among their texts, so no figure changes size. */
export const compareGhosts = (g: Moving, cv: CompareView): Moving => ({
  ...g,
  figures: g.figures.map((fig, k) => ({ ...fig, extra: longestOf([fig.extra, cv.figures[k]]) })),
});
