/**
 * Counts → the funnel's shapes, in the SVG's user units (CSS pixels once the rows are measured).
 * Pure: tested without a DOM.
 *
 * Honest geometry: each step is a bar centred on one axis, its width proportional to its count on one
 * scale shared by the baseline and the forecast (the largest of all their values is the full width), so
 * the eye compares lengths, never areas or slopes. Steps keep their order. A bar never gets narrower
 * than `minWidth` of the full width, so a step of 0 or 0.1 % stays visible beside its label.
 * Each bar sits in the middle of its step's band (the row of text beside it, measured by the element);
 * between bars, a flow joins a bar's bottom edge to the next one's top: the drop-off, seen.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a step's row is: its top and height. */
export interface Band {
  y: number;
  height: number;
}

export interface FunnelGeometry {
  width: number;
  height: number;
  /** The baseline, one bar per step. */
  bars: Box[];
  /** The forecast, a thinner bar over the middle of each. */
  forecast: Box[];
  /** n − 1 polygons' `points`, between bar i and bar i + 1. */
  flows: string[];
}

/** Bands for rows not measured yet: equal, `height` each. */
export const evenBands = (n: number, height = 48): Band[] => Array.from({ length: n }, (_, i) => ({ y: i * height, height }));

const r = (x: number) => Math.round(x * 100) / 100;

/**
 * @param bands each step's row; the bar takes 60 % of it, at most `barHeight`.
 * @param width the drawing's width.
 */
export function funnelGeometry(
  counts: number[],
  forecasts: number[],
  bands: Band[],
  width: number,
  barHeight = 28,
  minWidth = 0.03,
): FunnelGeometry {
  const scale = Math.max(...counts, ...forecasts);
  const box = (value: number, i: number, share: number): Box => {
    const w = r(width * Math.max(minWidth, scale > 0 ? value / scale : 0));
    const h = Math.min(bands[i].height * 0.6, barHeight) * share;
    return { x: r((width - w) / 2), y: r(bands[i].y + (bands[i].height - h) / 2), width: w, height: r(h) };
  };
  const bars = counts.map((c, i) => box(c, i, 1));
  const flows = bars.slice(1).map((b, i) => {
    const a = bars[i];
    const top = r(a.y + a.height);
    return `${a.x},${top} ${r(a.x + a.width)},${top} ${r(b.x + b.width)},${b.y} ${b.x},${b.y}`;
  });
  const last = bands[bands.length - 1];
  return {
    width,
    height: r(last.y + last.height),
    bars,
    forecast: forecasts.map((f, i) => box(f, i, 0.3)),
    flows,
  };
}
