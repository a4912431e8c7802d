/**
 * The picture chunk, fetched on the first "Image (PNG)", "Copy as image" or "SVG" (SPEC 3, "A picture for a
 * slide"): the funnel as the card reads, for a slide deck.
 */
import type { FunnelView, Model } from '../../view/model.js';
import { measurer, paint, svg, tones } from './draw.js';
import { slide } from './slide.js';

export { slide } from './slide.js';

/** The words of a picture: its title, the line at its foot (title, period, date), the key. */
export function pictureWords({ settings, words }: Pick<Model, 'settings' | 'words'>, date = new Date()) {
  const title = settings.heading ?? words.funnel;
  const period = settings.period ? `per ${words.units[settings.period][0]}` : '';
  const day = new Intl.DateTimeFormat(settings.locale, { dateStyle: 'long' }).format(date);
  return {
    title,
    source: [title, period, day].filter(Boolean).join(' · '),
    keys: [words.now, words.then] as [string, string],
  };
}

/**
 * A funnel's picture, drawn from its view in the colours and font it has on screen (`root`, its `.root`): a PNG,
 * an SVG, and the text a copy carries with it (what the live region says: the key figures in a sentence).
 */
export function picture(m: Model, v: FunnelView, root: Element) {
  const family = getComputedStyle(root).fontFamily;
  const s = slide(v, pictureWords(m), measurer(family));
  const colours = tones(root);
  return {
    png: () =>
      new Promise<Blob>((done, fail) =>
        paint(s, colours, family).toBlob((b) => (b ? done(b) : fail(new Error('no PNG'))), 'image/png'),
      ),
    svg: () => new Blob([svg(s, colours, family)], { type: 'image/svg+xml' }),
    text: v.spoken,
  };
}
