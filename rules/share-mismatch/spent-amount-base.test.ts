import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 占全区专项债券已支出金额的, 占就业补助资金已支出额的: the money spent, however its amount (金额, 额, 资金) and tense (已) are
// said, is the fund's 支出 stated before (专项债券资金支出…). Snippets written for these tests; none is copied from a real
// disclosure.
const BONDS = '2025年全市专项债券资金支出86,400万元，比上年增加8,600万元。';
ruleTester(rule, {
  valid: [
    { why: '21,600 / 86,400 = 25.0%', code: `${BONDS}城市更新项目已支出21,600万元，占全市专项债券已支出金额的25.0%，惠及居民3,200户。` },
    { why: '612 / 2,400 = 25.5%, a paragraph apart', code: '2025年就业补助资金支出2,400万元。\n\n职业培训补贴已支出612万元，占就业补助资金已支出额的25.5%。' },
    { why: 'money paid out (已拨付) is not named by its spending', code: `${BONDS}城市更新项目已支出21,600万元，占全市专项债券已拨付金额的30.0%。` },
  ],
  invalid: [
    {
      why: '21,600 / 86,400 = 25.0%, stated 27.0%',
      code: `${BONDS}城市更新项目已支出21,600万元，占全市专项债券已支出金额的27.0%，惠及居民3,200户。`,
      errors: [{ message: '城市更新项目已支出21,600万元占全市专项债券已支出金额86,400万元的25.0%，而非所写的27.0%', line: 1, column: 69 }],
    },
    {
      why: '612 / 2,400 = 25.5%, stated 27.5%',
      code: '2025年就业补助资金支出2,400万元。\n\n职业培训补贴已支出612万元，占就业补助资金已支出额的27.5%。',
      errors: [{ message: '职业培训补贴已支出612万元占就业补助资金已支出额2,400万元的25.5%，而非所写的27.5%', line: 3, column: 28 }],
    },
  ],
});
