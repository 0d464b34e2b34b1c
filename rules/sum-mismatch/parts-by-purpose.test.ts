import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 其中：用于A的…支出X，用于B的…支出Y: a list whose first part is named by what it is for, with its amount, names every part
// so; a later 用于 item with an amount is one more part, not a note on the part before. A 用于 note with no amount after a
// part still ends the list. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '300.00 + 200.00 within 520.00', code: '2025年度政府性基金预算财政拨款支出520.00万元，其中：用于养老服务的彩票公益金支出300.00万元，用于残疾人事业的彩票公益金支出200.00万元。' },
    { why: 'a purpose note after a part, then a figure of another thing', code: '本年支出800.00万元，其中基本支出500.00万元，主要用于人员工资和日常运转；项目支出300.00万元。' },
    { why: 'the first part is no purpose: a later 用于 ends the list', code: '本年支出800.00万元，其中基本支出500.00万元，用于保障机构运转的经费600.00万元。' },
  ],
  invalid: [
    {
      why: '352.00 + 576.00 is above 898.00',
      code: '2025年度政府性基金预算财政拨款支出898.00万元，全部为彩票公益金安排的支出，其中：用于社会福利的彩票公益金支出352.00万元，用于医疗救助的彩票公益金支出576.00万元。',
      errors: [{ message: '政府性基金预算财政拨款支出合计898.00万元，但其中所列分项之和已达928.00万元（352.00 + 576.00），超出30.00万元', line: 1, column: 20 }],
    },
    {
      why: 'bare purposes, 、 between the parts',
      code: '城市维护建设资金支出1,200.00万元，其中用于道路养护680.00万元、用于排水设施维护560.00万元。',
      errors: [{ message: '城市维护建设资金支出合计1,200.00万元，但其中所列分项之和已达1240.00万元（680.00 + 560.00），超出40.00万元', line: 1, column: 11 }],
    },
  ],
});
