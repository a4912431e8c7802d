/**
 * The shape of a config written as JSON or passed as an object: an object of known fields only, and each step
 * one of `label`, `count`, `rate`, `improvement`, so a typo ("dealvalue") is an error rather than nothing. The
 * values are checked by the parser, where the number syntax reads them anyway.
 *
 * The only module that imports zod. Loaded on first use (a funnel configured by attributes alone never pays for
 * it): `parse.ts` asks for it when a source is JSON or an object.
 */
import * as z from 'zod/mini';
import { FIELDS } from './config.js';

// zod 4 otherwise probes `new Function`, a violation under a strict CSP. Must run before any schema is made.
z.config({ jitless: true });

const shape = (keys: string[]) => z.partialRecord(z.enum(keys as [string, ...string[]]), z.unknown());
const schemas = { config: shape(FIELDS), step: shape(['label', 'count', 'rate', 'improvement']) };

/** One problem with a shape: where it is (a path into the data), the unknown keys, or the value that is not an object. */
export interface ShapeProblem {
  path: PropertyKey[];
  keys?: string[];
  input: unknown;
}

/** The problems with `data` as a whole config or as one step; none when it has the right shape. */
export function checkShape(data: unknown, kind: 'config' | 'step'): ShapeProblem[] {
  const r = schemas[kind].safeParse(data, { reportInput: true });
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path, keys: (i as { keys?: string[] }).keys, input: i.input }));
}

export type CheckShape = typeof checkShape;
