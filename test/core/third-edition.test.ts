/**
 * The third edition (SPEC 2): the special functions against published values, the core against the figures
 * mpmath computed at 30 digits straight from the SPEC's definitions (reference/third-edition.json, written by
 * reference/third-edition.py: see there to regenerate it), and properties. Tolerances as the SPEC sets them:
 * the bottleneck's chances to 1e-4 absolute (and their sum to 1 ± 1e-4), P(B > A) to 1e-6, everything else to
 * 1e-9 relative. The errors measured are far below (`REPORT=1` prints the largest of each kind).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import '../seed.js';
import { chanceBBeatsA, millerSum } from '../../src/core/ab-test.js';
import { minChances } from '../../src/core/chance.js';
import { calculateFunnel, type FunnelInput, type FunnelResult } from '../../src/core/index.js';
import { chi2Upper1, erfc, normCdf, normQuantile } from '../../src/core/normal.js';
import { betaInc, betaPdf, lgamma, stirlerr } from '../../src/core/special.js';

/**
 * The fixture: read from disk in Node, fetched in the browser suite (an import of JSON needs an import attribute,
 * which the suite's esbuild target drops).
 */
const fixture = new URL('./reference/third-edition.json', import.meta.url);
const fs = (
  globalThis as { process?: { getBuiltinModule?: (name: string) => typeof import('node:fs') } }
).process?.getBuiltinModule?.('fs');
const reference: {
  special: Record<string, number[][]>;
  funnels: { name: string; input: FunnelInput; expected: object }[];
  compare: { name: string; input: FunnelInput; expected: object }[];
  tests: { name: string; input: FunnelInput; expected: object }[];
} = fs ? JSON.parse(fs.readFileSync(fixture, 'utf8')) : await (await fetch(fixture)).json();

const NUM_RUNS = 200;

/** The largest error of each kind, for REPORT=1. */
const worst: Record<string, { error: number; where: string }> = {};
const note = (kind: string, error: number, where: string) => {
  if (!(error <= (worst[kind]?.error ?? -1))) worst[kind] = { error, where };
};
after(() => {
  if ((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.REPORT)
    for (const [kind, { error, where }] of Object.entries(worst))
      console.log(`${kind.padEnd(34)} ${error.toExponential(2)}  ${where}`);
});

/** |a − b| relative to the larger of |a|, |b| and `floor`. */
const rel = (a: number, b: number, floor = 0) =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);

