import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 基金收入 / 基金支出 after a section has named one fund's income or spending in full (社会保险基金收入, 机关事业单位养老
// 保险基金支出): the share is of that amount. Two funds named, which one is meant is not said. Snippets written for these
// tests; none is copied from a real disclosure.
const SECTION = (opening: string, share: string) => `三、社会保险基金预算执行情况\n\n${opening}\n\n${share}\n`;

ruleTester(rule, {
  valid: [
    {
      why: '41.20 / 180.00 = 22.9%: 基金收入 is the 社会保险基金收入 of the section',
      code: SECTION('2025年，全县社会保险基金收入180.00亿元，完成预算的101.2%。', '各级财政补贴收入41.20亿元，占基金收入的22.9%。'),
    },
    {
      why: '16.80 / 96.00 = 17.5%: 基金支出 is the 养老保险基金支出 named before',
      code: SECTION('城乡居民基本养老保险基金支出96.00亿元，增长4.1%。', '其中丧葬补助金支出16.80亿元，占基金支出的17.5%。'),
    },
    {
      why: 'two funds named: which 基金收入 the share is of is not said',
      code: SECTION('社会保险基金收入180.00亿元；政府性基金收入64.00亿元。', '各级财政补贴收入41.20亿元，占基金收入的30.0%。'),
    },
  ],
  invalid: [
    {
      why: '41.20 / 180.00 = 22.9%, stated 25.0%',
      code: SECTION('2025年，全县社会保险基金收入180.00亿元，完成预算的101.2%。', '各级财政补贴收入41.20亿元，占基金收入的25.0%。'),
      errors: [{ message: '各级财政补贴收入41.20亿元占基金收入180.00亿元的22.9%，而非所写的25.0%', line: 5, column: 23 }],
    },
    {
      why: '基金支出 after 社会保险基金支出: 60.30 / 180.00 = 33.5%, stated 35.3%',
      code: SECTION('全县社会保险基金支出180.00亿元，增长3.6%。', '其中医疗保险待遇支出60.30亿元，占基金支出的35.3%。'),
      errors: [{ message: '医疗保险待遇支出60.30亿元占基金支出180.00亿元的33.5%，而非所写的35.3%', line: 5, column: 25 }],
    },
    {
      why: '16.80 / 96.00 = 17.5%, stated 15.7%',
      code: SECTION('城乡居民基本养老保险基金支出96.00亿元，增长4.1%。', '其中丧葬补助金支出16.80亿元，占基金支出的15.7%。'),
      errors: [{ message: '丧葬补助金支出16.80亿元占基金支出96.00亿元的17.5%，而非所写的15.7%', line: 5, column: 24 }],
    },
  ],
});
