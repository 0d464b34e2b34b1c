import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A department's notes often tell the roll of the bonds it manages after a clause that names them as its topic
// (本局负责的专项债券项目，…; 我委承担的一般债券项目：…): the balances that name no kind are that kind's, so the roll
// runs through the 专项 flows. A lead clause that tells of the debt itself (发行专项债券后, 偿还专项债券本金) names no
// topic. Snippets written for these tests in the genre's shapes.
const title = '清源市交通局2026年部门预算说明\n\n五、政府债务情况\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the roll closes: 6.20 + 1.50 − 0.40 = 7.30',
      code: `${title}本局作为主管部门承担的交通专项债券项目，2025年初债务余额6.20亿元，当年新增发行专项债券1.50亿元，偿还到期本金0.40亿元，年末债务余额7.30亿元。\n`,
    },
    {
      why: 'the lead tells of issuing (发行专项债券后): no topic, and the total balance is not rolled through the 专项 flows',
      code: `${title}全市发行专项债券后，2025年初债务余额6.20亿元，当年新增发行专项债券1.50亿元，偿还到期本金0.40亿元，年末债务余额7.40亿元。\n`,
    },
    {
      why: 'the figure names the whole (政府债务余额): the topic does not narrow it',
      code: `${title}关于专项债券项目，2025年初全市政府债务余额6.20亿元，当年新增发行专项债券1.50亿元，偿还到期本金0.40亿元，年末全市政府债务余额7.40亿元。\n`,
    },
  ],
  invalid: [
    {
      why: 'a department topic clause, then 年初 and 年末 balances naming no kind: 6.20 + 1.50 − 0.40 = 7.30 against 7.40',
      code: `${title}本局作为主管部门承担的交通专项债券项目，2025年初债务余额6.20亿元，当年新增发行专项债券1.50亿元，偿还到期本金0.40亿元，年末债务余额7.40亿元，均纳入全市政府债务统一管理。\n`,
      errors: [{ message: '2025年末专项债务余额7.40亿元，但年初余额6.20亿元 + 新增债券1.50亿元 - 还本0.40亿元 = 7.30亿元，相差0.10亿元', line: 5, column: 74 }],
    },
    {
      why: 'the topic with 资金 and a colon, 上年末余额 and 兑付: 3,860 + 600 − 250 = 4,210 against 4,120',
      code: `${title}我委管理的棚改专项债券资金：上年末余额3,860.00万元，本年新增专项债券600.00万元，兑付到期本金250.00万元，年末余额4,120.00万元。\n`,
      errors: [{ message: '2026年末专项债务余额4,120.00万元，但年初余额3,860.00万元 + 新增债券600.00万元 - 还本250.00万元 = 4210.00万元，相差90.00万元', line: 5, column: 67 }],
    },
    {
      why: 'an 一般债券 topic: 2.40 + 0.60 − 0.30 = 2.70 against 2.80',
      code: `${title}局属单位使用的一般债券项目，年初债务余额2.40亿元，当年新增一般债券0.60亿元，偿还本金0.30亿元，年末债务余额2.80亿元。\n`,
      errors: [{ message: '2026年末一般债务余额2.80亿元，但年初余额2.40亿元 + 新增债券0.60亿元 - 还本0.30亿元 = 2.70亿元，相差0.10亿元', line: 5, column: 60 }],
    },
  ],
});
