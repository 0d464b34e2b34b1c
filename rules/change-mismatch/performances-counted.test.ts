import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 绩效自评 reports count performances, lectures and trainings in 场 (文艺演出368场，比上年增长…（上年312场）): a count of
// things as 次 is, so the rate is checked against the two counts.
ruleTester(rule, {
  valid: [
    {
      why: '246 on 220 is +11.82%, as written',
      code: '全年开展送戏下乡演出246场，比上年增长11.8%（上年220场），观众约5.6万人次。',
    },
    {
      why: 'an ordinal (第3场) is no count',
      code: '第3场惠民演出于9月举行，比上年提前一个月。',
    },
  ],
  invalid: [
    {
      why: '246 on 220 is +11.82%, written 13.6%',
      code: '全年开展送戏下乡演出246场，比上年增长13.6%（上年220场），观众约5.6万人次。',
      errors: [{ message: '全年开展送戏下乡演出246场，按增加计，上年为220场，增幅应为11.82%，而非所写的13.6%', line: 1, column: 21 }],
    },
    {
      why: 'the prior named before the rate: 1,260 on 1,180 is +6.78%, written 8.5%',
      code: '全年组织农村公益电影放映1,260场，较上年的1,180场增长8.5%，覆盖全部行政村。',
      errors: [{ message: '全年组织农村公益电影放映1,260场，按增加计，上年为1,180场，增幅应为6.78%，而非所写的8.5%', line: 1, column: 32 }],
    },
  ],
});
