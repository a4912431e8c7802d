/**
 * Fetching a sheet's CSV, within limits, and every way that can fail told apart (SPEC 3, "From a spreadsheet"):
 * no credentials, at most `MOST_BYTES`, a `TIMEOUT`; a page's Content Security Policy that blocks the address
 * (`connect-src`: heard as a `securitypolicyviolation`), a server that allows no other sites (CORS: the same
 * address fetched without CORS answers), one that cannot be reached at all, a status other than 200, an HTML page
 * (a sign-in page) instead of a CSV, too much. Never throws.
 */

/** The most a sheet's CSV may take, in bytes. */
export const MOST_BYTES = 1024 * 1024;
/** How long a sheet may take to answer, in ms. */
export const TIMEOUT = 10_000;

export type Fetched =
  | { ok: true; text: string; modified: Date | null }
  | { ok: false; code: 'csp'; origin: string }
  | { ok: false; code: 'cors' | 'unreachable' | 'timeout' | 'html' | 'large' }
  | { ok: false; code: 'status'; status: number };

/** Waits for the first of a promise and an abort. */
const until = <T>(p: Promise<T>, signal: AbortSignal) =>
  new Promise<T>((done, fail) => {
    signal.addEventListener('abort', () => fail(signal.reason), { once: true });
    p.then(done, fail);
  });

/** The CSV at `url`, or why not. `signal` cancels it (a changed `src`, the element removed). */
export async function fetchCsv(url: URL, signal: AbortSignal): Promise<Fetched> {
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(new DOMException('timeout', 'TimeoutError')), TIMEOUT);
  const both = AbortSignal.any ? AbortSignal.any([signal, timer.signal]) : signal;
  let blocked = '';
  const listen = (e: SecurityPolicyViolationEvent) => {
    if (e.blockedURI.startsWith(url.origin)) blocked = url.origin;
  };
  document.addEventListener('securitypolicyviolation', listen);
  try {
    // `no-cache`: asked again each time (a browser would otherwise keep a CSV with a Last-Modified for hours).
    const response = await until(fetch(url, { credentials: 'omit', cache: 'no-cache', signal: both }), timer.signal);
    if (!response.ok) return { ok: false, code: 'status', status: response.status };
    if (Number(response.headers.get('content-length')) > MOST_BYTES) return { ok: false, code: 'large' };
    const text = await until(readAtMost(response), timer.signal);
    if (text === null) return { ok: false, code: 'large' };
    if (/html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text))
      return { ok: false, code: 'html' };
    const modified = response.headers.get('last-modified');
    return { ok: true, text, modified: modified ? new Date(modified) : null };
  } catch (e) {
    if (timer.signal.aborted) return { ok: false, code: 'timeout' };
    if (signal.aborted) throw e;
    // The violation event comes in a task of its own, after the fetch failed: wait one.
    await new Promise((r) => setTimeout(r));
    if (blocked) return { ok: false, code: 'csp', origin: blocked };
    // Reachable without CORS, so it is CORS that failed: the server answers, but not to other sites.
    const opaque = await fetch(url, { mode: 'no-cors', credentials: 'omit', signal: both }).then(
      () => true,
      () => false,
    );
    return { ok: false, code: opaque ? 'cors' : 'unreachable' };
  } finally {
    clearTimeout(timeout);
    document.removeEventListener('securitypolicyviolation', listen);
  }
}

/** A response's text, or null once it is over `MOST_BYTES` (the rest is not read). */
async function readAtMost(response: Response): Promise<string | null> {
  const reader = response.body!.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MOST_BYTES) {
      reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) bytes.set(p, (at += p.length) - p.length);
  return new TextDecoder().decode(bytes);
}
