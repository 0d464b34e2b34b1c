import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A、B、C和D: in names set off by 、, a 和 in the last one only joins the last two items. Not when a name's own 和 is
// known (住房和城乡建设局), when the names before it end alike and the first of the two does not (…局、…局、…建设和…局),
// nor in clauses set off by ；. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: 'four projects, four names', code: '拟使用新增专项债券资金60,000万元，涉及四个项目，分别为标准厂房、老旧小区改造、污水处理厂扩建和东湖湿地公园配套工程。\n' },
    { why: 'a name of its own with 和: three departments', code: '涉及三个部门，分别为区财政局、区教育局和区住房和城乡建设局。\n' },
    { why: '三个方面 in clauses: no 、 list', code: '问题主要集中在三个方面：收入质量有待提高；支出压力和风险加大；项目收益不及预期。\n' },
  ],
  invalid: [
    {
      why: 'three projects, four names',
      code: '拟使用新增专项债券资金60,000万元，涉及三个项目，分别为标准厂房、老旧小区改造、污水处理厂扩建和东湖湿地公园配套工程。\n',
      errors: [{ message: '所述“三个项目”，但其后列举了4项', line: 1, column: 23 }],
    },
    {
      why: '即 and 及: five units, four named',
      code: '所属单位共5个，即区文化馆、区图书馆、区博物馆及区美术馆。\n',
      errors: [{ message: '所属单位所述数量为“5个”，但其后只列举了4项', line: 1, column: 6 }],
    },
  ],
});
