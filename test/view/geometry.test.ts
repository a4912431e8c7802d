import { expect } from 'chai';
import { BAND, funnelShape, WIDTH } from '../../src/view/geometry.js';

/** A polygon's points as numbers: [[x, y], …]. */
const points = (p: string) => p.split(' ').map((xy) => xy.split(',').map(Number));

describe('funnelShape: honest geometry', () => {
  it('makes each slice’s top as wide as its count on one scale, centred, narrowing to the next step', () => {
    const g = funnelShape([1000, 400, 200], [1000, 400, 200], [], 0);
    expect(g.widths).to.deep.equal([1, 0.4, 0.2]);
    expect(points(g.slices[0])).to.deep.equal([
      [0, 1],
      [100, 1],
      [70, 9],
      [30, 9],
    ]);
    expect(points(g.slices[1])).to.deep.equal([
      [30, 11],
      [70, 11],
      [60, 19],
      [40, 19],
    ]);
    // The last slice is level: its own width at the bottom too.
    expect(points(g.slices[2])).to.deep.equal([
      [40, 21],
      [60, 21],
      [60, 29],
      [40, 29],
    ]);
    expect([g.width, g.height]).to.deep.equal([WIDTH, 3 * BAND]);
  });

  it('keeps each slice in its own band, with a gap between slices', () => {
    const g = funnelShape([10, 5, 1], [10, 5, 1]);
    g.slices.forEach((p, i) => {
      const ys = points(p).map(([, y]) => y);
      expect(Math.min(...ys)).to.be.above(BAND * i);
      expect(Math.max(...ys)).to.be.below(BAND * (i + 1));
    });
  });

  it('gives the lowest steps a minimum width of 15 % of the top, so they stay visible', () => {
    const g = funnelShape([1000, 400, 120, 20, 0], [1000, 400, 120, 20, 0]);
    expect(g.widths).to.deep.equal([1, 0.4, 0.15, 0.15, 0.15]);
  });

  it('puts baseline and forecast on one scale: a larger forecast reaches past today’s slice', () => {
    const g = funnelShape([100, 50], [150, 75], [], 0);
    expect(g.widths.map((w) => Math.round(w * 1e4) / 1e4)).to.deep.equal([0.6667, 0.3333]);
    expect(points(g.forecast[0])[0]).to.deep.equal([0, 1]);
    expect(points(g.slices[0])[0]).to.deep.equal([16.67, 1]);
  });

  it('draws an all-zero funnel at the minimum width without NaN', () => {
    const g = funnelShape([0, 0], [0, 0]);
    expect(JSON.stringify(g)).not.to.contain('NaN');
    expect(g.widths).to.deep.equal([0.15, 0.15]);
  });
});

describe('funnelShape: a forecast you can see however narrow the slice', () => {
  it('draws the change beside a slice held at the minimum on a scale of its own: +20 % widens it by 10 % of the width', () => {
    const shape = funnelShape([1000, 120, 60], [1000, 144, 72]);
    expect(shape.widths.slice(1)).to.deep.equal([0.15, 0.15]);
    expect(shape.forecastWidths.map((w) => Math.round(w * 1000) / 1000)).to.deep.equal([1, 0.25, 0.25]);
  });

  it('keeps the shared scale where a slice is wider than the minimum', () => {
    const shape = funnelShape([1000, 400], [1000, 480]);
    expect(shape.forecastWidths).to.deep.equal([1, 0.48]);
  });

  it('draws a fall as a narrower forecast, never nothing', () => {
    const shape = funnelShape([1000, 100], [1000, 10]);
    expect(shape.forecastWidths[1]).to.be.above(0).and.below(0.15);
  });
});

describe('funnelShape: the period before, as an outline on the same scale', () => {
  it('draws each step of the period before on the scale all three share: a larger one sets the full width', () => {
    const shape = funnelShape([800, 400], [800, 400], [1000, 300], 0);
    expect(shape.widths).to.deep.equal([0.8, 0.4]);
    expect(shape.before).to.deep.equal(['0,1 100,1 65,9 35,9', '35,11 65,11 65,19 35,19']);
  });

  it('draws none without a period before', () => {
    expect(funnelShape([10, 5], [10, 5]).before).to.deep.equal([]);
  });
});
