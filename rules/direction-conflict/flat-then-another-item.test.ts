import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A change stated right after 持平 belongs to it only when its clause names no item of its own:
// "因公出国（境）费与上年持平，公务用车运行维护费减少4.20万元" lists two items, one flat and one down. Found
// by the wording probe (bench/reword.mjs) in a 其中 list written with 同比.
ruleTester(rule, {
  valid: [
    {
      why: 'the item after 持平 has its own change',
      code: '2024年“三公”经费支出减少4.80万元，其中因公出国（境）费与上年持平，公务用车运行维护费减少4.20万元，公务接待费减少0.60万元。',
    },
    {
      why: 'no level before 持平, the next clause names 培训费',
      code: '会议费与上年持平，培训费比上年增加2.00万元，增长12.5%。',
    },
    {
      why: '同比持平, then another item with a rate',
      code: '资料印刷费同比持平，物业管理费同比增长3.6%。',
    },
  ],
  invalid: [
    {
      why: '持平 and then a fall with no other item named: the same item',
      code: '公务接待费3.20万元，与上年持平，减少0.40万元。',
      errors: [{ message: '公务接待费写作“持平”，却又称减少0.40万元', line: 1, column: 19 }],
    },
    {
      why: '持平 and then 比上年增长 with no other item named',
      code: '差旅费12.00万元，与上年持平，比上年增长3.5%。',
      errors: [{ message: '差旅费写作“持平”，却又称增长3.5%', line: 1, column: 21 }],
    },
  ],
});
