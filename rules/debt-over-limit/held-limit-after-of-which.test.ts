import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A balance, its 其中 list by kind, then the limit the balance is held against (…，控制在省核定的债务限额…以内; 未超过…限额;
// 低于…限额): the limit closes the list and is the whole balance's, not a kind's. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'the whole within its limit, a share clause between',
      code: '截至9月末，全市政府债务余额1,862,400万元，其中一般债务余额712,300万元、专项债务余额1,150,100万元，一般债务余额占38.2%，控制在省核定的债务限额1,904,000万元以内。',
    },
    {
      why: 'a limit of its own kind named in the list: still the 专项 limit, and within it',
      code: '2024年末全县政府债务余额68.42亿元，其中一般债务余额24.16亿元、专项债务余额44.26亿元，专项债务限额46.80亿元。',
    },
  ],
  invalid: [
    {
      why: '控制在…以内 after the 其中 list and a share clause, 万元',
      code: '截至9月末，全市政府债务余额1,862,400万元，其中一般债务余额712,300万元、专项债务余额1,150,100万元，一般债务余额占38.2%，控制在省核定的债务限额1,826,400万元以内。',
      errors: [{ message: '全市政府债务余额1,862,400万元，超过同期政府债务限额1,826,400万元，超出36000万元', line: 1, column: 15 }],
    },
    {
      why: '未超过…限额 right after the list, 亿元',
      code: '2024年末，全区政府债务余额412.60亿元，其中一般债务余额126.20亿元、专项债务余额286.40亿元，未超过市政府核定的政府债务限额410.00亿元。',
      errors: [{ message: '2024年末全区政府债务余额412.60亿元，超过同期政府债务限额410.00亿元，超出2.60亿元', line: 1, column: 16 }],
    },
  ],
});
