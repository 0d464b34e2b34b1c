import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 加上…，收入总计X opening its own paragraph adds to what the paragraph before stated: its one amount, or, when that
// paragraph breaks its amount down (…收入预计A万元。其中：B…；C…。), the amount broken down. Only when the total names the
// same book and measure as that amount: the last item of a list the paragraph before ends on is no whole to add to.
// And a 收入总计 misprinted, read both with the amounts added to make it and with the 支出总计 and 结转 it leaves, is
// said once. Snippets written for these tests; none is copied from a real disclosure.
const DRAFT = (total: string) =>
  '（一）一般公共预算收入预算\n\n2026年全县地方一般公共预算收入预计64,380万元，比上年执行数增长4.5%。其中：税收收入43,120万元，增长4.0%；非税收入21,260万元。\n\n' +
  `加上上级补助收入212,600万元、调入资金12,400万元、上年结转8,920万元，2026年全县一般公共预算收入总计${total}万元。`;
ruleTester(rule, {
  valid: [
    { why: '64,380 + 212,600 + 12,400 + 8,920 = 298,300', code: DRAFT('298,300') },
    {
      why: 'the paragraph before ends on one item of a list: 其他收入 is no whole the 总计 adds to',
      code: '分项目看：\n\n- 利润收入4,210.00万元。\n- 其他国有资本经营预算收入96.00万元。\n\n加上上年结转收入210.40万元，2025年国有资本经营预算收入总计4,516.40万元。',
    },
    {
      why: 'a paragraph naming another measure: the 总计 is not of it',
      code: '全县一般公共预算支出预计281,600万元。\n\n加上上级补助收入212,600万元、调入资金12,400万元，2026年全县一般公共预算收入总计298,300万元。',
    },
  ],
  invalid: [
    {
      why: '64,380 + 212,600 + 12,400 + 8,920 = 298,300, stated 296,300',
      code: DRAFT('296,300'),
      errors: [{ message: '一般公共预算收入合计296,300万元，但分项之和为298300万元（64380 + 212600 + 12400 + 8920），相差2000万元', line: 5, column: 61 }],
    },
    {
      why: 'the same in one paragraph, and the 总计 read again against 支出总计 + 结转: one finding, by the parts added',
      code:
        '全县一般公共预算收入完成58,640万元，增长3.1%。其中，税收收入40,220万元；非税收入18,420万元。加上上级补助收入186,300万元、上年结转6,280万元，全县一般公共预算收入总计250,220万元。\n\n' +
        '全县一般公共预算支出完成221,860万元，加上上解支出6,400万元、债务还本支出14,200万元，支出总计242,460万元。收支相抵，结转下年8,760万元。',
      errors: [{ message: '一般公共预算收入合计250,220万元，但分项之和为251220万元（58640 + 186300 + 6280），相差1000万元', line: 1, column: 100 }],
    },
  ],
});
