import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table with two label columns (类 | 款), each class's 小计 in the second beside the class's name, its items below with
// the first cell left empty (a merged cell, flattened): the 合计 adds the 小计 rows, each 小计 its own items. Snippets
// written for these tests; none is copied from a real disclosure.
const TABLE = (sub: string) =>
  [
    '表2 一般公共预算支出表（单位：万元）',
    '',
    '| 类 | 款 | 合计 | 基本支出 | 项目支出 |',
    '| --- | --- | --- | --- | --- |',
    '| 合计 |  | 2,686.00 | 1,627.80 | 1,058.20 |',
    `| 一般公共服务支出 | 小计 | ${sub} | 862.60 | 280.00 |`,
    '|  | 政府办公厅（室）及相关机构事务 | 956.40 | 756.40 | 200.00 |',
    '|  | 财政事务 | 186.20 | 106.20 | 80.00 |',
    '| 社会保障和就业支出 | 小计 | 402.40 | 402.40 | 0.00 |',
    '|  | 行政事业单位养老支出 | 402.40 | 402.40 | 0.00 |',
    '| 城乡社区支出 | 小计 | 426.00 | 0.00 | 426.00 |',
    '|  | 城乡社区公共设施 | 426.00 | 0.00 | 426.00 |',
    '| 农林水支出 | 小计 | 715.00 | 362.80 | 352.20 |',
    '|  | 农业农村 | 502.80 | 362.80 | 140.00 |',
    '|  | 巩固脱贫攻坚成果衔接乡村振兴 | 212.20 | 0.00 | 212.20 |',
    '',
  ].join('\n');

ruleTester(rule, {
  valid: [{ why: 'each 小计 its items, the 合计 the 小计 rows: 1,142.60 + 402.40 + 426.00 + 715.00 = 2,686.00', code: TABLE('1,142.60'), format: 'markdown' }],
  invalid: [
    {
      why: 'the first 小计 is not its items’ sum (956.40 + 186.20 = 1,142.60)',
      code: TABLE('1,124.60'),
      format: 'markdown',
      // One slip, read once: the row's 合计 against its 基本 and 项目 (the column's sums then read it as that row's).
      errors: [{ message: '表中“一般公共服务支出”行合计1,124.60万元，但分项之和为1142.60万元（862.60 + 280.00），相差18.00万元', line: 6, column: 19 }],
    },
  ],
});
