import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 其中：基本支出A，占x%，包括人员经费B、公用经费C；项目支出D…: a 包括 run inside a 其中 list, closed by a ；, names the part's own
// parts, and the 其中 list goes on after it. Snippets written for these tests; none is copied from a real disclosure.
const BUDGET = (staff: string, total = '3,120.50') =>
  `2025年支出预算${total}万元，其中：基本支出2,016.30万元，占64.6%，包括人员经费${staff}万元、公用经费218.90万元；项目支出1,104.20万元，占35.4%，主要用于社区矫正和法律援助。\n`;
ruleTester(rule, {
  valid: [
    { why: '1,797.40 + 218.90 = 2,016.30; 2,016.30 + 1,104.20 = 3,120.50', code: BUDGET('1,797.40') },
    {
      why: 'a 包括 naming kinds, no amounts: the list goes on (2,016.30 + 1,104.20 = 3,120.50)',
      code: '2025年支出预算3,120.50万元，其中：基本支出2,016.30万元，包括基本工资、津贴补贴和日常公用经费等；项目支出1,104.20万元。\n',
    },
    // A 包括 naming one part before the ； has made no list yet: the parts after the ； may be more of it (here they
    // are: 21,400 + 11,620 + 2,980 + 1,200 = 37,200) or more of the 其中 list; neither reading is proven, so nothing is
    // summed (37,200 + 11,620 would overshoot 40,260 only on the second).
    {
      why: 'one part after 包括, its change on last year before the ；, then more parts set off by ；',
      code: '2026年本局政府性基金预算支出40,260.00万元，比上年预算下降6.2%。其中：国有土地使用权出让收入安排的支出37,200.00万元，包括征地和拆迁补偿支出21,400.00万元，比上年预算减少1,800.00万元，下降7.8%；土地开发支出11,620.00万元；农村基础设施建设支出2,980.00万元；其他支出1,200.00万元。国有土地收益基金安排的支出3,060.00万元。\n',
    },
    {
      why: 'the same with 主要包括 and no change between',
      code: '2025年城乡社区支出8,460.00万元，其中：城乡社区公共设施支出6,300.00万元，主要包括市政道路维护3,100.00万元；排水管网改造2,400.00万元；路灯节能改造800.00万元。\n',
    },
  ],
  invalid: [
    {
      why: '1,787.40 + 218.90 = 2,006.30, stated 2,016.30: the 包括 run is 基本支出\'s, not the budget\'s',
      code: BUDGET('1,787.40'),
      errors: [{ message: '基本支出合计2,016.30万元，但分项之和为2006.30万元（1787.40 + 218.90），相差10.00万元', line: 1, column: 28 }],
    },
    {
      why: 'the 其中 list still adds up past the 包括 run: 2,016.30 + 1,104.20 = 3,120.50, stated 3,210.50',
      code: BUDGET('1,797.40', '3,210.50'),
      errors: [{ message: '支出预算合计3,210.50万元，但分项之和为3120.50万元（2016.30 + 1104.20），相差90.00万元', line: 1, column: 10 }],
    },
  ],
});
