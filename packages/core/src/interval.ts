import { Decimal } from 'decimal.js';
import { WeakMemo2, memoCap } from './weak-memo.ts';

/**
 * A closed interval of exact decimals. Every stated figure stands for the
 * interval of values that round to it (SPEC §4), so all consistency checks
 * compare intervals, never points: two figures contradict each other only
 * when their intervals fail to meet.
 */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export const D = (v: Decimal.Value): Decimal => new Decimal(v);
export const ZERO = new Decimal(0);

export const point = (v: Decimal.Value): Interval => ({ lo: D(v), hi: D(v) });

// Intervals are never changed once made, and the same figures' intervals are divided again on
// every lint of an edited draft (a rule's rate check divides the same two intervals each
// keystroke): division, four Decimal quotients at worst, remembers its recent results for the
// objects it was given. Addition and subtraction do not: a memo entry per running sum cost more,
// in allocation and in the collector's work, than the two Decimal additions it saved. Bounded by
// count (weak-memo.ts), not by the operands' lives: in one lint of a large draft every figure's
// interval lives to the end, and so would every result combined from them.
/** Results each operation keeps per generation (two generations): an editor's whole draft. */
export const OPERATION_MEMO_SIZE = 16384;
const NULL_RESULT = { lo: ZERO, hi: ZERO } as Interval;
/**
 * Whether the host lints each text once (memo.ts setMemoShare below 1, the CLI). The quotients
 * and scalings below are then never asked for again: their operands are new intervals on every
 * lint, and within one lint no rule repeats one (none of 7,282 quotients or 6,822 scalings of
 * the bench's 200 documents was found again). Their memos only cost a WeakMap entry each, and
 * the collector's work on it, so such a host computes without them.
 */
const lintsOnce = () => memoCap(OPERATION_MEMO_SIZE) < OPERATION_MEMO_SIZE;
function memo2(fn: (a: Interval, b: Interval) => Interval | null): (a: Interval, b: Interval) => Interval | null {
  const results = new WeakMemo2<Interval, Interval, Interval>(OPERATION_MEMO_SIZE);
  return (a, b) => {
    if (lintsOnce()) return fn(a, b);
    let r = results.get(a, b);
    if (!r) results.set(a, b, (r = fn(a, b) ?? NULL_RESULT));
    return r === NULL_RESULT ? null : r;
  };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

export function neg(a: Interval): Interval {
  return { lo: a.hi.neg(), hi: a.lo.neg() };
}

const scaleBy = new WeakMemo2<Decimal, Interval, Interval>(OPERATION_MEMO_SIZE);
export function scale(a: Interval, k: Decimal.Value): Interval {
  // A shared Decimal factor (HUNDRED, a unit's scale) is remembered; a number or string is not.
  const remember = k instanceof Decimal && !lintsOnce();
  const known = remember ? scaleBy.get(k, a) : undefined;
  if (known) return known;
  const x = a.lo.times(k);
  const y = a.hi.times(k);
  const r = x.lte(y) ? { lo: x, hi: y } : { lo: y, hi: x };
  if (remember) scaleBy.set(k, a, r);
  return r;
}

const NOTHING = point(0);
export function sum(items: Interval[]): Interval {
  return items.reduce(add, NOTHING);
}

const divMemo = memo2((a, b) => {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  // The usual case, a non-negative amount over a positive base: the bounds are lo/hi and hi/lo,
  // the same two quotients the general case would pick, computed without the other two.
  if (b.lo.gt(0) && a.lo.gte(0)) return { lo: a.lo.div(b.hi), hi: a.hi.div(b.lo) };
  const c = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: Decimal.min(...c), hi: Decimal.max(...c) };
});
/** Division, or null when the divisor's interval touches zero (no bound exists). */
export function div(a: Interval, b: Interval): Interval | null {
  return divMemo(a, b);
}

export function meets(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export function abs(a: Interval): Interval {
  if (a.lo.gte(0)) return a;
  if (a.hi.lte(0)) return neg(a);
  return { lo: ZERO, hi: Decimal.max(a.lo.abs(), a.hi) };
}

export function mid(a: Interval): Decimal {
  return a.lo.plus(a.hi).div(2);
}

/** The smallest distance between two intervals (0 when they meet). */
export function gap(a: Interval, b: Interval): Decimal {
  if (meets(a, b)) return D(0);
  return a.hi.lt(b.lo) ? b.lo.minus(a.hi) : a.lo.minus(b.hi);
}
