import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An adjustment plan states a whole's opening budget and the amount it was adjusted to (一般公共预算支出年初预算…，调整为…);
// a part said after the adjustment (调整后教育支出…) or a whole named 调整后… is of the adjusted amount. A whole named by its
// measure alone (占调整后收入的) is the one of the book the section's heading names; another item's 调整后 amount, or another
// section's, is no whole of it. Snippets written for these tests.
const SPENDING = (share: string) =>
  `（一）一般公共预算调整方案\n\n全县一般公共预算支出年初预算326,500万元，调整为341,800万元，调增15,300万元。调整后教育支出68,360万元，占一般公共预算支出的${share}，主要用于义务教育薄弱环节改善。\n`;
const INCOME = (share: string) =>
  `二、预算调整方案\n\n全市一般公共预算收入年初预算186,000万元，调整为180,000万元，调减6,000万元。其中税收收入117,000万元，占调整后一般公共预算收入的${share}。\n`;
const CAPITAL = (share: string) =>
  `（一）一般公共预算调整方案\n\n再融资一般债券转贷收入调增4,200万元，调整后15,600万元。\n\n（三）国有资本经营预算调整方案\n\n全县国有资本经营预算收入年初预算3,400万元，调整为3,600万元，调增200万元。调出资金1,080万元，占调整后收入的${share}。\n`;

ruleTester(rule, {
  valid: [
    { why: '68,360 / 341,800 = 20.0%', code: SPENDING('20.0%') },
    { why: '117,000 / 180,000 = 65.0%', code: INCOME('65.0%') },
    { why: 'the 国资 book’s adjusted income 3,600: 1,080 is 30.0% of it (15,600 is a 转贷收入 of another section)', code: CAPITAL('30.0%') },
    {
      why: 'a part not said after the adjustment: the opening or the adjusted whole, the text does not say',
      code: '（一）一般公共预算调整方案\n\n全县一般公共预算支出年初预算326,500万元，调整为341,800万元。民生支出260,000万元，占一般公共预算支出的90.0%。\n',
    },
    {
      why: 'another item’s 调整后 amount names no whole: 调整后收入 is left unknown',
      code: '专项债券转贷收入调增6,000万元，调整后30,000万元。调出资金1,200万元，占调整后收入的12.0%，用于补充一般公共预算。\n',
    },
  ],
  invalid: [
    {
      why: '68,360 / 341,800 = 20.0%, stated 21.0%',
      code: SPENDING('21.0%'),
      errors: [{ message: '调整后教育支出68,360万元占一般公共预算支出341,800万元的20.0%，而非所写的21.0%', line: 3, column: 75 }],
    },
    {
      why: '117,000 / 180,000 = 65.0%, stated 63.0%',
      code: INCOME('63.0%'),
      errors: [{ message: '税收收入117,000万元占调整后一般公共预算收入180,000万元的65.0%，而非所写的63.0%', line: 3, column: 77 }],
    },
    {
      why: '1,080 / 3,600 = 30.0%, stated 33.0%',
      code: CAPITAL('33.0%'),
      errors: [{ message: '调出资金1,080万元占调整后收入3,600万元的30.0%，而非所写的33.0%', line: 7, column: 63 }],
    },
  ],
});