describe('special functions: published values', () => {
  // Abramowitz & Stegun (1964), table 26.1 (Φ to 15 digits) and 7.1 (erf); tails as R's pnorm and scipy's
  // norm.cdf give them (pnorm(-10) = 7.619853024160527e-24), checked here against mpmath at 25 digits.
  const phi: [number, number][] = [
    [1, 0.841344746068543],
    [2, 0.977249868051821],
    [3, 0.99865010196837],
    [-5, 2.8665157187919391e-7],
    [-10, 7.6198530241605261e-24],
    [-37, 5.7255712225245768e-300],
  ];
  for (const [z, p] of phi) it(`Φ(${z}) = ${p}`, () => expect(rel(normCdf(z), p)).to.be.below(z < -20 ? 2e-13 : 1e-14));

  it('erf(1), erfc(2), erfc(5) as in A&S table 7.1', () => {
    expect(rel(1 - erfc(1), 0.84270079294971487)).to.be.below(1e-15);
    expect(rel(erfc(2), 0.0046777349810472658)).to.be.below(1e-15);
    expect(rel(erfc(5), 1.5374597944280349e-12)).to.be.below(1e-15);
    expect(erfc(0)).to.equal(1);
    expect(erfc(30)).to.equal(0);
    expect(erfc(-30)).to.equal(2);
  });

  // Φ⁻¹: the SPEC's own constants are R's qnorm(0.975), qnorm(0.9), qnorm(0.8); Wichura's AS241 paper quotes
  // PPND16(0.25) = −0.6744897501960817; qnorm(1e-10) = −6.361340902404056; qnorm(1e-300) = −37.0470962993612.
  it('Φ⁻¹ gives the SPEC’s z values to the last digit, and the AS241 test values', () => {
    expect(normQuantile(0.975)).to.equal(1.959963984540054);
    expect(normQuantile(1 - 0.025)).to.equal(1.959963984540054);
    expect(rel(normQuantile(0.9), 1.2815515655446004)).to.be.below(4e-16);
    expect(rel(normQuantile(0.8), 0.8416212335729143)).to.be.below(4e-16);
    expect(rel(normQuantile(0.25), -0.6744897501960817)).to.be.below(4e-16);
    expect(rel(normQuantile(1e-10), -6.361340902404056)).to.be.below(1e-15);
    expect(rel(normQuantile(1e-300), -37.0470962993612)).to.be.below(1e-15);
    expect(normQuantile(0.5)).to.equal(0);
  });

  it('ln Γ: ½·ln π at ½, ln 99! at 100, ln(√π/2) at 3/2 (A&S 6.1), Stirling at 10^15', () => {
    // Below 10 through values near ln Γ(10) = 12.8, whose last digit is 2e-15: that much absolute.
    expect(Math.abs(lgamma(0.5) - 0.57236494292470009)).to.be.below(4e-15);
    expect(rel(lgamma(100), 359.1342053695754)).to.be.below(1e-15);
    expect(Math.abs(lgamma(1.5) - -0.12078223763524522)).to.be.below(4e-15);
    expect(rel(lgamma(1e15), 33538776394910669)).to.be.below(1e-15);
    expect(Math.abs(lgamma(1))).to.be.below(4e-15);
    expect(Math.abs(lgamma(2))).to.be.below(4e-15);
    // δ(x) = ln Γ(x) − Stirling: 1/12x − 1/360x³ … far out
    expect(rel(stirlerr(1e6), 1 / 12e6 - 1 / 360e18)).to.be.below(1e-15);
  });

  // I_x(a, b) for whole a, b is the chance of at least a successes in a + b − 1 trials (A&S 26.5.24): exact rationals.
  it('I_x(a, b) by the binomial identity: I_½(2, 3) = 11/16, I_0.3(5, 10) = 8315976275613/2·10^13, I_0.9(30, 5)', () => {
    expect(rel(betaInc(0.5, 2, 3), 11 / 16)).to.be.below(1e-15);
    expect(rel(betaInc(0.3, 5, 10), 8315976275613 / 20000000000000)).to.be.below(1e-14);
    expect(rel(betaInc(0.9, 30, 5), 0.7504082837878773)).to.be.below(1e-14);
    expect(rel(betaPdf(0.5, 2, 3), 1.5)).to.be.below(1e-14); // 12·x·(1 − x)²
  });

  it('the χ² tail (1 degree of freedom) at its 5 % and 0.1 % points (qchisq(0.95, 1), qchisq(0.999, 1))', () => {
    expect(rel(chi2Upper1(3.841458820694124), 0.05)).to.be.below(1e-14);
    expect(rel(chi2Upper1(10.827566170662733), 0.001)).to.be.below(1e-14);
  });
});

