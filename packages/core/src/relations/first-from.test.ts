import { describe, expect, it } from 'vitest';
import { firstFrom, firstOffsetFrom } from './first-from.ts';

describe('firstFrom', () => {
  const figs = [{ start: 3 }, { start: 8 }, { start: 8 }, { start: 15 }];
  it('finds the first item starting at or after the offset, the first of equal starts, and the end when none', () => {
    expect([0, 3, 4, 8, 9, 15, 16].map((at) => firstFrom(figs, at))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(firstFrom([], 5)).toBe(0);
    expect([0, 3, 4, 8, 9, 15, 16].map((at) => firstOffsetFrom([3, 8, 8, 15], at))).toEqual([0, 0, 1, 1, 3, 3, 4]);
  });
});
