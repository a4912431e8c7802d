/**
 * What the funnel shows: settings, the core's result and the words → every text and number on screen, decided
 * here and nowhere else. Pure (no DOM, no Lit): tested without a browser, table-driven (test/view.test.ts).
 * The templates (`parts.ts`) only lay this out.
 *
 * Product decisions made here:
 * - People are whole on screen (20, not 20.4; "< 1" under one); fractions stay in `result` and the export.
 * - Where nothing moved, say nothing ("+0; 0 a year" is noise): the figure alone, and a hint to move a slider.
 * - The likely range is the 80 % prediction of one next period, rounded outward to two significant digits (so it
 *   always holds the estimate and never collapses), "rough" where high > 3 × low; none, with the reason, where
 *   every step is given as a rate; never a zero-width range.
 * - Read-only shows no slider hints, and no forecast unless start improvements are set.
 * - Texts that change while a slider moves come with a ghost: the longest they get at the sliders' extremes,
 *   laid out unseen beneath them, so a slider's move never changes the element's size.
 */
import type { FunnelResult, StepResult } from './core/index.js';
import type { Settings } from './config.js';
import { funnelShape, type FunnelShape } from './geometry.js';
import { per, type Formats, type Words } from './words.js';

export interface Figure {
  label: string;
  /** "€ 50.000 → € 60.000", or "€ 50.000" where nothing moved. */
  value: string;
  /** "+€ 10.000 · +€ 40.000 per year"; the hint to move a slider; or nothing. */
  extra: string;
  /** The hint, not a change. */
  hint: boolean;
}

export interface Slider {
  min: number;
  max: number;
  value: number;
  /** Its accessible name, after its step. */
  name: string;
  /** aria-valuetext: the change in words. */
  valueText: string;
  /** The value as shown beside it: "+20%", "+5 pp". */
  shown: string;
  /** Where the thumb is, 0–100: the filled part of the track. */
  fill: number;
}

export interface Row {
  label: string;
  /** "Bottleneck" on the bottleneck ("Bottleneck?" where it is not sure, `unsure` said to screen readers); null elsewhere. */
  chip: { text: string; unsure: string } | null;
  count: string;
  /** "40%", "no data", or "" for step 0. */
  conversion: string;
  slider: Slider | null;
  /** The step's forecast count; null without a forecast column. */
  then: string | null;
  /** "+24", or "" where it did not change. */
  extra: string;
  up: boolean;
}

/** A label as the middle of a sentence: "Leads" → "leads" (but "SQL" stays). */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

export interface FunnelView {
  heading: { text: string; level: number } | null;
  figures: Figure[];
  /** The likely range of the first figure, or why there is none; "" where there is nothing to say. */
  range: string;
  /** What the live region says once a slider rests. */
  spoken: string;
  funnel: {
    shape: FunnelShape;
    bottleneck: number;
    alt: string;
    /** Each slice's count, inside it where it is wide enough, else beside it (x in percent of the width). */
    labels: { text: string; inside: boolean; x: number }[];
    /** Per step, whether its forecast differs from today: only those show the forecast's shape. */
    forecast: boolean[];
    legend: string[] | null;
  };
  /** Column headers, each with the column it names (`name`, `now`, `slide`, `then`). */
  headers: { column: string; text: string }[];
  rows: Row[];
  insights: { title: string; about: string; warn: string };
  reset: string | null;
  exporting: { label: string; csv: string; copy: string; copied: string } | null;
}

/** The texts that change as the sliders move, at one slider setting: what the ghosts are made of. */
export interface Moving {
  figures: Figure[];
  range: string;
  shown: string[];
  then: string[];
}

/** Everything the view needs: the settings, the result at the current sliders, the sliders, words and formats. */
export interface Model {
  s: Settings;
  r: FunnelResult;
  /** Every slider's value, percent. */
  u: number[];
  t: Words;
  f: Formats;
}

/** Rounds outward to two significant digits: low down, high up; whole at least (people, money without cents). */
export function outward(x: number, up: boolean) {
  if (!(x > 0)) return 0;
  const p = Math.max(1, 10 ** (Math.floor(Math.log10(x)) - 1));
  const n = up ? Math.ceil(x / p - 1e-9) : Math.floor(x / p + 1e-9);
  return Number((n * p).toPrecision(15));
}

