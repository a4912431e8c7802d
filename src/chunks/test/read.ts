/**
 * A test's result, read and checked: `test` as text (`Voorstel besproken: 30/60; 41/62`: the step's label, then
 * conversions/entrants of A, then of B, in the number syntax) or, from JSON, an object (`{ "step": "Voorstel
 * besproken", "a": { "conversions": 30, "entrants": 60 }, "b": … }`, the step by its label or its number from 1),
 * and the core's checks of it. The parser (config/resolve.ts) asks for this reader where a source gives a test; a
 * funnel without one never loads it.
 */
import { checkTest } from '../../core/ab-test.js';
import type { StepInput, TestArm, TestInput } from '../../core/types.js';
import { parseAmount } from '../../config/numbers.js';
import type { TestReader } from '../../config/resolve.js';
import type { ConfigIssue, Where } from '../../config/settings.js';

/** "30/60" → 30 conversions of 60 entrants (the core checks that they are whole people, and in order). */
function arm(text: string): TestArm | undefined {
  const parts = text.split('/');
  if (parts.length != 2) return undefined;
  const [conversions, entrants] = parts.map((x) => parseAmount(x).value);
  return Number.isFinite(conversions) && Number.isFinite(entrants) ? { conversions, entrants } : undefined;
}

/**
 * The step a test names: by its label (in any case), or by its number from 1 as the funnel shows it (a number, or
 * text that is one and no step's label: a label that holds a `;` cannot be written in the text form).
 */
function stepOf(name: unknown, steps: StepInput[]): number {
  if (typeof name == 'number') return Number.isInteger(name) && name >= 1 && name <= steps.length ? name - 1 : -1;
  const wanted = String(name ?? '')
    .trim()
    .toLowerCase();
  const found = steps.findIndex((st) => (st.label ?? '').trim().toLowerCase() == wanted);
  return found < 0 && /^\d+$/.test(wanted) ? stepOf(Number(wanted), steps) : found;
}

function read(given: unknown, where: Where, steps: StepInput[], issues: ConfigIssue[]): TestInput | undefined {
  const bad = (code: string, value: unknown, extra?: string) =>
    void issues.push({ code, where, field: 'test', step: null, value, extra });
  let name: unknown;
  let a: TestArm | undefined;
  let b: TestArm | undefined;
  if (typeof given == 'string') {
    const [first = '', second = '', ...rest] = given.split(/[;\n]/).filter((x) => x.trim());
    const colon = first.lastIndexOf(':');
    name = first.slice(0, Math.max(0, colon));
    a = colon < 0 ? undefined : arm(first.slice(colon + 1));
    b = arm(second);
    if (!a || !b || rest.length) return bad('test-format', given);
  } else if (given && typeof given == 'object') {
    const o = given as Record<string, unknown>;
    const armOf = (x: unknown) =>
      x && typeof x == 'object' ? (x as TestArm) : typeof x == 'string' ? arm(x) : undefined;
    [name, a, b] = [o.step, armOf(o.a), armOf(o.b)];
    // The version that cannot be read is what is said ("300/" rather than the whole object).
    if (!a || !b) return bad('test-format', !a ? (o.a ?? given) : (o.b ?? given));
  } else return bad('test-format', given);
  const step = stepOf(name, steps);
  if (step < 0) return bad('test-label', name, steps.map((st) => st.label).join(', '));
  // Step 0, the leads, has no conversion to test: the core says so.
  return {
    step,
    a: { conversions: a.conversions, entrants: a.entrants },
    b: { conversions: b.conversions, entrants: b.entrants },
  };
}

export const testReader: TestReader = { read, check: checkTest };
