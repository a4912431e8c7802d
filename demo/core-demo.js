import { calculateFunnel } from '../dist/core.js';

const labels = ['Leads', 'Qualified leads', 'Engaged', 'Proposal made', 'Proposal discussed', 'Purchase'];
const counts = [1000, 400, 250, 120, 60, 20];
const r = calculateFunnel({
  steps: labels.map((label, i) => ({ label, count: counts[i], improvement: i == 3 ? 0.2 : 0 })),
  dealValue: 2500,
  periodsPerYear: 4,
});
const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const num = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const eur = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const body = document.querySelector('#article tbody');
for (const s of r.steps) {
  const row = body.insertRow();
  for (const text of [s.label, num.format(s.count), s.rate === null ? '—' : pct.format(s.rate), num.format(s.forecastCount), num.format(s.extraCount)])
    row.insertCell().textContent = text;
}
document.querySelector('#summary').textContent =
  `Customers ${num.format(r.baseline.customers)} → ${num.format(r.forecast.customers)}; revenue ${eur.format(r.baseline.revenue)} → ${eur.format(r.forecast.revenue)} a quarter (${eur.format(r.extra.revenuePerYear)} more a year). Bottleneck: ${r.steps[r.bottleneck].label}.`;
