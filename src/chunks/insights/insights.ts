/**
 * What the insights section says (third edition of the insights, SPEC 2): the bottleneck in grades, how sure the
 * figures are, where to work first, what a test of each step takes, and the goal; in English and Dutch
 * (`words.ts`). Pure: tested without a browser. Everything is from the baseline (sliders ignored), but the test
 * lines, which follow the sliders.
 */
import type { FunnelResult, StepResult } from '../../core/index.js';
import { longestOf } from '../../view/ghosts.js';
import { bottleneckGrade, empty, improvementText, type Model as ViewModel } from '../../view/model.js';
import { per } from '../../view/words/index.js';
import { WEEKS_A_YEAR } from '../../config/settings.js';
import { insightWords, type InsightWords } from './words.js';

/** The insights read the whole result: the forecast and its plan. */
type Model = ViewModel<FunnelResult>;

/** The steps a chance names where the bottleneck is unclear: those with a chance of 10 % or more. */
const NAMED = 0.1;

export interface Insights {
  bottleneck: string;
  reliability: string[];
  work: { title: string; items: string[] };
  /** One line per step with a rate to test: the moved slider's test, or what one period can detect. */
  tests: string[];
  /** Each test line at its longest over the sliders' extremes: it keeps its size while a slider moves. */
  testGhosts: string[];
  /** The rule against peeking, wherever a test can be planned; "" where none can. */
  rule: string;
  goal: { title: string; met: string; lines: string[]; alone: string[] } | null;
}

/** The steps a test line is about: those with entrants and a rate strictly between 0 and 100 %. */
const testable = (r: FunnelResult) =>
  r.steps.flatMap((st, i) => (i > 0 && !empty(r, i) && st.rate! > 0 && st.rate! < 1 ? [i] : []));

/** "1 quarter in 6" for a chance of 1/6; none where it is under 1 in 100 (or over half: not "1 in 1"). */
function oneIn(m: Model, w: InsightWords, chance: number | null) {
  if (chance === null || chance < 0.01 || chance > 0.5) return '';
  const [one, many] = m.words.units[m.settings.period ?? ''];
  return w.oneIn(m.format.count(Math.round(1 / chance)), one, many);
}

/** The bottleneck, in grades, never "certainly"; nothing where there is nothing to compare. */
function bottleneck(m: Model, w: InsightWords): string {
  const { result: r, format: f } = m;
  const grade = bottleneckGrade(r);
  const b = r.steps[r.bottleneck];
  const rate = b.rate === null ? '' : f.pct(b.rate);
  if (grade == 'none') return '';
  if (grade == 'given') return w.given(b.label, rate);
  if (grade == 'only') return w.only(b.label, rate);
  if (grade == 'clear') return w.clear(b.label, rate);
  if (grade == 'probable') return w.probable(b.label, f.pct(r.bottleneckChance!), rate);
  const named = r.steps
    .map((st) => ({ st, chance: st.bottleneckChance ?? 0 }))
    .filter((x) => x.chance >= NAMED)
    .sort((x, y) => y.chance - x.chance)
    .map(({ st, chance }) => w.chanceOf(st.label, f.pct(chance)));
  const last = named.pop();
  return w.unclear(named.length ? `${named.join(', ')}${w.or}${last}` : last!);
}

/** A moved slider's test (per version, in all, of whom, how long), or what one period can detect where it did not move. */
function test(m: Model, w: InsightWords, i: number): string {
  const { settings: s, result: r, format: f } = m;
  const st = r.steps[i];
  const before = r.steps[i - 1];
  const perYear = s.input.periodsPerYear;
  if (st.sampleNeeded !== null && st.testPeriods !== null) {
    const each = Math.ceil(st.sampleNeeded);
    const [from, to] = f.pcts(st.rate!, st.forecastRate!);
    const args = [st.label, from, to, f.count(each), f.count(2 * each), before.label] as const;
    // The normal approximation's rule of thumb fails at so few people: ≥ 30 a version, ≥ 5 conversions expected.
    const few = each < 30 || st.rate! * each < 5 ? w.few : '';
    if (perYear !== undefined && st.testPeriods > perYear) return w.notWithinYear(...args) + few;
    return w.test(...args, duration(m, w, st.testPeriods)) + few;
  }
  const one = `${m.words.one} ${m.words.units[s.period ?? ''][0]}`;
  const d = st.detectableImprovement;
  if (d === null) return w.undetectable(st.label, one);
  // The rate it finds, with the digits that tell it from today's (50% → 50.00028%).
  const [from, to] = f.pcts(st.rate!, s.mode == 'points' ? st.rate! + d : st.rate! * (1 + d));
  return w.detectable(
    st.label,
    from,
    one,
    f.count(before.count),
    before.label,
    f.count(Math.floor(before.count / 2)),
    improvementText(m, d * 100, i),
    to,
  );
}

