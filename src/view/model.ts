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
import type { Forecast, FunnelResult, StepForecast } from '../core/index.js';
import type { Settings } from '../config/settings.js';
import type { Formats } from './format.js';
import { funnelShape, type FunnelShape } from './geometry.js';
import { per, type Words } from './words/index.js';

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
  /**
   * On the bottleneck, how sure it is (`bottleneckGrade`): "Bottleneck"; "Bottleneck 85%" or "Bottleneck? 55%"
   * with `explain` said to screen readers (the chip then opens the insights); "Lowest conversion" where the data
   * cannot tell. Null elsewhere, and where there is nothing to compare. `pending` without its chance (it comes with
   * the plan's chunk, which the element awaits before it draws: so only where that chunk could not be fetched):
   * unseen, its widest text keeps its place.
   */
  chip: { text: string; explain: string; pending?: boolean } | null;
  count: string;
  /** "40%", "no data", or "" for step 0. */
  conversion: string;
  slider: Slider | null;
  /** The step's forecast count; null without a forecast column. */
  then: string | null;
  /** "+24", or "" where it did not change. */
  extra: string;
  up: boolean;
  /**
   * Compared with the period before (the compare chunk fills these in): the figure before, shown before the
   * conversion where there is room ("31.6% →"), and the chip of a real or maybe change: its sign ("↑"), its word
   * (" real", left out where the row is narrow) and what it says in full to screen readers.
   */
  before?: string;
  moved?: { sign: string; word: string; explain: string; kind: 'up' | 'down' | 'maybe' } | null;
}

/** A label as the middle of a sentence: "Leads" → "leads" (but "SQL" stays). */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

export interface FunnelView {
  /** The root's classes: its theme, read-only, no forecast column (`still`), a forecast that differs from today (`moved`). */
  classes: string;
  lang: 'nl' | 'en';
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
    /** The drawing's height, em: a band per step, as tall as a row of the narrow layout's funnel. */
    height: number;
    /** Each slice's count, inside it where it is wide enough, else beside it; x and y in percent of the drawing. */
    labels: { text: string; inside: boolean; x: number; y: number }[];
    /** Per step, whether its forecast differs from today: only those show the forecast's shape. */
    forecast: boolean[];
  };
  /**
   * Column headers, each with the column it names (`name`, `now`, `slide`, `then`). The funnel's key is in them:
   * a solid swatch before "Now" (today's slices), a light dashed one before "Then" (the forecast's extension),
   * the latter seen only where the forecast is drawn (`moved`).
   */
  headers: { column: string; text: string; key?: 'now' | 'then' }[];
  rows: Row[];
  /** The details' summary line: a test's verdict first (`lead`), then the warning, else what they are about. */
  insights: { title: string; about: string; warn: string; lead?: string };
  reset: string | null;
  /** The export menu: its label, and what it offers (a file or a copy, by kind). */
  /** The export menu's button; its items are the export chunk's (`menuItems`). */
  exporting: { label: string } | null;
}

/**
 * Everything the view needs: the settings, the result at the current sliders, the sliders, words and formats.
 * The first screen needs the forecast alone (`Forecast`); the insights and the export, the whole result.
 */
export interface Model<R extends Forecast = Forecast> {
  settings: Settings;
  /** The core's result at these sliders. */
  result: R;
  /** Every slider's value, percent. */
  sliders: number[];
  words: Words;
  format: Formats;
}

/**
 * What the export menu offers: the CSV file, the table to paste in a spreadsheet (`copy`), the picture for a slide
 * as a PNG file, as an image to paste (`image`), and as an SVG file.
 */
export const EXPORTS = ['csv', 'copy', 'png', 'image', 'svg'] as const;
export type ExportKind = (typeof EXPORTS)[number];

/** The funnel's drawing: each step's band, em (where it stands alone, above the steps: the narrow layout). */
const BAND_EM = 2.25;
/** A slice at least this wide (of the widest) holds its count; a narrower one has it beside it, BESIDE percent further out. */
const INSIDE = 0.4;
const BESIDE = 2;

