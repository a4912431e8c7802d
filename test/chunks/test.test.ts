import { expect } from 'chai';
import { resolve, type Sources } from '../../src/config/resolve.js';
import { testView, withTest } from '../../src/chunks/test/view.js';
import { view } from '../../src/view/model.js';
import { describe as describeIssue } from '../../src/chunks/messages.js';
import { formats } from '../../src/view/format.js';
import { ARTICLE, ARTIKEL, modelOf } from '../model.js';
import { readers } from '../readers.js';

const plain = (x: string) => x.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
const said = (attributes: Record<string, string>) => {
  const m = modelOf(attributes);
  return JSON.parse(plain(JSON.stringify(testView(m, m.result.test!)))) as ReturnType<typeof testView>;
};
const artikel = { steps: ARTIKEL, dealValue: '2.500', period: 'quarter', lang: 'nl' };

describe('a test’s result: every way to give it', () => {
  const testOf = (sources: Partial<Sources>, attributes: Sources['attributes'] = {}) => {
    const { settings, issues } = resolve({ attributes, ...sources }, readers);
    return { test: settings?.input.test, issues: issues.map((i) => [i.code, i.field, i.step]) };
  };

  it('the attribute: the step by its label, conversions/entrants of A then of B, Dutch numbers; the planned split', () => {
    expect(testOf({}, { steps: ARTIKEL, test: 'voorstel besproken: 30/60; 41/62' }).test).to.deep.equal({
      step: 4,
      a: { conversions: 30, entrants: 60 },
      b: { conversions: 41, entrants: 62 },
    });
    expect(
      testOf({}, { steps: 'A: 10.000; B: 4.000', test: 'B: 1.200/2.000; 1.300/2.000', testSplit: '40' }).test,
    ).to.deep.equal({
      step: 1,
      a: { conversions: 1200, entrants: 2000 },
      b: { conversions: 1300, entrants: 2000 },
      split: 0.4,
    });
  });

  it('JSON and the config property: the same text, or an object with the step by label or number', () => {
    expect(
      testOf({ script: JSON.stringify({ steps: 'A: 1000; B: 400', test: 'B: 30/60; 41/62' }) }).test?.step,
    ).to.equal(1);
    expect(
      testOf({
        config: { steps: 'A: 1000; B: 400; C: 100', test: { step: 3, a: { conversions: 3, entrants: 60 }, b: '5/62' } },
      }).test,
    ).to.deep.equal({ step: 2, a: { conversions: 3, entrants: 60 }, b: { conversions: 5, entrants: 62 } });
  });

  it('the text form names a step by its number where no label is that number (a label with a “;” cannot be written)', () => {
    expect(testOf({}, { steps: 'A: 1000; B: 400; C: 100', test: '3: 3/60; 5/62' }).test?.step).to.equal(2);
    // A label that is a number is that step, before any step's number.
    expect(testOf({}, { steps: '1: 1000; 3: 400; 2: 100', test: '2: 3/60; 5/62' }).test?.step).to.equal(2);
    expect(testOf({}, { steps: 'A: 1000; B: 400', test: '7: 3/60; 5/62' }).issues[0]).to.deep.equal([
      'test-label',
      'test',
      null,
    ]);
  });

  it('says what is wrong and where: the form, a step that is not there, the leads, more conversions than entrants, a split outside (0, 100)', () => {
    expect(testOf({}, { steps: 'A: 1000; B: 400', test: 'B: 30 of 60' }).issues).to.deep.equal([
      ['test-format', 'test', null],
    ]);
    expect(testOf({}, { steps: 'A: 1000; B: 400', test: 'C: 30/60; 41/62' }).issues).to.deep.equal([
      ['test-label', 'test', null],
    ]);
    expect(testOf({}, { steps: 'A: 1000; B: 400', test: 'A: 30/60; 41/62' }).issues).to.deep.equal([
      ['test-step-invalid', 'test', null],
    ]);
    expect(testOf({}, { steps: 'A: 1000; B: 400', test: 'B: 70/60; 41/62' }).issues).to.deep.equal([
      ['test-conversions-above-entrants', 'test', 1],
    ]);
    expect(testOf({}, { steps: 'A: 1000; B: 400', test: 'B: 30/60; 41/62', testSplit: '100' }).issues).to.deep.equal([
      ['test-split-invalid', 'testSplit', 1],
    ]);
    const { issues } = resolve(
      { attributes: { steps: 'A: 1000; B: 400', test: 'C: 30/60; 41/62', lang: 'nl' } },
      readers,
    );
    expect(describeIssue(issues[0], 'nl', formats('nl-NL', 'EUR'))).to.equal(
      'Attribuut test: “C” is geen van de stappen (A, B).',
    );
  });
});

