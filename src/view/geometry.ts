/**
 * Counts → the funnel's shapes, in SVG user units. Pure: tested without a DOM.
 *
 * Honest geometry: each step is a slice centred on one axis whose top edge is as wide as its count, on one
 * scale shared by the baseline and the forecast (the largest of all their values is the full width); the slice
 * narrows to the next step's width, so the drop-off is the slope, and the last slice is level. A slice is never
 * narrower than `minWidth` of the full width (≈ 15 % of the top), so a step of 0 or 0.1 % stays visible.
 * Step i occupies the band y ∈ [i·BAND, (i+1)·BAND], with a gap between slices; the element stretches the
 * drawing over its rows (preserveAspectRatio="none"), so each slice stays level with its row.
 */

export interface FunnelShape {
  width: number;
  height: number;
  /** The baseline: one polygon's `points` per step. */
  slices: string[];
  /** The forecast, the same way, on the same scale: drawn as a lighter extension and an outline. */
  forecast: string[];
  /** Each baseline slice's top width, as a fraction of the full width (where its count fits inside). */
  widths: number[];
}

export const WIDTH = 100;
export const BAND = 10;
/** The gap between two slices, in user units. */
const GAP = 2;

const r = (x: number) => Math.round(x * 100) / 100;

/** The points of one trapezoid in band `i`, from a top width to a bottom width (fractions of the full width). */
const trapezoid = (i: number, top: number, bottom: number) => {
  const [y0, y1] = [BAND * i + GAP / 2, BAND * (i + 1) - GAP / 2];
  const [a, b] = [(WIDTH * top) / 2, (WIDTH * bottom) / 2];
  const c = WIDTH / 2;
  return `${r(c - a)},${y0} ${r(c + a)},${y0} ${r(c + b)},${y1} ${r(c - b)},${y1}`;
};

export function funnelShape(counts: number[], forecasts: number[], minWidth = 0.15): FunnelShape {
  const scale = Math.max(...counts, ...forecasts);
  const fraction = (value: number) => Math.max(minWidth, scale > 0 ? value / scale : 0);
  const shapes = (values: number[]) => {
    const w = values.map(fraction);
    return w.map((top, i) => trapezoid(i, top, w[i + 1] ?? top));
  };
  return {
    width: WIDTH,
    height: BAND * counts.length,
    slices: shapes(counts),
    forecast: shapes(forecasts),
    widths: counts.map(fraction),
  };
}