/** Rounds outward to two significant digits: low down, high up; whole at least (people, money without cents). */
export function outward(x: number, up: boolean) {
  if (!(x > 0)) return 0;
  const p = Math.max(1, 10 ** (Math.floor(Math.log10(x)) - 1));
  const n = up ? Math.ceil(x / p - 1e-9) : Math.floor(x / p + 1e-9);
  return Number((n * p).toPrecision(15));
}

/**
 * How sure the bottleneck is, as the chip and the insights say it (SPEC 2, third edition), never "certainly":
 * `clear` (its chance of being the lowest ≥ 95 %, no step given as a rate), `probable` (≥ 75 %), `unclear`;
 * `given` where steps were given as rates (no telling whether the lowest is chance), `only` where it is the one
 * step with data; `none` with one conversion step, or a bottleneck no one entered: nothing to compare.
 */
export type Grade = 'none' | 'given' | 'only' | 'clear' | 'probable' | 'unclear' | 'pending';
export function bottleneckGrade(r: Forecast | FunnelResult): Grade {
  if (r.steps.length < 3 || empty(r, r.bottleneck)) return 'none';
  if (r.ratesGiven) return 'given';
  // The chance comes with the plan (plan.ts).
  if (!('bottleneckChance' in r)) return 'pending';
  const chance = r.bottleneckChance;
  if (chance === null) return 'only';
  return chance >= 0.95 ? 'clear' : chance >= 0.75 ? 'probable' : 'unclear';
}

/** The bottleneck's chip, and what the funnel's text alternative says of it. */
function bottleneckChip({ result, words, format }: Model) {
  const grade = bottleneckGrade(result);
  if (grade == 'none') return null;
  // Unseen, as wide as it can be: unsure, a chance of two digits.
  if (grade == 'pending')
    return { text: `${words.bottleneck}? ${format.pct(0.74)}`, explain: '', alt: '', pending: true };
  const chance = format.pct((result as FunnelResult).bottleneckChance ?? 0);
  if (grade == 'given' || grade == 'only') return { text: words.lowest, explain: words.seeInsights, alt: words.lowest };
  if (grade == 'clear') return { text: words.bottleneck, explain: '', alt: words.bottleneck };
  const sure = grade == 'probable';
  return {
    text: `${words.bottleneck}${sure ? '' : '?'} ${chance}`,
    explain: words.seeInsights,
    alt: `${words.bottleneck} (${sure ? '' : words.notSure + ', '}${words.chance(chance)})`,
  };
}

const changed = (result: Forecast) => result.extra.customers != 0;
const showsForecast = (settings: Settings) => !settings.readonly || settings.start.some((x) => x != 0);
/** The one step before a step was empty: nothing can be said about its conversion. */
export const empty = (result: Forecast, i: number) => i > 0 && !(result.steps[i - 1].count > 0);

/**
 * An improvement as the funnel's mode reads it: "+20%", or "+5 pp" in points mode ("+5 points" where it is
 * spoken); step 0's is always relative (more leads).
 */
export const improvementText = (
  { settings, words, format }: Pick<Model, 'settings' | 'words' | 'format'>,
  percent: number,
  i: number,
  spoken = false,
) => {
  if (settings.mode != 'points' || !i) return format.signedPct(percent / 100);
  const n = `${percent > 0 ? '+' : ''}${format.one(percent)}`;
  return spoken ? words.points(n) : `${n} ${words.pp}`;
};

