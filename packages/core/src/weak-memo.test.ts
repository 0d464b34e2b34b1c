import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { rules } from '../../../rules/index.ts';
import { Decimal } from 'decimal.js';
import { div, OPERATION_MEMO_SIZE, point, scale, type Interval } from './interval.ts';
import { lint } from './engine/lint.ts';
import { clearMemos, memoCap, memoStats, setMemoShare } from './engine/memo.ts';
import { WeakMemo, WeakMemo2 } from './weak-memo.ts';

// A collector this test can call: the flag exposes gc() to contexts made after it is set.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

afterEach(() => setMemoShare(1));

describe('WeakMemo', () => {
  it('keeps two generations of results: the oldest go once two newer generations have filled', () => {
    const m = new WeakMemo<object, number>(300);
    const keys = Array.from({ length: 1000 }, () => ({}));
    keys.forEach((k, i) => m.set(k, i));
    // 1000 entries in generations of 300: 900 and beyond are the newest, 600..899 the old ones.
    expect(m.stats().turns).toBe(3);
    expect(m.get(keys[0])).toBeUndefined();
    expect(m.get(keys[599])).toBeUndefined();
    expect(m.get(keys[600])).toBe(600);
    expect(m.get(keys[999])).toBe(999);
  });

  it('moves a result asked for again into the newest generation, so what is in use survives', () => {
    const m = new WeakMemo2<object, object, string>(100);
    const a = {};
    const b = {};
    m.set(a, b, 'kept');
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 100; i++) m.set({}, b, 'other');
      // Asked for once a generation, as an editor asks on every lint.
      expect(m.get(a, b)).toBe('kept');
    }
    expect(m.stats().turns).toBeGreaterThanOrEqual(10);
    expect(m.get(b, a)).toBeUndefined();
  });
});

describe('interval operations', () => {
  it('keep a bounded number of results alive while their operands live on (a large lint holds every figure)', async () => {
    // Three generations' worth of quotients of live operands (division is the operation that
    // remembers): with results kept for the operands' lives all of them stayed reachable; now at
    // most two generations do.
    const n = OPERATION_MEMO_SIZE * 3;
    const operands: Interval[] = Array.from({ length: n + 1 }, (_, i) => point(`${i}.25`));
    const refs: Array<WeakRef<Interval>> = [];
    for (let i = 0; i < n; i++) refs.push(new WeakRef(div(operands[i], operands[i + 1])!));
    // A WeakRef holds its target until the job that made it ends.
    await new Promise((r) => setTimeout(r, 0));
    gc();
    const alive = refs.filter((r) => r.deref() !== undefined).length;
    expect(alive).toBeLessThanOrEqual(2 * OPERATION_MEMO_SIZE);
    // The newest results are still found by identity (an editor's keystrokes reuse them).
    expect(div(operands[n - 1], operands[n])).toBe(refs[n - 1].deref());
    expect(operands.length).toBe(n + 1);
  });

  it('are remembered for an editor only: a host that lints each text once divides and scales anew, to the same results', () => {
    const quotients = () => {
      let n = 0;
      const plain = Decimal.prototype.div;
      Decimal.prototype.div = function (this: Decimal, ...a: Parameters<typeof plain>) {
        n++;
        return plain.apply(this, a);
      };
      try {
        const a = point('12.5');
        const b = { lo: new Decimal('2.45'), hi: new Decimal('2.55') };
        const first = div(a, b)!;
        const again = div(a, b)!;
        const h = new Decimal(100);
        const s1 = scale(first, h);
        const s2 = scale(first, h);
        return { n, same: first === again && s1 === s2, value: [again.lo.toString(), again.hi.toString(), s2.lo.toString(), s2.hi.toString()] };
      } finally {
        Decimal.prototype.div = plain;
      }
    };
    const editor = quotients();
    // The usual case (a positive base) takes two quotients; asked again, none.
    expect(editor.n).toBe(2);
    expect(editor.same).toBe(true);
    setMemoShare(1 / 32);
    const once = quotients();
    expect(once.n).toBe(4);
    expect(once.same).toBe(false);
    expect(once.value).toEqual(editor.value);
  });
});

describe('setMemoShare', () => {
  it('scales every memo of a lint to a share of its editor size, with a floor', () => {
    expect(memoCap(32768)).toBe(32768);
    setMemoShare(1 / 32);
    expect(memoCap(32768)).toBe(1024);
    expect(memoCap(4096)).toBe(256);
    setMemoShare(0);
    expect(memoCap(32768)).toBe(32768);
  });

  it('bounds what a one-shot lint of a long draft leaves in the memos, with the same findings', () => {
    // Many sections that differ in every figure and name: no block recurs.
    const sections: string[] = ['# 2025年某县部门预算公开说明', ''];
    for (let i = 0; i < 700; i++) {
      const a = 1000 + i * 7;
      const b = 300 + i * 3;
      const c = a - b + (i % 5 === 0 ? 1 : 0);
      sections.push(
        `## ${i + 1}、第${i + 1}项支出情况`,
        '',
        `第${i + 1}项一般公共预算财政拨款支出合计${a}.${i % 10}0万元，比上年预算数增加${b}.00万元，增长${((b / (a - b)) * 100).toFixed(2)}%。其中：基本支出${b}.${i % 10}0万元，项目支出${c}.00万元，主要用于保障机关正常运转。`,
        '',
      );
    }
    const text = sections.join('\n');
    clearMemos();
    const full = lint(text, { filePath: 'a.md', rules });
    // An editor's memos keep a reading of every block.
    expect(memoStats()['block readings']).toBeGreaterThan(memoCap(32768) / 32);
    clearMemos();
    setMemoShare(1 / 32);
    const shared = lint(text, { filePath: 'a.md', rules });
    const stats = memoStats();
    expect(stats['block readings']).toBeLessThanOrEqual(1024);
    expect(stats['block signatures']).toBeLessThanOrEqual(2048);
    expect(shared.findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`)).toEqual(full.findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`));
    expect(full.findings.length).toBeGreaterThan(100);
  });
});
