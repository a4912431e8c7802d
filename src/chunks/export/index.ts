/**
 * The export chunk, fetched when a reader opens the export menu: the CSV file, the table for a spreadsheet, and the
 * picture for a slide (its own chunk, `picture/`, fetched on its first use), each made in the page from the funnel
 * as it is: no request. The clipboard is there on secure (https) pages; elsewhere the files still download.
 */
import type { FunnelResult } from '../../core/index.js';
import { EXPORTS, type ExportKind, type FunnelView, type Model } from '../../view/model.js';
import { toText } from './csv.js';
import { menuWords } from './words.js';

export { toText } from './csv.js';

/** What an export is made of: the funnel's model and view, its root (for the picture's colours), and what to say after a copy. */
export interface ExportContext {
  model: Model<FunnelResult>;
  view: FunnelView;
  root: Element;
  /** Says a status ("Copied.") in the element's status line. */
  say(status: string): void;
}

/** The menu's items, in the funnel's language. */
export const menuItems = (lang: 'nl' | 'en') => EXPORTS.map((kind) => ({ kind, text: menuWords(lang)[kind] }));

/** The menu's items, above its button: adopted beside the element's styles when the chunk loads. */
export const styles: string = `.items{position:absolute;z-index:1;bottom:calc(100% + .25em);inset-inline-end:0;display:grid;gap:.25em;min-width:max-content;padding:.5em;background:var(--_bg);border:1px solid var(--_line);border-radius:.5em;box-shadow:0 .25em 1em rgb(0 0 0/.15)}`;

/** Downloads `blob` as a file named `name`: a link to it, clicked. */
function download(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1e3);
}

/**
 * One of the export menu's items: "Download CSV" (with a byte-order mark, so Excel reads the labels as UTF-8),
 * "Copy as table" (tab-separated, as spreadsheets paste it), the picture as a PNG or SVG file, or "Copy as image"
 * (the PNG, with the key figures in a sentence as its text). Called within the reader's click: a copy is asked
 * for at once (WebKit asks that), its content made after; where an engine cannot copy an image, the PNG downloads.
 */
export function exportAs(kind: ExportKind, { model, view, root, say }: ExportContext) {
  const copied = () => say(menuWords(model.settings.lang).copied);
  if (kind == 'csv') return download(new Blob(['\ufeff' + toText(model, true)], { type: 'text/csv' }), 'funnel.csv');
  if (kind == 'copy') return void navigator.clipboard?.writeText(toText(model, false)).then(copied, () => {});
  const picture = import('../picture/index.js').then((p) => p.picture(model, view, root));
  if (kind == 'image' && typeof ClipboardItem == 'function' && navigator.clipboard?.write) {
    const png = picture.then((p) => p.png());
    const text = picture.then((p) => new Blob([p.text], { type: 'text/plain' }));
    return void navigator.clipboard
      .write([new ClipboardItem({ 'image/png': png, 'text/plain': text })])
      .then(copied, () => {});
  }
  void picture.then(async (p) =>
    download(kind == 'svg' ? p.svg() : await p.png(), `funnel.${kind == 'svg' ? 'svg' : 'png'}`),
  );
}
