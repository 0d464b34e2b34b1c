import { describe, expect, it } from 'vitest';
// core does not depend on the rules package; import it by path (it imports @budgetlint/core = this src).
import { rules } from '../../../../rules/index.ts';
import { lint, type LintResult } from './lint.ts';
import { clearMemos } from './memo.ts';
import { withoutBlockReuse } from './incremental.ts';
import { claimCheckStats, resetClaimCheckStats } from './claim-memo.ts';
import { defineRule } from './rule.ts';
import { defaultConfig } from '../config/resolve.ts';

/** Sections that each hold a sum, changes with their rates and a budget comparison; `n` of them, every figure different. */
function draft(n: number, wrongAt = -1): string {
  const out = ['# 2025年某区财政局部门决算说明', ''];
  for (let k = 0; k < n; k++) {
    const a = 300 + k * 7;
    const b = 100 + k * 3;
    const total = k === wrongAt ? a + b - 1 : a + b;
    const prior = total + 50;
    const rate = ((50 / prior) * 100).toFixed(2);
    out.push(
      `## ${k + 1}. 第${k + 1}项专项资金`,
      '',
      `2024年第${k + 1}项专项资金支出${total}.00万元，比上年减少50.00万元，下降${rate}%，其中：人员经费${a}.00万元，公用经费${b}.00万元。`,
      '',
      `第${k + 1}项专项资金年初预算${total + 20}.00万元，决算${total}.00万元，完成年初预算的${((total / (total + 20)) * 100).toFixed(1)}%。`,
      '',
    );
  }
  return out.join('\n');
}

const said = (r: LintResult) => ({ findings: r.findings, suppressed: r.suppressed, claims: r.claims });

describe('rules that check each claim on its own: findings of unchanged claims are reused', () => {
  it('a one-digit edit checks again only the claims of the edited block', () => {
    clearMemos();
    const text = draft(40);
    const options = { format: 'markdown' as const, rules };
    lint(text, options);
    lint(text, options);
    // A digit of one section's sum: 人员经费 of the 21st section.
    const at = text.indexOf('人员经费440.00万元');
    expect(at).toBeGreaterThan(0);
    const edited = text.slice(0, at + 4) + '9' + text.slice(at + 5);
    resetClaimCheckStats();
    const r = lint(edited, options);
    const { checked, reused } = claimCheckStats();
    // The edited block's sum and change, for the rules that read them; every other claim is reused.
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(8);
    expect(reused).toBeGreaterThan(100);
    // And the edit is found: the sum no longer adds up.
    expect(r.findings.some((f) => f.ruleId === 'sum-mismatch')).toBe(true);
    expect(said(r)).toStrictEqual(said(withoutBlockReuse(() => lint(edited, options))));
  });

  it('reused findings move with their claims when text is added or removed above them', () => {
    clearMemos();
    const options = { format: 'markdown' as const, rules };
    const text = draft(12, 9);
    const before = lint(text, options);
    expect(before.findings.filter((f) => f.ruleId === 'sum-mismatch')).toHaveLength(1);
    for (const edited of [
      // A sentence typed into the first section: every later block moves.
      text.replace('## 1. 第1项专项资金\n', '## 1. 第1项专项资金\n\n本部门2024年收支总体情况说明如下。\n'),
      // A section deleted: later blocks move back, and their numbers change.
      text.replace(/## 2\. [\s\S]*?(?=## 3\.)/, ''),
      // A line break inside the wrong section's paragraph: its distances change.
      text.replace('公用经费127.00万元', '公用经费\n163.00万元'),
    ]) {
      const incremental = lint(edited, options);
      expect(said(incremental)).toStrictEqual(said(withoutBlockReuse(() => lint(edited, options))));
    }
  });

  it('a rule declared to check each claim gets one claim at a time, and a changed option is not answered from before', () => {
    clearMemos();
    const seen: number[] = [];
    const perClaim = defineRule<{ mark: string }>(
      { id: 'test-each-sum', family: 'sum', description: 'test', defaultSeverity: 'warning', eachClaim: ['sum'], defaults: { mark: 'a' } },
      (ctx) => {
        seen.push(ctx.claims.length);
        for (const c of ctx.of('sum')) ctx.report({ message: `${ctx.options.mark}:${c.total.raw}`, range: c.total.range });
      },
    );
    const text = draft(3);
    const base = { format: 'markdown' as const, rules: [perClaim] };
    const first = lint(text, base);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((n) => n === 1)).toBe(true);
    lint(text, base);
    const config = defaultConfig();
    config.rules['test-each-sum'] = { severity: 'warning', options: { mark: 'b' } };
    const withB = lint(text, { ...base, config });
    expect(withB.findings.length).toBe(first.findings.length);
    expect(withB.findings.every((f) => f.message.startsWith('b:'))).toBe(true);
  });
});
