import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 税收收入52.40亿元，比上年增长3.6%，剔除留抵退税因素后增长7.9%: a rate on an adjusted basis (同口径, 可比口径, a factor
// taken out) is the change of figures the text does not state; only the plain rate beside it is the change between the
// two years' figures.
ruleTester(rule, {
  valid: [
    {
      why: '同口径增长 beside the plain rate, whose figures it does not share',
      code: '2024年，全县一般公共预算收入完成24.75亿元，上年为23.52亿元，同比增长5.2%，同口径增长8.1%。',
    },
    {
      why: '剔除…因素后增长, after a rate that holds',
      code: '税收收入18.40亿元，比上年的17.86亿元增长3.0%，剔除增值税留抵退税因素后增长6.7%，主要是制造业回暖。',
    },
    {
      why: '按可比口径计算，下降: the adjusted rate in a clause of its own',
      code: '非税收入6.30亿元，比上年减少0.41亿元，下降6.1%，按可比口径计算，下降2.4%。',
    },
    {
      why: '扣除…后 with no 因素',
      code: '全年一般公共预算支出完成41.26亿元，较上年决算数39.05亿元增长5.7%，扣除上年一次性支出后增长9.3%。',
    },
  ],
  invalid: [
    {
      why: 'the plain rate is still checked: 1.23 / 23.52 = 5.23%, stated 6.2%, beside a 同口径 rate',
      code: '2024年，全县一般公共预算收入完成24.75亿元，上年为23.52亿元，同比增长6.2%，同口径增长8.1%。',
      errors: [{ message: '一般公共预算收入24.75亿元，按增加计，上年同期为23.52亿元，增幅应为5.23%，而非所写的6.2%', line: 1, column: 42 }],
    },
  ],
});
