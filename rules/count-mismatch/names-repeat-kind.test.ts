import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count of a kind (五项财政改革, 三项民生工程), then 即 or 分别为 and names that each end with the kind's head word (…改革,
// …工程, …行动): a drafter names every one of them so, so a clause after their comma that ends otherwise (what came of them)
// ends the list. A clause ending with the head word (同步推进…改革) may be one more item, and names that do not all repeat the
// head word leave the list's end unknown. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: 'four said, four named', code: '全面实施四项重点改革，即政府采购制度改革、预算管理一体化改革、国资监管改革、财政体制改革，改革成效逐步显现。\n' },
    { why: 'the clause after ends with the head word: it may be one more', code: '推进三项改革，即预算管理改革、国库管理改革，同步推进政府采购改革。\n' },
    { why: 'a joining word goes on with the list', code: '推进三项改革，即预算管理改革、国库管理改革，以及政府采购改革，成效明显。\n' },
    { why: 'not every name repeats the head word: where the list ends is not known', code: '实施四项改革，即预算一体化、绩效管理改革、国库集中支付，管理水平稳步提高。\n' },
  ],
  invalid: [
    {
      why: 'four said, three named, then what came of them',
      code: '全面实施四项重点改革，即政府采购制度改革、预算管理一体化改革、国资监管改革，改革成效逐步显现。\n',
      errors: [{ message: '所述“四项重点改革”，但其后只列举了3项', line: 1, column: 5 }],
    },
    {
      why: '分别为, 工程: three said, two named',
      code: '今年实施三项民生工程，分别为城镇老旧小区改造工程、农村供水保障工程，惠及群众12万人。\n',
      errors: [{ message: '所述“三项民生工程”，但其后只列举了2项', line: 1, column: 5 }],
    },
    {
      why: '行动: two said, three named',
      code: '组织开展两项专项行动，即财会监督专项行动、违规发放津补贴清理行动、“小金库”治理行动，共追回资金1,260万元。\n',
      errors: [{ message: '所述“两项专项行动”，但其后列举了3项', line: 1, column: 5 }],
    },
  ],
});
