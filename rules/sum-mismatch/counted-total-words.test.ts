import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A total after its parts that counts them with words between the count and the total word (以上两项收入合计, 上述三类支出
// 共计): the count is no part, and it must count every amount listed. Snippets written for these tests; none is copied
// from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '2.85 + 36.40 = 39.25, stated 以上两项收入合计39.25',
      code: '2025年全县国有资本经营预算收入2.85亿元，社会保险基金预算收入36.40亿元，以上两项收入合计39.25亿元。',
    },
    {
      why: 'three amounts before 两项支出合计: which two it totals the text does not say',
      code: '全镇教育支出1,260万元，卫生健康支出840万元，农林水支出2,310万元，上述两项支出合计2,100万元。',
    },
    {
      why: '三类资金共计 after three amounts that add up: 410 + 326 + 1,084 = 1,820',
      code: '当年下达中央补助资金410万元、省级补助资金326万元、市级配套资金1,084万元，以上三类资金共计1,820万元，全部拨付到位。',
    },
  ],
  invalid: [
    {
      why: '2.85 + 36.40 = 39.25, stated 以上两项收入合计40.25',
      code: '2025年全县国有资本经营预算收入2.85亿元，社会保险基金预算收入36.40亿元，以上两项收入合计40.25亿元。',
      errors: [{ message: '以上两项收入合计40.25亿元，但分项之和为39.25亿元（2.85 + 36.40），相差1.00亿元', line: 1, column: 51 }],
    },
    {
      why: '410 + 326 + 1,084 = 1,820, stated 上述三类资金共计1,920',
      code: '当年下达中央补助资金410万元、省级补助资金326万元、市级配套资金1,084万元，上述三类资金共计1,920万元，全部拨付到位。',
      errors: [{ message: '上述三类资金合计1,920万元，但分项之和为1820万元（410 + 326 + 1084），相差100万元', line: 1, column: 51 }],
    },
    {
      why: 'a bare 合计 after the parts is named once in the message, not 合计合计: 3.20 + 40.10 = 43.30, stated 44.30',
      code: '国有资本经营预算收入3.20亿元，社会保险基金预算收入40.10亿元，合计44.30亿元。',
      errors: [{ message: '合计44.30亿元，但分项之和为43.30亿元（3.20 + 40.10），相差1.00亿元', line: 1, column: 38 }],
    },
  ],
});
