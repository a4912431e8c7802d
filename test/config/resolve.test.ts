import { expect } from 'chai';
import fc from 'fast-check';
import '../seed.js';
import { calculateFunnel } from '../../src/core/index.js';
import { readers } from '../readers.js';
import { resolve as read, type Sources } from '../../src/config/resolve.js';
import type { ConfigIssue } from '../../src/config/settings.js';

/** Reads the sources with the JSON reader loaded, as the element does once it needs it. */
const resolve = (sources: Sources) => read(sources, readers);

const ok = (sources: Sources) => {
  const r = resolve(sources);
  expect(r.issues, JSON.stringify(r.issues)).to.deep.equal([]);
  return r.settings!;
};
const steps = (s: ReturnType<typeof ok>) =>
  s.input.steps.map(({ label, count, rate }) => [label, count ?? `${rate! * 100}%`]);

describe('resolve: reading each source', () => {
  it('reads the SPEC’s attributes-only example', () => {
    const s = ok({
      attributes: {
        lang: 'nl',
        currency: 'EUR',
        dealValue: '2.500',
        period: 'quarter',
        steps: 'Leads: 1.000; Gekwalificeerd: 400; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20',
      },
    });
    expect(steps(s)).to.deep.equal([
      ['Leads', 1000],
      ['Gekwalificeerd', 400],
      ['Voorstel gedaan', 120],
      ['Voorstel besproken', 60],
      ['Aankoop', 20],
    ]);
    expect(s.input).to.include({ dealValue: 2500, periodsPerYear: 4, mode: 'relative' });
    expect(s).to.include({
      lang: 'nl',
      locale: 'nl-NL',
      currency: 'EUR',
      period: 'quarter',
      readonly: false,
      theme: 'auto',
    });
    expect(s.start).to.deep.equal([0, 0, 0, 0, 0]);
  });

  it('reads rates and improvements in the compact syntax, split at the last colon, on ; or new lines', () => {
    const s = ok({ attributes: { steps: 'Leads: 1000 +5%\nStage 2: demo: 35% +10%;\n Sales: 20 -5 %;' } });
    expect(s.input.steps).to.deep.equal([
      { label: 'Leads', count: 1000, improvement: 0.05 },
      { label: 'Stage 2: demo', rate: 0.35, improvement: 0.1 },
      { label: 'Sales', count: 20, improvement: -0.05 },
    ]);
    expect(s.start).to.deep.equal([5, 10, -5]);
  });

  it('reads steps as JSON in the attribute, rates and improvements in percent, numbers as text too', () => {
    const s = ok({
      attributes: {
        steps:
          '[{"label":"Leads","count":"1.000"},{"label":"MQL","rate":35,"improvement":10},{"label":"SQL","count":"40%"}]',
      },
    });
    expect(s.input.steps).to.deep.equal([
      { label: 'Leads', count: 1000, improvement: 0 },
      { label: 'MQL', rate: 0.35, improvement: 0.1 },
      { label: 'SQL', rate: 0.4, improvement: 0 },
    ]);
  });

  it('reads the whole config from the child JSON script', () => {
    const s = ok({
      attributes: {},
      script: JSON.stringify({
        steps: [
          { label: 'A', count: 100 },
          { label: 'B', count: 10 },
        ],
        dealValue: '1.250,50',
        mode: 'points',
        improvements: [0, 5],
        readonly: true,
        theme: 'dark',
        heading: 'Q3',
        target: 20000,
        currency: 'usd',
        locale: 'en-US',
      }),
    });
    expect(s.input).to.include({ dealValue: 1250.5, mode: 'points', target: 20000 });
    expect(s).to.include({ readonly: true, theme: 'dark', heading: 'Q3', currency: 'USD', locale: 'en-US' });
    expect(s.start).to.deep.equal([0, 5]);
    expect(s.max).to.deep.equal([50, 50]); // points: 0 to 50 by default
  });

  it('reads a child table of three periods as the last two: the right-most this period, the one left of it the period before', () => {
    const { settings } = resolve({
      attributes: {},
      table: {
        head: ['Stap', 'K1', 'K2', 'K3'],
        rows: [
          ['Leads', '800', '900', '1000'],
          ['Klanten', '16', '18', '20'],
        ],
      },
    });
    expect(settings!.input.steps.map((s) => [s.previous, s.count])).to.deep.equal([
      [900, 1000],
      [18, 20],
    ]);
    expect([settings!.previousName, settings!.currentName]).to.deep.equal(['K2', 'K3']);
  });

  it('reads the child table', () => {
    const s = ok({
      attributes: {},
      table: {
        rows: [
          ['Leads', '1.000'],
          ['Qualified', '40 %'],
          ['Customers', '20'],
        ],
      },
    });
    expect(steps(s)).to.deep.equal([
      ['Leads', 1000],
      ['Qualified', '40%'],
      ['Customers', 20],
    ]);
  });

  it('takes the config, steps and improvements properties', () => {
    const s = ok({
      attributes: {},
      config: { dealValue: 10 },
      steps: [
        { label: 'A', count: 10 },
        { label: 'B', count: 5 },
      ],
      improvements: [0, 20],
    });
    expect(s.input.dealValue).to.equal(10);
    expect(s.start).to.deep.equal([0, 20]);
  });
});

