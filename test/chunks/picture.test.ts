import { expect } from 'chai';
import { pictureWords, slide } from '../../src/chunks/picture/index.js';
import type { Shape } from '../../src/chunks/picture/slide.js';
import { view } from '../../src/view/model.js';
import { ARTIKEL, modelOf } from '../model.js';

/** Every character 0.55 of its size wide (bold 0.6): the layout's arithmetic, without a canvas. */
const measure = (text: string, size: number, bold: boolean) => text.length * size * (bold ? 0.6 : 0.55);
const plain = (text: string) => text.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
const texts = (shapes: Shape[]) => shapes.flatMap((s) => (s.kind == 'text' ? [plain(s.text)] : []));

describe('the picture for a slide, laid out (pure)', () => {
  const moved = modelOf(
    { steps: ARTIKEL, dealValue: '2.500', period: 'quarter', lang: 'nl', heading: 'Trechter van het artikel' },
    [0, 0, 0, 20, 0, 0],
  );
  const still = modelOf({ steps: ARTIKEL, dealValue: '2.500', period: 'quarter', lang: 'en' });
  const day = new Date(2026, 11, 7);

  it('holds the title, the key figures and their range, each step’s label, count, conversion and forecast, and a source line', () => {
    const s = slide(view(moved), pictureWords(moved, day), measure);
    const all = texts(s.shapes);
    for (const t of [
      'Trechter van het artikel',
      'Omzet per kwartaal',
      '€ 50.000 → € 60.000',
      '+€ 10.000 (+€ 40.000 per jaar)',
      'Klanten per kwartaal',
      '20 → 24',
    ])
      expect(all, t).to.include(t);
    expect(all.some((t) => t.startsWith('Met de verbeteringen: in 8 van de 10 kwartalen'))).to.equal(true);
    for (const t of [
      'Leads',
      'Gekwalificeerd',
      'Gedrag stimuleren',
      'Voorstel gedaan',
      'Voorstel besproken',
      'Aankoop',
      '1.000',
      '400 · 40%',
      '120 · 48%',
      '144',
      '+24',
      '24',
      '+4',
    ])
      expect(all, t).to.include(t);
    expect(all).to.include('Trechter van het artikel · per kwartaal · 7 december 2026');
    // The key: today's slices, and the forecast's, as it is drawn.
    expect(all).to.include.members(['Nu', 'Met verbeteringen']);
  });

  it('draws a slice per step, the moved steps’ forecast (filled and dashed), and the bottleneck outlined', () => {
    const s = slide(view(moved), pictureWords(moved, day), measure);
    const polygons = s.shapes.filter((x) => x.kind == 'polygon');
    expect(polygons.filter((p) => p.fill == 'step' && p.points.length == 4)).to.have.length(6 + 1); // and the key's swatch
    expect(polygons.filter((p) => p.fill == 'tint')).to.have.length(3 + 1);
    expect(polygons.filter((p) => p.stroke == 'forecast' && p.dashed)).to.have.length(3 + 1);
    expect(polygons.filter((p) => p.stroke == 'warn')).to.have.length(1);
  });

  it('is 960 wide, at least 16:9 tall, and everything lies inside it', () => {
    for (const m of [moved, still]) {
      const s = slide(view(m), pictureWords(m, day), measure);
      expect(s.width).to.equal(960);
      expect(s.height).to.be.at.least(540);
      for (const x of s.shapes) {
        const ys = x.kind == 'text' ? [x.y] : x.kind == 'line' ? [x.y1, x.y2] : x.points.map((p) => p[1]);
        const xs = x.kind == 'text' ? [x.x] : x.kind == 'line' ? [x.x1, x.x2] : x.points.map((p) => p[0]);
        expect(Math.min(...xs)).to.be.at.least(0);
        expect(Math.max(...xs)).to.be.at.most(s.width);
        expect(Math.max(...ys)).to.be.at.most(s.height);
      }
    }
  });

  it('has no forecast key where nothing moved, and says the date in the page’s language', () => {
    const s = slide(view(still), pictureWords(still, day), measure);
    const all = texts(s.shapes);
    expect(all).to.include('Now');
    expect(all).to.not.include('With improvements');
    expect(all).to.include('Funnel · per quarter · December 7, 2026');
  });
});