describe('special functions: against mpmath (the fixture)', () => {
  const S = reference.special;
  const cases: [string, (r: number[]) => number, (r: number[]) => number, number][] = [
    // [name, core, expected, tolerance]; ln Γ relative to the larger of it and 1 (absolute near its zeros at 1 and 2)
    ['lgamma', ([x]) => lgamma(x), ([, v]) => v, 5e-15],
    ['erfc', ([x]) => erfc(x), ([, v]) => v, 2e-15],
    ['normCdf', ([z]) => normCdf(z), ([, v]) => v, 2e-13],
    ['normQuantile', ([p]) => normQuantile(p), ([, v]) => v, 2e-15],
    // far in the tail the rounding of √(s/2) costs s·1e-16 relative: 1e-13 at s = 1000
    ['chi2Upper1', ([s]) => chi2Upper1(s), ([, v]) => v, 1e-13],
    ['betaPdf', ([x, a, b]) => betaPdf(x, a, b), ([, , , v]) => v, 1e-12],
  ];
  for (const [name, core, want, tol] of cases)
    it(`${name}: within ${tol} relative`, () => {
      for (const r of S[name]) {
        const e = rel(core(r), want(r), name == 'lgamma' ? 1 : 0);
        note(`${name} (relative)`, e, `at ${r.slice(0, -1).join(', ')}`);
        expect(e, `${name}(${r.slice(0, -1).join(', ')}) = ${core(r)}, not ${want(r)}`).to.be.below(tol);
      }
    });
  it('betaInc: within 1e-13 absolute', () => {
    for (const [x, a, b, v] of S.betaInc) {
      const e = Math.abs(betaInc(x, a, b) - v);
      note('betaInc (absolute)', e, `at ${x}, ${a}, ${b}`);
      expect(e, `I_${x}(${a}, ${b})`).to.be.below(1e-13);
    }
  });
});