describe('resolve: precedence, field by field', () => {
  const table = {
    rows: [
      ['T1', '100'],
      ['T2', '50'],
    ],
  };
  const script = JSON.stringify({
    steps: 'S1: 200; S2: 100',
    dealValue: 3,
    heading: 'from the script',
    currency: 'GBP',
  });
  const attributes = { steps: 'A1: 300; A2: 150', dealValue: '2', heading: 'from the attribute' };

  it('property beats attribute beats script beats table', () => {
    const s = ok({ attributes, script, table, config: { heading: 'from the property' } });
    expect(s.heading).to.equal('from the property');
    expect(steps(s)[0]).to.deep.equal(['A1', 300]);
    expect(s.input.dealValue).to.equal(2);
    expect(s.currency).to.equal('GBP'); // only the script sets it
  });

  it('a table of steps with a deal-value attribute is a normal use', () => {
    const s = ok({ attributes: { dealValue: '99' }, table });
    expect(steps(s)).to.deep.equal([
      ['T1', 100],
      ['T2', 50],
    ]);
    expect(s.input.dealValue).to.equal(99);
  });

  it('the steps property beats the config property’s steps', () => {
    const s = ok({ attributes: {}, config: { steps: 'C1: 10; C2: 5' }, steps: 'P1: 8; P2: 4' });
    expect(steps(s)[0]).to.deep.equal(['P1', 8]);
  });

  it('improvements beat the steps’ own improvements; fewer of them leave the rest at the step’s', () => {
    const s = ok({ attributes: { steps: 'A: 100 +5%; B: 50 +6%; C: 20 +7%', improvements: '10; 20' } });
    expect(s.start).to.deep.equal([10, 20, 7]);
  });

  it('an empty attribute counts as not set', () => {
    const s = ok({ attributes: { steps: 'A: 100; B: 50', dealValue: '' }, script: '{"dealValue": 5}' });
    expect(s.input.dealValue).to.equal(5);
  });
});

describe('resolve: language, locale, ranges', () => {
  const base = { steps: 'A: 100; B: 50' };
  const cases: [Partial<Sources>, Sources['attributes'], string, string][] = [
    [{}, {}, 'en', 'en'],
    [{ inheritedLang: 'nl' }, {}, 'nl', 'nl-NL'],
    [{ inheritedLang: 'nl-BE' }, {}, 'nl', 'nl-BE'],
    [{ inheritedLang: 'en-GB' }, {}, 'en', 'en-GB'],
    [{ inheritedLang: 'de' }, {}, 'en', 'en'], // neither Dutch nor English: English
    [{ inheritedLang: 'nl' }, { lang: 'en' }, 'en', 'en'], // its own lang first
    [{}, { lang: 'nl', locale: 'de-DE' }, 'nl', 'de-DE'],
    [{}, { lang: 'NL_nl' }, 'nl', 'nl-NL'], // not a valid tag: the language's locale
    [{ inheritedLang: 'en' }, { locale: 'nl-BE' }, 'nl', 'nl-BE'], // no lang: the locale's language
    [{ inheritedLang: 'nl' }, { locale: 'de-DE' }, 'nl', 'de-DE'], // a locale of another language: the page's
  ];
  for (const [extra, a, lang, locale] of cases)
    it(`lang ${JSON.stringify({ ...extra, ...a })} → ${lang}, ${locale}`, () => {
      expect(ok({ attributes: { ...base, ...a }, ...extra })).to.include({ lang, locale });
    });

  it('widens each slider’s range to hold its start value', () => {
    const s = ok({ attributes: { steps: 'A: 100 -10%; B: 50 +150%', minImprovement: '-5', maxImprovement: '50%' } });
    expect(s.min).to.deep.equal([-10, -5]);
    expect(s.max).to.deep.equal([50, 150]);
  });
});

