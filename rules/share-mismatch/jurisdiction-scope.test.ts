import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A share of the jurisdiction's own level (市本级, 县本级, 区级) when only its whole area's amount of that name
// is stated (全市, 全县, 我区), or the other way round: the base is another amount, and is not stated. Snippets
// written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '1.6% of 市本级 spending; only the 全市 figure 142.60亿元 is stated (1.40 / 142.60 = 1.0%)',
      code: '答：全市一般公共预算支出安排142.60亿元，其中民生支出112.30亿元。\n答：按照预算法规定，市本级安排预备费1.40亿元，占市本级一般公共预算支出的1.6%。',
    },
    {
      why: '县本级 base, 全县 amount in the sentence before, one paragraph',
      code: '2025年全县一般公共预算收入安排28.60亿元。县本级税收收入9.84亿元，占县本级一般公共预算收入的62.5%。',
    },
    {
      why: 'the other way round: a 全区 base after 区级 amounts only',
      code: '区级一般公共预算支出完成46,820万元。其中教育支出12,460万元，占全区一般公共预算支出的18.4%。',
    },
  ],
  invalid: [
    {
      why: 'the same scope on both sides is checked: 1.40 / 58.40 = 2.4%, stated 1.6%',
      code: '答：市本级一般公共预算支出安排58.40亿元。\n答：市本级安排预备费1.40亿元，占市本级一般公共预算支出的1.6%。',
      errors: [{ message: '市本级安排预备费1.40亿元占市本级一般公共预算支出58.40亿元的2.4%，而非所写的1.6%', line: 2, column: 31 }],
    },
    {
      why: 'a base with no scope against a 全县 amount is still checked: 9.84 / 28.60 = 34.4%, stated 36.5%',
      code: '2025年全县一般公共预算收入安排28.60亿元。其中税收收入9.84亿元，占一般公共预算收入的36.5%。',
      errors: [{ message: '税收收入9.84亿元占一般公共预算收入28.60亿元的34.4%，而非所写的36.5%', line: 1, column: 49 }],
    },
  ],
});
