/**
 * The picture for a slide (SPEC 3): "Image (PNG)" and "Image (SVG)" download it, "Copy as image" puts it on the
 * clipboard with the key figures as text; at twice its logical pixels, in the theme's colours, its code a chunk.
 */
import { expect } from 'chai';
import type { SalesFunnel } from '../../src/element/sales-funnel.js';
import { ARTIKEL, fixture, openMenu } from './fixture.js';

const funnel = (theme: string) =>
  `<sales-funnel lang="nl" theme="${theme}" deal-value="2.500" period="quarter" improvements="0; 0; 0; 20" steps="${ARTIKEL}"></sales-funnel>`;

/** What a menu item downloads: the file's name and its content, caught before the browser saves it. */
async function downloaded(el: SalesFunnel, item: number) {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const [create, click] = [URL.createObjectURL, HTMLAnchorElement.prototype.click];
  URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    (await openMenu(el))[item].click();
    for (let k = 0; k < 300 && !names.length; k++) await new Promise((r) => setTimeout(r, 10));
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return { name: names[0], blob: blobs[0] };
}

/** A colour as the page computes it, in `rgb(r, g, b)`: the element's own, for its theme. */
function colourOf(el: SalesFunnel, token: string) {
  const probe = document.createElement('span');
  el.shadowRoot!.querySelector('.root')!.append(probe);
  probe.style.color = `var(--_${token})`;
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour.match(/\d+/g)!.slice(0, 3).map(Number);
}

/** The picture's pixel at (x, y) in logical pixels (the picture is drawn at twice them). */
async function pixels(blob: Blob) {
  const image = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.width, image.height];
  const c = canvas.getContext('2d')!;
  c.drawImage(image, 0, 0);
  return {
    width: image.width,
    height: image.height,
    at: (x: number, y: number) => [...c.getImageData(x * 2, y * 2, 1, 1).data.slice(0, 3)],
  };
}

const near = (a: number[], b: number[]) => a.every((x, i) => Math.abs(x - b[i]) <= 2);

describe('<sales-funnel>: a picture for a slide', () => {
  for (const theme of ['light', 'dark'])
    it(`downloads a PNG at twice its logical pixels, in the ${theme} theme's colours`, async () => {
      const el = await fixture(funnel(theme), 680);
      const { name, blob } = await downloaded(el, 2);
      expect(name).to.equal('funnel.png');
      expect(blob.type).to.equal('image/png');
      const png = await pixels(blob);
      expect(png.width).to.equal(1920);
      expect(png.height).to.be.at.least(1080);
      // The background's corner, and the middle of the first slice (the funnel's left column, the first row).
      expect(near(png.at(4, 4), colourOf(el, 'bg')), `background ${png.at(4, 4)}`).to.equal(true);
      // Down the funnel's middle (the funnel is 40 to 300 logical px across): its slices in the step colour.
      const step = colourOf(el, 'step');
      let found = false;
      for (let y = 250; y < 600 && !found; y += 2) found = near(png.at(170, y), step);
      expect(found, 'a slice in the step colour').to.equal(true);
      console.log(`picture ${theme}: ${png.width} × ${png.height} px, ${blob.size} bytes`);
    });

  it('downloads an SVG that holds each step’s label and figures as text', async () => {
    const el = await fixture(funnel('light'), 680);
    const { name, blob } = await downloaded(el, 4);
    expect(name).to.equal('funnel.svg');
    const text = await blob.text();
    for (const t of ['Gekwalificeerd', 'Voorstel besproken', 'Aankoop', '400 · 40%', '144', 'Omzet per kwartaal'])
      expect(text.includes(t), t).to.equal(true);
    expect(new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')).to.equal(null);
  });

  it('copies the picture and the key figures as text, both, where the engine can copy an image', async function () {
    if (typeof ClipboardItem != 'function') this.skip();
    const el = await fixture(funnel('light'), 680);
    const written: ClipboardItem[][] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { write: async (items: ClipboardItem[]) => void written.push(items) },
    });
    try {
      (await openMenu(el))[3].click();
      for (let k = 0; k < 300 && !written.length; k++) await new Promise((r) => setTimeout(r, 10));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    const [item] = written[0];
    expect([...item.types].sort()).to.deep.equal(['image/png', 'text/plain']);
    const png = await pixels(await item.getType('image/png'));
    expect(png.width).to.equal(1920);
    const text = (await (await item.getType('text/plain')).text()).replace(/[\u2060\u00a0]/g, (c) =>
      c == '\u00a0' ? ' ' : '',
    );
    expect(text).to.equal(
      'Omzet per kwartaal: nu € 50.000, met de verbeteringen € 60.000 (+€ 10.000, +€ 40.000 per jaar).',
    );
  });
});
