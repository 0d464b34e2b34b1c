import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A part followed by clauses of its own before its share (，完成预算的105.0%，比上年增长6.2%，占…的): the completion ratio and
// the growth rate are the part's, the share is still of the part. Snippets written for these tests; none is copied from a
// real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '8,460 / 12,350 = 68.5%',
      code: '2025年全区政府性基金预算收入12,350万元。其中：国有土地使用权出让收入8,460万元，完成预算的103.2%，比上年下降4.6%，占政府性基金预算收入的68.5%。\n',
    },
    {
      why: 'a share after another figure (a count): not read as the amount’s',
      code: '2025年全区政府性基金预算收入12,350万元。其中：国有土地使用权出让收入8,460万元，出让地块26宗，完成预算的103.2%，占政府性基金预算收入的70.5%。\n',
    },
  ],
  invalid: [
    {
      why: 'a completion ratio and a rate between',
      code: '2025年全区政府性基金预算收入12,350万元。其中：国有土地使用权出让收入8,460万元，完成预算的103.2%，比上年下降4.6%，占政府性基金预算收入的70.5%。\n',
      errors: [{ message: '国有土地使用权出让收入8,460万元占政府性基金预算收入12,350万元的68.5%，而非所写的70.5%', line: 1, column: 81 }],
    },
    {
      why: 'a completion ratio alone, 为年初预算的',
      code: '全年一般公共预算支出286,400万元，其中教育支出62,180万元，为年初预算的97.6%，占一般公共预算支出的23.7%，主要用于学前教育和义务教育保障。\n',
      errors: [{ message: '教育支出62,180万元占一般公共预算支出286,400万元的21.7%，而非所写的23.7%', line: 1, column: 58 }],
    },
    {
      why: 'a rate then a completion ratio',
      code: '上半年，全县税收收入46,820万元。其中，增值税19,640万元，同比增长3.8%，完成年初预算的52.4%，占税收收入的43.9%。\n',
      errors: [{ message: '增值税19,640万元占税收收入46,820万元的41.9%，而非所写的43.9%', line: 1, column: 63 }],
    },
  ],
});
