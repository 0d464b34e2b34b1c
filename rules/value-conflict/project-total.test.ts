import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A bond project's disclosure states the project's total cost in its outline and again among its risks or its balance
// of funds, often in another unit (万元, then 亿元): one figure of no year. Snippets written for these tests.
const DOC = (outline: string, later: string, head = '岚江市2026年第二批新增专项债券项目信息披露\n\n岚江市城东片区供水管网改造项目') =>
  `${head}\n\n一、项目概况\n\n${outline}\n\n二、资金筹措\n\n本次拟发行专项债券12,000万元，期限20年，按半年付息，到期一次还本。\n\n三、项目风险\n\n${later}\n`;
const OUTLINE = '项目总投资52,600万元，其中：项目资本金10,600万元，专项债券资金42,000万元。项目建成后日供水能力可达12万吨。';

ruleTester(rule, {
  valid: [
    { why: 'the total restated in 亿元 with the same figure', code: DOC(OUTLINE, '项目总投资5.26亿元，建设周期较长，存在工期延误的风险。') },
    { why: 'an approximate restatement is no statement of the figure', code: DOC(OUTLINE, '项目总投资约5.3亿元，建设周期较长，存在工期延误的风险。') },
    { why: 'a 其中 part is not the whole', code: DOC(OUTLINE, '其中项目资本金10,600万元由市本级财政预算安排。') },
    { why: 'what has been spent so far is no total', code: DOC(OUTLINE, '截至2026年2月末，项目累计完成投资18,400万元，占总投资的35.0%。') },
    { why: 'an earlier approved total named as such is another figure', code: DOC(OUTLINE, '原批复项目总投资48,600万元，因增加加压泵站调整至现规模。') },
    {
      why: 'a disclosure of two projects: each one’s bare 项目总投资 is its own',
      code: '岚江市2026年第二批新增专项债券项目信息披露\n\n（一）岚江市城东片区供水管网改造项目\n\n项目总投资52,600万元，建设期2年。\n\n（二）岚江市河西污水处理厂扩建项目\n\n项目总投资38,400万元，建设期3年。\n',
    },
    {
      why: 'a named project’s total and the bare one of a different project in one sentence are two subjects',
      code: DOC(OUTLINE, '同期实施的河西污水处理厂扩建项目总投资38,400万元，由另一批次债券安排。'),
    },
  ],
  invalid: [
    {
      why: '亿元 among the risks against 万元 in the outline, two digits swapped',
      code: DOC(OUTLINE, '项目总投资5.62亿元，建设周期较长，存在工期延误和运营初期用水量不足的风险。'),
      errors: [{ message: '项目总投资在前文为52,600万元，此处却为5.62亿元', line: 15, column: 6 }],
    },
    {
      why: '本项目总投资 said in the same unit with its verb',
      code: DOC(OUTLINE, '本项目总投资为56,200万元，项目单位将通过加强施工组织管理控制工期。'),
      errors: [{ message: '项目总投资在前文为52,600万元，此处却为56,200万元', line: 15, column: 8 }],
    },
    {
      why: 'the project named by a heading of its own rather than the title block, 该项目总投资为 first',
      code: '岚江市2026年新增专项债券项目信息披露\n\n一、岚江市城东片区供水管网改造项目\n\n该项目总投资为52,600万元，建设期2年。\n\n二、项目收益\n\n预计运营期收入合计86,200万元。项目总投资52,060万元，本息覆盖倍数1.35倍。\n',
      errors: [{ message: '该项目总投资在前文为52,600万元，此处却为52,060万元', line: 9, column: 24 }],
    },
  ],
});
