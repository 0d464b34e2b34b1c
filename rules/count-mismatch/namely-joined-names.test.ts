import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count whose noun runs on into a clause, then ，即 and names joined by 和: when both halves end with the counted noun
// (…项目和…项目 after 3个项目), the join is surely two names. A join whose halves do not end alike may be one name.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'two said, two named', code: '评价等次为“中”的2个项目存在预算编制不够精准等问题，即农村公路养护项目和城区绿化提升项目。' },
    { why: 'halves that do not end with the counted noun: one name or two', code: '经复核，有3个单位的资产卡片信息不完整，即区图书馆和区文化馆，已责令限期整改。' },
    { why: 'a 和 inside one name (改造和提升工程): two names or three', code: '本年度有3个项目未按期完工，即供水管网改造和提升工程、城区绿化提升项目。' },
  ],
  invalid: [
    {
      why: 'three said, two 项目 joined by 和',
      code: '评价等次为“中”的3个项目存在预算编制不够精准、支出进度偏慢等问题，即农村公路养护项目和城区绿化提升项目。',
      errors: [{ message: '所述数量为“3个”，但其后只列举了2项', line: 1, column: 10 }],
    },
    {
      why: 'four said, three named with 、 and 和',
      code: '抽查发现4个项目的绩效目标不够细化，即农村公路养护项目、城区绿化提升项目和社区养老服务项目，已反馈相关部门。',
      errors: [{ message: '所述“4个项目”，但其后只列举了3项', line: 1, column: 5 }],
    },
  ],
});
