/**
 * `src` (SPEC 3, "From a spreadsheet"), against a real server on another origin (web-test-runner.config.mjs,
 * sheetServerPlugin): the sheet's steps replace the page's; every way it can fail is said in the page's language,
 * the funnel keeping what it has.
 */
import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SalesFunnel, SalesFunnelErrorDetail } from '../../src/element/sales-funnel.js';
import { $, $$, fixture, textOf, until } from './fixture.js';

const server = (await executeServerCommand<string, undefined>('sheet-server'))!;
const PAGE = 'Leads: 500; Klanten: 10';

/** A funnel with `src`, its page's own steps, the errors it fires; `ready` once its sheet line says something (up to `ms`). */
async function sheetFunnel(src: string, ms = 6000) {
  const errors: SalesFunnelErrorDetail[] = [];
  // Heard from the start: the element's events bubble to the page.
  const hear = (e: Event) => errors.push((e as CustomEvent<SalesFunnelErrorDetail>).detail);
  document.addEventListener('sales-funnel-error', hear);
  const el = await fixture(`<sales-funnel lang="nl" steps="${PAGE}" src="${src}"></sales-funnel>`, 600);
  for (const end = Date.now() + ms; Date.now() < end && !textOf($(el, '.sheet'));)
    await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  document.removeEventListener('sales-funnel-error', hear);
  return { el, errors, line: textOf($(el, '.sheet')), labels: $$(el, '[part=label]').map((l) => l.textContent) };
}

const customers = (el: SalesFunnel) => el.result!.baseline.customers;

