/**
 * What is wrong with a config, in words, in English and Dutch: the error panel's sentences, the console's, the
 * editor's beside a field. Loaded only when there is something wrong (a valid funnel never pays for it).
 * The English messages of the core's codes are the core's own (`FunnelIssue.message`), so they are not written twice.
 */
import { explain } from '../core/explain.js';
import { MAX_STEPS, MIN_STEPS } from '../core/validate.js';
import { attributeOf } from '../config/attributes.js';
import { cut, type ConfigIssue, type Where } from '../config/settings.js';
import type { Formats } from '../view/format.js';

type Fn = (value: string, extra: string) => string;

const en = {
  error: 'This funnel cannot be shown',
  where: {
    attribute: 'Attribute',
    property: 'Property',
    script: 'JSON',
    table: 'Table',
    editor: 'Your numbers',
    sheet: 'The sheet',
  } as Record<Where, string>,
  step: 'step',
  bad: {
    json: (v) => `not valid JSON (${v})`,
    type: (v) => (v ? `“${v}” is not valid here` : 'empty, which is not valid here'),
    'unknown-key': (v) => `unknown field “${v}”`,
    number: (v) => (v ? `“${v}” is not a number` : 'a number is missing'),
    'no-colon': (v) => `“${v}” should look like “label: number”`,
    'no-steps': () => 'no steps; add them, for example steps="Leads: 1000; Customers: 20"',
    outside: (_, w) =>
      `the ${w} is outside <sales-funnel>: put a <div> around it, inside the element (a Markdown renderer or CMS moved it out)`,
    'too-many': (v, n) => `${v} values for ${n} steps`,
    enum: (v, o) => `“${v}” is not one of ${o}`,
    range: (v) => `“${v}” must lie between −100 and 1,000,000, with the minimum below the maximum`,
    level: (v) => `“${v}” is not a heading level from 1 to 6`,
    'previous-label': (v, own) => `“${v}” is not this step’s name (“${own}”): is a step missing, or out of place?`,
    'test-format': (v) =>
      `“${v}” should look like “step: conversions/entrants of A; conversions/entrants of B”, as in “Proposal discussed: 30/60; 41/62”`,
    'test-label': (v, steps) => `“${v}” is not one of the steps (${steps})`,
  } as Record<string, Fn>,
  things: { table: 'table', script: 'JSON script' } as Record<string, string>,
};

type Messages = typeof en;

const nl: Messages = {
  error: 'Deze trechter kan niet worden getoond',
  where: {
    attribute: 'Attribuut',
    property: 'Eigenschap',
    script: 'JSON',
    table: 'Tabel',
    editor: 'Jouw cijfers',
    sheet: 'Het blad',
  },
  step: 'stap',
  bad: {
    json: (v) => `geen geldige JSON (${v})`,
    type: (v) => (v ? `“${v}” is hier niet geldig` : 'leeg, en dat is hier niet geldig'),
    'unknown-key': (v) => `onbekend veld “${v}”`,
    number: (v) => (v ? `“${v}” is geen getal` : 'er ontbreekt een getal'),
    'no-colon': (v) => `“${v}” moet de vorm “naam: getal” hebben`,
    'no-steps': () => 'geen stappen; voeg ze toe, bijvoorbeeld steps="Leads: 1000; Klanten: 20"',
    outside: (_, w) =>
      `de ${w} staat buiten <sales-funnel>: zet er een <div> omheen, binnen het element (een Markdown-omzetter of CMS heeft hem eruit gehaald)`,
    'too-many': (v, n) => `${v} waarden voor ${n} stappen`,
    enum: (v, o) => `“${v}” kan niet; kies uit ${o}`,
    range: (v) => `“${v}” moet tussen −100 en 1.000.000 liggen, met het minimum onder het maximum`,
    level: (v) => `“${v}” is geen kopniveau van 1 tot 6`,
    // The core's codes; in English the core's own message says it.
    'steps-too-few': (v) => `minstens ${MIN_STEPS} stappen nodig, niet ${v}`,
    'steps-too-many': (v) => `maximaal ${MAX_STEPS} stappen, niet ${v}`,
    'count-missing': (_, i) => (i == '0' ? 'de eerste stap heeft een aantal nodig' : 'geen aantal of conversie'),
    'count-invalid': (v) => `“${v}” moet een aantal van 0 tot 10^15 zijn`,
    'count-above-previous': (v, p) => `${v} is meer dan de ${p} van de stap ervoor`,
    'rate-invalid': (v) => `een conversie van ${v} moet tussen 0% en 100% liggen`,
    'improvement-invalid': (v) => `een verbetering van ${v} moet tussen −100% en 1.000.000% liggen`,
    'deal-value-invalid': (v) => `“${v}” moet tussen 0 en 10^15 liggen`,
    'target-invalid': (v) => `“${v}” moet tussen 0 en 10^15 liggen`,
    'periods-invalid': (v) => `“${v}” moet tussen 0 en 10^15 liggen`,
    'mode-invalid': (v) => `“${v}” moet relative of points zijn`,
    'previous-label': (v, own) =>
      `“${v}” is niet de naam van deze stap (“${own}”): ontbreekt er een stap, of staat er een verkeerd?`,
    'previous-missing': () =>
      'geen cijfer voor de vorige periode, terwijl andere stappen er een hebben: geef er een bij elke stap, of bij geen',
    'previous-count-invalid': (v) => `“${v}” in de vorige periode moet een aantal van 0 tot 10^15 zijn`,
    'previous-count-above-previous': (v, p) =>
      `${v} in de vorige periode is meer dan de ${p} van de stap ervoor in die periode`,
    'previous-rate-invalid': (v) => `een conversie van ${v} in de vorige periode moet tussen 0% en 100% liggen`,
    'previous-rate-unexpected': () => 'deze stap geeft een aantal, dus de vorige periode ook: geen percentage',
    'test-format': (v) =>
      `“${v}” moet de vorm “stap: conversies/deelnemers van A; conversies/deelnemers van B” hebben, zoals “Voorstel besproken: 30/60; 41/62”`,
    'test-label': (v, steps) => `“${v}” is geen van de stappen (${steps})`,
    'test-step-invalid': () =>
      'de test moet bij een stap na de leads zijn: de leads hebben geen conversie om te testen',
    'test-invalid': () => 'de test mist de deelnemers en conversies van een versie',
    'test-entrants-invalid': (v) => `${v} deelnemers in de test: dat moeten hele mensen zijn, van 0 tot 10^15`,
    'test-conversions-invalid': (v) => `${v} conversies in de test: dat moeten hele mensen zijn, van 0 tot 10^15`,
    'test-conversions-above-entrants': (v, n) =>
      `${v} conversies in de test, meer dan de ${n} deelnemers van die versie`,
    'test-split-invalid': (v) => `een geplande verdeling van ${v} voor B: die moet boven 0% en onder 100% liggen`,
  },
  things: { table: 'tabel', script: 'JSON-script' },
};