describe('a test’s result: what it says', () => {
  it('a clear winner: the rates, "B wint" with its chance, the lift with its interval, what B is worth a quarter and a year with its 80 % range', () => {
    const x = said({ ...artikel, test: 'Voorstel besproken: 300/600; 335/600' });
    expect(x.verdict).to.match(/^B wint \(9\d,\d% kans\)$/);
    expect(x.title).to.equal('Test bij Voorstel besproken');
    expect(x.lines[0]).to.equal('A: 300 van 600 (50%). B: 335 van 600 (55,8%).');
    expect(x.lines[1]).to.match(
      /^B converteert \+11,7% ten opzichte van A, waarschijnlijk \(95%\) tussen \+[\d,]+% en \+[\d,]+%\.$/,
    );
    expect(x.lines[2]).to.match(
      /^Met B: \+€ [\d.]+ per kwartaal \(\+€ [\d.]+ per jaar\), in 8 van de 10 gevallen tussen \+€ [\d.]+ en \+€ [\d.]+\.$/,
    );
    expect(x.apply).to.deep.equal({ text: 'Zet de schuif van Voorstel besproken op B: +12%', step: 4, value: 12 });
    // Never "100 %": a chance above 99.9 % is said as such.
    expect(said({ ...artikel, test: 'Voorstel besproken: 300/600; 400/600' }).verdict).to.equal(
      'B wint (> 99,9% kans)',
    );
  });

  it('no winner where the data are too few (Optimizely’s 100 people and 25 conversions), or where the split went wrong, which it says first', () => {
    const few = said({ steps: ARTICLE, lang: 'en', test: 'Proposal discussed: 30/60; 41/62' });
    expect(few.verdict).to.equal('too little data to decide');
    expect(few.lines).to.include('A winner needs at least 100 people and 25 conversions in each version.');
    const skewed = said({ steps: ARTICLE, lang: 'en', test: 'Proposal discussed: 300/1000; 500/1300' });
    expect(skewed.verdict).to.equal('the split went wrong');
    expect(skewed.lines[0]).to.match(
      /^Check the split first: A got 1,000 people and B 1,300, where 50% was planned for B/,
    );
    const planned = said({
      steps: ARTICLE,
      lang: 'en',
      test: 'Proposal discussed: 300/1000; 500/1300',
      testSplit: '56.5',
    });
    expect(planned.verdict).to.match(/^B wins/);
  });

  it('no winner yet between 5 % and 95 %; "A wins" at 5 % or less', () => {
    expect(said({ steps: ARTICLE, lang: 'en', test: 'Proposal discussed: 300/600; 310/600' }).verdict).to.match(
      /^no winner yet \(\d\d(\.\d)?% chance B is better\)$/,
    );
    expect(said({ steps: ARTICLE, lang: 'en', test: 'Proposal discussed: 320/600; 290/600' }).verdict).to.match(
      /^A wins \(9\d(\.\d)?% chance\)$/,
    );
  });

  it('warns against reading early where each version has fewer people than the planner needs for the lift planned on the step', () => {
    const x = said({
      steps: ARTICLE,
      lang: 'en',
      improvements: '0; 0; 0; 0; 20',
      test: 'Proposal discussed: 100/200; 130/205',
    });
    expect(x.lines.at(-1)).to.match(
      /^Read before its end\? Each version needs [\d,]+ people to find the \+20% planned on this step/,
    );
    expect(
      said({ steps: ARTICLE, lang: 'en', test: 'Proposal discussed: 300/600; 380/610' }).lines.some((l) =>
        l.startsWith('Read before'),
      ),
    ).to.equal(false);
  });

  it('says the verdict in the details’ summary line', () => {
    const m = modelOf({ ...artikel, test: 'Voorstel besproken: 300/600; 380/610' });
    const v = withTest(view(m), testView(m, m.result.test!));
    expect(plain(v.insights.lead!)).to.match(/^Test: B wint/);
  });
});