describe('<sales-funnel src>: the sheet is the source', function () {
  this.timeout(30000);

  for (const path of ['/ok.csv', '/redirect'])
    it(`takes the steps of a CSV served with CORS${path == '/redirect' ? ', behind a redirect as Google’s' : ''}, and says how fresh they are`, async () => {
      const { el, errors, line, labels } = await sheetFunnel(`${server}${path}`);
      expect(labels).to.deep.equal(['Leads', 'Voorstel, gedaan', 'Klanten']);
      expect(customers(el)).to.equal(30);
      expect(line).to.match(/^Cijfers van \d+ \w+, \d\d:\d\d$/);
      expect(errors).to.have.length(0);
    });

  it('compares two periods where the sheet has two number columns, named by its header row', async () => {
    const { el, errors, labels } = await sheetFunnel(`${server}/two.csv`);
    await until(() => el.result?.compare, el, 100);
    expect(labels).to.deep.equal(['Leads', 'Voorstel', 'Klanten']);
    expect(customers(el)).to.equal(30);
    expect(el.result!.compare!.steps.map((s) => s.previousCount)).to.deep.equal([900, 100, 24]);
    expect($$(el, '.was').length, 'the quarter before in each row').to.equal(3);
    expect(el.shadowRoot!.textContent!.includes('Q1 → Q2'), 'the periods named').to.equal(true);
    expect(errors).to.have.length(0);
  });

  it('tells the page when the sheet’s numbers replace its own (sales-funnel-change), once', async () => {
    localStorage.clear();
    const changes: number[] = [];
    const host = document.createElement('div');
    host.addEventListener('sales-funnel-change', (e) =>
      changes.push((e as CustomEvent).detail.result.baseline.customers),
    );
    document.body.append(host);
    host.innerHTML = `<sales-funnel lang="nl" steps="${PAGE}" src="${server}/ok.csv"></sales-funnel>`;
    for (let k = 0; k < 100 && !changes.length; k++) await new Promise((r) => setTimeout(r, 50));
    host.remove();
    expect(changes).to.deep.equal([30]);
  });

  const failures: [string, string, RegExp][] = [
    [
      'a server that lets no other site read it (no CORS)',
      '/no-cors.csv',
      /de server laat andere sites het niet lezen\. In Google Sheets: Bestand → Delen → Publiceren op internet, als CSV/,
    ],
    ['a sheet that is not there (404)', '/404', /het is er niet \(404\)/],
    [
      'a sheet that is not shared (403)',
      '/403',
      /het is niet met iedereen gedeeld \(403\): publiceer het op internet als CSV/,
    ],
    ['a sign-in page instead of a CSV', '/sign-in', /het is een webpagina, geen CSV \(een inlogpagina\?\)/],
    ['a file of 2 MB', '/big.csv', /het is groter dan 1 MB/],
  ];
  for (const [name, path, said] of failures)
    it(`says so, keeping the page’s funnel: ${name}`, async () => {
      const { el, errors, line, labels } = await sheetFunnel(`${server}${path}`);
      expect(line).to.match(/^Het blad op 127\.0\.0\.1:\d+ kon niet worden gelezen: /);
      expect(said.test(line), line).to.equal(true);
      expect(line).to.match(/Dit zijn de cijfers uit de pagina\.$/);
      expect(labels).to.deep.equal(['Leads', 'Klanten']);
      expect(customers(el)).to.equal(10);
      expect(errors.map((e) => e.issues[0].code)).to.deep.equal(['sheet']);
    });

  it('says so when the address cannot be reached at all', async () => {
    const { line, labels } = await sheetFunnel('http://127.0.0.1:9/funnel.csv');
    expect(line).to.contain('het is niet bereikbaar');
    expect(labels).to.deep.equal(['Leads', 'Klanten']);
  });

  it('gives up on a sheet that does not answer within 10 seconds, and says so', async () => {
    const { line, labels } = await sheetFunnel(`${server}/slow.csv`, 14000);
    expect(line).to.contain('het antwoordde niet binnen 10 seconden');
    expect(labels).to.deep.equal(['Leads', 'Klanten']);
  });

  it('refuses an address that is not http(s), without a request', async () => {
    const { line } = await sheetFunnel('javascript:alert(1)');
    expect(line).to.equal('“javascript:alert(1)” is geen webadres (https://…) van een blad of CSV.');
  });

  it('shows the last good copy at once on the next visit, then the fresh one', async () => {
    const key = Math.random().toString(36).slice(2);
    const first = await sheetFunnel(`${server}/changing.csv?key=${key}`);
    const seen = customers(first.el);
    first.el.remove();
    // The next visit: the copy kept in this browser at once, before the server has answered.
    const errors: unknown[] = [];
    const el = await fixture(
      `<sales-funnel lang="nl" steps="${PAGE}" src="${server}/changing.csv?key=${key}"></sales-funnel>`,
      600,
    );
    el.addEventListener('sales-funnel-error', (e) => errors.push(e));
    for (let k = 0; k < 100 && customers(el) == 10; k++) await new Promise((r) => setTimeout(r, 10));
    expect(customers(el), 'the kept copy').to.equal(seen);
    await until(() => customers(el) != seen, undefined, 200);
    expect(customers(el), 'the fresh copy').to.equal(seen + 1);
    expect(errors).to.have.length(0);
  });

  it('stops reading a sheet when src changes, and shows the new one', async () => {
    const el = await fixture(`<sales-funnel lang="nl" steps="${PAGE}" src="${server}/slow.csv"></sales-funnel>`, 600);
    await new Promise((r) => setTimeout(r, 200));
    el.setAttribute('src', `${server}/ok.csv`);
    for (let k = 0; k < 100 && customers(el) != 30; k++) await new Promise((r) => setTimeout(r, 50));
    expect(customers(el)).to.equal(30);
  });

  it('says which origin a page’s Content Security Policy must allow (connect-src), keeping the funnel', async () => {
    // No copy kept from an earlier test: the page's own funnel stays.
    localStorage.clear();
    const frame = document.createElement('iframe');
    frame.src = `/test/embed/fixtures/sheet-csp.html?src=${encodeURIComponent(`${server}/ok.csv`)}`;
    document.body.append(frame);
    try {
      let line = '';
      for (let k = 0; k < 200 && !line; k++) {
        await new Promise((r) => setTimeout(r, 50));
        const el = frame.contentDocument?.querySelector('sales-funnel');
        line = el?.shadowRoot?.querySelector('.sheet')?.textContent ?? '';
      }
      expect(line).to.contain(
        `het Content Security Policy van deze pagina staat het niet toe: voeg ${server} toe aan connect-src.`,
      );
      const el = frame.contentDocument!.querySelector('sales-funnel') as SalesFunnel;
      // The whole result once every chunk it fetched is here (its plan comes as the first screen is drawn).
      await el.updateComplete;
      expect(customers(el)).to.equal(10);
    } finally {
      frame.remove();
    }
  });

  it('shows a label with markup as text, and runs nothing', async () => {
    const { labels } = await sheetFunnel(`${server}/markup.csv`);
    expect(labels[0]).to.equal('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
