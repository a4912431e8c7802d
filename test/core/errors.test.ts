import { expect } from 'chai';
import { calculateFunnel, FunnelError, type FunnelInput } from '../../src/core/index.js';

function issuesOf(input: unknown) {
  try {
    calculateFunnel(input as FunnelInput);
  } catch (e) {
    expect(e).to.be.instanceOf(FunnelError);
    return (e as FunnelError).issues;
  }
  throw new Error('expected a FunnelError');
}

const two = (second: object, first: object = { count: 100 }) => ({ steps: [first, second] });

const cases: { name: string; input: unknown; code: string; step: number | null; value: unknown; message?: string }[] = [
  {
    name: 'one step only',
    input: { steps: [{ count: 1 }] },
    code: 'steps-too-few',
    step: null,
    value: 1,
    message: 'A funnel needs at least 2 steps; it has 1.',
  },
  {
    name: '101 steps',
    input: { steps: Array.from({ length: 101 }, () => ({ count: 1 })) },
    code: 'steps-too-many',
    step: null,
    value: 101,
  },
  { name: 'steps not a list', input: { steps: 'a' }, code: 'steps-not-list', step: null, value: 'a' },
  { name: 'no input at all', input: null, code: 'steps-not-list', step: null, value: undefined },
  {
    name: 'a count above the step before (the SPEC example)',
    input: { steps: [{ count: 1000 }, { label: 'Qualified', count: 120 }, { label: 'Proposal', count: 150 }] },
    code: 'count-above-previous',
    step: 2,
    value: 150,
    message: "Step 3 'Proposal' has 150, more than the 120 of step 2 'Qualified'.",
  },
  {
    name: 'a negative count',
    input: two({ count: -1 }),
    code: 'count-invalid',
    step: 1,
    value: -1,
    message: "Step 2 'Step 2' has -1: a count runs from 0 to 10^15.",
  },
  { name: 'NaN', input: two({ count: NaN }), code: 'count-invalid', step: 1, value: NaN },
  { name: 'Infinity', input: two({ count: 1 }, { count: Infinity }), code: 'count-invalid', step: 0, value: Infinity },
  { name: 'beyond the limit', input: two({ count: 1 }, { count: 1e16 }), code: 'count-invalid', step: 0, value: 1e16 },
  { name: 'a string for a count', input: two({ count: '50' }), code: 'count-invalid', step: 1, value: '50' },
  {
    name: 'no leads',
    input: two({ count: 1 }, { rate: 0.5 }),
    code: 'count-missing',
    step: 0,
    value: undefined,
    message: "Step 1 'Step 1' has no count: the first step needs the number of leads.",
  },
  {
    name: 'neither count nor rate',
    input: two({ label: 'MQL' }),
    code: 'count-missing',
    step: 1,
    value: undefined,
    message: "Step 2 'MQL' has no count or conversion rate.",
  },
  { name: 'a null step', input: two(null as never), code: 'count-missing', step: 1, value: undefined },
  {
    name: 'a rate above 100 %',
    input: two({ rate: 1.5 }),
    code: 'rate-invalid',
    step: 1,
    value: 1.5,
    message: "Step 2 'Step 2' has a conversion of 150 %: it must be from 0 % to 100 %.",
  },
  { name: 'a negative rate', input: two({ rate: -0.1 }), code: 'rate-invalid', step: 1, value: -0.1 },
  {
    name: 'an improvement below −100 %',
    input: two({ count: 5, improvement: -2 }),
    code: 'improvement-invalid',
    step: 1,
    value: -2,
    message: "Step 2 'Step 2' has an improvement of -200 %: it must be from −100 % to 1,000,000 %.",
  },
  {
    name: 'an improvement above +1,000,000 %',
    input: two({ count: 5, improvement: 1e4 + 1 }),
    code: 'improvement-invalid',
    step: 1,
    value: 1e4 + 1,
  },
  {
    name: 'a negative deal value',
    input: { ...two({ count: 5 }), dealValue: -5 },
    code: 'deal-value-invalid',
    step: null,
    value: -5,
    message: 'The deal value is -5: it runs from 0 to 10^15.',
  },
  { name: 'a target of 0', input: { ...two({ count: 5 }), target: 0 }, code: 'target-invalid', step: null, value: 0 },
  {
    name: 'periods per year of 0',
    input: { ...two({ count: 5 }), periodsPerYear: 0 },
    code: 'periods-invalid',
    step: null,
    value: 0,
  },
  {
    name: 'an unknown mode',
    input: { ...two({ count: 5 }), mode: 'percent' },
    code: 'mode-invalid',
    step: null,
    value: 'percent',
  },
  // Third edition: the period before ...
  {
    name: 'a previous figure on some steps only',
    input: two({ label: 'MQL', count: 50 }, { count: 100, previous: 90 }),
    code: 'previous-missing',
    step: 1,
    value: undefined,
    message:
      "Step 2 'MQL' has no figure for the period before, while other steps have one: give one for every step, or for none.",
  },
  {
    name: 'a negative previous count',
    input: two({ count: 50, previous: -1 }, { count: 100, previous: 90 }),
    code: 'previous-count-invalid',
    step: 1,
    value: -1,
    message: "Step 2 'Step 2' had -1 in the period before: a count runs from 0 to 10^15.",
  },
  {
    name: 'a previous count that is not a number',
    input: two({ count: 50, previous: '40' }, { count: 100, previous: 90 }),
    code: 'previous-count-invalid',
    step: 1,
    value: '40',
  },
  {
    name: 'a previous count above the step before’s previous count',
    input: {
      steps: [
        { label: 'Leads', count: 100, previous: 50 },
        { label: 'MQL', count: 40, previous: 60 },
      ],
    },
    code: 'previous-count-above-previous',
    step: 1,
    value: 60,
    message: "Step 2 'MQL' had 60 in the period before, more than the 50 of step 1 'Leads'.",
  },
  {
    name: 'a previous rate above 100 %',
    input: two({ rate: 0.5, previousRate: 1.5 }, { count: 100, previous: 90 }),
    code: 'previous-rate-invalid',
    step: 1,
    value: 1.5,
    message: "Step 2 'Step 2' had a conversion of 150 % in the period before: it must be from 0 % to 100 %.",
  },
  {
    name: 'a previous rate where the step gives a count',
    input: two({ count: 50, previousRate: 0.5 }, { count: 100, previous: 90 }),
    code: 'previous-rate-unexpected',
    step: 1,
    value: 0.5,
    message:
      "Step 2 'Step 2' gives a count, so its figure for the period before must be a count too, not a conversion.",
  },
  {
    name: 'a previous rate for the leads',
    input: two({ rate: 0.5, previousRate: 0.5 }, { count: 100, previousRate: 0.9 }),
    code: 'previous-rate-unexpected',
    step: 0,
    value: 0.9,
  },
  // ... and the test.
  ...(
    [
      [
        'a test at the leads',
        { step: 0 },
        'test-step-invalid',
        null,
        0,
        'The test is at step index 0: it must be a step after the leads, from 1 to 1.',
      ],
      ['a test beyond the last step', { step: 2 }, 'test-step-invalid', null, 2],
      ['a test at a fraction of a step', { step: 0.5 }, 'test-step-invalid', null, 0.5],
      [
        'a fraction of a person',
        { a: { entrants: 12.5, conversions: 3 } },
        'test-entrants-invalid',
        1,
        12.5,
        "The test at step 2 'Step 2' has 12.5 entrants for version A: entrants are whole people, from 0 to 10^15.",
      ],
      ['negative conversions', { b: { entrants: 10, conversions: -1 } }, 'test-conversions-invalid', 1, -1],
      [
        'conversions above entrants',
        { b: { entrants: 62, conversions: 70 } },
        'test-conversions-above-entrants',
        1,
        70,
        "The test at step 2 'Step 2' has 70 conversions for version B, more than its 62 entrants.",
      ],
      [
        'a version without figures',
        { a: null },
        'test-invalid',
        1,
        null,
        "The test at step 2 'Step 2' has no entrants and conversions for version A.",
      ],
      ['a split of 0', { split: 0 }, 'test-split-invalid', 1, 0],
      [
        'a split of 100 %',
        { split: 1 },
        'test-split-invalid',
        1,
        1,
        "The test at step 2 'Step 2' has a planned split of 100 % for version B: it must be above 0 % and below 100 %.",
      ],
    ] as const
  ).map(([name, test, code, step, value, message]) => ({
    name,
    input: {
      ...two({ count: 50 }),
      test: { step: 1, a: { entrants: 10, conversions: 3 }, b: { entrants: 12, conversions: 5 }, ...test },
    },
    code,
    step,
    value,
    message,
  })),
];

