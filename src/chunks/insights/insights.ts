/**
 * What the insights section says: the bottleneck and how sure it is, how sure the figures are, where to work
 * first, what a test of each step takes, and the goal; in English and Dutch. Pure: tested without a browser.
 * Everything is from the baseline (sliders ignored), but the test lines, which follow the sliders.
 */
import type { FunnelResult, StepResult } from '../../core/index.js';
import { longestOf } from '../../view/ghosts.js';
import { empty, improvementText, type Model } from '../../view/model.js';
import { per } from '../../view/words/index.js';

/** A year in weeks: 365.2425 / 7. */
const WEEKS_A_YEAR = 52.1775;

const en = {
  sure: (label: string, rate: string) => `${label} is certainly the bottleneck: lowest conversion (${rate}), and every other step is clearly above it.`,
  unsure: (label: string, rate: string, others: string) => `${label} looks like the bottleneck (lowest conversion: ${rate}), but with these numbers it could also be ${others}.`,
  or: ' or ',
  thin: (label: string, x: string, n: string, lo: string, hi: string) => `${label}: ${x} of ${n}, so its conversion is somewhere between ${lo} and ${hi}. Keep measuring.`,
  empty: (label: string) => `${label}: no data, because the step before it is at 0.`,
  solid: 'Every measured step has enough data.',
  givenRates: (n: string) =>
    n == '1' ? 'One step is given as a percentage, so there is no telling how reliable it is.' : `${n} steps are given as percentages, so there is no telling how reliable they are.`,
  work: 'Work on first: what +1 percentage point of conversion brings',
  workItem: (label: string, gain: string, rel: string) => `${label}: ${gain} (here +1 point is ${rel})`,
  testMoved: (label: string, u: string, n: string, time: string) => `${label} ${u}: to test this you need ${n} visitors in total${time}.`,
  testTime: (t: string) => ` (≈ ${t})`,
  weeks: (n: string) => `${n} weeks`,
  periods: (n: string) => `${n} periods`,
  notWithinYear: (label: string, u: string, n: string) => `${label} ${u}: not testable within a year (you would need ${n} visitors in total).`,
  detectable: (label: string, one: string, u: string) => `${label}: ${one} a test only picks up an improvement of ${u} or more.`,
  undetectable: (label: string, one: string) => `${label}: ${one} a test would not pick up even 100% conversion.`,
  goal: (t: string, per: string) => `To reach ${t}${per}`,
  met: (room: string) => `You already reach it with today's figures: ${room} above it. Each step on its own may drop this much:`,
  leads: (n: string, now: string) => `${n} leads instead of ${now}, at today's conversion`,
  noLeads: 'not with more leads alone: a step converts 0%',
  uniform: (u: string) => `or every step ${u} better`,
  noUniform: 'not even with 100% conversion at every step',
  alone: 'or improve one step alone:',
  cannot: 'not with this step alone',
};

const nl: typeof en = {
  sure: (label, rate) => `${label} is zeker het knelpunt: laagste conversie (${rate}), en alle andere stappen zitten er duidelijk boven.`,
  unsure: (label, rate, others) => `${label} lijkt het knelpunt (laagste conversie: ${rate}), maar met deze aantallen kan het ook ${others} zijn.`,
  or: ' of ',
  thin: (label, x, n, lo, hi) => `${label}: ${x} van ${n}, dus de conversie ligt ergens tussen ${lo} en ${hi}. Meet langer door.`,
  empty: (label) => `${label}: geen gegevens, want de stap ervoor staat op 0.`,
  solid: 'Elke gemeten stap heeft genoeg gegevens.',
  givenRates: (n) =>
    n == '1' ? 'Eén stap is als percentage opgegeven, dus hoe betrouwbaar die is, valt niet te zeggen.' : `${n} stappen zijn als percentage opgegeven, dus hoe betrouwbaar die zijn, valt niet te zeggen.`,
  work: 'Eerst aanpakken: wat +1 procentpunt conversie oplevert',
  workItem: (label, gain, rel) => `${label}: ${gain} (+1 procentpunt is hier ${rel})`,
  testMoved: (label, u, n, time) => `${label} ${u}: om dit te testen heb je in totaal ${n} bezoekers nodig${time}.`,
  testTime: (t) => ` (≈ ${t})`,
  weeks: (n) => `${n} weken`,
  periods: (n) => `${n} perioden`,
  notWithinYear: (label, u, n) => `${label} ${u}: niet binnen een jaar te testen (je hebt in totaal ${n} bezoekers nodig).`,
  detectable: (label, one, u) => `${label}: ${one} meet je pas een verbetering van ${u} of meer.`,
  undetectable: (label, one) => `${label}: ${one} meet je zelfs bij 100% conversie geen verschil.`,
  goal: (t, per) => `Om ${t}${per} te halen`,
  met: (room) => `Met de cijfers van nu haal je het al: je zit er ${room} boven. Zoveel mag elke stap afzonderlijk dalen:`,
  leads: (n, now) => `${n} leads in plaats van ${now}, bij dezelfde conversie`,
  noLeads: 'niet met alleen meer leads: een stap converteert 0%',
  uniform: (u) => `of elke stap ${u} beter`,
  noUniform: 'zelfs niet met 100% conversie bij elke stap',
  alone: 'of één stap alleen verbeteren:',
  cannot: 'niet met deze stap alleen',
};

type Words = typeof en;

