/**
 * Results remembered per operand object, bounded by count.
 *
 * A WeakMap alone keeps a result as long as its operands live, and in one lint every figure's
 * interval lives to the end: the sums, differences and quotients of a 10 MB draft, each a pair
 * of Decimals, were all kept until the last rule had run — a fifth of the heap. What the memo
 * is for (an editor re-linting the same figures on every keystroke, a rule asking for the sum
 * of the same items twice) needs only the recent results. So results are kept in two
 * generations of at most `max` entries: a full generation becomes the old one and the one
 * before it is dropped; a result found in the old generation moves to the new one. An editor's
 * draft, whose lint asks for fewer than `max` results, keeps all of them from lint to lint.
 * `max` is scaled like every memo's by the host's share (memo.ts setMemoShare).
 */

// The host's share of every memo's size (memo.ts setMemoShare sets it): kept here, where the
// interval operations (loaded by every module that does arithmetic) read it without loading the
// memos of the lint engine.
let share = 1;
const MIN_CAP = 256;

/** A memo size of `max` entries in force under the host's share. */
export function memoCap(max: number): number {
  return share === 1 ? max : Math.max(MIN_CAP, Math.ceil(max * share));
}

/** Sets the share (1: an editor's sizes); memo.ts's setMemoShare is the public way. */
export function setShare(s: number): void {
  share = Number.isFinite(s) && s > 0 ? Math.min(1, s) : 1;
}

export class WeakMemo<K extends object, V> {
  private cur = new WeakMap<K, V>();
  private old = new WeakMap<K, V>();
  private n = 0;
  private turns = 0;

  constructor(readonly max: number) {}

  get(k: K): V | undefined {
    const v = this.cur.get(k);
    if (v !== undefined) return v;
    const o = this.old.get(k);
    if (o !== undefined) this.set(k, o);
    return o;
  }

  set(k: K, v: V): void {
    if (this.n >= memoCap(this.max)) this.turn();
    this.cur.set(k, v);
    this.n++;
  }

  private turn(): void {
    this.old = this.cur;
    this.cur = new WeakMap();
    this.n = 0;
    this.turns++;
  }

  /** Entries set in the newest generation, and generations dropped so far: for tests. */
  stats(): { entries: number; turns: number } {
    return { entries: this.n, turns: this.turns };
  }
}

/** The same for results of two operands (a sum, a quotient): at most `max` pairs per generation. */
export class WeakMemo2<A extends object, B extends object, V> {
  private cur = new WeakMap<A, WeakMap<B, V>>();
  private old = new WeakMap<A, WeakMap<B, V>>();
  private n = 0;
  private turns = 0;

  constructor(readonly max: number) {}

  get(a: A, b: B): V | undefined {
    const v = this.cur.get(a)?.get(b);
    if (v !== undefined) return v;
    const o = this.old.get(a)?.get(b);
    if (o !== undefined) this.set(a, b, o);
    return o;
  }

  set(a: A, b: B, v: V): void {
    if (this.n >= memoCap(this.max)) this.turn();
    let byB = this.cur.get(a);
    if (!byB) this.cur.set(a, (byB = new WeakMap()));
    byB.set(b, v);
    this.n++;
  }

  private turn(): void {
    this.old = this.cur;
    this.cur = new WeakMap();
    this.n = 0;
    this.turns++;
  }

  stats(): { entries: number; turns: number } {
    return { entries: this.n, turns: this.turns };
  }
}
