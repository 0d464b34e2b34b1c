import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 为债券本息88,800万元的1.12倍: a multiple of an amount the phrase names with its own figure, whatever that amount is
// called (本息, 投资, 限额), against the amount stated right before it. A multiple of a named amount with no figure of its
// own, or a percent of one (a share's reading), makes no claim here. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: 'the multiple is right (63,420 / 52,000 = 1.22)', code: '经测算，运营期内项目可用于还本付息的净收益为63,420万元，为债券还本付息总额52,000万元的1.22倍，能够覆盖融资本息。' },
    { why: 'no figure for the base', code: '运营期项目收入合计128,600万元，为债券本息合计的1.85倍。' },
    { why: 'a rounded multiple inside its interval (7,460 / 3,200 = 2.33)', code: '全年招商引资到位资金7,460万元，相当于年度目标任务3,200万元的2.3倍。' },
  ],
  invalid: [
    {
      why: 'net income 63,420 over 本息 58,600 is 1.08, not 1.26',
      code: '经测算，运营期内项目可用于还本付息的净收益为63,420万元，为债券还本付息总额58,600万元的1.26倍，能够覆盖融资本息。',
      errors: [{ message: '运营期内项目可用于还本付息的净收益63,420万元为债券还本付息总额58,600万元的1.08倍，而非所写的1.26倍', line: 1, column: 50 }],
    },
    {
      why: '相当于 with the base in 亿元: 4.86亿元 over 3.60亿元 is 1.35, not 1.53',
      code: '截至年末，全县专项债券项目累计完成投资4.86亿元，相当于当年发行规模3.60亿元的1.53倍。',
      errors: [{ message: '投资4.86亿元为当年发行规模3.60亿元的1.35倍，而非所写的1.53倍', line: 1, column: 43 }],
    },
    {
      why: 'a multiple in a second clause after the level: 2,180 over 960 is 2.27, not 2.72',
      code: '当年县级留用的土地出让收益2,180万元，为省定计提标准960万元的2.72倍，全部用于农业农村。',
      errors: [{ message: '当年县级留用的土地出让收益2,180万元为省定计提标准960万元的2.27倍，而非所写的2.72倍', line: 1, column: 35 }],
    },
  ],
});
