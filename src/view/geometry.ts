/**
 * Counts → the funnel's shapes, in SVG user units. Pure: tested without a DOM.
 *
 * Honest geometry: each step is a slice centred on one axis whose top edge is as wide as its count, on one
 * scale shared by the baseline, the forecast and the period before (the largest of all their values is the full
 * width); the slice
 * narrows to the next step's width, so the drop-off is the slope, and the last slice is level. A slice is never
 * narrower than `minWidth` of the full width (≈ 15 % of the top), so a step of 0 or 0.1 % stays visible. Where a
 * slice is held at that minimum, its count is off the scale, and so is its forecast: the change is drawn beside it
 * on a scale of its own, `CHANGE` of the full width for +100 % (120 → 144, +20 %, widens it by 10 % of the width),
 * so a change shows however narrow the slice. Where slices are wider, the forecast is on the shared scale.
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
  /** Each forecast slice's top width, the same way. */
  forecastWidths: number[];
  /** The period before (where it is compared), the same way, on the same scale: drawn as an outline. */
  before: string[];
}

export const WIDTH = 100;
export const BAND = 10;
/** The gap between two slices, in user units. */
const GAP = 2;
/** Beside a slice held at the minimum width: the width a change of +100 % adds (a fraction of the full width). */
const CHANGE = 0.5;

const r = (x: number) => Math.round(x * 100) / 100;

/** The points of one trapezoid in band `i`, from a top width to a bottom width (fractions of the full width). */
const trapezoid = (i: number, top: number, bottom: number) => {
  const [y0, y1] = [BAND * i + GAP / 2, BAND * (i + 1) - GAP / 2];
  const [a, b] = [(WIDTH * top) / 2, (WIDTH * bottom) / 2];
  const c = WIDTH / 2;
  return `${r(c - a)},${y0} ${r(c + a)},${y0} ${r(c + b)},${y1} ${r(c - b)},${y1}`;
};

export function funnelShape(
  counts: number[],
  forecasts: number[],
  before: number[] = [],
  minWidth = 0.15,
): FunnelShape {
  const scale = Math.max(...counts, ...forecasts, ...before);
  const fraction = (value: number) => Math.max(minWidth, scale > 0 ? value / scale : 0);
  const widths = counts.map(fraction);
  // Beside a slice held at the minimum: the change on its own scale.
  const held = (i: number) => scale > 0 && counts[i] > 0 && counts[i] / scale < minWidth;
  const forecastWidths = forecasts.map((f, i) =>
    held(i) ? Math.min(1, Math.max(minWidth / 4, minWidth + (f / counts[i] - 1) * CHANGE)) : fraction(f),
  );
  const shapes = (w: number[]) => w.map((top, i) => trapezoid(i, top, w[i + 1] ?? top));
  return {
    width: WIDTH,
    height: BAND * counts.length,
    slices: shapes(widths),
    forecast: shapes(forecastWidths),
    widths,
    forecastWidths,
    before: shapes(before.map(fraction)),
  };
}
