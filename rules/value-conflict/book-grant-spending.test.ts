import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A department spends of a book (政府性基金预算, 国有资本经营预算) only what that book grants it: its 财政拨款支出's part
// 政府性基金预算拨款支出 and, sections later, 本部门政府性基金预算支出 are one figure, in whatever unit. Snippets written for
// these tests; none is copied from a real disclosure.
const BUDGET = (grants: string, later: string, title = '云溪区卫生健康局2026年部门预算情况说明') =>
  `${title}\n\n五、财政拨款收支预算情况\n\n${grants}\n\n九、政府性基金预算支出情况\n\n${later}\n`;
const BOTH = '2026年本部门财政拨款收入48,620.40万元，其中一般公共预算拨款46,420.40万元、政府性基金预算拨款2,200.00万元；财政拨款支出48,620.40万元，其中一般公共预算拨款支出46,420.40万元、政府性基金预算拨款支出2,200.00万元。';
const ALONE = '2026年本部门财政拨款支出预算48,620.40万元，其中：一般公共预算拨款支出46,420.40万元，政府性基金预算拨款支出2,200.00万元，主要用于基层医疗机构建设。';

ruleTester(rule, {
  valid: [
    { why: 'the same figure in 亿元', code: BUDGET(BOTH, '本部门2026年政府性基金预算支出0.22亿元，全部为彩票公益金安排的项目支出。') },
    { why: 'the same figure in 万元', code: BUDGET(ALONE, '2026年本部门政府性基金预算支出2,200.00万元。') },
    { why: 'another year’s spending', code: BUDGET(BOTH, '本部门2025年政府性基金预算支出2,020.00万元。') },
    { why: 'an approximate figure', code: BUDGET(BOTH, '本部门2026年政府性基金预算支出约0.2亿元。') },
    { why: 'last year’s budget', code: BUDGET(BOTH, '本部门上年政府性基金预算支出2,020.00万元。') },
    { why: 'a part of the book’s spending', code: BUDGET(BOTH, '本部门2026年政府性基金预算支出中，彩票公益金安排的支出2,020.00万元。') },
    {
      why: 'a jurisdiction’s book is no department’s',
      code: BUDGET(BOTH, '2026年全区政府性基金预算支出20,200.00万元。', '云溪区2026年区级预算草案的说明'),
    },
  ],
  invalid: [
    {
      why: 'in 亿元 after the two sides of one sentence',
      code: BUDGET(BOTH, '本部门2026年政府性基金预算支出0.32亿元，全部为彩票公益金安排的项目支出。'),
      errors: [{ message: '2026年政府性基金预算拨款支出在前文为2,200.00万元，此处却为0.32亿元', line: 9, column: 18 }],
    },
    {
      why: 'in 万元 after a list of its own',
      code: BUDGET(ALONE, '2026年本部门政府性基金预算支出2,020.00万元，主要用于基层医疗机构建设。'),
      errors: [{ message: '2026年政府性基金预算拨款支出在前文为2,200.00万元，此处却为2,020.00万元', line: 9, column: 18 }],
    },
    {
      why: '国有资本经营预算 of a unit',
      code: BUDGET(
        BOTH.replace(/政府性基金/g, '国有资本经营'),
        '本单位2026年国有资本经营预算支出2,020.00万元。',
        '云溪区国有资产服务中心2026年单位预算情况说明',
      ),
      errors: [{ message: '2026年国有资本经营预算拨款支出在前文为2,200.00万元，此处却为2,020.00万元', line: 9, column: 19 }],
    },
  ],
});
