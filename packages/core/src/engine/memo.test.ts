import { describe, expect, it } from 'vitest';
// core does not depend on the rules package; import it by path (it imports @budgetlint/core = this src).
import { rules } from '../../../../rules/index.ts';
import { lint } from './lint.ts';
import { clearMemos, KEEP_LINTS, LintMemo, memoStats, beginLint, endLint } from './memo.ts';

/** A draft of several kinds of blocks: a 其中 list, numbered items, a change, a table, debt. */
function draft(): string[] {
  return [
    '# 2025年某区财政局部门预算公开说明',
    '',
    '## 一、收支总体情况',
    '',
    '2025年本部门收入预算合计3856.42万元，比上年预算数增加312.18万元，增长8.81%。其中：一般公共预算财政拨款收入3521.30万元，事业收入215.62万元，其他收入119.50万元。',
    '',
    '项目支出1268.75万元，其中：',
    '',
    '（1）信息化系统运行维护经费426.30万元，比上年减少38.20万元，下降8.22%。',
    '',
    '（2）财政投资评审经费512.45万元，主要用于政府投资项目概预算评审。',
    '',
    '（3）预算绩效第三方评价经费330.00万元。',
    '',
    '单位：万元',
    '',
    '| 项目 | 上年决算数 | 本年预算数 |',
    '|---|---:|---:|',
    '| 因公出国（境）费 | 12.00 | 10.50 |',
    '| 公务接待费 | 8.60 | 7.90 |',
    '| 合计 | 20.60 | 18.40 |',
    '',
    '截至2024年底，全区政府债务余额86.52亿元，控制在省级下达的债务限额92.30亿元以内。',
    '',
  ];
}

/** Rewrites one digit of one figure, as a keystroke in an editor does: every edit makes new block text. */
function* edits(lines: string[], n: number): Generator<string> {
  const targets: Array<[number, number]> = [];
  lines.forEach((l, i) => {
    for (const m of l.matchAll(/\d(?=\.?\d*(?:万元|亿元|%| \|))/g)) targets.push([i, m.index!]);
  });
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
  for (let k = 0; k < n; k++) {
    const [i, c] = targets[Math.floor(rnd() * targets.length)];
    lines[i] = lines[i].slice(0, c) + String(Math.floor(rnd() * 10)) + lines[i].slice(c + 1);
    yield lines.join('\n');
  }
}

// Two rules are enough to use every memo (they ask for intervals) and keep 10,000 lints short.
const SOME = rules.filter((r) => r.id === 'sum-mismatch' || r.id === 'change-mismatch');

const total = (s: Record<string, number>) => Object.values(s).reduce((a, b) => a + b, 0);

// 10,000 lints of a small draft: seconds on a quiet machine, more on a shared one.
describe('memos shared by lints', { timeout: 300_000 }, () => {
  it('hold about one document’s worth of entries however long an editing session runs', () => {
    clearMemos();
    const lines = draft();
    let after100: Record<string, number> = {};
    let k = 0;
    let blocks = 0;
    for (const text of edits(lines, 10_000)) {
      const r = lint(text, { format: 'markdown', rules: SOME });
      blocks = r.document.blocks.length;
      if (++k === 100) after100 = memoStats();
    }
    const after10k = memoStats();
    expect(k).toBe(10_000);
    // Every memo is in use, and none grew with the number of edits.
    for (const name of ['markdown chunks', 'figures']) expect(after100[name]).toBeGreaterThan(0);
    for (const [name, n] of Object.entries(after10k)) expect(n).toBeLessThanOrEqual((after100[name] ?? 0) + KEEP_LINTS * 4);
    // Each of the last KEEP_LINTS versions changed one block: that is all that stays beyond the current one.
    expect(after10k['markdown chunks']).toBeLessThanOrEqual(blocks + KEEP_LINTS);
    expect(total(after10k)).toBeLessThan(total(after100) * 1.1 + 10);
  });

  it('drops what the last lints did not use, and never holds more than its size', () => {
    const m = new LintMemo<number>('test memo', 3);
    beginLint();
    m.set('a', 1);
    m.set('b', 2);
    endLint();
    for (let i = 0; i < KEEP_LINTS; i++) {
      beginLint();
      expect(m.get('a')).toBe(1);
      endLint();
    }
    expect(m.get('b')).toBeUndefined();
    expect(m.get('a')).toBe(1);
    beginLint();
    for (const k of ['c', 'd', 'e', 'f']) m.set(k, 0);
    endLint();
    expect(m.size).toBe(3);
  });
});
