import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 增长三成 / 下降四成: a rate in tenths (30%, 40%), rounded or cut to its tenth, so 三成 holds 25%–40%. Read only
// right after a change verb; 近三成 / 约三成 are approximate and never contradict.
ruleTester(rule, {
  valid: [
    {
      why: '1,460 / 3,600 = 40.6%: 四成',
      code: '耕地占用税完成2,140万元，同比减少1,460万元，下降四成。',
    },
    {
      why: '1,520 / 4,860 = 31.3%: 三成',
      code: '城镇土地使用税完成6,380万元，同比增收1,520万元，增长三成。',
    },
    {
      why: '近三成 is approximate: 49.8% is not said to be wrong',
      code: '城镇土地使用税完成6,380万元，同比增收2,120万元，增长近三成。',
    },
    {
      why: '八成以上 after no change verb is no rate',
      code: '全区非税收入完成6,380万元，同比增收2,120万元，八成以上来自国有资源有偿使用收入。',
    },
  ],
  invalid: [
    {
      why: '2,120 / 4,260 = 49.8%, said 三成',
      code: '城镇土地使用税完成6,380万元，同比增收2,120万元，增长三成。',
      errors: [{ message: '城镇土地使用税6,380万元，按增加2,120万元计，上年同期为4260万元，增幅应为49.77%，而非所写的三成', line: 1, column: 32 }],
    },
    {
      why: '1,890 / 5,400 = 35.0%, said 两成 (20%–30%)',
      code: '契税完成3,510万元，比上年减少1,890万元，下降了两成。',
      errors: [{ message: '契税3,510万元，按减少1,890万元计，上年为5400万元，降幅应为35.00%，而非所写的两成', line: 1, column: 29 }],
    },
    {
      why: 'a level and its prior: 9,600 → 12,480 is 30.0%, said 六成',
      code: '2025年全县土地出让收入12,480万元，上年为9,600万元，增长六成。',
      errors: [{ message: '土地出让收入12,480万元，按增加计，上年为9,600万元，增幅应为30.00%，而非所写的六成', line: 1, column: 36 }],
    },
  ],
});
