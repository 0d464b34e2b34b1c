import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count or a quantity that is no money, the comparison and its rate first and last year's level in brackets after it in
// the same unit (出院12.40万人次，同比增长6.0%（上年11.70万人次）): the rate is checked as a money change's is. Snippets
// written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '12.40 on 11.70 = +5.98%', code: '全院年度手术量12.40万台次，同比增长6.0%（上年11.70万台次），四级手术占比稳步提升。\n' },
    { why: 'another unit in the bracket: not last year’s level', code: '全年接待游客1,286万人次，同比增长16.7%（上年收入1,102万元），旅游市场持续回暖。\n' },
  ],
  invalid: [
    {
      why: '同比, 上年 in brackets',
      code: '全院年度手术量12.40万台次，同比增长7.0%（上年11.70万台次），四级手术占比稳步提升。\n',
      errors: [{ message: '全院年度手术量12.40万台，按增加计，上年同期为11.70万台，增幅应为5.98%，而非所写的7.0%', line: 1, column: 21 }],
    },
    {
      why: '比上年, 上年为 in brackets, a fall',
      code: '全年办理不动产登记业务3,860件，比上年下降8.5%（上年为4,120件），主要是商品房成交量减少。\n',
      errors: [{ message: '全年办理不动产登记业务3,860件，按减少计，上年为4,120件，降幅应为6.31%，而非所写的8.5%', line: 1, column: 24 }],
    },
    {
      why: '较去年同期, an area',
      code: '全县高标准农田建成面积18.6万亩，较去年同期增长12.0%（去年同期17.2万亩），完成省下达任务。\n',
      errors: [{ message: '高标准农田建成面积18.6万亩，按增加计，上年同期为17.2万亩，增幅应为8.14%，而非所写的12.0%', line: 1, column: 26 }],
    },
  ],
});
