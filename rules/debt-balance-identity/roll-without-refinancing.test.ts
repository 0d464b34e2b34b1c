import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A roll-forward told in one paragraph, from a balance named as the year's opening (年初/上年末余额) through 新增 and
// 还本 to the year's end, in a document that names refinancing nowhere: the flows it tells are all there were, so
// no unstated 再融资 is waited for. A township's notes often read so (新增转贷债券, 偿还到期本金). Snippets written for
// these tests in the genre's shapes.
const title = '青禾镇2025年度部门决算公开说明\n\n三、政府债务情况\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the roll closes: 2,416.50 + 300.00 − 210.00 = 2,506.50',
      code: `${title}从债务变动看，上年末债务余额2,416.50万元，本年新增债务300.00万元，还本210.00万元，年末债务余额2,506.50万元。\n`,
    },
    {
      why: 'told over two sentences with a 其中 split of the closing balance and its limit, and it closes: 860 + 150 − 90 = 920',
      code: `${title}全镇年初政府债务余额860.00万元，当年新增转贷债券150.00万元，到期偿还本金90.00万元。年末全镇政府债务余额920.00万元，其中一般债务600.00万元、专项债务320.00万元，控制在县财政核定的债务限额1,000.00万元以内。\n`,
    },
    {
      why: 'the document names refinancing in another paragraph: the roll may leave it out, and stays unread by default (500 + 80 − 40 = 540 against 550)',
      code: `${title}年初债务余额500.00万元，本年新增债券80.00万元，偿还本金40.00万元，年末余额550.00万元。\n\n本年偿还到期本金中，使用再融资债券资金10.00万元。\n`,
    },
    {
      why: 'a balance at the end of the year before (截至2024年末…) is another statement, not the opening of a roll: the default stands',
      code: `${title}截至2024年末，全镇政府债务余额500.00万元。2025年，全镇新增债券80.00万元，偿还本金40.00万元。截至2025年末，全镇政府债务余额550.00万元。\n`,
    },
    {
      why: 'the closing balance in a paragraph of its own: the roll is not told in one paragraph',
      code: `${title}年初债务余额500.00万元，本年新增债券80.00万元，偿还本金40.00万元。\n\n截至2025年末，全镇政府债务余额550.00万元。\n`,
    },
    {
      why: 'a repayment split by 其中 is no second repayment, and the roll closes: 400 + 50 − 120 = 330',
      code: `${title}年初债务余额400.00万元，当年新增债券50.00万元，偿还到期本金120.00万元（其中一般债券本金70.00万元），年末债务余额330.00万元。\n`,
    },
    {
      why: 'the year opened and then the flows of the second half only: the opening does not roll through them to the year-end',
      code: '江岭市2025年上半年地方政府债务情况\n\n上年末全市政府债务余额为1,140.79亿元。\n\n下半年，全市计划发行新增债券35.00亿元，偿还到期本金46.18亿元，预计2025年末全市政府债务余额1,230.06亿元。\n',
    },
  ],
  invalid: [
    {
      why: '上年末债务余额 opens the roll, 新增债务 and 还本: 2,416.50 + 300.00 − 210.00 = 2,506.50 against 2,516.50',
      code: `${title}从债务变动看，上年末债务余额2,416.50万元，本年新增债务300.00万元，还本210.00万元，年末债务余额2,516.50万元。\n`,
      errors: [{ message: '2025年末政府债务余额2,516.50万元，但年初余额2,416.50万元 + 新增债券300.00万元 - 还本210.00万元 = 2506.50万元，相差10.00万元', line: 5, column: 58 }],
    },
    {
      why: 'over two sentences, the closing balance split by kind after it: 860 + 150 − 90 = 920 against 930',
      code: `${title}全镇年初政府债务余额860.00万元，当年新增转贷债券150.00万元，到期偿还本金90.00万元。年末全镇政府债务余额930.00万元，其中一般债务610.00万元、专项债务320.00万元。\n`,
      errors: [{ message: '2025年末全镇政府债务余额930.00万元，但年初余额860.00万元 + 新增债券150.00万元 - 还本90.00万元 = 920.00万元，相差10.00万元', line: 5, column: 61 }],
    },
    {
      why: 'clauses cut by semicolons, 偿还到期本金 and a bare 年末余额: 1,236 + 180 − 120 = 1,296 against 1,286',
      code: `${title}全镇年初债务余额1,236.00万元；当年新增转贷债券180.00万元，偿还到期本金120.00万元；年末余额1,286.00万元。\n`,
      errors: [{ message: '2025年末全镇政府债务余额1,286.00万元，但年初余额1,236.00万元 + 新增债券180.00万元 - 还本120.00万元 = 1296.00万元，相差10.00万元', line: 5, column: 56 }],
    },
  ],
});
