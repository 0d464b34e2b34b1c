import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 其中：…，B 5,260万元，占支出的58.6%: a bare 收入/支出 after 占 inside a 其中 list is that list's total, when the
// total is a 收入/支出 itself. Another measure, or no list, leaves the share without a base.
ruleTester(rule, {
  valid: [
    {
      why: '5,260 / 9,384 = 56.1%',
      code: '2024年国有资本经营预算支出9,384万元。其中：改革成本支出2,130万元；国有企业资本金注入5,260万元，占支出的56.1%；其他支出1,994万元。',
    },
    {
      why: 'no 其中 list: which 支出 is not said',
      code: '2024年国有资本经营预算支出9,384万元。国有企业资本金注入5,260万元，占支出的58.6%。',
    },
    {
      why: '占收入的 inside a list of 支出: another measure, no base',
      code: '2024年国有资本经营预算支出9,384万元。其中：改革成本支出2,130万元；国有企业资本金注入5,260万元，占收入的58.6%；其他支出1,994万元。',
    },
  ],
  invalid: [
    {
      why: '5,260 / 9,384 = 56.1%, stated 58.6%, with a completion ratio before the list',
      code: '2024年国有资本经营预算支出9,384万元，完成预算的96.8%。其中：改革成本支出2,130万元，国有企业资本金注入5,260万元，占支出的58.6%；国有企业政策性补贴1,420万元；其他国有资本经营预算支出574万元。',
      errors: [{ message: '国有企业资本金注入5,260万元占国有资本经营预算支出9,384万元的56.1%，而非所写的58.6%', line: 1, column: 73 }],
    },
    {
      why: '占收入的 in a list of 收入: 2,180 / 3,250 = 67.1%, stated 69.1%',
      code: '2024年全镇一般公共预算收入3,250万元，\n其中：税收收入2,180万元，占收入的69.1%；非税收入1,070万元，占32.9%。',
      errors: [{ message: '税收收入2,180万元占全镇一般公共预算收入3,250万元的67.1%，而非所写的69.1%', line: 2, column: 20 }],
    },
    {
      why: '占支出的比重为: 412 / 1,650 = 25.0%, stated 52.0%',
      code: '本部门2025年支出预算1,650万元，其中基本支出1,238万元，项目支出412万元，占支出的比重为52.0%。',
      errors: [{ message: '项目支出412万元占支出1,650万元的25.0%，而非所写的52.0%', line: 1, column: 52 }],
    },
  ],
});
