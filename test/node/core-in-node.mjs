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

check("the built core has the second edition's insights, on every result", () => {
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
  // +20 % at 0.48: 423.3 per variant, both variants from 250 a quarter: 3.39 quarters; one quarter detects +36 %
  near(r.steps[3].testPeriods, 3.3865018163440406);
  near(r.steps[3].detectableImprovement, 0.36405260442903678);
  assert.equal(r.bottleneck, 5);
  assert.equal(r.bottleneckSure, false); // 20/60 overlaps 60/120
  assert.equal(r.ratesGiven, 0);
  assert.deepEqual(r.steps.map((s) => s.lowData), [false, false, false, false, false, true]);
  for (const s of r.steps) for (const k of ['testPeriods', 'detectableImprovement']) assert.ok(k in s && s[k] !== undefined, k);
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