const changed = (r: FunnelResult) => r.extra.customers != 0;
const showsForecast = (s: Settings) => !s.readonly || s.start.some((x) => x != 0);
/** The one step before a step was empty: nothing can be said about its conversion. */
export const empty = (r: FunnelResult, i: number) => i > 0 && !(r.steps[i - 1].count > 0);

/**
 * An improvement as the funnel's mode reads it: "+20%", or "+5 pp" in points mode ("+5 points" where it is
 * spoken); step 0's is always relative (more leads).
 */
export const improvementText = ({ s, t, f }: Pick<Model, 's' | 't' | 'f'>, percent: number, i: number, spoken = false) => {
  if (s.mode != 'points' || !i) return f.signedPct(percent / 100);
  const n = `${percent > 0 ? '+' : ''}${f.one(percent)}`;
  return spoken ? t.points(n) : `${n} ${t.pp}`;
};

/** The key figures at one slider setting: revenue first where there is a deal value, then customers. */
function figures({ s, r, t, f }: Model): Figure[] {
  const perPeriod = per(t, s.period);
  const yearly = s.period && s.period != 'year';
  const moved = changed(r);
  const make = (label: string, now: number, then: number, extra: number, perYear: number | null, show: (x: number) => string, signed: (x: number) => string) => ({
    label: label + perPeriod,
    value: moved ? `${show(now)} → ${show(then)}` : show(now),
    extra: moved ? signed(extra) + (yearly && perYear !== null ? ` (${t.perYear(signed(perYear))})` : '') : '',
    hint: false,
  });
  const out = [make(t.customers, r.baseline.customers, r.forecast.customers, r.extra.customers, r.extra.customersPerYear, f.count, f.signedCount)];
  if (r.baseline.revenue !== null)
    out.unshift(make(t.revenue, r.baseline.revenue, r.forecast.revenue!, r.extra.revenue!, r.extra.revenuePerYear, f.money, f.signedMoney));
  if (!moved && !s.readonly) Object.assign(out[0], { extra: t.hint, hint: true });
  return out;
}

/** The 80 % prediction of the first figure, rounded outward; or why there is none. */
function range({ s, r, t, f }: Model): string {
  const measured = r.steps.length - 1 - r.ratesGiven;
  if (!measured) return t.noRange;
  const outcome = changed(r) ? r.forecast : r.baseline;
  const money = outcome.revenuePrediction !== null;
  const p = money ? outcome.revenuePrediction : outcome.customersPrediction;
  if (!p) return '';
  const [lo, hi] = [outward(p.low, false), outward(p.high, true)];
  if (!(hi > lo)) return '';
  const show = money ? f.money : f.count;
  const notes = [p.high > 3 * p.low ? t.rough : '', r.ratesGiven ? t.ratesLeftOut(String(r.ratesGiven)) : ''].filter(Boolean);
  const periods = t.units[s.period ?? ''][1];
  return `${t.range(money ? t.revenue : t.customers, periods, show(lo), show(hi))}${notes.length ? `: ${notes.join('; ')}` : ''}.`;
}

/** One step's forecast and its change: "144", "+24". */
function then(st: StepResult, f: Formats) {
  return [f.count(st.forecastCount), st.extraCount ? f.signedCount(st.extraCount) : ''];
}

/** The texts that change with the sliders. */
export function moving(m: Model): Moving {
  return {
    figures: figures(m),
    range: range(m),
    shown: m.u.map((x, i) => improvementText(m, x, i)),
    then: m.r.steps.map((st) => then(st, m.f).join(' ')),
  };
}

/**
 * About how wide a text is, in digits (the digits are tabular): a sign, a mark or a space counts half, a word
 * joiner nothing. So of "+50 pp" and "-50 pp", as long, the "+" wins: a live text must fit in its ghost's room.
 */
