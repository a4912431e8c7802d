/** Inputs a hostile or careless page gives the element, as fast-check arbitraries. */
import fc from 'fast-check';

export const ATTRIBUTES: Record<string, string> = {
  steps: 'Leads: 1.000; MQL: 40% +10%; Sales: 20',
  'deal-value': '2.500',
  currency: 'EUR',
  lang: 'nl',
  locale: 'en-GB',
  period: 'quarter',
  mode: 'points',
  improvements: '0; 10; 5',
  'min-improvement': '-10',
  'max-improvement': '200',
  target: '75.000',
  heading: 'Q3',
  readonly: '',
  theme: 'dark',
  'no-export': '',
};

/** Numbers and words that have broken number handling elsewhere. */
export const TRICKY = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e308',
  '1e-300',
  '0x10',
  '١٠٠',
  'null',
  'undefined',
  '',
  ' ',
  '%',
  '+',
  '1.000.000,5',
  '9'.repeat(400),
];

/** A valid value, then a few characters inserted, deleted or replaced: what retyping and pasting do. */
export const mutated = (valid: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom('insert', 'delete', 'replace'),
        text: fc.oneof(
          fc.string({ minLength: 1, maxLength: 3 }),
          fc.constantFrom(';', ':', '%', '+', '-', '.', ',', '[', '{', '"', ' ', '\n', '0', '9', '\u202e'),
        ),
      }),
      { maxLength: 6 },
    )
    .map((edits) =>
      edits.reduce((s, { at, op, text }) => {
        const i = at % (s.length + 1);
        return op == 'insert'
          ? s.slice(0, i) + text + s.slice(i)
          : op == 'delete'
            ? s.slice(0, i) + s.slice(i + 1)
            : s.slice(0, i) + text + s.slice(i + 1);
      }, valid),
    );

export const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...TRICKY),
);

/** The steps and some other attributes, each most often as it should be, else mutated, random text or random JSON. */
export const attributes = fc
  .subarray(Object.keys(ATTRIBUTES).filter((name) => name != 'steps'))
  .chain((names) =>
    fc
      .tuple(
        ...['steps', ...names].map((name) =>
          fc.oneof(
            { arbitrary: fc.constant(ATTRIBUTES[name]), weight: 24 },
            { arbitrary: mutated(ATTRIBUTES[name]), weight: 3 },
            { arbitrary: anyText, weight: 1 },
            { arbitrary: fc.json(), weight: 1 },
          ),
        ),
      )
      .map((values) => Object.fromEntries(['steps', ...names].map((n, i) => [n, values[i]]))),
  );

/** The nasty configs, made fresh when used: fast-check itself cannot hold a revoked Proxy. */
export const NASTY: Record<string, () => unknown> = {
  cyclic: () => {
    const c: Record<string, unknown> = { steps: 'A: 10; B: 5' };
    c.self = c;
    c.steps = [c];
    return c;
  },
  'throwing getter': () =>
    Object.defineProperty({}, 'steps', {
      enumerable: true,
      get: () => {
        throw new Error('hostile getter');
      },
    }),
  'throwing proxy': () =>
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('hostile proxy');
        },
        get: () => {
          throw new Error('hostile proxy');
        },
      },
    ),
  'revoked proxy': () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
};

/** A `config` a script could set: anything, nasty ones (by name, see NASTY), and near-valid ones. */
export const config = fc.oneof(
  fc.constant({
    steps: [
      { label: 'Leads', count: 1000 },
      { label: 'MQL', rate: 35, improvement: 10 },
      { label: 'Sales', count: '20' },
    ],
    dealValue: '2.500',
    target: 50000,
  }),
  fc.anything(),
  fc.constantFrom(null, [], 0, '', true),
  fc.constantFrom(...Object.keys(NASTY)).map((name) => ({ nasty: name })),
  fc.record(
    {
      steps: fc.oneof(
        mutated(ATTRIBUTES.steps),
        fc.array(
          fc.dictionary(
            fc.constantFrom('label', 'count', 'rate', 'improvement', 'x'),
            fc.oneof(anyText, fc.double(), fc.anything()),
          ),
          { maxLength: 5 },
        ),
      ),
      dealValue: fc.oneof(fc.double(), anyText),
    },
    { requiredKeys: [] },
  ),
);

/** The child JSON script's text: valid, mutated, random JSON, random text. */
const validScript = JSON.stringify({ steps: ATTRIBUTES.steps, dealValue: 2500, period: 'quarter' });
export const script = fc.oneof(
  { arbitrary: fc.constant(validScript), weight: 3 },
  { arbitrary: mutated(validScript), weight: 4 },
  { arbitrary: fc.json(), weight: 2 },
  { arbitrary: anyText, weight: 1 },
);

/** A child table's rows of cells: label and count as a page would have them, or not. */
export const table = fc.array(
  fc.oneof(
    {
      arbitrary: fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('1.000', '400', '40 %', '20', '5%')),
      weight: 4,
    },
    { arbitrary: fc.array(fc.oneof(anyText, mutated('1.000'), mutated('40 %')), { maxLength: 3 }), weight: 1 },
  ),
  { maxLength: 8 },
);
