import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 收入完成X。A…，B…，C…，收入合计T: with no 加上, a list that falls short of its total may leave out the amount
// the sentence before stated; only a list exceeding its total (or one with nothing before it) is proved wrong.
ruleTester(rule, {
  valid: [
    {
      why: 'the fund’s own revenue in the sentence before: 28,640 + 1,350 + 860 + 15,000 = 45,850',
      code: '2024年区级政府性基金收入完成28,640万元，增长8.2%。上级补助收入1,350万元，上年结转收入860万元，专项债券转贷收入15,000万元，收入合计45,850万元。',
    },
    {
      why: '亿元, 总计: 12.40 + 0.60 + 3.00 = 16.00, the first stated before',
      code: '全年基金收入12.40亿元。上级补助0.60亿元，债务转贷收入3.00亿元，收入总计16.00亿元。',
    },
    {
      why: 'a spending side: 39,120 before, then 3,600 + 1,500, 支出合计 44,220',
      code: '区级基金支出完成39,120万元。调出资金3,600万元，债务还本支出1,500万元，支出合计44,220万元。',
    },
  ],
  invalid: [
    {
      why: 'the list alone exceeds its total',
      code: '全年基金收入12.40亿元。上级补助0.60亿元，债务转贷收入3.00亿元，上年结余13.20亿元，收入总计16.00亿元。',
      errors: [{ message: '收入合计16.00亿元，但分项之和为16.80亿元（0.60 + 3.00 + 13.20），相差0.80亿元', line: 1, column: 55 }],
    },
    {
      why: 'nothing stated before the list: it is the whole, and falls short',
      code: '上级补助收入1,350万元，上年结转收入860万元，专项债券转贷收入15,000万元，收入合计45,850万元。',
      errors: [{ message: '收入合计45,850万元，但分项之和为17210万元（1350 + 860 + 15000），相差28640万元', line: 1, column: 48 }],
    },
    {
      why: 'a sentence before with no amount (a rate only) leaves nothing out',
      code: '基金收入增长8.2%。上级补助收入1,350万元，上年结转收入860万元，收入合计2,410万元。',
      errors: [{ message: '收入合计2,410万元，但分项之和为2210万元（1350 + 860），相差200万元', line: 1, column: 42 }],
    },
  ],
});
