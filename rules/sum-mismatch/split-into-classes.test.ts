import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A whole, then 分为N类： / 按X分为： and its parts: a split said to be of the whole, complete.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '27 + 5 + 8 = 40', code: '年末实有公务用车40辆，分为三类：一般公务用车27辆、执法执勤用车5辆、特种专业技术用车8辆。\n' },
    { why: '5 + 4 + 3 = 12', code: '今年新开工重点项目共计12个，按行业分为：交通5个、水利4个、教育3个。\n' },
    { why: 'the total in words: 二十 = 12 + 8', code: '全镇行政村二十个，分为两类：中心村12个、一般村8个。\n' },
  ],
  invalid: [
    {
      why: '27 + 5 + 9 = 41, total 40',
      code: '年末实有公务用车40辆，分为三类：一般公务用车27辆、执法执勤用车5辆、特种专业技术用车9辆。\n',
      errors: [{ message: '年末实有公务用车合计40辆，但分项之和为41辆（27 + 5 + 9），相差1辆', line: 1, column: 9 }],
    },
    {
      why: '5 + 4 + 2 = 11, total 12',
      code: '今年新开工重点项目共计12个，按行业分为：交通5个、水利4个、教育2个。\n',
      errors: [{ message: '今年新开工重点项目合计12个，但分项之和为11个（5 + 4 + 2），相差1个', line: 1, column: 12 }],
    },
  ],
});