describe('special functions: properties', () => {
  it('Φ(Φ⁻¹(p)) = p, to 1e-14 relative (z²·3e-16 far in the tail, where one step of z moves Φ that much), from 1e-300', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 1e-300, max: 0.5, noNaN: true }),
          fc.double({ min: 0.5, max: 1 - 2 ** -53, noNaN: true }),
        ),
        (p) => {
          const z = normQuantile(p);
          const back = normCdf(z);
          const tol = Math.max(1e-14, z * z * 3e-16);
          expect(p > 0.5 ? Math.abs(back - p) : rel(back, p)).to.be.below(tol);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('I_x(a, b) = 1 − I_{1−x}(b, a), and it grows with x', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1e4, noNaN: true }),
        fc.double({ min: 0.5, max: 1e4, noNaN: true }),
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        (a, b, x) => {
          // 1 − x given with x itself as its complement: 1 − x as a double is not exactly it
          expect(Math.abs(betaInc(x, a, b) - (1 - betaInc(1 - x, b, a, x)))).to.be.below(1e-13);
          expect(betaInc(Math.min(1, x * 1.01), a, b)).to.be.at.least(betaInc(x, a, b) - 1e-15);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('ln Γ(x + 1) = ln Γ(x) + ln x', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), (x) => {
        expect(rel(lgamma(x + 1), lgamma(x) + Math.log(x), 1)).to.be.below(5e-15);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('the chance of being the smallest (chance.ts)', () => {
  const whole = fc.integer({ min: 1, max: 3000 });
  it('two Betas with whole parameters: as Evan Miller’s exact sum, within 1e-6 (bottleneck’s settings) and 1e-9 (test’s)', () => {
    fc.assert(
      fc.property(whole, whole, whole, whole, (a1, b1, a2, b2) => {
        // Evan Miller's exact sum (ab-test.ts), the other of the two ways a test's chance is taken.
        const exact = millerSum(a1, b1, a2, b2);
        const coarse = Math.abs(
          minChances(
            [
              [a1, b1],
              [a2, b2],
            ],
            1e-6,
            4,
            12,
          )[0] - exact,
        );
        const fine = Math.abs(
          minChances(
            [
              [a1, b1],
              [a2, b2],
            ],
            1e-9,
            2,
            6,
          )[0] - exact,
        );
        note('2 Betas vs exact, bottleneck settings', coarse, `${a1} ${b1} ${a2} ${b2}`);
        note('2 Betas vs exact, test settings', fine, `${a1} ${b1} ${a2} ${b2}`);
        expect(coarse).to.be.below(1e-6);
        expect(fine).to.be.below(1e-9);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('100 steps all at 100 %: every one of the 99 the bottleneck with chance 1/99', () => {
    const r = calculateFunnel({ steps: Array.from({ length: 100 }, () => ({ count: 1000 })) });
    for (const s of r.steps.slice(1)) expect(s.bottleneckChance).to.be.closeTo(1 / 99, 1e-6);
  });

  it('chances are symmetric: equal posteriors, equal chances; swapping two swaps theirs', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0.5, max: 1e12, noNaN: true }), fc.double({ min: 0.5, max: 1e12, noNaN: true })),
          { minLength: 2, maxLength: 8 },
        ),
        (params) => {
          const P = minChances(params, 1e-6, 4, 12);
          const Q = minChances([...params].reverse(), 1e-6, 4, 12).reverse();
          P.forEach((p, i) => expect(Math.abs(p - Q[i])).to.be.below(1e-6));
          expect(Math.abs(P.reduce((a, b) => a + b) - 1)).to.be.below(1e-6);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

/**
 * Checks `actual` against the fixture's `expected`, field by field: chances absolutely (the bottleneck's to
 * 1e-4, P(B > A) to 1e-6), everything else to 1e-9 relative to the larger of the two and `scale(path)`.
 */
function check(
  actual: unknown,
  expected: unknown,
  name: string,
  scale: (path: string) => number,
  path = 'result',
): void {
  if (typeof expected == 'number') {
    expect(actual, `${name}: ${path}`).to.be.a('number');
    const a = actual as number;
    const kind = path.replace(/\[\d+\]/g, '[]');
    if (/bottleneckChance$/.test(path)) {
      note('bottleneckChance (absolute)', Math.abs(a - expected), `${name}: ${path}`);
      expect(Math.abs(a - expected), `${name}: ${path} = ${a}, not ${expected}`).to.be.below(1e-4);
    } else if (/chanceBBeatsA$/.test(path)) {
      note('chanceBBeatsA (absolute)', Math.abs(a - expected), `${name}`);
      expect(Math.abs(a - expected), `${name}: ${path} = ${a}, not ${expected}`).to.be.below(1e-6);
    } else {
      const e = rel(a, expected, scale(path));
      note(kind.replace(/^result\./, ''), e, `${name}: ${path}`);
      expect(e, `${name}: ${path} = ${a}, not ${expected}`).to.be.below(1e-9);
    }
  } else if (expected && typeof expected == 'object') {
    expect(actual !== null && typeof actual == 'object', `${name}: ${path} is ${actual}`).to.equal(true);
    for (const [k, v] of Object.entries(expected))
      check((actual as any)[k], v, name, scale, Array.isArray(expected) ? `${path}[${k}]` : `${path}.${k}`);
  } else expect(actual, `${name}: ${path}`).to.equal(expected);
}

/** Near 0, a figure is compared against its funnel's scale: customers against the leads, money against their worth. */
const scaleOf = (input: FunnelInput) => (path: string) => {
  const leads = input.steps[0].count!;
  return /revenue|Revenue/.test(path)
    ? leads * Math.max(1, input.dealValue ?? 1)
    : /ustomers|Count|contribution/.test(path)
      ? leads
      : 1;
};

describe('third edition: the core against mpmath (reference/third-edition.json)', () => {
  for (const { name, input, expected } of reference.funnels)
    it(`funnel: ${name}`, () => {
      const r = calculateFunnel(input);
      check(r, expected, name, scaleOf(input));
      const chances = r.steps.map((s) => s.bottleneckChance).filter((c): c is number => c !== null);
      if (chances.length) {
        const sum = chances.reduce((a, b) => a + b);
        note('bottleneck chances: |sum − 1|', Math.abs(sum - 1), name);
        expect(Math.abs(sum - 1)).to.be.below(1e-4);
      }
    });
  for (const { name, input, expected } of reference.compare)
    it(`compare: ${name}`, () => check(calculateFunnel(input), expected, name, scaleOf(input)));
  for (const { name, input, expected } of reference.tests)
    it(`test: ${name}`, () => check(calculateFunnel(input), expected, name, scaleOf(input)));
});

// ----- properties of the third edition -----------------------------------------------------------------------

/** A funnel of counts, and the same steps' counts in the period before (each at most the step before's). */
const twoPeriods = fc
  .record({
    lead: fc.integer({ min: 0, max: 1e7 }),
    before: fc.integer({ min: 0, max: 1e7 }),
    later: fc.array(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()),
      { minLength: 1, maxLength: 10 },
    ),
    dealValue: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: undefined }),
  })
  .map(({ lead, before, later, dealValue }): FunnelInput => {
    const steps: FunnelInput['steps'] = [{ count: lead, previous: before }];
    let [c, p] = [lead, before];
    for (const [f, g, byRate] of later) {
      if (byRate) {
        steps.push({ rate: f, previousRate: g });
        [c, p] = [c * f, p * g];
      } else steps.push({ count: (c = Math.floor(c * f)), previous: (p = Math.floor(p * g)) });
    }
    return { steps, dealValue };
  });

describe('third edition: properties of compare', () => {
  it('the contributions add up to the change in customers, to 1e-9 of the largest part', () => {
    fc.assert(
      fc.property(twoPeriods, (input) => {
        const c = calculateFunnel(input).compare!;
        const parts = c.steps.map((s) => s.contribution);
        if (parts[0] === null) {
          expect(parts.every((x) => x === null)).to.equal(true);
          return;
        }
        const sum = parts.reduce((a, b) => a! + b!, 0)!;
        const size = Math.max(Math.abs(c.extraCustomers), ...parts.map((x) => Math.abs(x!)));
        if (size > 1e-300) note('contributions: sum vs C − C′ (relative)', Math.abs(sum - c.extraCustomers) / size, '');
        // (and a least double's worth among subnormal counts)
        expect(Math.abs(sum - c.extraCustomers)).to.be.at.most(1e-9 * size + 1e-320);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('tests counts the intervals; real implies outside 0 at z_k, maybe only at 1.96; the family’s interval is the wider', () => {
    fc.assert(
      fc.property(twoPeriods, (input) => {
        const r = calculateFunnel(input);
        const c = r.compare!;
        expect(c.tests).to.equal(c.steps.filter((s) => s.interval).length);
        c.steps.forEach((s, i) => {
          expect(s.verdict === null).to.equal(s.interval === null);
          if (!s.interval) return;
          expect(s.interval.low).to.be.at.most(s.interval.high);
          const apart = s.interval.low > 0 || s.interval.high < 0;
          expect(s.verdict == 'real').to.equal(apart);
          if (c.tests == 1) expect(s.verdict).to.not.equal('maybe');
          // The change lies inside its interval.
          if (i) expect(s.change!).to.be.within(s.interval.low - 1e-12, s.interval.high + 1e-12);
        });
        expect(c.extraCustomers).to.equal(r.baseline.customers - c.previousCustomers);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('third edition: properties of the test', () => {
  const arm = fc
    .integer({ min: 0, max: 1e6 })
    .chain((n) => fc.record({ entrants: fc.constant(n), conversions: fc.integer({ min: 0, max: n }) }));
  const big = fc
    .integer({ min: 0, max: 1e12 })
    .chain((n) => fc.record({ entrants: fc.constant(n), conversions: fc.integer({ min: 0, max: n }) }));

  it('P(B > A) + P(A > B) = 1, at any size', () => {
    fc.assert(
      fc.property(fc.oneof(arm, big), fc.oneof(arm, big), (a, b) => {
        const ab = chanceBBeatsA(a.conversions, a.entrants, b.conversions, b.entrants);
        const ba = chanceBBeatsA(b.conversions, b.entrants, a.conversions, a.entrants);
        expect(ab).to.be.within(-1e-9, 1 + 1e-9);
        expect(Math.abs(ab + ba - 1)).to.be.below(2e-6);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('the finite sum and the integral agree where both apply', () => {
    const small = fc
      .integer({ min: 0, max: 3000 })
      .chain((n) => fc.record({ entrants: fc.constant(n), conversions: fc.integer({ min: 0, max: n }) }));
    fc.assert(
      fc.property(small, small, (a, b) => {
        const sum = chanceBBeatsA(a.conversions, a.entrants, b.conversions, b.entrants);
        const integral = minChances(
          [
            [1 + a.conversions, 1 + a.entrants - a.conversions],
            [1 + b.conversions, 1 + b.entrants - b.conversions],
          ],
          1e-9,
          2,
          6,
        )[0];
        note('P(B > A): finite sum vs integral', Math.abs(sum - integral), `${JSON.stringify([a, b])}`);
        expect(Math.abs(sum - integral)).to.be.below(1e-8);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('more conversions for B never lower its chance; withB is today plus the extra, its range around it', () => {
    const article = [1000, 400, 250, 120, 60, 20];
    fc.assert(
      fc.property(arm, arm, fc.integer({ min: 1, max: 5 }), (a, b, step) => {
        fc.pre(b.conversions < b.entrants);
        const input = (x: number): FunnelInput => ({
          steps: article.map((count) => ({ count })),
          dealValue: 100,
          periodsPerYear: 4,
          test: { step, a, b: { entrants: b.entrants, conversions: x } },
        });
        const t0 = calculateFunnel(input(b.conversions)).test!;
        const t1 = calculateFunnel(input(b.conversions + 1)).test!;
        expect(t1.chanceBBeatsA).to.be.at.least(t0.chanceBBeatsA - 2e-6);
        if (t0.withB === null) expect(t0.lift).to.equal(null);
        else {
          expect(t0.withB.customers - t0.withB.extraCustomers).to.be.closeTo(20, 1e-9);
          expect(t0.withB.extraCustomersPerYear).to.be.closeTo(4 * t0.withB.extraCustomers, 1e-9);
          const r = t0.withB.extraCustomersRange80;
          if (r) expect(t0.withB.extraCustomers).to.be.within(r.low - 1e-9, r.high + 1e-9);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('third edition: the base and its parts', () => {
  it('calculateFunnel is calculateBase with compareOf and testOf; the parts are null without their input', async () => {
    const { calculateBase, compareOf, testOf } = await import('../../src/core/index.js');
    const input: FunnelInput = {
      steps: [1000, 400, 250, 120, 60, 20].map((count, i) => ({ count, previous: [900, 380, 230, 100, 55, 15][i] })),
      test: { step: 3, a: { entrants: 125, conversions: 60 }, b: { entrants: 125, conversions: 70 } },
    };
    const base = calculateBase(input);
    expect(base.compare).to.equal(null);
    expect(base.test).to.equal(null);
    const whole: FunnelResult = calculateFunnel(input);
    expect(whole).to.deep.equal({ ...base, compare: compareOf(input, base), test: testOf(input, base) });
    const plain = calculateFunnel({ steps: [{ count: 10 }, { count: 5 }] });
    expect(plain.compare).to.equal(null);
    expect(plain.test).to.equal(null);
  });

  it('a slider move leaves the chances as they were (they depend on the counts alone)', () => {
    const steps = [1000, 400, 250, 120, 60, 20].map((count) => ({ count }));
    const a = calculateFunnel({ steps });
    const b = calculateFunnel({ steps: steps.map((s, i) => ({ ...s, improvement: i == 3 ? 0.5 : 0 })) });
    expect(b.steps.map((s) => s.bottleneckChance)).to.deep.equal(a.steps.map((s) => s.bottleneckChance));
    expect(
      calculateFunnel({ steps: steps.map((s, i) => ({ count: i == 5 ? 30 : s.count })) }).bottleneckChance,
    ).to.not.equal(a.bottleneckChance);
  });
});
