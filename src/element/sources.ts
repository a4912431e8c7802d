/**
 * What the element reads of the page: its attributes, its child `<table>` or JSON script, and the language
 * around it; handed to the parser (`config/resolve.ts`) as plain text, never as
 * DOM. The only module that reads the page for the config.
 */
import { attributeOf, FIELDS } from '../config/attributes.js';
import type { Sources } from '../config/resolve.js';

/** The nearest `lang` at or above an element, in its tree, else around its shadow host. */
const inheritedLang = (el: Element) =>
  (el.closest('[lang]') ?? (el.getRootNode() as ShadowRoot).host?.closest('[lang]'))?.getAttribute('lang') ?? undefined;

/** A child table or JSON script: directly inside, or in a `<div>` inside (what keeps it inside through Markdown and wpautop). */
const child = <T extends Element>(el: Element, selector: string) =>
  el.querySelector<T>(`:scope > ${selector}, :scope > div > ${selector}`);

const cells = (r: Element) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent!.trim());

/**
 * A child table's body rows as text, its header row (the first row in `<thead>`, else of `<th>` only: it names
 * two periods), and its caption; rows in `<thead>`/`<tfoot>`, and rows of `<th>` only, are headers.
 */
function readTable(table: HTMLTableElement) {
  const rows = [...table.querySelectorAll(':scope > :is(thead, tbody) > tr')];
  const head = rows.find((r) => !r.querySelector('td'));
  return {
    rows: rows.filter((r) => r.parentElement!.localName == 'tbody' && r.querySelector('td')).map(cells),
    head: head && cells(head),
    caption: table.caption?.textContent!.trim() || undefined,
  };
}

/** The page's sources of an element's config: its attributes (by field), child script and table, the language around it. */
export function pageSources(el: Element): Pick<Sources, 'attributes' | 'script' | 'table' | 'inheritedLang'> {
  const table = child<HTMLTableElement>(el, 'table');
  const script = child(el, 'script[type="application/json"]');
  const attributes = Object.fromEntries(
    FIELDS.flatMap((f) => (el.hasAttribute(attributeOf(f)) ? [[f, el.getAttribute(attributeOf(f))!]] : [])),
  );
  return {
    attributes,
    script: script?.textContent ?? undefined,
    table: table ? readTable(table) : undefined,
    inheritedLang: inheritedLang(el),
  };
}
