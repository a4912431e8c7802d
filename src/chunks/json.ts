/**
 * The shape of a config written as JSON or passed as an object: an object of known fields only, and each step
 * one of `label`, `count`, `rate`, `improvement`, `previous`, so a typo ("dealvalue") is an error rather than nothing. The
 * values are checked by the parser, where the number syntax reads them anyway.
 *
 * The only module that imports zod, and the parser's reader of JSON text and objects. Loaded on first use (a
 * funnel configured by attributes alone never pays for it): `config/resolve.ts` asks for it when a source is JSON or an object.
 */
import * as z from 'zod/mini';
import { FIELDS } from '../config/attributes.js';
import type { Raw, Report, Where } from '../config/settings.js';

// zod 4 otherwise probes `new Function`, a violation under a strict CSP. Must run before any schema is made.
z.config({ jitless: true });

/** An object of these keys only, each optional, its value anything (checked by the parser). */
const shape = (keys: string[]) => z.partialRecord(z.literal(keys), z.unknown());
const schemas = { config: shape(FIELDS), step: shape(['label', 'count', 'rate', 'improvement', 'previous']) };

/** One problem with a shape: where it is (a path into the data), the unknown keys, or the value that is not an object. */
export interface ShapeProblem {
  path: PropertyKey[];
  keys?: string[];
  input: unknown;
}

/** The problems with `data` as a whole config or as one step; none when it has the right shape. A Proxy or getter that throws still throws. */
function checkShape(data: unknown, kind: 'config' | 'step'): ShapeProblem[] {
  const r = z.safeParse(schemas[kind], data, { reportInput: true });
  return (r.error?.issues ?? []).map((i) => ({ path: i.path, keys: (i as { keys?: string[] }).keys, input: i.input }));
}

/**
 * JSON as a CMS or a Markdown renderer may have typeset it: curly quotes, quotes as entities (`&quot;`, `&#8220;`),
 * lines wrapped inside a string. Tried once, when the text as it is is not JSON.
 */
const untypeset = (text: string) =>
  text
    .replace(/&(amp|#0*38|#x0*26);/gi, '&')
    .replace(/&(quot|ldquo|rdquo|bdquo|#0*34|#x0*22|#0*822[0-2]|#x0*201[cde]|#0*8243);/gi, '"')
    .replace(/[“”„‟″]/g, '"')
    .replace(/&(lsquo|#0*8216|#x0*2018);/gi, '‘')
    .replace(/&(rsquo|#0*8217|#x0*2019);/gi, '’')
    .replace(/[\r\n\t]+/g, ' ');

/** JSON text and objects read for the parser: `json` parses (repairing typeset text once), `config` and `list` check shapes. */
export function jsonReaders(report: Report) {
  /** `data`'s shape checked by zod, its problems told in our terms (field and step from the path). */
  const check = (data: unknown, kind: 'config' | 'step', where: Where, ...at: (string | number)[]): Raw | undefined => {
    const problems = checkShape(data, kind);
    for (const p of problems) {
      const path = [...at, ...p.path];
      const step = path[0] == 'steps' && typeof path[1] == 'number' ? path[1] : null;
      if (p.keys) report(where, String(path[0] ?? 'config'), 'unknown-key', p.keys.join(', '), step);
      else report(where, String(path[0] ?? 'config'), 'type', p.input, step);
    }
    return problems.length ? undefined : (data as Raw);
  };
  const json = (text: string, where: Where, field: string): { data: unknown } | undefined => {
    try {
      return { data: JSON.parse(text) };
    } catch (e) {
      try {
        return { data: JSON.parse(untypeset(text)) };
      } catch {
        report(where, field, 'json', (e as Error).message);
        return undefined;
      }
    }
  };
  /** Steps or improvements: text, or a list (of steps, each checked). */
  const list = (f: string, data: unknown, where: Where): unknown => {
    if (typeof data == 'string') return data;
    if (!Array.isArray(data)) return void report(where, f, 'type', data);
    if (f == 'steps') data.forEach((step, i) => check(step, 'step', where, f, i));
    return data;
  };
  /** A whole config: its shape, then its steps and improvements, each a list or text. */
  const config = (data: unknown, where: Where): Raw => {
    const c = { ...check(data, 'config', where) };
    for (const f of ['steps', 'improvements', 'previous']) if (c[f] !== undefined) c[f] = list(f, c[f], where);
    return c;
  };

  return { json, list, config };
}

export type JsonReaders = typeof jsonReaders;
