import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { abs, add, D, div, gap, meets, mid, neg, point, scale, sub, sum, type Interval } from './interval.ts';
import { intervalOf } from './reading/figures/interval-of.ts';
import { readFigures } from './reading/figures/read-figures.ts';

const iv = (lo: Decimal.Value, hi: Decimal.Value): Interval => ({ lo: D(lo), hi: D(hi) });
const str = (i: Interval | null) => (i ? [i.lo.toString(), i.hi.toString()] : null);
/** The interval of a figure as written, in its own unit (scale 1). */
const fig = (s: string): Interval => {
  const [f] = readFigures(s);
  return intervalOf({ ...f, scale: new Decimal(1) });
};

describe('interval arithmetic', () => {
  it('add sums the bounds', () => {
    expect(str(add(iv(1, 2), iv(10, 20)))).toEqual(['11', '22']);
  });
  it('sub subtracts crosswise', () => {
    expect(str(sub(iv(10, 20), iv(1, 2)))).toEqual(['8', '19']);
    expect(str(sub(iv(1, 2), iv(1, 2)))).toEqual(['-1', '1']);
  });
  it('neg flips the bounds', () => {
    expect(str(neg(iv(-1, 3)))).toEqual(['-3', '1']);
  });
  it('scale keeps lo ≤ hi for negative factors', () => {
    expect(str(scale(iv(1, 2), 10))).toEqual(['10', '20']);
    expect(str(scale(iv(1, 2), -10))).toEqual(['-20', '-10']);
  });
  it('sum of nothing is zero', () => {
    expect(str(sum([]))).toEqual(['0', '0']);
    expect(str(sum([point(1), point(2), iv('0.5', '1.5')]))).toEqual(['3.5', '4.5']);
  });
  it('div takes the extreme quotients', () => {
    expect(str(div(iv(10, 20), iv(2, 5)))).toEqual(['2', '10']);
    expect(str(div(iv(-20, 10), iv(2, 5)))).toEqual(['-10', '5']);
    expect(str(div(iv(10, 20), iv(-5, -2)))).toEqual(['-10', '-2']);
  });
  it('div of a non-negative amount by a positive base gives the extreme quotients of all four', () => {
    // The short path (two quotients) against the four-quotient definition, on rates as drafts state them.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let k = 0; k < 500; k++) {
      const places = Math.floor(rnd() * 4);
      const at = (x: number) => new Decimal(x.toFixed(places));
      const aLo = at(rnd() * 5000);
      const bLo = at(0.01 + rnd() * 9000).plus(k % 3 === 0 ? 0 : '0.001');
      const a = { lo: aLo, hi: aLo.plus(at(rnd() * 2)) };
      const b = { lo: bLo, hi: bLo.plus(at(rnd() * 2)) };
      const q = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
      expect(str(div(a, b))).toEqual([Decimal.min(...q).toString(), Decimal.max(...q).toString()]);
    }
    expect(str(div(iv(0, 3), iv(2, 4)))).toEqual(['0', '1.5']);
  });
  it('div returns null when the divisor touches zero', () => {
    expect(div(iv(1, 2), iv(0, 1))).toBeNull();
    expect(div(iv(1, 2), iv(-1, 0))).toBeNull();
    expect(div(iv(1, 2), iv(-1, 1))).toBeNull();
    expect(div(iv(1, 2), point(0))).toBeNull();
    // 0.4 rounds from [0.35, 0.45]: fine; 0 written with no decimals is [-0.5, 0.5]: no bound.
    expect(div(point(1), fig('0.4万元'))).not.toBeNull();
    expect(div(point(1), fig('0万元'))).toBeNull();
  });
  it('meets is inclusive at the edges', () => {
    expect(meets(iv(1, 2), iv(2, 3))).toBe(true);
    expect(meets(iv(2, 3), iv(1, 2))).toBe(true);
    expect(meets(iv(1, 2), iv('2.0000001', 3))).toBe(false);
    expect(meets(iv(0, 10), iv(4, 5))).toBe(true);
  });
  it('gap is the distance between disjoint intervals, 0 when they meet', () => {
    expect(gap(iv(1, 2), iv(5, 6)).toString()).toBe('3');
    expect(gap(iv(5, 6), iv(1, 2)).toString()).toBe('3');
    expect(gap(iv(1, 3), iv(2, 6)).toString()).toBe('0');
  });
  it('abs and mid', () => {
    expect(str(abs(iv(-3, -1)))).toEqual(['1', '3']);
    expect(str(abs(iv(-1, 3)))).toEqual(['0', '3']);
    expect(str(abs(iv(1, 3)))).toEqual(['1', '3']);
    expect(mid(iv(1, 2)).toString()).toBe('1.5');
  });
  it('is exact in decimal, not binary floating point', () => {
    expect(add(point('0.1'), point('0.2')).lo.toString()).toBe('0.3');
  });
});

describe('SPEC §4 examples', () => {
  it('1.3 + 13.40 + 7.39 = [22.03, 22.15] does not meet 27.54', () => {
    const parts = sum([fig('1.3亿元'), fig('13.40亿元'), fig('7.39亿元')]);
    expect(str(parts)).toEqual(['22.03', '22.15']);
    expect(str(fig('27.54亿元'))).toEqual(['27.535', '27.545']);
    expect(meets(parts, fig('27.54亿元'))).toBe(false);
    expect(gap(parts, fig('27.54亿元')).toString()).toBe('5.385');
  });
  it('95.36 + 10.23 (= 105.59) meets 105.58', () => {
    const parts = add(fig('95.36万元'), fig('10.23万元'));
    expect(str(parts)).toEqual(['105.58', '105.6']);
    expect(meets(parts, fig('105.58万元'))).toBe(true);
  });
  it('202 − 171 (= 31) meets 减少30 at the edge', () => {
    const delta = sub(fig('202万元'), fig('171万元'));
    expect(str(delta)).toEqual(['30', '32']);
    expect(str(fig('30万元'))).toEqual(['29.5', '30.5']);
    expect(meets(delta, fig('30万元'))).toBe(true);
    expect(meets(delta, fig('29万元'))).toBe(false);
  });
  it('adds 亿元 and 万元 after scaling to 元', () => {
    const [a, b] = readFigures('1.3亿元和2000万元');
    const total = add(intervalOf(a), intervalOf(b));
    expect(str(total)).toEqual(['144995000', '155005000']);
    expect(meets(total, intervalOf(readFigures('1.5亿元')[0]))).toBe(true);
  });
});
