import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A roll-forward told in one paragraph is checked with its own figures: another statement of one flow elsewhere (a
// table's row) does not hide it. The kind may be the run-in title of a numbered item (（二）专项债务：年初余额…), and what
// the bond money was spent on (新增专项债券资金已支出…) is no amount issued. Snippets written for these tests.
const table = (repay: string) =>
  `\n表1　某县2024年地方政府债务情况表\n单位：亿元\n| 项目 | 一般债务 | 专项债务 | 合计 |\n| --- | --- | --- | --- |\n| 2023年末债务余额 | 29.47 | 48.88 | 78.35 |\n| 2024年发行债券 | 4.00 | 7.86 | 11.86 |\n| 2024年偿还本金 | 1.82 | ${repay} | 5.25 |\n| 2024年末债务余额 | 31.65 | 53.31 | 84.96 |\n`;
ruleTester(rule, {
  valid: [
    {
      why: '48.88 + 5.40 + 2.46 − 3.43 = 53.31',
      code: '某县2024年地方政府债务情况说明\n\n（二）专项债务：年初余额48.88亿元，本年发行新增专项债券5.40亿元、再融资专项债券2.46亿元，偿还本金3.43亿元，年末余额53.31亿元。\n',
    },
    {
      why: 'spent bond money is no issuance: 652,880 + 86,000 + 12,400 − 37,610 = 713,670',
      code: '某县2024年地方政府债务情况说明\n\n专项债务年初余额652,880万元，本年发行新增专项债券86,000万元、再融资专项债券12,400万元，偿还本金37,610万元，年末余额713,670万元。\n\n截至2024年底，新增专项债券资金已支出79,860万元，支出进度为92.9%。\n',
    },
  ],
  invalid: [
    {
      why: 'the run-in title names the kind: 48.88 + 5.40 + 2.46 − 3.34 = 53.40 against 53.31',
      code: '某县2024年地方政府债务情况说明\n\n（二）专项债务：年初余额48.88亿元，本年发行新增专项债券5.40亿元、再融资专项债券2.46亿元，偿还本金3.34亿元，年末余额53.31亿元。\n',
      errors: [{ message: '2024年末专项债务余额53.31亿元，但年初余额48.88亿元 + 新增债券5.40亿元 + 再融资债券2.46亿元 - 还本3.34亿元 = 53.40亿元，相差0.09亿元', line: 3, column: 67 }],
    },
    {
      why: 'the same with a table stating the repayment otherwise (3.43): the paragraph is checked with its own 3.34',
      code: '某县2024年地方政府债务情况说明\n\n（二）专项债务：年初余额48.88亿元，本年发行新增专项债券5.40亿元、再融资专项债券2.46亿元，偿还本金3.34亿元，年末余额53.31亿元。\n' + table('3.43'),
      errors: [{ message: '2024年末专项债务余额53.31亿元，但年初余额48.88亿元 + 新增债券5.40亿元 + 再融资债券2.46亿元 - 还本3.34亿元 = 53.40亿元，相差0.09亿元', line: 3, column: 67 }],
    },
    {
      why: 'a later sentence on spent bond money does not hide the roll: 713,670 against 714,120',
      code: '某县2024年地方政府债务情况说明\n\n专项债务年初余额652,880万元，本年发行新增专项债券86,000万元、再融资专项债券12,400万元，偿还本金37,610万元，年末余额714,120万元。\n\n截至2024年底，新增专项债券资金已支出79,860万元，支出进度为92.9%。\n',
      errors: [{ message: '2024年末专项债务余额714,120万元，但年初余额652,880万元 + 新增债券86,000万元 + 再融资债券12,400万元 - 还本37,610万元 = 713670万元，相差450万元', line: 3, column: 71 }],
    },
  ],
});
