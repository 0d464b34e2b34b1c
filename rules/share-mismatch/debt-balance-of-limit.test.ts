import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The balance's share of the limit, each stated before with the year end and the whole area it is of (2024年末全县…), the
// limit named short after 占 (债务限额). And a total its own complete list of parts does not add up to: a share that fits
// the parts' sum is not proven wrong by the total. Snippets written for these tests; none is copied from a real disclosure.
const DEBT = (opening: string, share: string) =>
  `${opening}政府债务限额146.80亿元。截至2024年12月31日，全县政府债务余额138.62亿元。\n\n政府债务余额占${share}的比重为${'95.4'}%，控制在限额之内。\n`;

ruleTester(rule, {
  valid: [
    {
      why: '138.62 / 146.80 = 94.4%, stated 94.4',
      code: DEBT('2024年末全县', '债务限额').replace('95.4', '94.4'),
    },
    {
      why: 'a share that fits the sum of the parts the total misstates: 121.41 / (58.11 + 121.41) = 67.6%',
      code: '2024年末全区政府债务余额179.25亿元，其中一般债务58.11亿元、专项债务121.41亿元，控制在限额以内。\n专项债务余额占全区债务余额的67.6%，一般债务余额占32.4%。',
    },
  ],
  invalid: [
    {
      why: '138.62 / 146.80 = 94.4%, stated 95.4: the limit named 债务限额',
      code: DEBT('2024年末全县', '债务限额'),
      errors: [{ message: '全县政府债务余额138.62亿元占债务限额146.80亿元的94.4%，而非所写的95.4%', line: 3, column: 16 }],
    },
    {
      why: 'the same with the limit named in full, stated at the year end without 全县',
      code: DEBT('2024年末', '政府债务限额'),
      errors: [{ message: '全县政府债务余额138.62亿元占政府债务限额146.80亿元的94.4%，而非所写的95.4%', line: 3, column: 18 }],
    },
    {
      why: 'wrong on the total and on the parts’ sum: 58.11 / 179.25 = 32.4%, 58.11 / 179.52 = 32.4%, stated 32.8',
      code: '2024年末全区政府债务余额179.25亿元，其中一般债务58.11亿元、专项债务121.41亿元。一般债务余额占全区债务余额的32.8%。',
      errors: [{ message: '一般债务58.11亿元占全区债务余额179.25亿元的32.4%，而非所写的32.8%', line: 1, column: 65 }],
    },
  ],
});
