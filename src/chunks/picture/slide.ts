/**
 * The funnel as a picture for a slide, laid out: the card as it reads, without controls. Its title, the key
 * figures and their range, the funnel beside its rows (label, now, conversion, then), the key, and a source line.
 * Pure: what to draw and where, as a list of shapes and texts in logical pixels, from the view model (`measure`
 * says how wide a text is; the canvas measures, a test may count). `draw.ts` paints it on a canvas or writes it as
 * SVG, in the theme's colours.
 */
import type { FunnelView } from '../../view/model.js';

/** The colours a picture is drawn in: the element's, resolved for its theme. */
export type Tone = 'text' | 'bg' | 'muted' | 'hair' | 'step' | 'tint' | 'forecast' | 'warn';

export type Shape =
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      bold?: boolean;
      tone: Tone;
      align?: 'start' | 'end';
    }
  | { kind: 'polygon'; points: [number, number][]; fill?: Tone; stroke?: Tone; dashed?: boolean }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; tone: Tone };

export interface Slide {
  width: number;
  height: number;
  shapes: Shape[];
}

/** How wide a text is, in logical pixels, at a size and weight. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** The picture's width in logical pixels: 16:9 at its least height (540). */
export const WIDTH = 960;
const PAD = 40;
const ROW = 44;

/** Splits a text into lines no wider than `width`, by words. */
function wrap(text: string, width: number, size: number, measure: Measure) {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && measure(`${lines[last]} ${word}`, size, false) <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The slide of a funnel's view: `title` (its heading, else "Funnel"), `source` (the line at its foot: the title,
 * the period, the date), `keys` (the key's words: today, with the improvements).
 */
export function slide(
  v: FunnelView,
  words: { title: string; source: string; keys: [string, string] },
  measure: Measure,
): Slide {
  const shapes: Shape[] = [];
  const text = (
    x: number,
    y: number,
    t: string,
    size: number,
    tone: Tone,
    bold = false,
    align: 'start' | 'end' = 'start',
  ) => t && shapes.push({ kind: 'text', x, y, text: t, size, bold, tone, align });
  let y = PAD + 28;
  text(PAD, y, words.title, 28, 'text', true);

  // The key figures, side by side.
  y += 40;
  const column = (WIDTH - 2 * PAD) / v.figures.length;
  v.figures.forEach((f, k) => {
    const x = PAD + k * column;
    text(x, y, f.label, 16, 'muted');
    text(x, y + 38, f.value, 32, 'text', true);
    if (!f.hint) text(x, y + 66, f.extra, 18, 'forecast', true);
  });
  y += 96;
  for (const line of wrap(v.range, WIDTH - 2 * PAD, 16, measure)) text(PAD, (y += 22), line, 16, 'muted');

  // The funnel beside its rows, under their headers.
  y += 36;
  const left = PAD;
  const funnelWidth = 260;
  const labels = PAD + funnelWidth + 30;
  const now = WIDTH - PAD - 190;
  const then = WIDTH - PAD;
  const head = v.headers.map((h) => h.column);
  text(labels, y, v.headers[0].text, 14, 'muted');
  text(now, y, v.headers[head.indexOf('now')].text, 14, 'muted', false, 'end');
  if (head.includes('then')) text(then, y, v.headers[head.indexOf('then')].text, 14, 'muted', false, 'end');
  y += 12;
  shapes.push({ kind: 'line', x1: labels, y1: y, x2: then, y2: y, tone: 'hair' });
  const top = y + 4;
  const { shape, forecast, bottleneck } = v.funnel;
  const scaleX = funnelWidth / shape.width;
  const scaleY = (ROW * v.rows.length) / shape.height;
  const points = (p: string) =>
    p
      .split(' ')
      .map((xy) => xy.split(',').map(Number))
      .map(([px, py]): [number, number] => [left + px * scaleX, top + py * scaleY]);
  forecast.forEach(
    (moved, i) => moved && shapes.push({ kind: 'polygon', points: points(shape.forecast[i]), fill: 'tint' }),
  );
  shape.slices.forEach((p, i) =>
    shapes.push({ kind: 'polygon', points: points(p), fill: 'step', stroke: i == bottleneck ? 'warn' : undefined }),
  );
  forecast.forEach(
    (moved, i) =>
      moved && shapes.push({ kind: 'polygon', points: points(shape.forecast[i]), stroke: 'forecast', dashed: true }),
  );
  v.rows.forEach((r, i) => {
    const base = top + i * ROW + ROW / 2 + 6;
    text(labels, base, r.label, 18, 'text', true);
    if (r.chip) text(labels + measure(r.label, 18, true) + 10, base, r.chip.text, 13, 'warn', true);
    const conversion = r.conversion ? ` · ${r.conversion}` : '';
    text(now, base, r.count + conversion, 18, 'text', false, 'end');
    if (r.then !== null) {
      text(then, base, r.extra, 14, r.up ? 'forecast' : 'warn', true, 'end');
      // As on screen: a forecast that changed in bold, one that did not muted.
      text(
        then - (r.extra ? measure(r.extra, 14, true) + 8 : 0),
        base,
        r.then,
        18,
        r.extra ? 'text' : 'muted',
        !!r.extra,
        'end',
      );
    }
    shapes.push({ kind: 'line', x1: labels, y1: top + (i + 1) * ROW, x2: then, y2: top + (i + 1) * ROW, tone: 'hair' });
  });
  y = top + ROW * v.rows.length + 32;

  // The key: today's slices, and the forecast's where one is drawn.
  const swatch = (x: number, fill: Tone, stroke?: Tone) =>
    shapes.push({
      kind: 'polygon',
      points: [
        [x, y - 12],
        [x + 14, y - 12],
        [x + 14, y + 2],
        [x, y + 2],
      ],
      fill,
      stroke,
      dashed: !!stroke,
    });
  swatch(PAD, 'step');
  text(PAD + 22, y, words.keys[0], 14, 'muted');
  if (forecast.some(Boolean)) {
    const x = PAD + 44 + measure(words.keys[0], 14, false);
    swatch(x, 'tint', 'forecast');
    text(x + 22, y, words.keys[1], 14, 'muted');
  }
  y += 30;
  text(PAD, y, words.source, 13, 'muted');
  return { width: WIDTH, height: Math.max(540, Math.ceil(y + PAD)), shapes };
}
