import { expect } from 'chai';
import fc from 'fast-check';
import '../seed.js';
import { calculateFunnel, FunnelError, MAX_IMPROVEMENT, type FunnelInput, type Mode } from '../../src/core/index.js';
import { expectClose, numbersIn } from '../helpers.js';
import { exactRatesOf, improvedExact, reference, sampleSizeExact } from './reference.js';

const NUM_RUNS = 300;
/** The cross-check against the reference runs more funnels than the other properties. */
const CROSS_RUNS = 1000;
// Funnels people could have: rates of 0 or from one in a million up; the extremes have their own property below.
const frac = fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 1e-6, max: 1, noNaN: true }));
const improvement = fc.oneof(fc.constant(0), fc.double({ min: -1, max: 3, noNaN: true }));

/** A valid funnel: each later step a count at or below the one before, or a rate. */
const funnel = (opts: { improvements?: boolean; mode?: Mode } = {}) =>
  fc
    .record({
      lead: fc.oneof(fc.nat({ max: 1_000_000 }), fc.double({ min: 1e-3, max: 1e9, noNaN: true })),
      later: fc.array(fc.record({ byRate: fc.boolean(), f: frac, whole: fc.boolean(), u: improvement }), {
        minLength: 1,
        maxLength: 11,
      }),
      u0: improvement,
      mode: opts.mode ? fc.constant(opts.mode) : fc.constantFrom<Mode | undefined>(undefined, 'relative', 'points'),
      dealValue: fc.option(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e5, noNaN: true })), {
        nil: undefined,
      }),
      periodsPerYear: fc.option(fc.constantFrom(1, 2, 4, 12), { nil: undefined }),
      target: fc.option(fc.double({ min: 1e-3, max: 1e7, noNaN: true }), { nil: undefined }),
    })
    .map(({ lead, later, u0, ...rest }): FunnelInput => {
      const steps: FunnelInput['steps'] = [
        { label: 'Leads', count: lead, improvement: opts.improvements === false ? 0 : u0 },
      ];
      let prev = lead;
      for (const { byRate, f, whole, u } of later) {
        const imp = opts.improvements === false ? 0 : u;
        if (byRate) {
          steps.push({ rate: f, improvement: imp });
          prev *= f;
        } else {
          prev = whole ? Math.floor(prev * f) : prev * f;
          steps.push({ count: prev, improvement: imp });
        }
      }
      const input: FunnelInput = { steps };
      for (const [k, v] of Object.entries(rest)) if (v !== undefined) (input as any)[k] = v;
      return input;
    });

/** Every count ×16: a power of two scales each count exactly, so every rate stays the same to the bit. */
const moreData = (input: FunnelInput): FunnelInput => ({
  ...input,
  steps: input.steps.map((s) => (s.count === undefined ? s : { ...s, count: s.count * 16 })),
});

const moreDataNarrows = fc.property(funnel({ improvements: false }), (input) => {
  const r1 = calculateFunnel(input);
  const r16 = calculateFunnel(moreData(input));
  r1.steps.forEach((s, i) => expect(r16.steps[i].rate).to.equal(s.rate));
  const [a, b] = [r1.baseline.customersRange, r16.baseline.customersRange];
  // Ranges so wide that their low end underflows to 0 have no ratio to compare.
  fc.pre(!!a && a.low > 0 && a.high > a.low && Number.isFinite(a.high / a.low));
  expect(b, 'the range with 16 times the data').to.not.equal(null);
  expect(b!.high / b!.low).to.be.below(a!.high / a!.low);
});

const withImprovement = (input: FunnelInput, k: number, u: number): FunnelInput => ({
  ...input,
  steps: input.steps.map((s, i) => (i == k ? { ...s, improvement: u } : s)),
});

