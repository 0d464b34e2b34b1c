import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A half-year's roll-forward: 2025年初…余额, 上半年发行…、偿还…, 6月末余额. The 6月末 names no year; it is the end of June
// of the year last named (2025), not the sentence's opening date: read as that, the closing balance was an opening one
// and nothing was checked.
ruleTester(rule, {
  valid: [
    {
      why: '215.40 + 18.60 − 6.20 = 227.80',
      code: '2025年初全市专项债务余额215.40亿元，上半年发行新增专项债券18.60亿元，再融资专项债券0亿元，偿还到期本金6.20亿元，6月末余额227.80亿元。',
    },
    {
      why: 'no 再融资 stated: bonds issued to repay the principal may be left out, so nothing is proved',
      code: '2025年初全县专项债务余额68.46亿元，上半年发行新增专项债券6.42亿元、偿还到期本金1.20亿元，6月末余额74.88亿元。',
    },
  ],
  invalid: [
    {
      why: '215.40 + 18.60 − 6.20 = 227.80, stated 229.80',
      code: '2025年初全市专项债务余额215.40亿元，上半年发行新增专项债券18.60亿元，再融资专项债券0亿元，偿还到期本金6.20亿元，6月末余额229.80亿元。',
      errors: [{ message: '2025年6月末全市专项债务余额229.80亿元，但年初余额215.40亿元 + 新增债券18.60亿元 + 再融资债券0亿元 - 还本6.20亿元 = 227.80亿元，相差2.00亿元', line: 1, column: 72 }],
    },
    {
      why: '6月底, and the opening as 上年末: 365.02 + 24.50 − 8.25 = 381.27, stated 383.27',
      code: '2025年，一般债务上年末余额365.02亿元，上半年发行一般债券24.50亿元，偿还本金8.25亿元，6月底余额383.27亿元。',
      errors: [{ message: '2025年6月末一般债务余额383.27亿元，但年初余额365.02亿元 + 发行债券24.50亿元 - 还本8.25亿元 = 381.27亿元，相差2.00亿元', line: 1, column: 58 }],
    },
  ],
});