type Expect = Partial<ConfigIssue>;
const bad: [string, Sources, Expect][] = [
  [
    'a word where a number belongs',
    { attributes: { steps: 'Leads: 1000; MQL: abc' } },
    { code: 'number', where: 'attribute', field: 'steps', step: 1, value: 'abc' },
  ],
  [
    'an item without a colon',
    { attributes: { steps: 'Leads: 1000; MQL 400' } },
    { code: 'no-colon', field: 'steps', step: 1, value: 'MQL 400' },
  ],
  [
    'broken JSON in the steps attribute',
    { attributes: { steps: '[{"label": "A", count: 1}]' } },
    { code: 'json', where: 'attribute', field: 'steps' },
  ],
  ['broken JSON in the script', { attributes: {}, script: '{"steps": ' }, { code: 'json', where: 'script' }],
  [
    'an unknown field in the script',
    { attributes: { steps: 'A: 1; B: 1' }, script: '{"dealvalue": 5}' },
    { code: 'unknown-key', where: 'script', value: 'dealvalue' },
  ],
  [
    'a wrong type in JSON',
    { attributes: {}, script: '{"steps": [{"label": 5, "count": 1}, {"count": 1}]}' },
    { code: 'type', where: 'script', field: 'steps', step: 0, value: 5 },
  ],
  [
    'a word in a JSON step',
    { attributes: { steps: '[{"count": 10}, {"count": "ten"}]' } },
    { code: 'number', field: 'steps', step: 1, value: 'ten' },
  ],
  [
    'one step only',
    { attributes: { steps: 'Leads: 1000' } },
    { code: 'steps-too-few', field: 'steps', step: null, value: 1 },
  ],
  [
    'a step larger than the one before',
    { attributes: { steps: 'Leads: 1000; Qualified: 120; Proposal: 150' } },
    { code: 'count-above-previous', field: 'steps', step: 2, label: 'Proposal', value: 150, extra: 120 },
  ],
  ['a rate as the first step', { attributes: { steps: 'Leads: 40%; B: 10' } }, { code: 'count-missing', step: 0 }],
  [
    'a rate above 100 %',
    { attributes: { steps: 'Leads: 100; B: 140%' } },
    { code: 'rate-invalid', step: 1, value: 1.4 },
  ],
  [
    'a negative deal value',
    { attributes: { steps: 'A: 100; B: 50', dealValue: '-5' } },
    { code: 'deal-value-invalid', field: 'dealValue', where: 'attribute', value: -5 },
  ],
  [
    'a word as deal value',
    { attributes: { steps: 'A: 100; B: 50', dealValue: 'lots' } },
    { code: 'number', field: 'dealValue', value: 'lots' },
  ],
  [
    'a start improvement below −100 %',
    { attributes: { steps: 'A: 100; B: 50', improvements: '0; -150', minImprovement: '-100' } },
    { code: 'improvement-invalid', field: 'improvements', step: 1 },
  ],
  [
    'more improvements than steps',
    { attributes: { steps: 'A: 100; B: 50', improvements: '1; 2; 3' } },
    { code: 'too-many', field: 'improvements', value: 3, extra: 2 },
  ],
  [
    'an unknown mode',
    { attributes: { steps: 'A: 100; B: 50', mode: 'percent' } },
    { code: 'enum', field: 'mode', value: 'percent', extra: 'relative, points' },
  ],
  [
    'an unknown period',
    { attributes: { steps: 'A: 100; B: 50', period: 'kwartaal' } },
    { code: 'enum', field: 'period' },
  ],
  ['an unknown theme', { attributes: { steps: 'A: 100; B: 50', theme: 'blue' } }, { code: 'enum', field: 'theme' }],
  [
    'a currency that is no code',
    { attributes: { steps: 'A: 100; B: 50', currency: 'EURO' } },
    { code: 'type', field: 'currency', value: 'EURO' },
  ],
  [
    'a locale that is no locale',
    { attributes: { steps: 'A: 100; B: 50', locale: 'nl_NL!' } },
    { code: 'type', field: 'locale', value: 'nl_NL!' },
  ],
  [
    'a minimum below −100 %',
    { attributes: { steps: 'A: 100; B: 50', minImprovement: '-150' } },
    { code: 'range', field: 'minImprovement' },
  ],
  [
    'a maximum not above the minimum',
    { attributes: { steps: 'A: 100; B: 50', minImprovement: '20', maxImprovement: '10' } },
    { code: 'range', field: 'maxImprovement' },
  ],
  ['no steps at all', { attributes: {} }, { code: 'no-steps', field: 'steps' }],
  [
    'a config that is no object',
    { attributes: {}, config: 5 },
    { code: 'type', where: 'property', field: 'config', value: 5 },
  ],
  [
    'a table row that is no number',
    {
      attributes: {},
      table: {
        rows: [
          ['A', '100'],
          ['B', 'many'],
        ],
      },
    },
    { code: 'number', where: 'table', step: 1, value: 'many' },
  ],
];

