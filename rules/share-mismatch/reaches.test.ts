import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A share said to reach its figure (占…的比重达到79.2%, 所占比例达到…, 在…中的占比达到…). Snippets written for these tests; none is
// copied from a real disclosure.
const TEXT = (tail: string) => `全市一般公共预算支出462.38亿元，比上年增长4.6%。\n全市民生支出361.20亿元，${tail}。`;

ruleTester(rule, {
  valid: [
    { why: '361.20 / 462.38 = 78.1%, 比重达到78.1%', code: TEXT('占一般公共预算支出的比重达到78.1%') },
    { why: 'the same with 占比达到', code: TEXT('在一般公共预算支出中的占比达到78.1%') },
  ],
  invalid: [
    {
      why: '361.20 / 462.38 = 78.1%, 比重达到79.2%',
      code: TEXT('占一般公共预算支出的比重达到79.2%'),
      errors: [{ message: '全市民生支出361.20亿元占一般公共预算支出462.38亿元的78.1%，而非所写的79.2%', line: 2, column: 30 }],
    },
    {
      why: 'the same with 所占比例达到',
      code: TEXT('占一般公共预算支出的比例达到79.2%'),
      errors: [{ message: '全市民生支出361.20亿元占一般公共预算支出462.38亿元的78.1%，而非所写的79.2%', line: 2, column: 30 }],
    },
    {
      why: 'the same with 在…中的占比达到',
      code: TEXT('在一般公共预算支出中的占比达到79.2%'),
      errors: [{ message: '全市民生支出361.20亿元占一般公共预算支出462.38亿元的78.1%，而非所写的79.2%', line: 2, column: 31 }],
    },
  ],
});
