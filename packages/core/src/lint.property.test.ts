import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lint, type LintResult } from './engine/lint.ts';
import { LineIndex } from './document/line-index.ts';
import type { SourceFormat } from './document/types.ts';
// core does not depend on the rules package; import it by path (it imports @budgetlint/core = this src).
import { rules } from '../../../rules/index.ts';

const RUNS = 300;

/** Everything a finding says about where it is must hold for any input. */
function checkResult(source: string, r: LintResult): void {
  expect(r.ruleFailures).toEqual([]);
  const lines = new LineIndex(source);
  const inSource = (range: { start: number; end: number }) => {
    expect(Number.isInteger(range.start) && Number.isInteger(range.end)).toBe(true);
    expect(range.start).toBeGreaterThanOrEqual(0);
    expect(range.end).toBeGreaterThanOrEqual(range.start);
    expect(range.end).toBeLessThanOrEqual(source.length);
  };
  for (const f of [...r.findings, ...r.suppressed]) {
    inSource(f.range);
    for (const rel of f.related) inSource(rel.range);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    expect(lines.position(f.range.start)).toEqual({ line: f.line, column: f.column });
    expect(lines.position(f.range.end)).toEqual({ line: f.endLine, column: f.endColumn });
    expect(f.message.length).toBeGreaterThan(0);
    // The statement a finding is reported at holds its focus, and its positions are its range's.
    inSource(f.statement.range);
    expect(f.statement.range.start).toBeLessThanOrEqual(f.range.start);
    expect(f.statement.range.end).toBeGreaterThanOrEqual(f.range.end);
    expect(lines.position(f.statement.range.start)).toEqual({ line: f.statement.line, column: f.statement.column });
    expect(lines.position(f.statement.range.end)).toEqual({ line: f.statement.endLine, column: f.statement.endColumn });
  }
  for (const fig of r.figures) inSource(fig.range);
  for (const d of r.unusedDirectives) inSource(d);
}

// Pieces of the genre: figures in every spelling, list words, change words, markers, line ends, markup.
const FRAGMENTS = [
  '合计', '共计', '总额', '其中', '其中：', '，', '、', '；', '。', '：', ' ', '　',
  '27.54亿元', '1.3亿元', '13.40亿元', '7.39亿元', '22.09亿元', '152500万元', '3,600万元', '1，234.56万元',
  '-2884万元', '−2884万元', '负2884万元', '１５个', '17个', '四个', '两批', '十二项', '一千多个', '约5亿元', '12多亿',
  '34.44%', '34.44％', '1.5个百分点', '95分', '90分以上', '500万元（含）以上', '6.5万元/亩', '0万元', '0.00万元',
  '比上年减少', '比上年增加', '比上年预算数', '减少', '增长', '上升', '下降', '与上年持平', '为上年的', '占', '减少至',
  '2024年', '2024年12月末', '1-8月', '财预〔2020〕10号', '0351-1234567', '第三条', '1.2.3',
  '一、', '（二）', '3. ', '（1）', '⑴', '①', '1、', '一是', '二是',
  '税收返还和转移支付', '返还性收入', '一般性转移支付', '专项转移支付', '三公经费', '公务接待费', '债务余额', '限额', '优', '良', '中',
  '\n', '\r\n', '\r', '\n\n', '===== PAGE 3 =====', '目录', '........3',
  '| 项目 | 金额 |', '|---|---:|', '| 合计 | 300 |', '| 甲 | 100 |', '|', '单位：万元',
  '<!-- budgetlint-disable-next-line sum-mismatch -->', '<!-- budgetlint-disable -->', '<!-- budgetlint-enable -->',
  '<!-- budgetlint-disable-line -- 原因 -->', '<!--', '-->', '# ', '## ', '**', '*', '`', '[', '](http://x)', '\\', '&nbsp;', '- ',
  '𠀀', '\uFEFF', '\uD800',
];

const genre = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((a) => a.join(''));
// Genre text with a sprinkle of arbitrary characters between the fragments.
const mixed = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 50 })
  .map((a) => a.join(''));
const anyString = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));
const format = fc.constantFrom<SourceFormat>('text', 'markdown');

const property = (arb: fc.Arbitrary<string>) =>
  fc.property(arb, format, (source, fmt) => {
    checkResult(source, lint(source, { rules, format: fmt }));
  });

describe('lint() on any input', () => {
  it('arbitrary strings', () => {
    fc.assert(property(anyString), { numRuns: RUNS });
  });
  it('strings built from genre fragments', () => {
    fc.assert(property(genre), { numRuns: RUNS });
  });
  it('genre fragments mixed with arbitrary characters', () => {
    fc.assert(property(mixed), { numRuns: RUNS });
  });
  it('a known contradiction stays found with \\r\\n, \\r and astral characters before it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\n', '\r\n', '\r', '𠀀', '段落。', '\n\n'), { maxLength: 8 }), format, (prefix, fmt) => {
        const lead = `${prefix.join('')}\n\n`;
        const source = `${lead}项目支出合计20万元，其中：甲15万元，乙8万元。`;
        const r = lint(source, { rules, format: fmt });
        checkResult(source, r);
        const sums = r.findings.filter((f) => f.ruleId === 'sum-mismatch');
        expect(sums.map((f) => source.slice(f.range.start, f.range.end))).toEqual(['20万元']);
      }),
      { numRuns: 100 },
    );
  });
});
