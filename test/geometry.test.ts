import { expect } from 'chai';
import { BAND, funnelGeometry, WIDTH } from '../src/geometry.js';

describe('funnelGeometry', () => {
  it('makes each bar as wide as its count on one scale, centred, in order', () => {
    const g = funnelGeometry([1000, 400, 20], [1000, 400, 20], 0);
    expect(g.bars.map((b) => b.width)).to.deep.equal([100, 40, 2]);
    expect(g.bars.map((b) => b.x)).to.deep.equal([0, 30, 49]);
    expect([g.width, g.height]).to.deep.equal([WIDTH, 3 * BAND]);
  });

  it('puts each bar in the middle of its band, one band per step', () => {
    const g = funnelGeometry([10, 5, 1], [10, 5, 1]);
    g.bars.forEach((b, i) => expect(b.y + b.height / 2).to.equal(BAND * (i + 0.5)));
  });

  it('gives tiny and empty steps a minimum width so they stay visible', () => {
    const g = funnelGeometry([1000, 1, 0], [1000, 1, 0], 0.03);
    expect(g.bars.map((b) => b.width)).to.deep.equal([100, 3, 3]);
  });

  it('puts baseline and forecast on the same scale: a larger forecast widens past its bar', () => {
    const g = funnelGeometry([100, 50], [150, 75]);
    expect(g.bars.map((b) => b.width)).to.deep.equal([66.67, 33.33]);
    expect(g.forecast.map((b) => b.width)).to.deep.equal([100, 50]);
    expect(g.forecast[0].height).to.be.below(g.bars[0].height);
    expect(g.forecast[0].y + g.forecast[0].height / 2).to.equal(g.bars[0].y + g.bars[0].height / 2);
  });

  it('draws the outline down the bars’ right ends and up their left ends, joining each bar to the next', () => {
    const g = funnelGeometry([100, 50], [100, 50]);
    const [a, b] = g.bars;
    const right = (x: typeof a) => [`${x.x + x.width},${x.y}`, `${x.x + x.width},${x.y + x.height}`];
    const left = (x: typeof a) => [`${x.x},${x.y + x.height}`, `${x.x},${x.y}`];
    expect(g.outline).to.equal([...right(a), ...right(b), ...left(b), ...left(a)].join(' '));
  });

  it('draws an all-zero funnel at the minimum width without NaN', () => {
    const g = funnelGeometry([0, 0], [0, 0]);
    expect(JSON.stringify(g)).not.to.contain('NaN');
    expect(g.bars[0].width).to.equal(3);
  });
});
