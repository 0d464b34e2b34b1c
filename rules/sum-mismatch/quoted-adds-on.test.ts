import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence that adds to an amount stated before it (加上…，总计X) counts that amount in its total, also when a
// press release quotes it, with or without its speaker before the quotation mark. Where the amount added to is not
// in the sentence before (another paragraph), the total cannot be checked: the amounts listed are not all its parts.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'the quotation opens a paragraph: the amount 加上 adds to is a paragraph above, so 54.50 is not 32.48 + 2.16 + 1.26 alone',
      code: '全县一般公共预算收入安排18.60亿元。\n“加上上级补助收入32.48亿元、调入资金2.16亿元和上年结转1.26亿元，今年全县可用财力总计54.50亿元。”局长说。',
    },
    {
      why: 'a speaker, a colon, then the quotation: 加上 still adds to something stated elsewhere',
      code: '区财政局负责人在发布会上介绍：“再加上上级转移支付收入21.40亿元和债券转贷收入5.60亿元，全区可用财力达到41.00亿元。”',
    },
    {
      why: 'the sentence before states the amount added to: 18.60 + 32.48 + 2.16 + 1.26 = 54.50',
      code: '全县一般公共预算收入18.60亿元。局长介绍：“加上上级补助收入32.48亿元、调入资金2.16亿元和上年结转1.26亿元，今年全县可用财力总计54.50亿元。”',
    },
  ],
  invalid: [
    {
      why: 'the sentence before states the amount added to: 18.60 + 32.48 + 2.16 + 1.26 = 54.50, stated 54.80',
      code: '全县一般公共预算收入18.60亿元。局长介绍：“加上上级补助收入32.48亿元、调入资金2.16亿元和上年结转1.26亿元，今年全县可用财力总计54.80亿元。”',
      errors: [{ message: '今年全县可用财力合计54.80亿元，但分项之和为54.50亿元（18.60 + 32.48 + 2.16 + 1.26），相差0.30亿元', line: 1, column: 73 }],
    },
  ],
});
