import { Decimal } from 'decimal.js';
import type { Figure } from './types.ts';
import type { Interval } from '../interval.ts';

/**
 * The interval a figure stands for, in its dimension's base unit (SPEC §4):
 * a value with d decimal places means v ± ½·10⁻ᵈ. Percentages may also be
 * truncated at their last digit, so their interval reaches up to v + 10⁻ᵈ.
 */
// Decimal arithmetic is costly and rules ask for the same figure's interval many times.
const cache = new WeakMap<Figure, Interval>();

export function intervalOf(f: Figure): Interval {
  let i = cache.get(f);
  if (!i) {
    i = computeInterval(f);
    cache.set(f, i);
  }
  return i;
}

const TEN = new Decimal(10);

function computeInterval(f: Figure): Interval {
  if (f.exact) {
    const v = f.value.times(f.scale);
    return { lo: v, hi: v };
  }
  const ulp = TEN.pow(-f.precision);
  const half = ulp.div(2);
  const up = f.dimension === 'percent' ? ulp : half;
  return { lo: f.value.minus(half).times(f.scale), hi: f.value.plus(up).times(f.scale) };
}

/** The figure's value in its base unit. */
export const baseValue = (f: Figure): Decimal => f.value.times(f.scale);
