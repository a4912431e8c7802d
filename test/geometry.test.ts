import { expect } from 'chai';
import { evenBands, funnelGeometry } from '../src/geometry.js';

const bands = evenBands(3, 40);

describe('funnelGeometry', () => {
  it('makes each bar as wide as its count on one scale, centred, in order', () => {
    const g = funnelGeometry([1000, 400, 20], [1000, 400, 20], bands, 200, 28, 0);
    expect(g.bars.map((b) => b.width)).to.deep.equal([200, 80, 4]);
    expect(g.bars.map((b) => b.x)).to.deep.equal([0, 60, 98]);
    expect(g.width).to.equal(200);
    expect(g.height).to.equal(120);
  });

  it('gives tiny and empty steps a minimum width so they stay visible', () => {
    const g = funnelGeometry([1000, 1, 0], [1000, 1, 0], bands, 100, 28, 0.03);
    expect(g.bars.map((b) => b.width)).to.deep.equal([100, 3, 3]);
  });

  it('puts baseline and forecast on the same scale: a larger forecast widens past its bar', () => {
    const g = funnelGeometry([100, 50], [150, 75], evenBands(2), 300);
    expect(g.bars.map((b) => b.width)).to.deep.equal([200, 100]);
    expect(g.forecast.map((b) => b.width)).to.deep.equal([300, 150]);
    expect(g.forecast[0].height).to.be.below(g.bars[0].height);
  });

  it('centres each bar in its band, at most barHeight tall', () => {
    const g = funnelGeometry([10, 5], [10, 5], [{ y: 0, height: 100 }, { y: 100, height: 20 }], 100, 28);
    expect(g.bars[0]).to.include({ y: 36, height: 28 });
    expect(g.bars[1]).to.include({ y: 104, height: 12 }); // 60 % of a 20 px row
  });

  it('joins each bar to the next with a flow polygon', () => {
    const g = funnelGeometry([100, 50], [100, 50], evenBands(2, 40), 100, 28);
    const [a, b] = g.bars;
    expect(g.flows).to.deep.equal([`${a.x},${a.y + a.height} ${a.x + a.width},${a.y + a.height} ${b.x + b.width},${b.y} ${b.x},${b.y}`]);
  });

  it('draws an all-zero funnel at the minimum width without NaN', () => {
    const g = funnelGeometry([0, 0], [0, 0], evenBands(2), 100);
    expect(JSON.stringify(g)).not.to.contain('NaN');
    expect(g.bars[0].width).to.equal(3);
  });
});