/** A test's duration: whole weeks where there is a period (at least one), else periods. */
function duration({ settings: s, format: f }: Model, w: InsightWords, periods: number) {
  const perYear = s.input.periodsPerYear;
  if (perYear === undefined) return periods < 0.1 ? w.underTenth : w.periods(f.one(periods));
  const weeks = (periods * WEEKS_A_YEAR) / perYear;
  return weeks < 1 ? w.underWeek : w.weeks(f.count(Math.round(weeks)));
}

/** The insights at the current sliders; `extremes` are the models at the sliders' extremes, for the test lines' ghosts. */
export function insightsOf(m: Model, extremes: Model[]): Insights {
  const { settings: s, result: r, words: t, format: f } = m;
  const w = insightWords(s.lang);
  const steps = r.steps;
  const deal = s.input.dealValue;
  const perPeriod = per(t, s.period);
  const reliability = steps.flatMap((st, i) =>
    !st.lowData
      ? []
      : empty(r, i)
        ? [w.empty(st.label)]
        : st.interval
          ? [
              w.thin(
                st.label,
                f.count(st.count),
                f.count(steps[i - 1].count),
                f.pct(st.interval.low),
                f.pct(st.interval.high),
              ),
            ]
          : [],
  );
  if (!reliability.length && r.ratesGiven < steps.length - 1) reliability.push(w.solid);
  if (r.ratesGiven) reliability.push(w.givenRates(String(r.ratesGiven)));
  if (r.baseline.customersPrediction) reliability.push(w.chanceOnly);
  const gain = (x: number) => (deal === undefined ? t.people(f.signedCount(x)) : f.signedMoney(x * deal)) + perPeriod;
  // What one point means at a step: relative where the rate is above 0, else the rates it moves between.
  const means = (st: StepResult) =>
    st.rate! > 0 ? f.signedPct(Math.min(0.01, 1 - st.rate!) / st.rate!) : `${f.pct(0)} → ${f.pct(0.01)}`;
  const work = steps
    .map((st, i) => ({ st, i }))
    .filter(({ st, i }) => i > 0 && !empty(r, i) && st.gainPerPoint! > 0)
    .sort((a, c) => c.st.gainPerPoint! - a.st.gainPerPoint!)
    .slice(0, 3)
    .map(({ st }) => w.workItem(st.label, gain(st.gainPerPoint!), means(st)));
  const lines = testable(r);
  return {
    bottleneck: bottleneck(m, w),
    reliability,
    work: { title: w.work, items: work },
    tests: lines.map((i) => test(m, w, i)),
    testGhosts: lines.map((i) => longestOf([m, ...extremes].map((x) => test(x, w, i)))),
    // Whenever a test can be planned (said even before a slider moves: a line that appears would move the page).
    rule: lines.length ? w.rule : '',
    goal: goal(m, w),
  };
}

/** What it takes to reach the target, from the baseline; said first when today's figures already reach it, with how often they would not. */
function goal(m: Model, w: InsightWords): Insights['goal'] {
  const { settings: s, result: r, words: t, format: f } = m;
  const g = r.goal;
  if (!g) return null;
  const deal = s.input.dealValue;
  const target = deal === undefined ? t.people(f.count(g.target)) : f.money(g.target);
  const today = deal === undefined ? r.baseline.customers : r.baseline.revenue!;
  const met = today >= g.target;
  const u = (x: number, i = 1) => improvementText(m, x * 100, i);
  const steps = g.stepImprovements.slice(1);
  // Relative improvements multiply: each single step needs the same one, said once (S22).
  const same =
    s.mode != 'points' && steps.every((x) => x !== null && Math.abs(x - steps[0]!) <= 1e-9 * Math.abs(steps[0]!));
  const leads =
    g.leadsNeeded !== null
      ? w.leads(f.count(g.leadsNeeded), f.count(r.steps[0].count))
      : deal === 0
        ? w.noDeal(f.money(0), target)
        : w.noLeads;
  return {
    title: w.goal(target, per(t, s.period)),
    met: met
      ? `${w.met(g.target > 0 ? f.pct(today / g.target - 1) : '∞', oneIn(m, w, g.shortfallChance))} ${w.mayDrop(same ? f.pct(-steps[0]!) : '')}`
      : '',
    lines: met
      ? []
      : [
          ...(g.shortfallChance === null ? [] : [w.seldom(oneIn(m, w, 1 - g.shortfallChance))]),
          leads,
          g.uniformImprovement === null ? w.noUniform : w.uniform(u(g.uniformImprovement)),
          ...(same ? [w.anyOne(u(steps[0]!))] : [w.alone]),
        ],
    alone: same ? [] : steps.map((x, i) => `${r.steps[i + 1].label}: ${x === null ? w.cannot : u(x, i + 1)}`),
  };
}
