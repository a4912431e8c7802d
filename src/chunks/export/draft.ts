/**
 * The funnel as data for elsewhere: the reader's draft of it (`editable`), encoded for a share link, a stored
 * copy and our CSV's last row; and in the child script's shape, for `sales-funnel-change`. Pure.
 */
import { MAX_STEPS, MIN_STEPS } from '../../core/validate.js';
import type { TestArm } from '../../core/types.js';
import type { Settings } from '../../config/settings.js';
import type { Model } from '../../view/model.js';

export interface Draft {
  /** Each step as typed: its label, a count ("1.000") or a rate ("35%"), and the period before's figure. */
  steps: { label: string; value: string; previous?: string }[];
  dealValue: string;
  /** "" for none. */
  period: string;
  /** The sliders, percent. */
  improvements: number[];
  /** Two periods compared (the steps' `previous`): the names of the period before and of this one ("" for the default). */
  compare?: [string, string];
  /** A test's result: its step's number from 1, A's and B's "conversions/entrants", B's planned share in percent ("" for 50). */
  test?: DraftTest;
}

export interface DraftTest {
  step: string;
  a: string;
  b: string;
  split: string;
}

/** The most a shared or stored funnel may take, in characters: 100 steps with long labels fit easily. */
const MOST = 20000;

/** The author's funnel as a draft: the form starts from what the reader sees. */
export function draftOf(s: Settings, improvements: number[]): Draft {
  const n = new Intl.NumberFormat(s.locale, { maximumFractionDigits: 6 }).format;
  const figure = (count?: number, rate?: number) =>
    count !== undefined ? n(count) : rate !== undefined ? n(rate * 100) + '%' : '';
  const { steps, test } = s.input;
  const arm = (x: TestArm) => `${n(x.conversions)}/${n(x.entrants)}`;
  const comparing = steps.some((st) => st.previous !== undefined || st.previousRate !== undefined);
  return {
    steps: steps.map((st, i) => ({
      label: st.label ?? `${i + 1}`,
      value: figure(st.count, st.rate),
      ...(comparing && { previous: figure(st.previous, st.previousRate) }),
    })),
    dealValue: s.input.dealValue === undefined ? '' : n(s.input.dealValue),
    period: s.period ?? '',
    improvements: [...improvements],
    ...(comparing && { compare: [s.previousName ?? '', s.currentName ?? ''] }),
    ...(test && {
      test: {
        step: String(test.step + 1),
        a: arm(test.a),
        b: arm(test.b),
        split: test.split === undefined ? '' : n(test.split * 100),
      },
    }),
  };
}

const base64 = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const unbase64 = (text: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

/**
 * A draft as a fragment's value: JSON, base64url. `[steps, dealValue, period, improvements]`, each step
 * `[label, value]`; where periods are compared each step gains its previous figure and a fifth item holds
 * `{ compare: [names], test: [step, a, b, split] }` (links made before either existed read as they did).
 */
export function encode(d: Draft) {
  const extra = {
    ...(d.compare && { compare: d.compare }),
    ...(d.test && { test: [d.test.step, d.test.a, d.test.b, d.test.split] }),
  };
  const steps = d.steps.map((s) => (d.compare ? [s.label, s.value, s.previous ?? ''] : [s.label, s.value]));
  return base64(
    JSON.stringify([steps, d.dealValue, d.period, d.improvements, ...(Object.keys(extra).length ? [extra] : [])]),
  );
}

const texts = (x: unknown, n: number[]): x is string[] =>
  Array.isArray(x) && n.includes(x.length) && x.every((y) => typeof y == 'string');

/** A fragment's or storage's value back to a draft; null where it is not one (broken, too long, the wrong shape). */
export function decode(text: string | null): Draft | null {
  if (!text || text.length > MOST) return null;
  try {
    const [steps, dealValue, period, improvements, extra = {}] = JSON.parse(unbase64(text));
    const { compare, test } = extra ?? {};
    const ok =
      Array.isArray(steps) &&
      steps.length >= MIN_STEPS &&
      steps.length <= MAX_STEPS &&
      steps.every((s) => texts(s, [2, 3])) &&
      typeof dealValue == 'string' &&
      typeof period == 'string' &&
      Array.isArray(improvements) &&
      improvements.every((x) => typeof x == 'number' && Number.isFinite(x)) &&
      typeof extra == 'object' &&
      (compare === undefined || texts(compare, [2])) &&
      (test === undefined || texts(test, [4]));
    if (!ok) return null;
    return {
      steps: steps.map(([label, value, previous]: string[]) => ({
        label,
        value,
        ...(previous !== undefined && { previous }),
      })),
      dealValue,
      period,
      improvements,
      ...(compare && { compare }),
      ...(test && { test: { step: test[0], a: test[1], b: test[2], split: test[3] } }),
    };
  } catch {
    return null;
  }
}

/**
 * The reader's funnel in the child script's shape (percent), at the current sliders: with the period before's
 * figure on each step (a count, or a rate as "35%") and its names, and a test's result at its step's label.
 */
export function configOf({ settings: s, sliders: u }: Pick<Model, 'settings' | 'sliders'>) {
  const { test } = s.input;
  return {
    steps: s.input.steps.map((st, i) => ({
      label: st.label,
      ...(st.count !== undefined ? { count: st.count } : { rate: st.rate! * 100 }),
      improvement: u[i],
      ...(st.previous !== undefined
        ? { previous: st.previous }
        : st.previousRate !== undefined
          ? { previous: `${+(st.previousRate * 100).toPrecision(12)}%` }
          : {}),
    })),
    ...(s.previousName && { previousName: s.previousName }),
    ...(s.currentName && { currentName: s.currentName }),
    ...(test && { test: { step: s.input.steps[test.step].label ?? test.step + 1, a: test.a, b: test.b } }),
    ...(test?.split !== undefined && { testSplit: test.split * 100 }),
    ...(s.input.dealValue === undefined ? {} : { dealValue: s.input.dealValue }),
    currency: s.currency,
    ...(s.period ? { period: s.period } : {}),
    mode: s.mode,
    ...(s.input.target === undefined ? {} : { target: s.input.target }),
  };
}