/** The key figures at one slider setting: revenue first where there is a deal value, then customers. */
export function figures({ settings, result, words, format }: Model): Figure[] {
  const perPeriod = per(words, settings.period);
  const yearly = settings.period && settings.period != 'year';
  const moved = changed(result);
  const make = (
    label: string,
    now: number,
    then: number,
    extra: number,
    perYear: number | null,
    show: (x: number) => string,
    signed: (x: number) => string,
  ) => ({
    label: label + perPeriod,
    value: moved ? `${show(now)} → ${show(then)}` : show(now),
    extra: moved ? signed(extra) + (yearly && perYear !== null ? ` (${words.perYear(signed(perYear))})` : '') : '',
    hint: false,
  });
  const out = [
    make(
      words.customers,
      result.baseline.customers,
      result.forecast.customers,
      result.extra.customers,
      result.extra.customersPerYear,
      format.count,
      format.signedCount,
    ),
  ];
  // Under 10, customers are an expected number, with a decimal: said to be an average.
  if (Math.min(result.baseline.customers, result.forecast.customers) < 10) out[0].value += ` ${words.onAverage}`;
  if (result.baseline.revenue !== null)
    out.unshift(
      make(
        words.revenue,
        result.baseline.revenue,
        result.forecast.revenue!,
        result.extra.revenue!,
        result.extra.revenuePerYear,
        format.money,
        format.signedMoney,
      ),
    );
  if (!moved && !settings.readonly) Object.assign(out[0], { extra: words.hint, hint: true });
  return out;
}

/**
 * The 80 % prediction of one next period, of the scenario the figures show (today, or with the improvements), and
 * that it holds if only chance varies; rounded outward; or why there is none. Revenue where there is a deal value,
 * but under 10 customers in customers (whole ones: a period brings 0 to 7 of them), the revenue beside.
 */
export function range({ settings, result, words, format }: Model): string {
  const measured = result.steps.length - 1 - result.ratesGiven;
  if (!measured) return words.noRange;
  const moved = changed(result);
  const outcome = moved ? result.forecast : result.baseline;
  const scenario = moved ? words.withImprovements : words.today;
  const p = outcome.customersPrediction;
  if (!p) return outcome.customers > 0 ? `${scenario}: ${words.tooFew}` : '';
  const deal = settings.input.dealValue;
  const people = outcome.customers < 10 || deal === undefined;
  // Under 10 customers, whole ones; else two significant digits, outward (so the range holds the estimate).
  const scale = people ? 1 : deal;
  const [lo, hi] =
    outcome.customers < 10
      ? [Math.floor(p.low), Math.ceil(p.high)]
      : [outward(p.low * scale, false), outward(p.high * scale, true)];
  if (!(hi > lo)) return '';
  const what = !people
    ? words.revenue.toLowerCase()
    : words.customers.toLowerCase() +
      (deal === undefined ? '' : ` (${format.money(lo * deal)}–${format.money(hi * deal)})`);
  const show = people ? format.count : format.money;
  const notes = [
    p.high > 3 * p.low ? words.rough : '',
    result.ratesGiven ? words.ratesLeftOut(String(result.ratesGiven)) : '',
  ].filter(Boolean);
  const periods = words.units[settings.period ?? ''][1];
  return `${scenario}: ${words.range(what, periods, show(lo), show(hi))}${notes.length ? ` (${notes.join('; ')})` : ''}, ${words.chanceOnly}.`;
}

/** One step's forecast and its change: "144", "+24". */
export function then(st: StepForecast, format: Formats) {
  return [format.count(st.forecastCount), st.extraCount ? format.signedCount(st.extraCount) : ''];
}

/** What the live region says: the first figure, today and with the improvements, and the extra. */
function spoken({ settings, result, words, format }: Model, first: Figure, money: boolean) {
  const [show, signed] = money ? [format.money, format.signedMoney] : [format.count, format.signedCount];
  const o = (x: { customers: number; revenue: number | null }) => (money ? x.revenue! : x.customers);
  const year = money ? result.extra.revenuePerYear : result.extra.customersPerYear;
  const extra =
    signed(o(result.extra)) +
    (settings.period && settings.period != 'year' && year !== null ? ', ' + words.perYear(signed(year)) : '');
  return changed(result)
    ? words.spoken(first.label, show(o(result.baseline)), show(o(result.forecast)), extra)
    : `${first.label}: ${show(o(result.baseline))}.`;
}

