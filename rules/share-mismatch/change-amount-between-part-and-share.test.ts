import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A part followed by the amount and the rate of its change, each in a clause of its own, before its share (…收入8,460万元，同比
// 减收620万元，下降6.8%，占…的): both are the part's, the share is still of the part. The amount of a change right before a
// share, with no rate after it, may be what the share is of (增加600万元，占增量的…): it is left alone. Snippets written for
// these tests; none is copied from a real disclosure.
const FUND = '2025年，全区政府性基金预算收入完成12,350万元，为预算的96.2%。';
ruleTester(rule, {
  valid: [
    { why: '8,460 / 12,350 = 68.5%', code: `${FUND}国有土地使用权出让收入8,460万元，同比减收620万元，下降6.8%，占基金收入的比重为68.5%。\n` },
    { why: 'a rise said 比上年增加: 2,140 / 12,350 = 17.3%', code: `${FUND}城市基础设施配套费收入2,140万元，比上年增加260万元，增长13.8%，占政府性基金预算收入的17.3%。\n` },
    {
      why: 'the change’s amount right before the share, no rate: not read as the level’s share',
      code: `${FUND}城市基础设施配套费收入2,140万元，比上年增加260万元，占全区基金增收额的52.0%。\n`,
    },
  ],
  invalid: [
    {
      why: '8,460 / 12,350 = 68.50%, stated 70.5%',
      code: `${FUND}国有土地使用权出让收入8,460万元，同比减收620万元，下降6.8%，占基金收入的比重为70.5%。\n`,
      errors: [{ message: '国有土地使用权出让收入8,460万元占基金收入12,350万元的68.5%，而非所写的70.5%', line: 1, column: 84 }],
    },
    {
      why: '2,140 / 12,350 = 17.33%, stated 19.3%, in 萬元',
      code: '2025年，全区政府性基金预算收入完成12,350萬元。城市基础设施配套费收入2,140萬元，比上年增加260萬元，增长13.8%，占政府性基金预算收入的19.3%。\n',
      errors: [{ message: '城市基础设施配套费收入2,140萬元占政府性基金预算收入12,350萬元的17.3%，而非所写的19.3%', line: 1, column: 78 }],
    },
  ],
});
