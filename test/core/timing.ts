/**
 * What one calculateFunnel costs, as the element calls it: on every slider move (the counts stay, an
 * improvement changes), and when a count changes. 2,000 calls each after 200 to warm up; the median of 5 runs.
 *
 *   npx tsx test/core/timing.ts                    this checkout's core
 *   npx tsx test/core/timing.ts /path/to/src/core  another's (the same script, for a before and after)
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FunnelInput } from '../../src/core/index.js';

const dir = process.argv[2] ? resolve(process.argv[2]) : resolve(import.meta.dirname, '../../src/core');
const { calculateFunnel } = (await import(
  pathToFileURL(`${dir}/index.ts`).href
)) as typeof import('../../src/core/index.js');

const funnel = (counts: number[], extra: Partial<FunnelInput> = {}): FunnelInput => ({
  steps: counts.map((count) => ({ count })),
  ...extra,
});
const article = funnel([1000, 400, 250, 120, 60, 20], { dealValue: 2500, periodsPerYear: 4, target: 60000 });
// 100 steps from 10^15 at about 97 % each, a thousandth apart: each posterior 10^-7 wide, one bottleneck.
const big = funnel(
  Array.from({ length: 100 }, (_, i) => Math.round(1e15 * 0.97 ** i * (1 + 0.001 * Math.sin(i)))).map((c, i, a) =>
    Math.min(c, ...a.slice(0, i)),
  ),
  { dealValue: 10, periodsPerYear: 4, target: 1e12 },
);
// 100 steps of 1000, 990, …, 10: 79 steps that could be the bottleneck.
const small = funnel(
  Array.from({ length: 100 }, (_, i) => 1000 - 10 * i),
  { dealValue: 10 },
);

/** Each call a different slider position (so nothing is the same call twice), or a different last count. */
const slider = (input: FunnelInput, k: number): FunnelInput => ({
  ...input,
  steps: input.steps.map((s, i) => (i == 3 ? { ...s, improvement: (k % 50) / 100 } : s)),
});
const count = (input: FunnelInput, k: number): FunnelInput => ({
  ...input,
  steps: input.steps.map((s, i, all) => (i == all.length - 1 ? { ...s, count: s.count! - (k % 2) } : s)),
});

function time(make: (k: number) => FunnelInput) {
  const inputs = Array.from({ length: 2000 }, (_, k) => make(k));
  for (let k = 0; k < 200; k++) calculateFunnel(inputs[k]);
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const input of inputs) calculateFunnel(input);
    runs.push(((performance.now() - t0) / inputs.length) * 1000);
  }
  return runs.sort((a, b) => a - b)[2];
}

for (const [name, input] of [
  ['the article’s 6 steps', article],
  ['100 steps from 10^15', big],
  ['100 steps of 1000 … 10', small],
] as const)
  console.log(
    `${name.padEnd(24)} slider move ${time((k) => slider(input, k))
      .toFixed(1)
      .padStart(7)} µs   count change ${time((k) => count(input, k))
      .toFixed(1)
      .padStart(7)} µs`,
  );
