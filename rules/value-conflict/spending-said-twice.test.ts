import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 费 is a spending already: 机关运行经费支出 and 机关运行经费, 公务接待费支出 and 公务接待费 name one amount. Snippets
// written for these tests; none is copied from a real disclosure.
const ACCOUNTS = (first: string, second: string) =>
  `北塘区统计局2024年度部门决算说明\n\n（二）机关运行经费\n\n2024年度本部门${first}，主要用于办公费、印刷费和差旅费等。\n\n三、其他重要事项\n\n本部门${second}，比上年下降5.1%。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the same amount, once with 支出', code: ACCOUNTS('机关运行经费支出68.42万元', '机关运行经费68.42万元') },
    { why: '财政拨款支出 names a source: not the same amount as the whole', code: ACCOUNTS('“三公”经费财政拨款支出8.40万元', '“三公”经费9.60万元') },
  ],
  invalid: [
    {
      why: '68.42 with 支出, 68.24 without',
      code: ACCOUNTS('机关运行经费支出68.42万元', '机关运行经费68.24万元'),
      errors: [{ message: '2024年度本部门机关运行经费支出在前文为68.42万元，此处却为68.24万元', line: 9, column: 10 }],
    },
    {
      why: '物业管理费支出 and 物业管理费',
      code: ACCOUNTS('物业管理费支出15.60万元', '物业管理费16.50万元'),
      errors: [{ message: '2024年度本部门物业管理费支出在前文为15.60万元，此处却为16.50万元', line: 9, column: 9 }],
    },
    {
      why: '公务接待费支出 and 公务接待费',
      code: ACCOUNTS('公务接待费支出3.26万元', '公务接待费3.62万元'),
      errors: [{ message: '2024年度本部门公务接待费支出在前文为3.26万元，此处却为3.62万元', line: 9, column: 9 }],
    },
  ],
});