/** The whole view at the current sliders. */
export function view(m: Model): FunnelView {
  const { settings, result, sliders, words, format } = m;
  const steps = result.steps;
  const forecast = showsForecast(settings);
  const before = result.compare?.steps.map((x) => x.previousCount);
  const shape = funnelShape(
    steps.map((x) => x.count),
    steps.map((x) => (forecast ? x.forecastCount : x.count)),
    before,
  );
  const figs = figures(m);
  const money = result.baseline.revenue !== null;
  const few = steps.filter((x) => x.lowData).length;
  const chip = bottleneckChip(m);
  // The row's chip: what it shows, not what the funnel's text alternative says.
  const { alt, ...rowChip } = chip ?? { alt: '' };
  return {
    classes: [
      settings.theme,
      settings.readonly ? 'readonly' : '',
      forecast ? '' : 'still',
      changed(result) ? 'moved' : '',
    ]
      .filter(Boolean)
      .join(' '),
    lang: settings.lang,
    heading: settings.heading ? { text: settings.heading, level: settings.headingLevel } : null,
    figures: figs,
    range: range(m),
    spoken: spoken(m, figs[0], money),
    funnel: {
      shape,
      bottleneck: result.bottleneck,
      alt: `${words.funnel}: ${steps.map((x) => `${x.label} ${format.count(x.count)}`).join(', ')}.${alt ? ` ${alt}: ${steps[result.bottleneck].label}.` : ''}`,
      height: steps.length * BAND_EM,
      labels: steps.map((st, i) => {
        const inside = shape.widths[i] >= INSIDE;
        // Beside the slice, or beside its forecast where that is drawn wider.
        const outer = Math.max(shape.widths[i], forecast && st.forecastCount != st.count ? shape.forecastWidths[i] : 0);
        return {
          text: format.count(st.count),
          inside,
          x: inside ? 50 : Math.round(50 + outer * 50 + BESIDE),
          y: Math.round(((i + 0.5) / steps.length) * 1e4) / 100,
        };
      }),
      forecast: steps.map((x) => forecast && x.forecastCount != x.count),
    },
    headers: [
      { column: 'name', text: words.step },
      { column: 'now', text: words.now, key: 'now' },
      ...(settings.readonly
        ? []
        : [{ column: 'slide', text: settings.mode == 'points' ? words.improvementPoints : words.improvement }]),
      ...(forecast ? [{ column: 'then', text: words.result, key: 'then' as const }] : []),
    ],
    rows: steps.map((st, i) => {
      const [count, extra] = then(st, format);
      return {
        label: st.label,
        chip: i == result.bottleneck && chip ? (rowChip as Row['chip']) : null,
        count: format.count(st.count),
        conversion: i == 0 ? '' : empty(result, i) ? words.noData : format.pct(st.rate!),
        slider: settings.readonly
          ? null
          : {
              min: settings.min[i],
              max: settings.max[i],
              value: sliders[i],
              name: i ? words.stepSlider(st.label) : words.leadsSlider(inSentence(st.label)),
              valueText: empty(result, i)
                ? `${improvementText(m, sliders[i], i, true)}: ${words.noData}`
                : i
                  ? words.stepValue(improvementText(m, sliders[i], i, true), ...format.pcts(st.rate!, st.forecastRate!))
                  : words.leadsValue(
                      improvementText(m, sliders[i], i),
                      format.count(st.count),
                      format.count(st.forecastCount),
                    ),
              shown: improvementText(m, sliders[i], i),
              fill: Math.round((100 * (sliders[i] - settings.min[i])) / (settings.max[i] - settings.min[i])),
            },
        then: forecast ? count : null,
        extra: forecast ? extra : '',
        up: st.extraCount > 0,
      };
    }),
    insights: {
      title: words.insights,
      about: words.insightsAbout(settings.input.target !== undefined ? 'goal' : ''),
      warn: few ? words.fewData(String(few)) : '',
    },
    reset: settings.readonly ? null : words.reset,
    exporting: settings.noExport ? null : { label: words.export },
  };
}
