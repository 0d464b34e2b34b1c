import { Decimal } from 'decimal.js';
import type { Figure } from './types.ts';
import type { Interval } from '../../interval.ts';
import { LintMemo } from '../../engine/memo.ts';
import { OPERATION_MEMO_SIZE } from '../../interval.ts';
import { WeakMemo2 } from '../../weak-memo.ts';

/**
 * The interval a figure stands for, in its dimension's base unit (SPEC §4):
 * a value with d decimal places means v ± ½·10⁻ᵈ. Percentages may also be
 * truncated at their last digit, so their interval reaches up to v + 10⁻ᵈ.
 */
// Decimal arithmetic is costly, rules ask for the same figure's interval many
// times, and an editor re-lints the same figures on every keystroke. A figure's
// interval follows from its wording, unit, precision, scale and kind alone.
const CACHE_SIZE = 16384;
// Scales are shared Decimal objects from the unit table; an id per object keeps the key cheap.
const scaleIds = new WeakMap<Decimal, number>();
let nextScaleId = 0;
function scaleId(scale: Decimal): number {
  let id = scaleIds.get(scale);
  if (id === undefined) {
    id = nextScaleId++;
    scaleIds.set(scale, id);
  }
  return id;
}
const cache = new LintMemo<Interval>('intervals', CACHE_SIZE);

// Rules ask for the same figure's interval again and again, and in an editor every lint places
// new figure objects for unchanged blocks, but with the reading's own value and scale objects
// (the figure memo in reading/context.ts): the interval is found from those two by identity,
// checked against the rest of what it depends on, before any key is built.
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
  const key = `${f.raw}|${f.unit}|${f.precision}|${scaleId(f.scale)}|${f.dimension}|${f.exact ? 1 : 0}`;
  let i = cache.get(key);
  if (!i) {
    i = computeInterval(f);
    cache.set(key, i);
  }
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
  const up = f.dimension === 'percent' ? ulp : half;
  return { lo: f.value.minus(half).times(f.scale), hi: f.value.plus(up).times(f.scale) };
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
