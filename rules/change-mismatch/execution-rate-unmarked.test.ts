import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An execution rate run on to the actual with its comma lost (a PDF's text: 实际支出1,186.40万元执行率96.4%) is read as it
// is with the comma: the actual over the budget before it. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '1,186.40 of 1,260.00 is 94.2%', code: '该项目全年预算数1,260.00万元，实际支出1,186.40万元执行率94.2%，自评得分91.2分。' },
  ],
  invalid: [
    {
      why: '1,186.40 of 1,260.00 is 94.16%, not 96.4%',
      code: '该项目全年预算数1,260.00万元，实际支出1,186.40万元执行率96.4%，自评得分91.2分。',
      errors: [{ message: '该项目1,186.40万元为预算数1,260.00万元的94.16%，而非所写的96.4%', line: 1, column: 37 }],
    },
    {
      why: '预算执行率 after 执行数 with no comma',
      code: '县级资金预算680.00万元，执行数616.20万元预算执行率95.6%。',
      errors: [{ message: '县级资金616.20万元为预算数680.00万元的90.62%，而非所写的95.6%', line: 1, column: 32 }],
    },
    {
      why: '资金执行率 with a space where the comma was',
      code: '专项资金预算450.00万元，支出396.00万元 资金执行率91.0%。',
      errors: [{ message: '专项资金396.00万元为预算数450.00万元的88.00%，而非所写的91.0%', line: 1, column: 32 }],
    },
  ],
});