const width = (text: string) => text.length - (text.match(/[-.,:;' \u00a0]/g)?.length ?? 0) / 2 - (text.match(/\u2060/g)?.length ?? 0);

/** The widest of some texts. */
export const longestOf = (texts: string[]) => texts.reduce((a, b) => (width(b) > width(a) ? b : a), '');

/** Every form of a one-line text, one a line: a cell's ghost (`data-ghost`) is as wide as the widest. */
const everyForm = (texts: string[]) => [...new Set(texts.map((x) => x.trim()))].join('\n');

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
  };
}

/** What the live region says: the first figure, today and with the improvements, and the extra. */
function spoken({ s, r, t, f }: Model, first: Figure, money: boolean) {
  const [show, signed] = money ? [f.money, f.signedMoney] : [f.count, f.signedCount];
  const o = (x: { customers: number; revenue: number | null }) => (money ? x.revenue! : x.customers);
  const year = money ? r.extra.revenuePerYear : r.extra.customersPerYear;
  const extra = signed(o(r.extra)) + (s.period && s.period != 'year' && year !== null ? ', ' + t.perYear(signed(year)) : '');
  return changed(r) ? t.spoken(first.label, show(o(r.baseline)), show(o(r.forecast)), extra) : `${first.label}: ${show(o(r.baseline))}.`;
}

/** The whole view at the current sliders. */
export function view(m: Model): FunnelView {
  const { s, r, u, t, f } = m;
  const steps = r.steps;
  const forecast = showsForecast(s);
  const shape = funnelShape(steps.map((x) => x.count), steps.map((x) => (forecast ? x.forecastCount : x.count)));
  const figs = figures(m);
  const money = r.baseline.revenue !== null;
  const few = steps.filter((x) => x.lowData).length;
  return {
    heading: s.heading ? { text: s.heading, level: s.headingLevel } : null,
    figures: figs,
    range: range(m),
    spoken: spoken(m, figs[0], money),
    funnel: {
      shape,
      bottleneck: r.bottleneck,
      alt: `${t.funnel}: ${steps.map((x) => `${x.label} ${f.count(x.count)}`).join(', ')}. ${t.bottleneck}: ${steps[r.bottleneck].label}.`,
      labels: steps.map((x, i) => {
        const w = shape.widths[i];
        return { text: f.count(x.count), inside: w >= 0.4, x: w >= 0.4 ? 50 : Math.round(50 + w * 50 + 2) };
      }),
      forecast: steps.map((x) => forecast && x.forecastCount != x.count),
      legend: forecast ? [t.now, t.then] : null,
    },
    headers: [
      { column: 'name', text: t.step },
      { column: 'now', text: t.now },
      ...(s.readonly ? [] : [{ column: 'slide', text: s.mode == 'points' ? t.improvementPoints : t.improvement }]),
      ...(forecast ? [{ column: 'then', text: t.result }] : []),
    ],
    rows: steps.map((st, i) => {
      const [count, extra] = then(st, f);
      return {
        label: st.label,
        chip: i == r.bottleneck ? { text: t.bottleneck + (r.bottleneckSure ? '' : '?'), unsure: r.bottleneckSure ? '' : t.likely } : null,
        count: f.count(st.count),
        conversion: i == 0 ? '' : empty(r, i) ? t.noData : f.pct(st.rate!),
        slider: s.readonly
          ? null
          : {
              min: s.min[i],
              max: s.max[i],
              value: u[i],
              name: i ? t.stepSlider(st.label) : t.leadsSlider(inSentence(st.label)),
              valueText: empty(r, i)
                ? `${improvementText(m, u[i], i, true)}: ${t.noData}`
                : i
                  ? t.stepValue(improvementText(m, u[i], i, true), f.pct(st.rate!), f.pct(st.forecastRate!))
                  : t.leadsValue(improvementText(m, u[i], i), f.count(st.count), f.count(st.forecastCount)),
              shown: improvementText(m, u[i], i),
              fill: Math.round((100 * (u[i] - s.min[i])) / (s.max[i] - s.min[i])),
            },
        then: forecast ? count : null,
        extra: forecast ? extra : '',
        up: st.extraCount > 0,
      };
    }),
    insights: { title: t.insights, about: t.insightsAbout(r.goal ? 'goal' : ''), warn: few ? t.fewData(String(few)) : '' },
    reset: s.readonly ? null : t.reset,
    exporting: s.noExport ? null : { label: t.export, csv: t.csv, copy: t.copy, copied: t.copied },
  };
}
