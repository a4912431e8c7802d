/**
 * A slide (`slide.ts`) painted: on a canvas, for a PNG at twice its logical pixels; or written as SVG. In the
 * colours the funnel has on screen (`tones`: its theme, and any custom property the page set), in its font. No
 * image or font is fetched: a page under a strict Content Security Policy can make it.
 */
import type { Slide, Tone } from './slide.js';

/** The picture's pixels per logical pixel: twice the screen's, sharp on a projector and a high-density screen. */
export const SCALE = 2;

/** Each tone's colour, as the funnel draws it now: read from the element, in its theme (`root` is its `.root`). */
export function tones(root: Element): Record<Tone, string> {
  const probe = document.createElement('span');
  root.append(probe);
  const read = (token: string) => {
    probe.style.color = `var(--_${token})`;
    return getComputedStyle(probe).color;
  };
  const out = {
    text: read('text'),
    bg: read('bg'),
    muted: read('muted'),
    hair: read('hair'),
    step: read('step'),
    tint: read('tint'),
    forecast: read('forecast'),
    warn: read('warn'),
  };
  probe.remove();
  return out;
}

const font = (size: number, bold: boolean | undefined, family: string) => `${bold ? 600 : 400} ${size}px ${family}`;

/** A canvas's measure of a text, in logical pixels, for `slide`. */
export function measurer(family: string) {
  const context = document.createElement('canvas').getContext('2d')!;
  return (text: string, size: number, bold: boolean) => {
    context.font = font(size, bold, family);
    return context.measureText(text).width;
  };
}

/** The slide on a canvas, `SCALE` times its logical size. */
export function paint(s: Slide, colour: Record<Tone, string>, family: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = s.width * SCALE;
  canvas.height = s.height * SCALE;
  const c = canvas.getContext('2d')!;
  c.scale(SCALE, SCALE);
  c.fillStyle = colour.bg;
  c.fillRect(0, 0, s.width, s.height);
  for (const shape of s.shapes) {
    if (shape.kind == 'text') {
      c.font = font(shape.size, shape.bold, family);
      c.fillStyle = colour[shape.tone];
      c.textAlign = shape.align == 'end' ? 'right' : 'left';
      c.fillText(shape.text, shape.x, shape.y);
      continue;
    }
    c.beginPath();
    if (shape.kind == 'line') {
      c.moveTo(shape.x1, shape.y1);
      c.lineTo(shape.x2, shape.y2);
      c.strokeStyle = colour[shape.tone];
      c.lineWidth = 1;
      c.setLineDash([]);
      c.stroke();
      continue;
    }
    shape.points.forEach(([x, y], i) => (i ? c.lineTo(x, y) : c.moveTo(x, y)));
    c.closePath();
    if (shape.fill) {
      c.fillStyle = colour[shape.fill];
      c.fill();
    }
    if (shape.stroke) {
      c.strokeStyle = colour[shape.stroke];
      c.lineWidth = shape.dashed ? 1.5 : 2.5;
      c.setLineDash(shape.dashed ? [4, 3] : []);
      c.stroke();
    }
  }
  return canvas;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The slide as an SVG document: text stays text, the colours written out. */
export function svg(s: Slide, colour: Record<Tone, string>, family: string): string {
  const body = s.shapes.map((shape) => {
    if (shape.kind == 'text')
      return `<text x="${shape.x}" y="${shape.y}" font-size="${shape.size}" font-weight="${shape.bold ? 600 : 400}" fill="${colour[shape.tone]}"${shape.align == 'end' ? ' text-anchor="end"' : ''}>${escape(shape.text)}</text>`;
    if (shape.kind == 'line')
      return `<line x1="${shape.x1}" y1="${shape.y1}" x2="${shape.x2}" y2="${shape.y2}" stroke="${colour[shape.tone]}"/>`;
    const stroke = shape.stroke
      ? ` stroke="${colour[shape.stroke]}" stroke-width="${shape.dashed ? 1.5 : 2.5}"${shape.dashed ? ' stroke-dasharray="4 3"' : ''}`
      : '';
    return `<polygon points="${shape.points.map((p) => p.join(',')).join(' ')}" fill="${shape.fill ? colour[shape.fill] : 'none'}"${stroke}/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s.width}" height="${s.height}" viewBox="0 0 ${s.width} ${s.height}" font-family="${escape(family)}"><rect width="100%" height="100%" fill="${colour.bg}"/>${body.join('')}</svg>`;
}
