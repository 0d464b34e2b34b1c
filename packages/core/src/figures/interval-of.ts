import { Decimal } from 'decimal.js';
import type { Figure } from './types.ts';
import type { Interval } from '../interval.ts';

/**
 * The interval a figure stands for, in its dimension's base unit (SPEC §4):
 * a value with d decimal places means v ± ½·10⁻ᵈ. Percentages may also be
 * truncated at their last digit, so their interval reaches up to v + 10⁻ᵈ.
 */
export function intervalOf(f: Figure): Interval {
  if (f.exact) {
    const v = f.value.times(f.scale);
    return { lo: v, hi: v };
  }
  const ulp = new Decimal(10).pow(-f.precision);
  const half = ulp.div(2);
  const up = f.dimension === 'percent' ? ulp : half;
  return { lo: f.value.minus(half).times(f.scale), hi: f.value.plus(up).times(f.scale) };
}

/** The figure's value in its base unit. */
export const baseValue = (f: Figure): Decimal => f.value.times(f.scale);
