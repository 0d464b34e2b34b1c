import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 其中 run on (no colon after it) inside one item of a list set out after a colon belongs to that item: it ends at the ；
// that closes the item, or at the next item the list's opening names (由A、B和C组成：, 包括A和B两类：). What follows are the
// outer list's items, not the item's parts. The cut is made only where the whole run would overshoot the item and what is
// left does not, so an item's own parts that overshoot it are still reported. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'the 其中 of 本级收入 ends at its ；: 上级补助收入 and 上年结余 are the opening’s other items',
      code: '2025年全镇一般公共预算收入总计5,300.00万元，由本级收入、上级补助收入和上年结余三部分组成：本级收入800.00万元，比上年720.00万元增加80.00万元，增长11.1%，其中税收收入560.00万元，占本级收入的70.0%；上级补助收入4,300.00万元；上年结余200.00万元。',
    },
    {
      why: 'items set off by commas: the run ends at 专项转移支付, an item the opening names',
      code: '2025年全乡转移支付收入合计2,960.00万元，包括一般性转移支付和专项转移支付两类：一般性转移支付1,820.00万元，其中均衡性转移支付1,260.00万元，专项转移支付1,140.00万元。',
    },
    {
      why: 'a list set out with 主要包括三个方面： and a 其中 in its first item',
      code: '2025年一般公共预算支出5,120.00万元，主要包括三个方面：一般公共服务支出1,200.00万元，其中人员经费800.00万元；农林水支出2,600.00万元；教育支出1,320.00万元。',
    },
  ],
  invalid: [
    {
      why: 'the item’s own parts overshoot it before the ；: 800.00 + 600.00 = 1,400.00 > 1,200.00',
      code: '2025年一般公共预算支出5,120.00万元，由基本支出和项目支出组成：基本支出1,200.00万元，其中人员经费800.00万元，公用经费600.00万元；项目支出3,920.00万元。',
      errors: [{ message: '基本支出合计1,200.00万元，但分项之和为1400.00万元（800.00 + 600.00），相差200.00万元', line: 1, column: 42 }],
    },
  ],
});
