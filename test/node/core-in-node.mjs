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

check('bad input throws a FunnelError with its issues', () => {
  assert.throws(
    () => calculateFunnel({ steps: [{ count: 100 }, { count: 150 }] }),
    (e) => e instanceof FunnelError && e.issues[0].code == 'count-above-previous',
  );
});

done('core in Node');
