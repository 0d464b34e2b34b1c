import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A debt table by region whose head is two groups, each with its 合计 first (限额: 合计 | 一般债务 | 专项债务; 余额: 合计 |
// 一般债务 | 专项债务), the group's words left by the page in one column's head. Snippets written for these tests; none is
// copied from a real disclosure.
const DEBT = (balance: string) =>
  `单位：万元\n\n| 序号 | 地区 | 合计 | 2024年末政府债务限额 一般债务 | 专项债务 | 合计 | 2024年末政府债务余额 一般债务 | 专项债务 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 1 | 东岭镇 | 42,000 | 18,000 | 24,000 | ${balance} | 16,500 | 22,800 |\n| 2 | 西溪乡 | 26,000 | 11,000 | 15,000 | 24,100 | 10,200 | 13,900 |\n`;
ruleTester(rule, {
  valid: [{ why: 'each group: 合计 = 一般债务 + 专项债务 (42,000; 39,300)', code: DEBT('39,300'), format: 'markdown' }],
  invalid: [
    {
      why: 'the 余额 group: 16,500 + 22,800 = 39,300, stated 38,300 (the 限额 group adds up)',
      code: DEBT('38,300'),
      format: 'markdown',
      errors: [{ message: '表中“东岭镇”行合计38,300万元，但分项之和为39300万元（16500 + 22800），相差1000万元', line: 5, column: 40 }],
    },
  ],
});
