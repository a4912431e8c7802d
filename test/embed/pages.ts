/**
 * Opens a page as a visitor would, in every engine: in a frame of the given width inside the test's own page,
 * with the probe (test/embed/probe.js) put first in its <head> by the test server. Reports what happened: console
 * errors and warnings, uncaught errors, CSP violations, the requests it made, and each funnel's state.
 */
export interface FunnelState {
  rendered: boolean;
  error: string | null;
  overflow: boolean;
  height: number;
  svg: number[] | null;
  slider: number[] | null;
  fontSize: number;
  /** The period before, drawn as an outline behind each slice: how many (0 without a comparison). */
  compared: number;
}

export interface PageReport {
  failed?: string;
  /** The cumulative layout shift while the page loaded (Chromium's layout-shift entries; null elsewhere). */
  layoutShift: number | null;
  errors: string[];
  warnings: string[];
  /** Every resource the page fetched (Resource Timing), but the test's own: the server's script (`/__web-dev-server…`) and the probe. */
  requests: string[];
  violations: string[];
  globals: string[];
  pageOverflow: boolean;
  pwned: unknown;
  sheets: number;
  funnels: FunnelState[];
}

interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
  /** The cumulative layout shift while the page loaded: Chromium's alone (null elsewhere). */
  layoutShift: number | null;
}
type Frame = Window & typeof globalThis & { __probe?: Probe; __pwned?: unknown; __settled?: Promise<unknown> };

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Polls `ready` each frame for up to `ms`. */
async function until(ready: () => boolean, ms: number) {
  for (const end = performance.now() + ms; performance.now() < end; await frames()) if (ready()) return true;
  return false;
}

function stateOf(win: Frame): Omit<PageReport, keyof Probe> {
  const doc = win.document.documentElement;
  const all = [...win.document.querySelectorAll('sales-funnel')];
  return {
    funnels: all.map((f) => {
      const root = f.shadowRoot!.querySelector('.root') as HTMLElement;
      const box = f.getBoundingClientRect();
      const shape = (selector: string) => {
        const r = f.shadowRoot!.querySelector(selector)?.getBoundingClientRect();
        return r ? [Math.round(r.width), Math.round(r.height)] : null;
      };
      return {
        // Readable: the drawing, a slider and the text have a size a reader can see.
        svg: shape('svg'),
        slider: shape('input'),
        fontSize: parseFloat(win.getComputedStyle(f.shadowRoot!.querySelector('small') ?? root).fontSize),
        rendered: !!f.shadowRoot!.querySelector('[part=step]'),
        error: f.shadowRoot!.querySelector('[part=error]')?.textContent ?? null,
        overflow: root.scrollWidth > root.clientWidth + 1 || box.right > doc.clientWidth + 1 || box.left < -1,
        height: box.height,
        compared: f.shadowRoot!.querySelectorAll('.was').length,
      };
    }),
    pageOverflow: doc.scrollWidth > doc.clientWidth,
    // Every funnel should adopt the one style sheet, parsed once.
    sheets: new Set(all.map((f) => f.shadowRoot!.adoptedStyleSheets[0])).size,
    // Set by an injection payload that ran: it must stay unset.
    pwned: win.__pwned ?? null,
    globals: Object.keys(win).filter((k) => /funnel|^lit|zod/i.test(k)),
    requests: win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => !/^\/(__web-dev-server|test\/embed\/probe\.js$)/.test(new URL(url).pathname)),
  };
}

/**
 * Opens `path` (from the project's root) in a frame `width` px wide, presses every `click` in every funnel (a
 * selector, or several pressed one after the other: a menu, then its items), and reports.
 */
export async function openPage(path: string, width = 1280, click?: string | string[]): Promise<PageReport> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '800';
  const url = new URL(path, location.origin);
  url.searchParams.set('probe', '');
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = url.href;
  document.body.append(frame);
  const win = () => frame.contentWindow as Frame;
  const probe = (): Probe =>
    win().__probe ?? { errors: ['the probe did not run'], warnings: [], violations: [], layoutShift: null };
  try {
    await loaded;
    const drawn = await until(() => {
      const d = win().document;
      // Each funnel drawn, or its error panel shown (the chunks it needs loaded).
      const all = [...d.querySelectorAll('sales-funnel')];
      return (
        !all.length ||
        (!!win().customElements.get('sales-funnel') &&
          all.every((f) => f.shadowRoot?.querySelector('[part=step], [part=error]')))
      );
    }, 15000);
    if (!drawn) return { ...stateOf(win()), ...probe(), failed: 'the funnels did not render within 15 s' };
    // Press what a visitor would (the export buttons, say), then let the page settle.
    for (const selector of click === undefined ? [] : [click].flat()) {
      const all = [...win().document.querySelectorAll('sales-funnel')];
      for (const f of all) f.shadowRoot!.querySelectorAll<HTMLElement>(selector).forEach((b) => b.click());
      // A chunk that a click asked for: a render's (the insights) is awaited by each funnel's `updateComplete` (up to
      // 5 s, on a loaded machine), once the click's own events have come (a details element says it opened in a task
      // of its own); the export's is the button's own, given 200 ms more to come and do its work.
      await frames();
      const settled = Promise.all(
        all.map((f) => (f as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete),
      );
      await Promise.race([settled, new Promise((r) => setTimeout(r, 5000))]);
      await new Promise((r) => setTimeout(r, 200));
    }
    // A page that makes requests on purpose (the canary) says when they are over.
    const settled = win().__settled;
    if (settled) await Promise.race([settled, new Promise((r) => setTimeout(r, 5000))]);
    // A request made after the first render still shows: the page gets a moment more to make one.
    await new Promise((r) => setTimeout(r, 100));
    await frames();
    return { ...stateOf(win()), ...probe() };
  } finally {
    frame.remove();
  }
}
