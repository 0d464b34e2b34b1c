import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Last year's level stated first, in a clause of its own, then this year's and the rate: 上年…为X万元，今年为Y万元，增长Z%;
// 2024年…为X万元，2025年为Y万元. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '(2,886.40 − 2,720.00) / 2,720.00 = 6.1%', code: '上年收支预算总额为2,720.00万元，今年为2,886.40万元，增长6.1%，主要是农村人居环境整治资金增加。\n' },
    { why: 'the same with the years named', code: '2024年收支预算总额为2,720.00万元，2025年为2,886.40万元，增长6.1%。\n' },
    { why: 'two years apart: the rate is not said to be between them', code: '2023年收支预算总额为2,720.00万元，2025年为2,886.40万元，增长2.9%。\n' },
    { why: 'another subject in the later clause: not the same measure', code: '上年一般公共预算收入为2,720.00万元，今年政府性基金收入为2,886.40万元，增长2.9%。\n' },
  ],
  invalid: [
    {
      why: '(2,886.40 − 2,720.00) / 2,720.00 = 6.12%, stated 3.1%',
      code: '上年收支预算总额为2,720.00万元，今年为2,886.40万元，增长3.1%，主要是农村人居环境整治资金增加。\n',
      errors: [{ message: '收支预算总额2,886.40万元，按增加计，上年为2,720.00万元，增幅应为6.12%，而非所写的3.1%', line: 1, column: 37 }],
    },
    {
      why: 'the same with the years named and a fall',
      code: '2024年“三公”经费支出为46.80万元，2025年为42.12万元，下降12.0%。\n',
      errors: [{ message: '“三公”经费支出42.12万元，按减少计，2024年为46.80万元，降幅应为10.00%，而非所写的12.0%', line: 1, column: 39 }],
    },
  ],
});
