import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A change that states its amount and rate but not the level it is of, naming its item with words of its own, while the
// paragraph before states a level of this year and one of last year (上年…) whose difference is the amount stated: those
// two are the change's levels, and the rate is checked on them. Snippets written for these tests.
const BEFORE =
  '2025年，全区一般公共预算支出412,600万元，其中政府付费类项目当年财政补贴支出合计18,930万元，占一般公共预算支出的4.6%。上年全区一般公共预算支出398,200万元，政府付费类项目补贴支出16,850万元。\n\n';
ruleTester(rule, {
  valid: [
    { why: '2,080 / 16,850 = 12.34%', code: `${BEFORE}2025年全区政府付费类项目财政补贴支出比上年增加2,080万元，增长12.3%，主要是两个项目进入运营期。\n` },
    {
      why: 'an amount no pair of levels before differs by: no level is the change’s',
      code: `${BEFORE}2025年全区政府付费类项目财政补贴支出比上年增加2,300万元，增长15.8%，主要是两个项目进入运营期。\n`,
    },
    {
      why: 'two pairs differ by the amount: which is the change’s is not proved',
      code: '本年度公用经费支出合计3,200万元，日常公用经费支出合计2,200万元。上年公用经费支出2,900万元，上年日常公用经费支出1,900万元。\n\n公用经费支出比上年增加300万元，增长9.9%。\n',
    },
  ],
  invalid: [
    {
      why: '2,080 / 16,850 = 12.34%, said 14.6%',
      code: `${BEFORE}2025年全区政府付费类项目财政补贴支出比上年增加2,080万元，增长14.6%，主要是两个项目进入运营期。\n`,
      errors: [{ message: '政府付费类项目财政补贴支出18,930万元，按增加2,080万元计，上年为16,850万元，增幅应为12.34%，而非所写的14.6%', line: 3, column: 36 }],
    },
    {
      why: 'a fall: 1,240 / 9,860 = 12.58%, said 下降10.2%',
      code: '截至年末，全县存量项目本年运营补贴支出合计8,620万元。上年全县存量项目运营补贴支出9,860万元。\n\n存量项目运营补贴支出比上年减少1,240万元，下降10.2%，主要是一个项目移交。\n',
      errors: [{ message: '存量项目运营补贴支出8,620万元，按减少1,240万元计，上年为9,860万元，降幅应为12.58%，而非所写的10.2%', line: 3, column: 26 }],
    },
  ],
});