describe('resolve: what is wrong, and where', () => {
  for (const [name, sources, expected] of bad)
    it(`reports ${name}`, () => {
      const { settings, issues } = resolve(sources);
      expect(settings).to.equal(undefined);
      expect(issues[0], JSON.stringify(issues)).to.deep.include(expected);
    });

  it('survives a config whose getters throw', () => {
    const config = Object.defineProperty({}, 'steps', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const { issues } = resolve({ attributes: {}, config });
    expect(issues[0]).to.include({ where: 'property', field: 'config' });
  });

  it('survives a cyclic config and a revoked Proxy', () => {
    const cyclic: Record<string, unknown> = { steps: 'A: 1; B: 1' };
    cyclic.self = cyclic;
    expect(resolve({ attributes: {}, config: cyclic }).issues[0]).to.include({ code: 'unknown-key', value: 'self' });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(resolve({ attributes: {}, config: proxy }).issues.map((i) => [i.code, i.where, i.field])).to.deep.equal([
      ['type', 'property', 'config'],
    ]);
  });
});

describe('resolve: properties', () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('1.000', '40%', '+10%', 'A: 1; B: 1', '[', '{}', 'null'),
  );
  const attributes = fc.dictionary(
    fc.constantFrom(
      'steps',
      'dealValue',
      'currency',
      'lang',
      'locale',
      'period',
      'mode',
      'improvements',
      'minImprovement',
      'maxImprovement',
      'target',
      'heading',
      'readonly',
      'theme',
    ),
    anyText,
  );
  const sources = fc.record(
    {
      attributes,
      config: fc.anything(),
      steps: fc.oneof(fc.anything(), anyText),
      improvements: fc.anything(),
      script: fc.oneof(
        anyText,
        fc.json(),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
      table: fc.record({ rows: fc.array(fc.array(anyText, { maxLength: 3 }), { maxLength: 6 }) }),
      inheritedLang: anyText,
    },
    { requiredKeys: ['attributes'] },
  );

  it('never throws: it yields settings the core accepts, or a list of issues', () => {
    fc.assert(
      fc.property(sources, (src) => {
        const { settings, issues } = resolve(src);
        expect(!!settings).to.equal(issues.length == 0);
        if (settings) calculateFunnel(settings.input);
        for (const i of issues) expect(i.code).to.be.a('string');
      }),
      { numRuns: 1000 },
    );
  });

  it('yields a funnel for any well-formed compact steps', () => {
    const step = fc.record({
      label: fc.string().filter((l) => !/[:;\n]/.test(l)),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(step, { minLength: 1, maxLength: 20 }), (lead, rest) => {
        let n = lead;
        const text = [`Leads: ${lead}`, ...rest.map((s) => `${s.label}: ${(n = Math.floor(n * s.share))}`)].join('; ');
        const { settings, issues } = resolve({ attributes: { steps: text } });
        expect(issues).to.deep.equal([]);
        expect(settings!.input.steps.length).to.equal(rest.length + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolve: values of the wrong kind in JSON', () => {
  const cases: [string, object, Partial<ConfigIssue>][] = [
    ['an object as heading', { heading: { text: 'Q3' } }, { code: 'type', field: 'heading' }],
    ['a list as currency', { currency: ['EUR'] }, { code: 'type', field: 'currency' }],
    ['text as readonly', { readonly: 'yes' }, { code: 'type', field: 'readonly', value: 'yes' }],
    ['a number as noExport', { noExport: 1 }, { code: 'type', field: 'noExport' }],
  ];
  for (const [name, config, expected] of cases)
    it(`reports ${name}`, () => {
      const { issues } = resolve({ attributes: {}, script: JSON.stringify({ steps: 'A: 10; B: 5', ...config }) });
      expect(issues[0]).to.deep.include({ where: 'script', ...expected });
    });

  it('takes a number where text is expected, as its text', () => {
    const { settings } = resolve({ attributes: {}, script: JSON.stringify({ steps: 'A: 10; B: 5', heading: 2026 }) });
    expect(settings!.heading).to.equal('2026');
  });
});
