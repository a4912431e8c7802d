/**
 * What a test's result shows (SPEC 2 "A test's result", SPEC 3), decided without a browser from the view model and
 * the core's `test`: the sample-ratio warning first where the split went wrong, the two rates, the verdict, the
 * lift with its 95 % interval, what B is worth carried through the funnel per period and per year with its 80 %
 * range, the slider value that puts B's lift on its step, and the rule against reading a test early.
 */
import type { FunnelResult, TestResult } from '../../core/types.js';
import { per } from '../../view/words/index.js';
import type { FunnelView, Model } from '../../view/model.js';
import { verdictOf } from './verdict.js';
import { testWords } from './words.js';

export interface TestView {
  /** The verdict in a few words: "B wint (97 % kans)"; and as the details' summary line says it: "Test: B wint (97 % kans)". */
  verdict: string;
  summary: string;
  title: string;
  /** In order: the split's warning (where it went wrong), the rates, why no winner (too few), the lift, the worth, early reading. */
  lines: string[];
  /** The button that sets the step's slider to B's lift, where there is one: its words, the step, the value (percent, within the slider's range). */
  apply: { text: string; step: number; value: number } | null;
}

/** The verdict in words (`verdict.ts` decides it), with its chance where it names one. */
function verdict(t: TestResult, w: ReturnType<typeof testWords>, pct: (x: number) => string) {
  // A chance is never said as certain: above 99.9 %, "> 99.9 %".
  const chance = (x: number) => (x > 0.999 ? `> ${pct(0.999)}` : pct(x));
  const v = verdictOf(t);
  return v == 'split' || v == 'tooSmall'
    ? w.verdict[v]
    : w.verdict[v](chance(v == 'a' ? 1 - t.chanceBBeatsA : t.chanceBBeatsA));
}

/** `m` at the sliders' start values: the rule against reading early is about the improvement planned there. */
export function testView({ settings: s, result: r, words: t, format: f }: Model, test: TestResult): TestView {
  const w = testWords(s.lang);
  const { a, b, split = 0.5 } = s.input.test!;
  const label = r.steps[test.step].label;
  const lines: string[] = [];
  if (test.sampleRatioMismatch)
    lines.push(w.split(f.count(a.entrants), f.count(b.entrants), f.pct(split), f.pct(test.sampleRatioP)));
  lines.push(
    w.rates(
      f.count(a.conversions),
      f.count(a.entrants),
      f.pct(test.rateA),
      f.count(b.conversions),
      f.count(b.entrants),
      f.pct(test.rateB),
    ),
  );
  if (test.tooSmall) lines.push(w.tooSmall);
  if (test.lift === null) lines.push(w.noLift);
  else if (test.liftInterval)
    lines.push(w.lift(f.signedPct(test.lift), f.signedPct(test.liftInterval.low), f.signedPct(test.liftInterval.high)));
  const x = test.withB;
  if (x) {
    const money = x.extraRevenue !== null;
    const say = money ? f.signedMoney : (n: number) => w.customers(f.signedCount(n));
    const extra = money ? x.extraRevenue! : x.extraCustomers;
    const perYear = money ? x.extraRevenuePerYear : x.extraCustomersPerYear;
    const range = money ? x.extraRevenueRange80 : x.extraCustomersRange80;
    if (range)
      lines.push(
        w.worth(
          say(extra),
          per(t, s.period),
          perYear === null ? '' : w.year(say(perYear)),
          say(range.low),
          say(range.high),
        ),
      );
  }
  // The rule against peeking: fewer entrants than the planner's sample for the lift planned on this step (its start value).
  const planned = (r as FunnelResult).steps[test.step].sampleNeeded;
  if (s.start[test.step] && planned != null && Math.min(a.entrants, b.entrants) < Math.ceil(planned))
    lines.push(w.peek(f.count(Math.ceil(planned)), f.signedPct(s.start[test.step] / 100)));
  // B's lift as the step's slider: relative in percent, or in points; within the slider's range.
  const wanted = s.mode == 'points' ? (test.rateB - test.rateA) * 100 : test.lift === null ? null : test.lift * 100;
  const value = wanted === null ? null : Math.round(Math.min(s.max[test.step], Math.max(s.min[test.step], wanted)));
  const said = verdict(test, w, f.pct);
  return {
    verdict: said,
    summary: w.summary(said),
    title: w.title(label),
    lines,
    apply:
      value === null || s.readonly
        ? null
        : {
            text: w.button(label, s.mode == 'points' ? `${f.signedCount(value)} pp` : f.signedPct(value / 100)),
            step: test.step,
            value,
          },
  };
}

/** The details' summary line: the test's verdict first, in place of what the insights are about, before any warning. */
export const withTest = (v: FunnelView, tv: TestView): FunnelView => ({
  ...v,
  insights: { ...v.insights, lead: tv.summary },
});
