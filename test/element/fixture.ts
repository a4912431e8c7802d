import '../../src/element/define.js';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';

/** The article's funnel, in Dutch, as an author types it in `steps`. */
export const ARTIKEL =
  'Leads: 1.000; Gekwalificeerd: 400; Gedrag stimuleren: 250; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20';

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

/** Puts `markup` in the page (in a box `width` px wide, if given) and waits for the first `<sales-funnel>` to render. */
export async function fixture(
  markup: string,
  width?: number,
  attrs: Record<string, string> = {},
): Promise<SalesFunnel> {
  const host = document.createElement('div');
  if (width) host.style.width = `${width}px`;
  for (const [k, v] of Object.entries(attrs)) host.setAttribute(k, v);
  host.innerHTML = markup;
  document.body.append(host);
  hosts.push(host);
  const el = host.querySelector('sales-funnel')!;
  await el.updateComplete;
  return el;
}

/**
 * Waits until `holds()` is true, up to `tries` times 20 ms (1 s by default), letting `el` finish rendering after
 * each wait where one is given: for what comes with a chunk, a fetch or a later event. Returns at the last try
 * either way: the test's own assertion says what was missing.
 */
export async function until(holds: () => unknown, el?: { updateComplete: Promise<unknown> }, tries = 50) {
  for (let k = 0; k < tries && !holds(); k++) {
    await new Promise((r) => setTimeout(r, 20));
    await el?.updateComplete;
  }
}

/** Waits until layout settled: two frames, then any update it caused. */
export async function settled(el: SalesFunnel) {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: SalesFunnel, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: SalesFunnel, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
/** Everything the element shows or says, whitespace collapsed; not the unseen ghosts that only keep its size. */
export const textOf = (el: SalesFunnel | Element) => {
  const root = (el as SalesFunnel).shadowRoot ?? el;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.ghost') ? 2 : 1),
  });
  let text = '';
  while (walker.nextNode()) text += walker.currentNode.textContent;
  return text
    .replace(/[\u2060\u00a0]/g, (c) => (c == '\u00a0' ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
};

/** Opens the insights section, as a reader would, and waits for its content. */
export async function openInsights(el: SalesFunnel) {
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.insights')!;
  details.open = true;
  await new Promise((r) => details.addEventListener('toggle', r, { once: true }));
  await el.updateComplete;
  return details;
}
export const sliders = (el: SalesFunnel) => $$<HTMLInputElement>(el, 'input[type=range]');

/** Moves slider `i` as a person would: the value changes, then `input` fires. */
export async function slide(el: SalesFunnel, i: number, value: number) {
  const input = sliders(el)[i];
  input.value = String(value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** Collects console.error calls while `fn` runs. */
export async function consoleErrors(fn: () => Promise<unknown>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => calls.push(args);
  try {
    await fn();
  } finally {
    console.error = original;
  }
  return calls;
}

export const ARTICLE =
  'Leads: 1000; Qualified leads: 400; Engaged: 250; Proposal made: 120; Proposal discussed: 60; Purchase: 20';

/** Opens the export menu, as a reader would, and waits for its items. */
export async function openMenu(el: SalesFunnel) {
  const menu = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.menu')!;
  const toggled = new Promise((r) => menu.addEventListener('toggle', r, { once: true }));
  menu.querySelector('summary')!.click();
  await toggled;
  await el.updateComplete;
  return [...menu.querySelectorAll<HTMLButtonElement>('button[part=export]')];
}
