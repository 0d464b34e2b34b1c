import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A list of parts whose shares of the amount before it add up to 100% says it is all of that amount:
// then the parts must add up to it, though a 其中 or 主要用于 list alone may leave some out. The
// mutation probe (bench/mutate.mjs) changed such a total on real final accounts and nothing was said.
ruleTester(rule, {
  valid: [
    {
      why: 'shares make 100% and the parts make the total: 1,204.60 + 395.40 = 1,600.00',
      code: '本年支出合计1,600.00万元，其中：基本支出1,204.60万元，占75.29%；项目支出395.40万元，占24.71%。',
    },
    {
      why: 'shares that make less than 100% (84.43%): the list may leave parts out, the gap proves nothing',
      code: '本年收入合计2,310.50万元，其中：财政拨款收入1,950.80万元，占84.43%。',
    },
    {
      why: 'a 主要用于 list whose shares make 97.2%: other uses may be left out',
      code: '一般公共预算财政拨款支出860.00万元，主要用于以下方面：教育支出（类）620.00万元，占72.1%；卫生健康支出（类）216.00万元，占25.1%。',
    },
  ],
  invalid: [
    {
      why: 'a 其中 list with shares making 100.00%: 1,204.60 + 395.40 = 1,600.00, but the total says 1,650.00',
      code: '本年支出合计1,650.00万元，其中：基本支出1,204.60万元，占75.29%；项目支出395.40万元，占24.71%。',
      errors: [{ message: '本年支出合计1,650.00万元，但分项之和为1600.00万元（1204.60 + 395.40），相差50.00万元', line: 1, column: 7 }],
    },
    {
      why: 'a 主要用于以下方面 list whose shares make 100.0%: 620.00 + 216.00 + 24.00 = 860.00, stated 880.00',
      code: '一般公共预算财政拨款支出880.00万元，主要用于以下方面：教育支出（类）620.00万元，占72.1%；卫生健康支出（类）216.00万元，占25.1%；住房保障支出（类）24.00万元，占2.8%。',
      errors: [{ message: '一般公共预算财政拨款支出合计880.00万元，但分项之和为860.00万元（620.00 + 216.00 + 24.00），相差20.00万元', line: 1, column: 13 }],
    },
    {
      why: 'the list broken over lines as a PDF gives it: 45.30 + 12.70 = 58.00, stated 68.00',
      code: '本年收入合计68.00万元，其中：财政拨款收入45.30万元，\n占78.10%；其他收入12.70万元，占21.90%。',
      errors: [{ message: '本年收入合计68.00万元，但分项之和为58.00万元（45.30 + 12.70），相差10.00万元', line: 1, column: 7 }],
    },
  ],
});