describe('calculateFunnel: invalid input', () => {
  for (const c of cases)
    it(`refuses ${c.name} with ${c.code}`, () => {
      const [issue, ...rest] = issuesOf(c.input);
      expect(rest).to.have.length(0);
      expect(issue).to.deep.include({ code: c.code, step: c.step });
      expect(Object.is(issue.value, c.value) || issue.value === c.value, `value ${issue.value}`).to.equal(true);
      if (c.message) expect(issue.message).to.equal(c.message);
      else expect(issue.message).to.be.a('string').and.not.be.empty;
    });

  it('lists every problem at once, in step order, then the funnel-wide ones', () => {
    const issues = issuesOf({
      steps: [{ count: 100 }, { count: -5 }, { rate: 2, improvement: -3 }, { count: 50 }],
      dealValue: -1,
    });
    expect(issues.map((i) => [i.code, i.step])).to.deep.equal([
      ['count-invalid', 1],
      ['rate-invalid', 2],
      ['improvement-invalid', 2],
      // step 3 is not blamed for step 2's bad rate
      ['deal-value-invalid', null],
    ]);
  });

  it('lists each step’s problems with the period before’s after its own, then the test’s last', () => {
    const issues = issuesOf({
      steps: [{ count: 100, previous: 80 }, { count: 120, previous: 90 }, { count: 10 }],
      dealValue: -1,
      test: { step: 9, a: { entrants: 1, conversions: 2 }, b: { entrants: 1, conversions: 1 } },
    });
    expect(issues.map((i) => [i.code, i.step])).to.deep.equal([
      ['count-above-previous', 1],
      ['previous-count-above-previous', 1],
      ['previous-missing', 2],
      ['deal-value-invalid', null],
      ['test-step-invalid', null],
      ['test-conversions-above-entrants', null],
    ]);
  });

  it('takes a test with whole people, a split inside (0, 1), and a previous figure on every step', () => {
    const r = calculateFunnel({
      steps: [
        { count: 100, previous: 90 },
        { rate: 0.5, previousRate: 0.4 },
        { count: 20, previous: 30 },
      ],
      test: { step: 2, a: { entrants: 0, conversions: 0 }, b: { entrants: 1e15, conversions: 1e15 }, split: 1e-9 },
    });
    expect(r.compare).to.not.equal(null);
    expect(r.test).to.not.equal(null);
  });

  it('puts every message in the error message too', () => {
    try {
      calculateFunnel({ steps: [{ count: 1 }] });
    } catch (e) {
      expect((e as Error).message).to.contain('at least 2 steps');
      expect((e as Error).name).to.equal('FunnelError');
    }
  });

  it('lets a count exceed the one before by float noise only', () => {
    // 100 × 0.29 is 28.999999999999996 in floating point; a count of 29 after it is fine.
    const r = calculateFunnel({ steps: [{ count: 100 }, { rate: 0.29 }, { count: 29 }] });
    expect(r.steps[2].rate).to.equal(1);
    expect(issuesOf({ steps: [{ count: 100 }, { rate: 0.29 }, { count: 29.001 }] })[0].code).to.equal(
      'count-above-previous',
    );
  });
});