export interface Insights {
  bottleneck: string;
  reliability: string[];
  work: { title: string; items: string[] };
  /** One line per step with a rate to test: the moved slider's test, or what one period can detect. */
  tests: string[];
  /** Each test line at its longest over the sliders' extremes: it keeps its size while a slider moves. */
  testGhosts: string[];
  goal: { title: string; met: string; lines: string[]; alone: string[] } | null;
}

/** The steps a test line is about: those with entrants and a rate strictly between 0 and 100 %. */
const testable = (r: FunnelResult) => r.steps.flatMap((st, i) => (i > 0 && !empty(r, i) && st.rate! > 0 && st.rate! < 1 ? [i] : []));

/** A moved slider's test, or what one period can detect where it did not move. */
function test(m: Model, w: Words, i: number): string {
  const { settings: s, result: r, format: f } = m;
  const st = r.steps[i];
  const perYear = s.input.periodsPerYear;
  if (st.sampleNeeded !== null && st.testPeriods !== null) {
    const total = f.count(Math.ceil(2 * st.sampleNeeded));
    const u = improvementText(m, m.sliders[i], i);
    if (perYear !== undefined && st.testPeriods > perYear) return w.notWithinYear(st.label, u, total);
    const time = perYear === undefined ? w.periods(f.one(st.testPeriods)) : w.weeks(f.count(Math.max(1, Math.round((st.testPeriods * WEEKS_A_YEAR) / perYear))));
    return w.testMoved(st.label, u, total, w.testTime(time));
  }
  const one = `${m.words.one} ${m.words.units[s.period ?? ''][0]}`;
  const d = st.detectableImprovement;
  return d === null ? w.undetectable(st.label, one) : w.detectable(st.label, one, improvementText(m, d * 100, i));
}

/** The insights at the current sliders; `extremes` are the models at the sliders' extremes, for the test lines' ghosts. */
export function insightsOf(m: Model, extremes: Model[]): Insights {
  const { settings: s, result: r, words: t, format: f } = m;
  const w = m.settings.lang == 'nl' ? nl : en;
  const steps = r.steps;
  const deal = s.input.dealValue;
  const perPeriod = per(t, s.period);
  const b = steps[r.bottleneck];
  const bounds = (st: StepResult) => st.interval ?? { low: st.rate!, high: st.rate! };
  const rivals = steps.filter((st, j) => j > 0 && j != r.bottleneck && !empty(r, j) && bounds(st).low <= bounds(b).high).map((st) => st.label);
  const reliability = steps.flatMap((st, i) =>
    !st.lowData ? [] : empty(r, i) ? [w.empty(st.label)] : st.interval ? [w.thin(st.label, f.count(st.count), f.count(steps[i - 1].count), f.pct(st.interval.low), f.pct(st.interval.high))] : [],
  );
  if (!reliability.length && r.ratesGiven < steps.length - 1) reliability.push(w.solid);
  if (r.ratesGiven) reliability.push(w.givenRates(String(r.ratesGiven)));
  const gain = (x: number) => (deal === undefined ? t.people(f.signedCount(x)) : f.signedMoney(x * deal)) + perPeriod;
  const work = steps
    .map((st, i) => ({ st, i }))
    .filter(({ st, i }) => i > 0 && !empty(r, i) && st.gainPerPoint! > 0)
    .sort((a, c) => c.st.gainPerPoint! - a.st.gainPerPoint!)
    .slice(0, 3)
    .map(({ st }) => w.workItem(st.label, gain(st.gainPerPoint!), st.rate! > 0 ? f.signedPct(Math.min(0.01, 1 - st.rate!) / st.rate!) : '∞'));
  const lines = testable(r);
  return {
    bottleneck: empty(r, r.bottleneck) ? '' : r.bottleneckSure || !rivals.length ? w.sure(b.label, f.pct(b.rate!)) : w.unsure(b.label, f.pct(b.rate!), rivals.join(w.or)),
    reliability,
    work: { title: w.work, items: work },
    tests: lines.map((i) => test(m, w, i)),
    testGhosts: lines.map((i) => longestOf([m, ...extremes].map((x) => test(x, w, i)))),
    goal: goal(m, w),
  };
}

/** What it takes to reach the target, from the baseline; said first when today's figures already reach it. */
function goal(m: Model, w: Words): Insights['goal'] {
  const { settings: s, result: r, words: t, format: f } = m;
  const g = r.goal;
  if (!g) return null;
  const deal = s.input.dealValue;
  const perPeriod = per(t, s.period);
  const target = deal === undefined ? t.people(f.count(g.target)) : f.money(g.target);
  const today = deal === undefined ? r.baseline.customers : r.baseline.revenue!;
  const met = today >= g.target;
  const u = (x: number) => improvementText(m, x * 100, 1);
  return {
    title: w.goal(target, perPeriod),
    met: met ? w.met(g.target > 0 ? f.pct(today / g.target - 1) : '∞') : '',
    lines: met
      ? []
      : [
          g.leadsNeeded === null ? w.noLeads : w.leads(f.count(g.leadsNeeded), f.count(r.steps[0].count)),
          g.uniformImprovement === null ? w.noUniform : w.uniform(u(g.uniformImprovement)),
          w.alone,
        ],
    alone: g.stepImprovements.slice(1).map((x, i) => `${r.steps[i + 1].label}: ${x === null ? w.cannot : u(x)}`),
  };
}
