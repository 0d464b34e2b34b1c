import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// core does not depend on the rules package; import it by path (it imports @budgetlint/core = this src).
import { rules } from '../../../../rules/index.ts';
import { lint, type LintResult } from './lint.ts';
import { clearMemos } from './memo.ts';
import { blockReadingStats, resetBlockReadingStats, withoutBlockReuse } from './incremental.ts';
import type { SourceFormat } from '../document/types.ts';

const EXAMPLES = join(__dirname, '../../../../examples');
const drafts = readdirSync(EXAMPLES)
  .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
  .map((f) => ({ name: f, format: (f.endsWith('.md') ? 'markdown' : 'text') as SourceFormat, text: readFileSync(join(EXAMPLES, f), 'utf8') }));

/**
 * A draft made of readings that look past their own block: a 其中： whose items are the numbered
 * lines after it, a 上述三项合计 that adds the lines above it, a paragraph opening with 其中 that
 * belongs to the total the paragraph before ends with, a table whose rows are read with its
 * header, a section's year that dates the facts under it. Short, so random line edits often hit
 * exactly the neighbour such a reading depends on.
 */
const LINKED: { name: string; format: SourceFormat; text: string } = {
  name: 'linked',
  format: 'markdown',
  text: [
    '# 2025年某县住房和城乡建设局部门预算说明',
    '',
    '## 一、2025年项目支出情况',
    '',
    '本年项目支出预算1268.75万元，比上年增加112.40万元，增长9.72%，其中：',
    '',
    '（1）老旧小区改造补助426.30万元，比上年减少38.20万元。',
    '',
    '（2）市政道路养护经费512.45万元。',
    '',
    '（3）城市照明运维经费330.00万元。',
    '',
    '1. 人员经费964.20万元；',
    '',
    '2. 公用经费138.50万元；',
    '',
    '3. 项目经费2086.10万元。',
    '',
    '上述三项合计3188.80万元。',
    '',
    '本部门一般公共预算财政拨款支出3521.30万元。',
    '',
    '其中：基本支出2253.00万元，项目支出1268.30万元。',
    '',
    '## 二、“三公”经费预算',
    '',
    '单位：万元',
    '',
    '| 项目 | 2024年预算数 | 2025年预算数 |',
    '|---|---:|---:|',
    '| 公务接待费支出 | 8.60 | 7.90 |',
    '| 公务用车运行维护费支出 | 12.00 | 10.50 |',
    '| 合计 | 20.60 | 18.40 |',
    '',
    '本部门一般公共预算财政拨款支出3521.30万元，公务接待费支出7.90万元。',
    '',
  ].join('\n'),
};

/** What a lint says about a draft: every claim, figure and finding with their places. */
const said = (r: LintResult) => ({ findings: r.findings, suppressed: r.suppressed, unused: r.unusedDirectives, claims: r.claims, figures: r.figures, failures: r.ruleFailures });

// Edits an editor makes on such a draft: a digit retyped, a clause or figure typed in, text cut,
// a line break added or joined, a paragraph duplicated or dropped (which moves every block after it).
const PIECES = ['1', '7', '0', '.', '万元', '亿元', '%', '，', '。', '、', '；', '：', '其中：', '合计', '比上年增加', '下降', '\n', '\n\n', '（一）', '2.', '| 12.5 |', '|---|', '# ', '上述三项合计'];
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('digit' as const), at: fc.nat(), digit: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ kind: fc.constant('line' as const), at: fc.nat(), copy: fc.boolean() }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(text: string, e: Edit): string {
  if (!text.length) return e.kind === 'insert' ? e.piece : text;
  const at = e.at % text.length;
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.piece + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.len);
    case 'digit': {
      // The nearest digit at or after `at`, as when a drafter corrects a figure.
      const m = /\d/.exec(text.slice(at));
      if (!m) return text;
      const i = at + m.index;
      return text.slice(0, i) + String(e.digit) + text.slice(i + 1);
    }
    case 'line': {
      const lines = text.split('\n');
      const n = e.at % lines.length;
      if (e.copy) lines.splice(n, 0, lines[n]);
      else lines.splice(n, 1);
      return lines.join('\n');
    }
  }
}

describe('incremental lint: the result after any edits is the one a lint from scratch gives', () => {
  it('random edit sequences on the example drafts', () => {
    fc.assert(
      fc.property(fc.constantFrom(LINKED, LINKED, ...drafts), fc.array(edit, { minLength: 1, maxLength: 8 }), (draft, edits) => {
        clearMemos();
        let text = draft.text;
        const options = { format: draft.format, rules };
        lint(text, options);
        for (const e of edits) {
          text = apply(text, e);
          const incremental = said(lint(text, options));
          const scratch = said(withoutBlockReuse(() => lint(text, options)));
          expect(incremental).toStrictEqual(scratch);
        }
        // And against a lint with every cache empty.
        const last = said(lint(text, options));
        clearMemos();
        expect(last).toStrictEqual(said(withoutBlockReuse(() => lint(text, options))));
      }),
      { numRuns: Number(process.env.RUNS ?? 80) },
    );
  }, 300_000);

  it('a one-digit edit re-reads only the readings that read the edited block', () => {
    const draft = drafts.find((d) => d.format === 'markdown')!;
    clearMemos();
    lint(draft.text, { format: draft.format, rules });
    resetBlockReadingStats();
    lint(draft.text, { format: draft.format, rules });
    const unchanged = blockReadingStats();
    // Nothing changed: every reading is reused.
    expect(unchanged.computed).toBe(unchanged.unkept);
    expect(unchanged.reused).toBeGreaterThan(5);
    const at = draft.text.search(/\d(?=\.?\d*万元)/);
    const edited = draft.text.slice(0, at) + String((Number(draft.text[at]) + 1) % 10) + draft.text.slice(at + 1);
    resetBlockReadingStats();
    lint(edited, { format: draft.format, rules });
    const one = blockReadingStats();
    expect(one.computed - unchanged.computed).toBeGreaterThanOrEqual(1);
    // The edited block's readings (its sums, changes, comparisons, facts) and at most those of its neighbours.
    expect(one.computed - unchanged.computed).toBeLessThanOrEqual(8);
  });
});