const messages = (lang: 'nl' | 'en'): Messages => (lang == 'nl' ? nl : en);

/** A value as JSON, as its author wrote it; what JSON cannot say (a cycle, a Proxy that throws) as text. */
const json = (x: unknown) => {
  try {
    return JSON.stringify(x) ?? String(x);
  } catch {
    return '…';
  }
};

/** The value a message shows: a number in the locale, an object as JSON, nothing for nothing (never "undefined"). */
function shown(issue: ConfigIssue, f: Formats) {
  const { code, value } = issue;
  if (value === undefined || value === null) return '';
  if (typeof value == 'number') return (/rate|improvement/.test(code) ? f.pct : f.one)(value);
  return cut(typeof value == 'object' ? json(value) : String(value));
}

/** The error panel's styles, adopted beside the element's when the chunk loads. */
export const styles: string = `.error{border-inline-start:.3em solid var(--_warn);padding-inline-start:.8em}.error ul{padding-inline-start:1.2em}`;

/** What is wrong, without where: for a message beside the field it concerns. */
export function problem(issue: ConfigIssue, lang: 'nl' | 'en', f: Formats): string {
  const m = messages(lang);
  if (issue.core && m == en)
    return explain(issue.core.problem, issue.core.input).replace(/^Step \d+ '[^']*'( has)?:? ?/, '');
  const extra =
    issue.code == 'outside'
      ? m.things[issue.where]
      : typeof issue.extra == 'number'
        ? f.one(issue.extra)
        : String(issue.extra ?? issue.step ?? '');
  return (m.bad[issue.code] ?? m.bad.type)(shown(issue, f), extra);
}

/** One issue in words: where it is (source, field, step), then what is wrong. */
export function describe(issue: ConfigIssue, lang: 'nl' | 'en', f: Formats): string {
  const m = messages(lang);
  const { where, field, step } = issue;
  const name = where == 'attribute' ? attributeOf(field) : field;
  let place =
    m.where[where] +
    (where == 'table' || where == 'editor' || where == 'sheet' || issue.code == 'outside' ? '' : ' ' + name);
  // The core's English message names the step itself.
  if (issue.core && m == en) return `${place}: ${explain(issue.core.problem, issue.core.input)}`;
  if (step !== null) place += `, ${m.step} ${step + 1}${issue.label ? ` '${issue.label}'` : ''}`;
  return `${place}: ${problem(issue, lang, f)}.`;
}

/**
 * A table or JSON script right after the element, outside it: where a Markdown renderer or a CMS put it (the
 * parser closes `<p><sales-funnel>` before a `<table>`). Asked only when there are no steps.
 */
function outside(el: Element): 'table' | 'script' | undefined {
  let next = el.nextElementSibling ?? (el.parentElement?.localName == 'p' ? el.parentElement.nextElementSibling : null);
  while (next && /^(br|p)$/.test(next.localName) && !next.textContent!.trim() && !next.children.length)
    next = next.nextElementSibling;
  if (!next) return;
  const script = 'script[type="application/json"]';
  if (next.matches(`table, :is(div, p) > table:only-child`) || next.querySelector(':scope > table')) return 'table';
  if (next.matches(script) || next.querySelector(`:scope > ${script}`)) return 'script';
  return undefined;
}

/** Steps that are missing because a renderer moved them out of the element: said as where they went (`outside`). */
const moved = (issues: ConfigIssue[], el?: Element) =>
  issues.map((i): ConfigIssue => {
    const where = i.code == 'no-steps' && el && outside(el);
    return where ? { ...i, code: 'outside', where } : i;
  });

/** What an element says of a config it cannot use: the panel's title and lines, and the console's and event's message. */
export function errorReport(found: ConfigIssue[], lang: 'nl' | 'en', f: Formats, el?: Element) {
  const { error } = messages(lang);
  const issues = moved(found, el);
  const lines = issues.map((i) => describe(i, lang, f));
  return { title: error, issues, lines, message: `<sales-funnel>: ${error}:\n${lines.join('\n')}` };
}

/** Says what is wrong with an element's config: once in the console, and as `sales-funnel-error` (its words in `text`). */
export function report(element: HTMLElement, found: ConfigIssue[], lang: 'nl' | 'en', f: Formats) {
  const { message, lines, issues } = errorReport(found, lang, f, element);
  console.error(message);
  const detail = { message, issues: issues.map((i, k) => ({ ...i, text: lines[k] })) };
  element.dispatchEvent(new CustomEvent('sales-funnel-error', { bubbles: true, composed: true, detail }));
}