describe('calculateFunnel: properties', () => {
  it('matches an independent implementation of the SPEC on every field', () => {
    fc.assert(
      fc.property(funnel(), (input) => {
        // Near 0, compare against the funnel's own scale: counts against the leads, money against their value.
        const leads = Math.max(1, input.steps[0].count!);
        // The second edition's figures are compared purely relatively: they have no natural zero to drown in.
        const scale = (path: string) =>
          /detectable|testPeriods|Prediction/.test(path)
            ? 0
            : /revenue/i.test(path)
              ? leads * Math.max(1, input.dealValue ?? 1)
              : /count|dropOff|gain|customers|leads/i.test(path)
                ? leads
                : 1;
        expectClose(calculateFunnel(input), reference(input), 1e-9, scale);
      }),
      { numRuns: CROSS_RUNS },
    );
  });

  it('with every improvement 0, the forecast is the baseline', () => {
    fc.assert(
      fc.property(funnel({ improvements: false }), (input) => {
        const r = calculateFunnel(input);
        for (const s of r.steps) expect(s.forecastCount).to.equal(s.count);
        expect(r.extra.customers).to.equal(0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('raising any improvement never lowers any forecast', () => {
    fc.assert(
      fc.property(funnel(), fc.nat(), fc.double({ min: 0, max: 2, noNaN: true }), (input, k, more) => {
        k %= input.steps.length;
        const before = calculateFunnel(input);
        const after = calculateFunnel(withImprovement(input, k, (input.steps[k].improvement ?? 0) + more));
        // Products of doubles: allow rounding in the last bits.
        after.steps.forEach((s, i) =>
          expect(s.forecastCount).to.be.at.least(before.steps[i].forecastCount * (1 - 1e-12)),
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a relative improvement u at one uncapped step multiplies customers by 1 + u', () => {
    fc.assert(
      fc.property(
        funnel({ improvements: false, mode: 'relative' }),
        fc.nat(),
        fc.double({ min: -1, max: 3, noNaN: true }),
        (input, k, u) => {
          k %= input.steps.length;
          const base = calculateFunnel(input);
          fc.pre(k == 0 || base.steps[k].rate! * (1 + u) <= 1);
          const r = calculateFunnel(withImprovement(input, k, u));
          expectClose(r.forecast.customers, base.baseline.customers * (1 + u), 1e-9, 0);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('every rate lies in [0, 1], and every Wilson interval lies in [0, 1] and holds its rate', () => {
    fc.assert(
      fc.property(funnel(), (input) => {
        for (const s of calculateFunnel(input).steps) {
          for (const x of [s.rate, s.forecastRate, s.overallRate]) if (x !== null) expect(x).to.be.within(0, 1);
          if (s.interval) {
            expect(s.interval.low).to.be.within(0, 1);
            expect(s.interval.high).to.be.within(0, 1);
            expect(s.rate).to.be.within(s.interval.low, s.interval.high);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('applying the goal’s uniform improvement, or one step’s, reaches the target', () => {
    fc.assert(
      fc.property(funnel({ improvements: false }), fc.double({ min: 1e-3, max: 1e7, noNaN: true }), (input, target) => {
        const r = calculateFunnel({ ...input, target });
        const want = input.dealValue === undefined ? target : target / input.dealValue;
        // A target a thousand times below today's puts rates a hair above 0, where no double can show 1e-9.
        fc.pre(want >= 1e-3 * r.baseline.customers);
        const g = r.goal!;
        // What it takes may lie beyond what the core takes as input (+1,000,000 %): that cannot be applied.
        if (g.uniformImprovement !== null && g.uniformImprovement <= MAX_IMPROVEMENT) {
          const u = g.uniformImprovement;
          const hit = calculateFunnel({
            ...input,
            steps: input.steps.map((s, i) => ({ ...s, improvement: i ? u : 0 })),
          });
          expectClose(hit.forecast.customers, want, 1e-9, 0);
        } else if (g.uniformImprovement === null) {
          // Unreachable: even every rate at 100 % falls short of the target, or a relative lift of a 0 % rate stays 0.
          const zero = r.steps.some((s, i) => i && s.rate === 0);
          expect(want > input.steps[0].count! || ((input.mode ?? 'relative') == 'relative' && zero)).to.equal(true);
        }
        g.stepImprovements.forEach((u, k) => {
          if (u === null || u > MAX_IMPROVEMENT) return;
          const hit = calculateFunnel(withImprovement(input, k, u));
          expectClose(hit.forecast.customers, want, 1e-9, 0);
        });
        const perLead = r.steps.reduce((p, s, i) => (i ? p * s.rate! : p), 1);
        if (g.leadsNeeded !== null) expectClose(g.leadsNeeded, want / perLead, 1e-9, 0);
        else
          expect(
            perLead === 0 || want === Infinity,
            'leads needed is null only when nothing converts or the deal value is 0',
          ).to.equal(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never puts NaN or Infinity in a result, even at the limits', () => {
    const extreme = fc.constantFrom(0, 1e-300, 5e-324, 1e-9, 1, 1e15);
    const edgy = fc
      .record({
        lead: extreme,
        f: fc.array(fc.constantFrom(0, 5e-324, 1e-300, 0.5, 1), { minLength: 1, maxLength: 5 }),
        u: fc.constantFrom(-1, 0, 1e4),
        deal: extreme,
        target: fc.constantFrom(1e-300, 1, 1e15),
      })
      .map(({ lead, f, u, deal, target }): FunnelInput => ({
        steps: [{ count: lead, improvement: u }, ...f.map((rate) => ({ rate, improvement: u }))],
        dealValue: deal,
        target,
        periodsPerYear: 1e15,
      }));
    fc.assert(
      fc.property(fc.oneof(funnel(), edgy), fc.constantFrom<Mode>('relative', 'points'), (input, mode) => {
        for (const [path, x] of numbersIn(calculateFunnel({ ...input, mode })))
          expect(Number.isFinite(x), path).to.equal(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('refuses malformed input with a list of issues, never a NaN', () => {
    const bad = fc.constantFrom<unknown>(-1, NaN, Infinity, -Infinity, 1e16, '12', null, {}, [], true);
    const field = fc.constantFrom('count', 'rate', 'improvement', 'dealValue', 'target', 'periodsPerYear', 'mode');
    fc.assert(
      fc.property(funnel(), fc.nat(), field, bad, (input, k, f, value) => {
        k %= input.steps.length;
        const broken: any = structuredClone(input);
        if (f == 'count' || f == 'rate' || f == 'improvement') {
          if ((f == 'rate' && k == 0) || (f == 'improvement' && value === -1)) return; // step 0 takes no rate; −100 % is allowed
          if (f == 'rate') delete broken.steps[k].count;
          broken.steps[k][f] = value;
        } else broken[f] = value;
        let error: unknown;
        try {
          calculateFunnel(broken);
        } catch (e) {
          error = e;
        }
        expect(error).to.be.instanceOf(FunnelError);
        const issues = (error as FunnelError).issues;
        expect(issues.length).to.be.greaterThan(0);
        for (const i of issues) {
          expect(i.code).to.be.a('string');
          expect(i.message).to.be.a('string').and.match(/\w/);
          expect(i.step === null || (i.step >= 0 && i.step < broken.steps.length)).to.equal(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('calculateFunnel: properties of the insights', () => {
  it('the 95 % range always holds the estimate, baseline and forecast', () => {
    fc.assert(
      fc.property(funnel(), (input) => {
        const r = calculateFunnel(input);
        for (const o of [r.baseline, r.forecast]) {
          if (o.customersRange) expect(o.customers).to.be.within(o.customersRange.low, o.customersRange.high);
          if (o.revenueRange)
            expect(o.revenue!).to.be.within(o.revenueRange.low * (1 - 1e-12), o.revenueRange.high * (1 + 1e-12));
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('more data (every count ×16 at the same rates) narrows the range', () => {
    fc.assert(moreDataNarrows, { numRuns: NUM_RUNS });
  });

  // Regression: with ×10 this property failed for seed -824800374 (numRuns 300, at its 107th funnel, in every
  // browser). Shrunk counterexample: leads 0.0669, a count of 3.05e-5, four rates of about 1e-6, then a last
  // count equal to the step before (3.759421881630697e-29 of 3.759421881630697e-29: a rate of exactly 1).
  // ×10 the rate-given steps' counts are recomputed as (10·count)·rate, which rounds differently from 10·(count·rate):
  // the step before became 3.759421881630697e-28 while the last count became 3.7594218816306967e-28, a measured
  // rate of 1 − 1.1e-16 instead of 1. Over 3.8e-28 entrants, that ulp is a variance (1 − p)/(n·p) of 3e11, so the
  // range overflowed to null (`b!.high` threw). The core was right about the funnel it was given: the test's
  // "same rates" were not the same. ×16, a power of two, scales every count exactly and keeps every rate to the bit.
  it('more data narrows the range: the seed that once broke it (-824800374)', () => {
    const counterexample: FunnelInput = {
      steps: [
        { label: 'Leads', count: 0.06693432810474598, improvement: 0 },
        { count: 0.0000304864941938873, improvement: 0 },
        { rate: 0.000001, improvement: 0 },
        { rate: 0.000001, improvement: 0 },
        { rate: 0.000001233143390552424, improvement: 0 },
        { rate: 0.000001, improvement: 0 },
        { count: 3.759421881630697e-29, improvement: 0 },
      ],
    };
    fc.assert(moreDataNarrows, { numRuns: NUM_RUNS, seed: -824800374, examples: [[counterexample]] });
  });

  it('a larger improvement needs a smaller test', () => {
    fc.assert(
      fc.property(
        funnel({ improvements: false, mode: 'relative' }),
        fc.nat(),
        fc.double({ min: 0.001, max: 3, noNaN: true }),
        fc.double({ min: 0.001, max: 3, noNaN: true }),
        (input, k, u1, u2) => {
          k = 1 + (k % (input.steps.length - 1));
          [u1, u2] = [Math.min(u1, u2), Math.max(u1, u2)];
          const rate = calculateFunnel(input).steps[k].rate!;
          fc.pre(rate > 0 && rate * (1 + u2) <= 1 && u1 < u2);
          const n1 = calculateFunnel(withImprovement(input, k, u1)).steps[k].sampleNeeded!;
          const n2 = calculateFunnel(withImprovement(input, k, u2)).steps[k].sampleNeeded!;
          // Within float noise: two improvements an ulp apart can round the formula 1e-16 the other way.
          expect(n2).to.be.at.most(n1 * (1 + 1e-12));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('calculateFunnel: properties of the second edition', () => {
  const Z90 = 1.2815515655446004;
  /** σ² of the measured steps, naively (enough to tell a range that overflowed from one that should be there). */
  const varianceOf = (r: ReturnType<typeof calculateFunnel>) =>
    r.steps.reduce((v, s, i) => (s.interval ? v + (1 - s.rate!) / (r.steps[i - 1].count * s.rate!) : v), 0);

  it('the 80 % prediction holds its estimate, and baseline and forecast share one σ²', () => {
    fc.assert(
      fc.property(funnel(), (input) => {
        const r = calculateFunnel(input);
        const zeroMeasured = r.steps.some((s) => s.interval && s.rate === 0);
        const sigma2: number[] = [];
        for (const o of [r.baseline, r.forecast]) {
          const p = o.customersPrediction;
          const C = o.customers;
          if (!p) {
            // Null only where C is below 1 (third edition), a measured rate is 0, or the range is beyond a double.
            expect(
              C < 1 || zeroMeasured || !(Z90 * Math.sqrt(varianceOf(r) + 1 / C) < 700),
              `no prediction for ${C}`,
            ).to.equal(true);
            expect(o.revenuePrediction).to.equal(null);
            continue;
          }
          expect(p.low).to.be.at.least(0);
          expect(p.low).to.be.below(C);
          expect(p.high).to.be.above(C);
          if (input.dealValue === undefined) expect(o.revenuePrediction).to.equal(null);
          else
            expectClose(
              o.revenuePrediction,
              { low: p.low * input.dealValue, high: p.high * input.dealValue },
              1e-12,
              0,
            );
          // The prediction is never narrower than the 95 % range of the expected value scaled to 80 %: σ² + 1/C ≥ σ².
          if (o.customersRange && p.low > 0 && o.customersRange.low > 0)
            expect((Math.log(p.high) - Math.log(p.low)) / Z90).to.be.at.least(
              ((Math.log(o.customersRange.high) - Math.log(o.customersRange.low)) / 1.959963984540054) * (1 - 1e-9),
            );
          const w = Math.log(p.high / C) / Z90;
          if (p.low > 0 && Number.isFinite(w)) sigma2.push(w * w - 1 / C);
        }
        // exp(±Z·√(σ² + 1/C)) for both: the same σ², within the rounding of the logarithms.
        if (sigma2.length == 2)
          expectClose(sigma2[0], sigma2[1], 1e-6, Math.max(1e-12, ...sigma2.map(Math.abs), 1 / r.baseline.customers));
        // The larger scenario has the relatively narrower prediction (its Poisson part 1/C is smaller).
        const [b, f] = [r.baseline, r.forecast];
        if (
          b.customersPrediction &&
          f.customersPrediction &&
          b.customersPrediction.low > 0 &&
          f.customersPrediction.low > 0
        ) {
          const rel = (o: typeof b) => o.customersPrediction!.high / o.customers;
          if (f.customers >= b.customers) expect(rel(f)).to.be.at.most(rel(b) * (1 + 1e-12));
          else expect(rel(f)).to.be.at.least(rel(b) * (1 - 1e-12));
        }
        // The 95 % ranges share σ as before: the forecast's is the baseline's scaled by the customers (by their
        // ratio: low × forecast first underflowed for seed 12, a low end of 4e-320 at 7.6e-12 customers).
        const scaleBy = f.customers / b.customers;
        if (b.customersRange && f.customersRange && b.customers > 0)
          expectClose(
            f.customersRange,
            { low: b.customersRange.low * scaleBy, high: b.customersRange.high * scaleBy },
            1e-9,
            0,
          );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('detectableImprovement u is the smallest: u meets sampleSize ≤ entrants/2, u(1 − 1e-9) does not', () => {
    fc.assert(
      fc.property(funnel({ improvements: false }), (input) => {
        const r = calculateFunnel(input);
        const mode = input.mode ?? 'relative';
        const rates = exactRatesOf(
          input,
          r.steps.map((s) => s.count),
        );
        r.steps.forEach((s, i) => {
          const u = s.detectableImprovement;
          if (i == 0) {
            expect(u).to.equal(null);
            return;
          }
          const half = r.steps[i - 1].count / 2;
          // The SPEC's sample size, evaluated exactly: near 100 % doubles would blur the boundary.
          const needed = (x: number) => sampleSizeExact(rates[i], improvedExact(rates[i], x, mode)) ?? Infinity;
          if (!(half > 0) || !(s.rate! > 0 && s.rate! < 1)) {
            expect(u).to.equal(null);
            return;
          }
          const atTop = sampleSizeExact(rates[i], { n: 1n, d: 1n })!;
          if (u === null) {
            // Even 100 % needs more (or, relative, the improvement is beyond a double: a rate near 1e-300).
            expect(atTop > half || !Number.isFinite(1 / s.rate!), `step ${i}: ${atTop} ≤ ${half} yet no u`).to.equal(
              true,
            );
            return;
          }
          expect(u).to.be.above(0);
          // u itself: within the rounding of the formula (1e-12), it is enough ...
          expect(needed(u)).to.be.at.most(half * (1 + 1e-12));
          // ... and 1e-9 less is not.
          expect(needed(u * (1 - 1e-9))).to.be.above(half);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('testPeriods is 2 × ⌈sampleNeeded⌉ / entrants, and one period is enough beyond the detectable improvement', () => {
    fc.assert(
      fc.property(
        funnel({ improvements: false }),
        fc.nat(),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (input, k, factor) => {
          k = 1 + (k % (input.steps.length - 1));
          const d = calculateFunnel(input).steps[k].detectableImprovement;
          // The slider set to a multiple of the detectable improvement (or to +10 % where there is none).
          const u = d === null ? 0.1 : d * factor;
          fc.pre(u <= MAX_IMPROVEMENT); // a rate of 1e-6 may need +99,999,900 %: more than the core takes
          const r = calculateFunnel(withImprovement(input, k, u));
          r.steps.forEach((s, i) => {
            const prev = i ? r.steps[i - 1].count : 0;
            if (s.sampleNeeded === null || !(prev > 0)) expect(s.testPeriods).to.equal(null);
            else if (s.testPeriods === null)
              expect(Number.isFinite((2 * Math.ceil(s.sampleNeeded)) / prev)).to.equal(false);
            else expectClose((s.testPeriods * prev) / 2, Math.ceil(s.sampleNeeded), 1e-12, 0);
          });
          const s = r.steps[k];
          if (d === null || Math.abs(factor - 1) < 1e-6 || s.testPeriods === null) return;
          // Beyond the detectable improvement one period's entrants suffice, in whole people: ⌈n⌉ ≤ ⌈entrants/2⌉;
          // short of it they do not.
          const prev = r.steps[k - 1].count;
          if (factor > 1) expect(s.testPeriods).to.be.at.most(((2 * Math.ceil(prev / 2)) / prev) * (1 + 1e-9));
          else expect(s.testPeriods).to.be.above(1 - 1e-9);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('third edition: bottleneck chances on the measured steps only, summing to 1; sure means ≥ 0.95 and no rate given', () => {
    fc.assert(
      fc.property(funnel(), (input) => {
        const r = calculateFunnel(input);
        const measured = r.steps.map((_, i) => i > 0 && input.steps[i].count !== undefined && r.steps[i - 1].count > 0);
        const chances = r.steps.map((s) => s.bottleneckChance);
        if (measured.filter(Boolean).length < 2) expect(chances.every((c) => c === null)).to.equal(true);
        else {
          chances.forEach((c, i) => {
            if (measured[i]) expect(c).to.be.within(0, 1);
            else expect(c).to.equal(null);
          });
          expectClose(
            chances.reduce((a: number, c) => a + (c ?? 0), 0),
            1,
            1e-4,
          );
        }
        expect(r.bottleneckChance).to.equal(chances[r.bottleneck]);
        expect(r.bottleneckSure).to.equal((r.bottleneckChance ?? 0) >= 0.95 && r.ratesGiven == 0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('ratesGiven counts the rates; a rate given is never lowData unless no one entered; a factor above 2 always is', () => {
    fc.assert(
      fc.property(funnel(), (input) => {
        const r = calculateFunnel(input);
        expect(r.ratesGiven).to.equal(input.steps.filter((s, i) => i > 0 && s.count === undefined).length);
        r.steps.forEach((s, i) => {
          if (i == 0) {
            expect(s.lowData).to.equal(false);
            return;
          }
          const entered = r.steps[i - 1].count > 0;
          if (!entered) expect(s.lowData).to.equal(true);
          else if (input.steps[i].count === undefined) expect(s.lowData).to.equal(false);
          else
            expect(s.lowData).to.equal(
              s.interval!.high - s.interval!.low > 0.2 || s.interval!.high > 2 * s.interval!.low,
            );
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gainPerPoint holds to 1e-9 for rates within 1e-12 of 100 %, at counts near 10^15', () => {
    const near = fc
      .record({
        lead: fc.double({ min: 1e13, max: 1e15, noNaN: true }),
        later: fc.array(
          fc.record({
            byRate: fc.boolean(),
            short: fc.integer({ min: 0, max: 1000 }),
            gap: fc.double({ min: 0, max: 1e-12, noNaN: true }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
      })
      .map(({ lead, later }): FunnelInput => {
        const steps: FunnelInput['steps'] = [{ count: lead }];
        let prev = lead;
        for (const { byRate, short, gap } of later) {
          if (byRate) {
            steps.push({ rate: 1 - gap });
            prev *= 1 - gap;
          } else steps.push({ count: (prev = Math.max(0, prev - short)) });
        }
        return { steps };
      });
    fc.assert(
      fc.property(near, (input) => {
        const [core, ref] = [calculateFunnel(input), reference(input)];
        core.steps.forEach((s, i) => expectClose(s.gainPerPoint, ref.steps[i].gainPerPoint, 1e-9, 0));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
