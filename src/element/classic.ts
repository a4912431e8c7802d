/**
 * The classic script, `dist/sales-funnel.classic.js`, for a page that cannot use `<script type="module">` (a site
 * builder that strips it, a CMS field that takes a script address): it loads the module beside it, which defines
 * the element and fetches its chunks on first use, as the module script would. One build and one copy on a page,
 * however many classic and module tags load it; nothing it holds twice. It needs the module's files beside it, as
 * the published `dist/` has them. See the README, "Embedding it".
 */
const module = new URL('./sales-funnel.js', import.meta.url).href;
import(module).catch((e) =>
  console.error(`<sales-funnel>: the classic script could not load ${module}, which it needs beside it.`, e),
);
