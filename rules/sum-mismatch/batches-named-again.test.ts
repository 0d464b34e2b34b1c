import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 专项转移支付63,392万元…。专项转移支付分三批下达，第一批…、第二批…、第三批…: an amount named again at a sentence's start and
// said to come in batches (分三批下达, 分两次拨付, 分两批发行) is split by them, as 按用途分 splits it: the batches are its parts.
ruleTester(rule, {
  valid: [
    {
      why: 'three batches making the amount',
      code: '2025年下达专项转移支付52,480万元，主要用于农林水和交通运输。专项转移支付分三批下达，第一批21,600万元、第二批17,240万元、第三批13,640万元。',
    },
    {
      why: 'two of three batches named: they fall short of the amount, which proves nothing',
      code: '2025年下达专项转移支付52,480万元，主要用于农林水和交通运输。专项转移支付分三批下达，第一批21,600万元、第二批17,240万元，第三批待项目审核后下达。',
    },
    {
      why: 'batches of another amount than the one stated before',
      code: '2025年下达专项转移支付52,480万元。一般性转移支付分两批下达，第一批30,000万元、第二批28,600万元。',
    },
  ],
  invalid: [
    {
      why: 'three batches adding to 1,000 more than the amount',
      code: '2025年下达专项转移支付52,480万元，主要用于农林水和交通运输。专项转移支付分三批下达，第一批21,600万元、第二批18,240万元、第三批13,640万元。',
      errors: [{ message: '专项转移支付合计52,480万元，但其中所列分项之和已达53480万元（21600 + 18240 + 13640），超出1000万元', line: 1, column: 14 }],
    },
    {
      why: '分两次拨付, the parts set off by commas, in the paragraph after',
      code: '县级财政安排乡村振兴衔接资金8,460万元。\n\n乡村振兴衔接资金分两次拨付，第一次5,200万元，第二次3,620万元。',
      errors: [{ message: '乡村振兴衔接资金合计8,460万元，但其中所列分项之和已达8820万元（5200 + 3620），超出360万元', line: 1, column: 15 }],
    },
  ],
});
