/**
 * The address `src` names, as it is fetched: only `http(s)`, and a Google Sheet's share or published address
 * read through its CSV export. Pure.
 *
 *   …/spreadsheets/d/<id>/edit#gid=<gid>     → …/spreadsheets/d/<id>/export?format=csv&gid=<gid>
 *   …/spreadsheets/d/<id>/(edit|view)?…      → …/spreadsheets/d/<id>/export?format=csv (the first sheet)
 *   …/spreadsheets/d/e/<key>/pubhtml?gid=<g>  → …/spreadsheets/d/e/<key>/pub?output=csv&gid=<g>
 *   …/pub?output=csv, any other CSV address  → as it is
 */
export function csvAddress(src: string, base: string): URL | null {
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol != 'https:' && url.protocol != 'http:') return null;
  if (url.hostname == 'docs.google.com') {
    const gid = /gid=(\d+)/.exec(url.hash + url.search)?.[1];
    const shared = /^(\/spreadsheets\/d\/[\w-]+)\/(edit|view|htmlview)?\/?$/.exec(url.pathname);
    if (shared) return new URL(`https://docs.google.com${shared[1]}/export?format=csv${gid ? `&gid=${gid}` : ''}`);
    const published = /^(\/spreadsheets\/d\/e\/[\w-]+)\/pubhtml\/?$/.exec(url.pathname);
    if (published) return new URL(`https://docs.google.com${published[1]}/pub?output=csv${gid ? `&gid=${gid}` : ''}`);
  }
  url.hash = '';
  return url;
}
