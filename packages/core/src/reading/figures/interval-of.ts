import { Decimal } from 'decimal.js';
import type { Figure } from './types.ts';
import type { Interval } from '../../interval.ts';
import { OPERATION_MEMO_SIZE } from '../../interval.ts';
import { WeakMemo2 } from '../../weak-memo.ts';

/**
 * The interval a figure stands for, in its dimension's base unit (SPEC §4):
 * a value with d decimal places means v ± ½·10⁻ᵈ. Percentages may also be
 * truncated at their last digit, so their interval reaches up to v + 10⁻ᵈ (down to v − 10⁻ᵈ for a
 * negative one: its magnitude is what was truncated).
 */
// Rules ask for the same figure's interval again and again, and in an editor every lint places
// new figure objects for unchanged blocks, but with the reading's own value and scale objects
// (the figure memo in reading/context.ts): the interval is found from those two by identity,
// checked against the rest of what it depends on. A memo keyed by the figure's wording cost
// more to key than the four Decimal operations it saved, so there is none.
interface Known {
  precision: number;
  dimension: string;
  exact: boolean;
  unit: string;
  raw: string;
  interval: Interval;
}
// Bounded by count like the interval operations (weak-memo.ts): a figure lives to the end of
// its lint, and a large draft's figures would otherwise keep every interval they were asked for.
const byValue = new WeakMemo2<Decimal, Decimal, Known>(OPERATION_MEMO_SIZE);

export function intervalOf(f: Figure): Interval {
  const known = byValue.get(f.value, f.scale);
  if (known && known.precision === f.precision && known.dimension === f.dimension && known.exact === !!f.exact && known.unit === f.unit && known.raw === f.raw) return known.interval;
  const i = computeInterval(f);
  byValue.set(f.value, f.scale, { precision: f.precision, dimension: f.dimension, exact: !!f.exact, unit: f.unit, raw: f.raw, interval: i });
  return i;
}

const TEN = new Decimal(10);
// 10⁻ᵈ and half of it for each number of decimal places, computed once (Decimals are immutable).
const ulps: Array<{ ulp: Decimal; half: Decimal }> = [];
function ulpOf(places: number): { ulp: Decimal; half: Decimal } {
  let u = ulps[places];
  if (!u) {
    const ulp = TEN.pow(-places);
    u = { ulp, half: ulp.div(2) };
    if (Number.isInteger(places) && places >= 0 && places < 64) ulps[places] = u;
  }
  return u;
}

function computeInterval(f: Figure): Interval {
  if (f.exact) {
    const v = f.value.times(f.scale);
    return { lo: v, hi: v };
  }
  const { ulp, half } = ulpOf(f.precision);
  if (f.dimension !== 'percent') return { lo: f.value.minus(half).times(f.scale), hi: f.value.plus(half).times(f.scale) };
  // A percentage truncated keeps its magnitude's digits: -5.37 truncated is -5.3, so a fall reaches down a whole unit.
  if (f.value.isNegative()) return { lo: f.value.minus(ulp).times(f.scale), hi: f.value.plus(half).times(f.scale) };
  return { lo: f.value.minus(half).times(f.scale), hi: f.value.plus(ulp).times(f.scale) };
}

// A figure's value and scale are the cached reading's own Decimal objects, the same on every lint
// of a block that did not change: the product is remembered for them.
const products = new WeakMemo2<Decimal, Decimal, Decimal>(OPERATION_MEMO_SIZE);

/** The figure's value in its base unit. */
export function baseValue(f: Figure): Decimal {
  let v = products.get(f.value, f.scale);
  if (!v) products.set(f.value, f.scale, (v = f.value.times(f.scale)));
  return v;
}
