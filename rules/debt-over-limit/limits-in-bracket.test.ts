import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The whole balance held within the whole limit, then a bracket giving the limit kind by kind (…限额X以内（一般债务限额A、专项
// 债务限额B）): each bracketed limit is its own kind's, named by the bracket's words, not by the outer limit's. Snippets written
// for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'every kind within its bracketed limit',
      code: '截至2024年末，全市政府债务余额312.40亿元，其中一般债务余额118.60亿元、专项债务余额193.80亿元，控制在省政府核定的债务限额330.00亿元以内（一般债务限额122.50亿元、专项债务限额207.50亿元）。',
    },
    {
      why: '其中 inside the bracket, a comma between the kinds, 万元',
      code: '2025年末，全区政府债务余额861,200万元，其中一般债务余额402,600万元，专项债务余额458,600万元，未超过市政府下达的债务限额902,000万元（其中一般债务限额410,000万元，专项债务限额492,000万元）。',
    },
    {
      why: 'a bracket after the balance saying how it changed: no limit in it',
      code: '截至2025年末，全县政府债务余额48.62亿元（较年初增加3.20亿元），其中一般债务余额21.36亿元、专项债务余额27.26亿元，控制在债务限额49.80亿元以内。',
    },
  ],
  invalid: [
    {
      why: '专项 over its bracketed limit',
      code: '截至2024年末，全市政府债务余额312.40亿元，其中一般债务余额118.60亿元、专项债务余额193.80亿元，控制在省政府核定的债务限额330.00亿元以内（一般债务限额136.00亿元、专项债务限额192.00亿元）。',
      errors: [{ message: '2024年末全市专项债务余额193.80亿元，超过同期专项债务限额192.00亿元，超出1.80亿元', line: 1, column: 50 }],
    },
    {
      why: '一般 over, 其中 inside the bracket, 万元',
      code: '2025年末，全区政府债务余额861,200万元，其中一般债务余额402,600万元，专项债务余额458,600万元，未超过市政府下达的债务限额902,000万元（其中一般债务限额398,000万元，专项债务限额504,000万元）。',
      errors: [{ message: '2025年末全区一般债务余额402,600万元，超过同期一般债务限额398,000万元，超出4600万元', line: 1, column: 34 }],
    },
    {
      why: 'the traditional 億元',
      code: '截至2025年末，全县政府债务余额48.62億元，其中一般债务余额21.36億元、专项债务余额27.26億元，控制在债务限额49.80億元以内（一般债务限额20.86億元、专项债务限额28.94億元）。',
      errors: [{ message: '2025年末全县一般债务余额21.36億元，超过同期一般债务限额20.86億元，超出0.50亿元', line: 1, column: 34 }],
    },
  ],
});
