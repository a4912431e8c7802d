import { expect } from 'chai';

type Floor = number | ((path: string) => number);

/**
 * Asserts that `actual` matches `expected` field by field: numbers within `tol` relative to the larger of
 * them and `floor` (so within tol × floor absolute near 0; `floor` may depend on the field's path),
 * everything else equal. Only the fields named in `expected` are compared.
 */
export function expectClose(actual: unknown, expected: unknown, tol = 1e-9, floor: Floor = 1, path = 'result'): void {
  if (typeof expected == 'number') {
    expect(actual, path).to.be.a('number');
    const a = actual as number;
    const f = typeof floor == 'number' ? floor : floor(path);
    const ok = Math.abs(a - expected) <= tol * Math.max(f, Math.abs(a), Math.abs(expected));
    expect(ok, `${path}: ${a} is not within ${tol} of ${expected}`).to.equal(true);
  } else if (expected && typeof expected == 'object') {
    expect(actual !== null && typeof actual == 'object', `${path} is ${actual}`).to.equal(true);
    for (const [k, v] of Object.entries(expected)) expectClose((actual as any)[k], v, tol, floor, `${path}.${k}`);
  } else expect(actual, path).to.equal(expected);
}

/** Every number anywhere in `x`, with its path. */
export function numbersIn(x: unknown, path = ''): [string, number][] {
  if (typeof x == 'number') return [[path, x]];
  if (x && typeof x == 'object') return Object.entries(x).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}
