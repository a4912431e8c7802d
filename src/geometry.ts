/**
 * Counts → the funnel's shapes, in SVG user units. Pure: tested without a DOM.
 *
 * Honest geometry: each step is a bar centred on one axis, its width proportional to its count on one
 * scale shared by the baseline and the forecast (the largest of all their values is the full width), so
 * the eye compares lengths, never areas or slopes. Steps keep their order. A bar never gets narrower
 * than `minWidth` of the full width, so a step of 0 or 0.1 % stays visible beside its label.
 * Step i occupies the band y ∈ [i·BAND, (i+1)·BAND]; the element stretches the drawing over rows of equal
 * height (preserveAspectRatio="none"), so each bar stays level with its row. Behind the bars, the funnel's
 * outline joins each bar's corners to the next one's: the drop-off, seen.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FunnelGeometry {
  width: number;
  height: number;
  /** The baseline, one bar per step. */
  bars: Box[];
  /** The forecast, a thinner bar over the middle of each. */
  forecast: Box[];
  /** The `points` of one polygon around all the bars: down their right ends, up their left ends. */
  outline: string;
}

export const WIDTH = 100;
export const BAND = 10;

const r = (x: number) => Math.round(x * 100) / 100;

export function funnelGeometry(counts: number[], forecasts: number[], minWidth = 0.03): FunnelGeometry {
  const scale = Math.max(...counts, ...forecasts);
  /** A bar `height` of the band tall, in the band's middle. */
  const box = (value: number, i: number, height: number): Box => {
    const width = r(WIDTH * Math.max(minWidth, scale > 0 ? value / scale : 0));
    return { x: r((WIDTH - width) / 2), y: r(BAND * (i + 0.5) - height / 2), width, height };
  };
  const bars = counts.map((c, i) => box(c, i, BAND * 0.3));
  const right = bars.flatMap((b) => [`${r(b.x + b.width)},${b.y}`, `${r(b.x + b.width)},${r(b.y + b.height)}`]);
  const left = bars.flatMap((b) => [`${b.x},${b.y}`, `${b.x},${r(b.y + b.height)}`]).reverse();
  return { width: WIDTH, height: BAND * counts.length, bars, forecast: forecasts.map((f, i) => box(f, i, BAND * 0.1)), outline: [...right, ...left].join(' ') };
}
