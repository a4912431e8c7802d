/**
 * The sheet chunk, fetched only by a funnel with `src` (SPEC 3, "From a spreadsheet"): the funnel's steps read
 * from a published Google Sheet or any CSV served with CORS. The last good copy is kept in `localStorage` per
 * address and given at once on the next visit, while a fresh one is fetched; every failure is said in the page's
 * language, and the funnel keeps what it has (the page's numbers, or the last good copy).
 */
import { csvAddress } from './address.js';
import { readCsv, type SheetStep } from './csv.js';
import { fetchCsv, MOST_BYTES } from './fetch.js';
import { sheetWords } from './words.js';

export { csvAddress } from './address.js';
export { readCsv } from './csv.js';

/** The sheet's steps, with when they are from. */
export interface SheetCopy {
  steps: SheetStep[];
  names?: [string, string];
  /** The sheet's `Last-Modified`, else when it was fetched (ms since 1970). */
  time: number;
}

/** What a funnel is told: the sheet's steps (or null: it has none yet), the line that says how fresh they are, or what went wrong. */
export interface SheetNews {
  copy: SheetCopy | null;
  /** "Cijfers van 3 december, 10:15"; "" while there are none. */
  line: string;
  /** What went wrong, in the page's language; "" when nothing did. */
  problem: string;
}

const key = (url: URL) => `sales-funnel.src:${url.href}`;

function stored(url: URL): SheetCopy | null {
  try {
    const copy = JSON.parse(localStorage.getItem(key(url)) ?? 'null');
    return copy && Array.isArray(copy.steps) && typeof copy.time == 'number' ? copy : null;
  } catch {
    // No storage (a private window), or a copy that is not ours: none.
    return null;
  }
}

function store(url: URL, copy: SheetCopy) {
  try {
    localStorage.setItem(key(url), JSON.stringify(copy));
  } catch {
    // The copy lasts as long as the page.
  }
}

/**
 * Reads `src` for a funnel: `tell` hears the last good copy at once (where there is one), then the fresh copy or
 * what went wrong. `signal` stops it (a changed `src`, the element removed); nothing is told after that.
 */
export async function readSheet(
  src: string,
  lang: 'nl' | 'en',
  locale: string,
  signal: AbortSignal,
  tell: (news: SheetNews) => void,
) {
  const w = sheetWords(lang);
  const url = csvAddress(src, document.baseURI);
  const line = (copy: SheetCopy) =>
    w.fresh(
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(copy.time),
      new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(copy.time),
    );
  if (!url) return tell({ copy: null, line: '', problem: w.address(src) });
  const last = stored(url);
  if (last) tell({ copy: last, line: line(last), problem: '' });
  const said = (problem: string) =>
    !signal.aborted &&
    tell({
      copy: last,
      line: last ? line(last) : '',
      problem: `${w.failed(url.host)} ${problem} ${last ? w.keptLast : w.keptPage}`,
    });
  let fetched;
  try {
    fetched = await fetchCsv(url, signal);
  } catch {
    return; // Stopped.
  }
  if (!fetched.ok) {
    const { code } = fetched;
    return said(
      code == 'csp'
        ? w.csp(fetched.origin)
        : code == 'status'
          ? w.status(fetched.status)
          : code == 'large'
            ? w.large(MOST_BYTES / 1024 / 1024)
            : w[code],
    );
  }
  const sheet = readCsv(fetched.text);
  if ('problem' in sheet) {
    const p = sheet.problem;
    return said(
      p.code == 'row'
        ? w.row(p.row, p.value)
        : p.code == 'rows'
          ? w.rows(p.rows)
          : p.code == 'columns'
            ? w.columns(p.row)
            : w.empty,
    );
  }
  const copy: SheetCopy = { ...sheet, time: (fetched.modified ?? new Date()).getTime() };
  store(url, copy);
  if (!signal.aborted) tell({ copy, line: line(copy), problem: '' });
}

/** What a sheet reader needs of its element: to be told when the sheet's news changed the funnel. */
export interface SheetHost {
  readonly element: HTMLElement;
  /** The sheet's steps, how fresh they are, or what went wrong: read the sources again and render. */
  changed(replaced: boolean): void;
}

/**
 * One element's reading of `src`: follows its address (a changed `src` stops the reading before), keeps the last
 * news, says a failure once in the console and as `sales-funnel-error`, and hands the parser the sheet's steps.
 */
export class SheetReader {
  news?: SheetNews;
  #src?: string;
  #stop?: AbortController;
  #host: SheetHost;

  constructor(host: SheetHost) {
    this.#host = host;
  }

  /** Reads `src` (none: stops), unless it is the one being read. */
  follow(src: string | undefined, lang: 'nl' | 'en', locale: string) {
    if (src == this.#src) return;
    this.stop();
    this.#src = src;
    this.news = undefined;
    if (!src) return;
    const stop = (this.#stop = new AbortController());
    readSheet(src, lang, locale, stop.signal, (news) => {
      if (stop.signal.aborted) return;
      // The sheet's numbers replace what the funnel had: the page's, or a last copy that differs.
      const replaced = !!news.copy && JSON.stringify(news.copy.steps) != JSON.stringify(this.news?.copy?.steps);
      this.news = news;
      this.#host.changed(replaced);
      if (news.problem) {
        const message = `<sales-funnel>: ${news.problem}`;
        console.error(message);
        const issues = [{ code: 'sheet', where: 'sheet', field: 'src', step: null, value: src, text: news.problem }];
        this.#host.element.dispatchEvent(
          new CustomEvent('sales-funnel-error', { bubbles: true, composed: true, detail: { message, issues } }),
        );
      }
    });
  }

  /** Stops reading (the element left the page; it reads again when it comes back). */
  stop() {
    this.#stop?.abort();
    this.#src = undefined;
  }

  /** The sheet's fields for the parser, once read: its steps (with the period before's, where it has two columns), and the periods' names from its header. */
  get fields() {
    const copy = this.news?.copy;
    if (!copy) return undefined;
    const steps = copy.steps.map((st) => ({
      label: st.label,
      count: st.value,
      ...(st.previous === undefined ? {} : { previous: st.previous }),
    }));
    return { steps, ...(copy.names && { previousName: copy.names[0], currentName: copy.names[1] }) };
  }
}
