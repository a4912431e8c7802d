/**
 * The funnel's plan, added to its forecast (calculate.ts): how sure the bottleneck is (each measured step's chance
 * of the lowest true rate); for each step, what a test of its moved slider needs
 * (`sampleNeeded`, `testPeriods`), the smallest improvement one period's test can find (`detectableImprovement`),
 * what one point more brings (`gainPerPoint`); and what it takes to reach the target (`goal`). Apart from the
 * forecast, so that the element fetches it as a chunk beside its words, outside the first render's module.
 */
import { minChances } from './chance.js';
import { finite, goal, need, solve } from './goal.js';
import { normCdf } from './normal.js';
import type { Forecast, FunnelInput, FunnelResult } from './types.js';
import type { Checked } from './validate.js';

/**
 * The bottleneck's chances are wanted to 1e-4: the integral's tails are cut at 1e-6 in all, its panels at most
 * 4 local scales wide and 12 along the log density's slope, which holds to 4e-7 (chance.ts).
 */
const CHANCE: [number, number, number] = [1e-6, 4, 12];

/**
 * The last posteriors and their chances. They depend on the counts alone, so a slider move (the element
 * calculates on each) finds them here rather than integrating again (about 35 µs for the article's funnel,
 * 0.5 ms for 100 steps that can nearly all be the bottleneck; test/core/timing.ts).
 */
let last: { params: [number, number][]; chances: number[] } | undefined;
function bottleneckChances(params: [number, number][]) {
  if (
    !last ||
    last.params.length != params.length ||
    last.params.some(([a, b], j) => a != params[j][0] || b != params[j][1])
  )
    last = { params, chances: minChances(params, ...CHANCE) };
  return last.chances;
}

export function planOf(
  input: FunnelInput,
  { counts, rates }: Pick<Checked, 'counts' | 'rates'>,
  f: Forecast,
): FunnelResult {
  const { dealValue, target } = input;
  const mode = input.mode ?? 'relative';
  const n = counts.length;
  // after[i]: what one entrant of step i becomes in customers at today's rates.
  const after = counts.map(() => 1);
  for (let i = n - 2; i >= 0; i--) after[i] = after[i + 1] * rates[i + 1];
  let variance = 0;
  // Beta(count + ½, count before − count + ½) of each measured step: which has the lowest true rate, where two can.
  const measured = counts.map((_, i) => i > 0 && input.steps[i].count !== undefined && counts[i - 1] > 0);
  const posteriors = counts.flatMap((x, i) =>
    measured[i] ? [[x + 0.5, Math.max(0, counts[i - 1] - x) + 0.5] as [number, number]] : [],
  );
  const chances = posteriors.length > 1 ? bottleneckChances(posteriors) : [];
  let k = 0;
  const steps = f.steps.map((st, i) => {
    const prev = counts[i - 1];
    const entered = prev > 0;
    const rate = rates[i];
    // 1 − rate, from the counts where measured: near 100 %, 1 − count/prev would have lost its digits.
    const c = measured[i] ? Math.max(0, prev - st.count) / prev : 1 - rate;
    if (measured[i]) variance += c / st.count;
    // The improved rate's difference, exactly: min(1 − rate, rate·u), or in points min(1 − rate, max(−rate, u)).
    const u = st.improvement;
    const sampleNeeded =
      i && st.forecastRate != rate
        ? finite(need(rate, c, Math.min(c, mode == 'points' ? Math.max(-rate, u) : rate * u)))
        : null;
    const half = prev / 2;
    const bottleneckChance = measured[i] && chances.length ? chances[k++] : null;
    return {
      ...st,
      bottleneckChance,
      // prev × min(1 point, 1 − rate): with 1 − rate from the counts, exact up to 100 %.
      gainPerPoint: i ? prev * Math.min(0.01, c) * after[i] : null,
      sampleNeeded,
      // Whole people per variant: ⌈n⌉ each.
      testPeriods: sampleNeeded !== null && entered ? finite((2 * Math.ceil(sampleNeeded)) / prev) : null,
      // The entrants a test needs fall strictly as the improved rate rises (see `need`): bisect on the difference d.
      // Null too where a relative improvement of a rate of 1e-320 is beyond a double.
      detectableImprovement:
        entered && rate > 0 && rate < 1 && need(rate, c, c) <= half
          ? finite(solve((d) => -need(rate, c, d), 0, c, -half) / (mode == 'points' ? 1 : rate))
          : null,
    };
  });
  const customers = counts[n - 1];
  // The target in customers; Infinity for a revenue target with a deal value of 0.
  const wanted = dealValue === undefined ? target! : dealValue > 0 ? target! / dealValue : Infinity;
  const bottleneckChance = steps[f.bottleneck].bottleneckChance;
  return {
    ...f,
    steps,
    bottleneckChance,
    bottleneckSure: bottleneckChance !== null && bottleneckChance >= 0.95 && !f.ratesGiven,
    goal:
      target === undefined
        ? null
        : {
            ...goal(counts, rates, after, mode, target, wanted),
            // One next period short of the target, by the prediction's model: ln C′ ~ N(ln C, σ² + 1/C).
            shortfallChance:
              f.baseline.customersPrediction && isFinite(wanted)
                ? normCdf(Math.log(wanted / customers) / Math.sqrt(variance + 1 / customers))
                : null,
          },
  };
}
