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
  { name: 'one step only', input: { steps: [{ count: 1 }] }, code: 'steps-too-few', step: null, value: 1,
    message: 'A funnel needs at least 2 steps; it has 1.' },
  { name: '101 steps', input: { steps: Array.from({ length: 101 }, () => ({ count: 1 })) }, code: 'steps-too-many', step: null, value: 101 },
  { name: 'steps not a list', input: { steps: 'a' }, code: 'steps-not-list', step: null, value: 'a' },
  { name: 'no input at all', input: null, code: 'steps-not-list', step: null, value: undefined },
  { name: 'a count above the step before (the SPEC example)',
    input: { steps: [{ count: 1000 }, { label: 'Qualified', count: 120 }, { label: 'Proposal', count: 150 }] },
    code: 'count-above-previous', step: 2, value: 150,
    message: "Step 3 'Proposal' has 150, more than the 120 of step 2 'Qualified'." },
  { name: 'a negative count', input: two({ count: -1 }), code: 'count-invalid', step: 1, value: -1,
    message: "Step 2 'Step 2' has -1: a count runs from 0 to 10^15." },
  { name: 'NaN', input: two({ count: NaN }), code: 'count-invalid', step: 1, value: NaN },
  { name: 'Infinity', input: two({ count: 1 }, { count: Infinity }), code: 'count-invalid', step: 0, value: Infinity },
  { name: 'beyond the limit', input: two({ count: 1 }, { count: 1e16 }), code: 'count-invalid', step: 0, value: 1e16 },
  { name: 'a string for a count', input: two({ count: '50' }), code: 'count-invalid', step: 1, value: '50' },
  { name: 'no leads', input: two({ count: 1 }, { rate: 0.5 }), code: 'count-missing', step: 0, value: undefined,
    message: "Step 1 'Step 1' has no count: the first step needs the number of leads." },
  { name: 'neither count nor rate', input: two({ label: 'MQL' }), code: 'count-missing', step: 1, value: undefined,
    message: "Step 2 'MQL' has no count or conversion rate." },
  { name: 'a null step', input: two(null as never), code: 'count-missing', step: 1, value: undefined },
  { name: 'a rate above 100 %', input: two({ rate: 1.5 }), code: 'rate-invalid', step: 1, value: 1.5,
    message: "Step 2 'Step 2' has a conversion of 150 %: it must be from 0 % to 100 %." },
  { name: 'a negative rate', input: two({ rate: -0.1 }), code: 'rate-invalid', step: 1, value: -0.1 },
  { name: 'an improvement below −100 %', input: two({ count: 5, improvement: -2 }), code: 'improvement-invalid', step: 1, value: -2,
    message: "Step 2 'Step 2' has an improvement of -200 %: it must be from −100 % to 1,000,000 %." },
  { name: 'an improvement above +1,000,000 %', input: two({ count: 5, improvement: 1e4 + 1 }), code: 'improvement-invalid', step: 1, value: 1e4 + 1 },
  { name: 'a negative deal value', input: { ...two({ count: 5 }), dealValue: -5 }, code: 'deal-value-invalid', step: null, value: -5,
    message: 'The deal value is -5: it runs from 0 to 10^15.' },
  { name: 'a target of 0', input: { ...two({ count: 5 }), target: 0 }, code: 'target-invalid', step: null, value: 0 },
  { name: 'periods per year of 0', input: { ...two({ count: 5 }), periodsPerYear: 0 }, code: 'periods-invalid', step: null, value: 0 },
  { name: 'an unknown mode', input: { ...two({ count: 5 }), mode: 'percent' }, code: 'mode-invalid', step: null, value: 'percent' },
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
    expect(issuesOf({ steps: [{ count: 100 }, { rate: 0.29 }, { count: 29.001 }] })[0].code).to.equal('count-above-previous');
  });
});
