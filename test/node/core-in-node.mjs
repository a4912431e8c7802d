// The core needs no DOM: import the built dist/core.js in plain Node and compute the article's funnel.
import assert from 'node:assert/strict';
import { check, done } from './check.mjs';
import { calculateFunnel, FunnelError } from '../../dist/core.js';

check('Node has no DOM for the core to lean on', () => assert.equal(typeof document, 'undefined'));

check("the article's funnel: +20 % at 'Proposal made' gives 24 customers and 60,000", () => {
  const counts = [1000, 400, 250, 120, 60, 20];
  const r = calculateFunnel({
    steps: counts.map((count, i) => ({ count, improvement: i == 3 ? 0.2 : 0 })),
    dealValue: 2500,
  });
  assert.equal(Math.round(r.forecast.customers * 1e9) / 1e9, 24);
  assert.equal(Math.round(r.forecast.revenue), 60000);
  assert.equal(r.bottleneck, 5);
});

check("the built core has the third edition's insights, on every result", () => {
  const counts = [1000, 400, 250, 120, 60, 20];
  const r = calculateFunnel({
    steps: counts.map((count, i) => ({ count, improvement: i == 3 ? 0.2 : 0 })),
    dealValue: 2500,
    periodsPerYear: 4,
  });
  const near = (a, b) => assert.ok(Math.abs(a - b) <= 1e-9 * Math.abs(b), `${a} is not ${b}`);
  // 80 % of quarters: 20 × exp(±1.2816·√(0.049 + 1/20))
  near(r.baseline.customersPrediction.low, 13.363157595548471);
  near(r.baseline.customersPrediction.high, 29.933045175883268);
  near(r.forecast.revenuePrediction.high, 88255.088203966689);
  // +20 % at 0.48: 423.3 per version, whole people: 424 each, 848 from 250 a quarter: 3.392 quarters; one quarter detects +36 %
  near(r.steps[3].sampleNeeded, 423.31272704300505);
  near(r.steps[3].testPeriods, 3.392);
  near(r.steps[3].detectableImprovement, 0.36405260442903678);
  assert.equal(r.bottleneck, 5);
  // Purchase is the lowest with a chance of 84.6 %: probable, not clear (≥ 95 %)
  assert.ok(Math.abs(r.bottleneckChance - 0.8460365692646782) <= 1e-4);
  assert.equal(r.bottleneckSure, false);
  assert.equal(r.compare, null);
  assert.equal(r.test, null);
  assert.equal(r.ratesGiven, 0);
  assert.deepEqual(
    r.steps.map((s) => s.lowData),
    [false, false, false, false, false, true],
  );
  for (const s of r.steps)
    for (const k of ['testPeriods', 'detectableImprovement']) assert.ok(k in s && s[k] !== undefined, k);
});

check('1 of 50 is lowData, and a rate a hair below 100 % keeps its gain per point', () => {
  assert.equal(calculateFunnel({ steps: [{ count: 50 }, { count: 1 }] }).steps[1].lowData, true);
  const r = calculateFunnel({ steps: [{ count: 1e15 }, { count: 1e15 - 1000 }] });
  assert.equal(r.steps[1].gainPerPoint, 1000);
});

check('bad input throws a FunnelError with its issues', () => {
  assert.throws(
    () => calculateFunnel({ steps: [{ count: 100 }, { count: 150 }] }),
    (e) => e instanceof FunnelError && e.issues[0].code == 'count-above-previous',
  );
});

done('core in Node');
