import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 合计 | 本年预算数 基本支出 | 项目支出: a two-level head a PDF printed as one row; the group's words in the middle column's
// head do not make that column another measure, so the row's 合计 is still its 基本支出 and 项目支出. Snippets written
// for these tests; none is copied from a real disclosure.
const TABLE = (total: string) =>
  `单位：万元\n\n| 科目编码 | 科目名称 | 上年预算数 | 合计 | 本年预算数 基本支出 | 项目支出 | 本年比上年增减 增减额 | 增减% |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 213 | 农林水支出 | 2,310.00 | ${total} | 1,020.00 | 1,406.00 | 116.00 | 5.02 |\n| 21301 | 农业农村 | 2,310.00 | ${total} | 1,020.00 | 1,406.00 | 116.00 | 5.02 |\n`;
ruleTester(rule, {
  valid: [{ why: '1,020 + 1,406 = 2,426 in both rows', code: TABLE('2,426.00'), format: 'markdown' }],
  invalid: [
    {
      why: '1,020 + 1,406 = 2,426, stated 2,462 on both rows (the 款 row is the 类 row\'s one part, which agrees with it)',
      code: TABLE('2,462.00'),
      format: 'markdown',
      errors: [
        { message: '表中“农林水支出”行合计2,462.00万元，但分项之和为2426.00万元（1020.00 + 1406.00），相差36.00万元', line: 5, column: 28 },
      ],
    },
  ],
});
