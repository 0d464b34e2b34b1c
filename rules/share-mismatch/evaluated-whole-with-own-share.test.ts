import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The money an evaluation covered may be stated as a share of a greater whole it is part of (开展重点评价，涉及资金28,400
// 万元，占全市项目支出的…): it is still the whole later shares of 评价资金 are of. A group's money with a share of the
// evaluated money, or of a base left unsaid, stays a part. Snippets written for these tests; none is copied from a real
// disclosure.
const SCOPE = '本年度市财政局选取部门项目15个开展重点绩效评价，涉及资金28,400万元，占全市项目支出142,000万元的20.0%。\n\n';
const SCOPE_NAMED = '2025年，区财政局对9个重点项目组织开展绩效评价，评价涉及资金12,500万元，占区级项目支出预算的18.2%。\n\n';
ruleTester(rule, {
  valid: [
    { why: '7,100 / 28,400 = 25.0%', code: `${SCOPE}评价等级为“良”的项目资金7,100万元，占评价资金总额的25.0%。` },
    { why: '3,000 / 12,500 = 24.0%, a paragraph between', code: `${SCOPE_NAMED}评价结果为优的项目4个。\n\n评价结果为中的项目资金3,000万元，占参评资金的24.0%。` },
    {
      why: 'a group with its share of the evaluated money is a part, not a second whole: 5,680 / 28,400 = 20.0%',
      code: `${SCOPE}等级为“优”的项目6个，对其开展评价，涉及资金5,680万元，占评价资金的20.0%。等级为“中”的项目资金2,840万元，占评价资金的10.0%。`,
    },
  ],
  invalid: [
    {
      why: '7,100 / 28,400 = 25.0%, stated 27.0%',
      code: `${SCOPE}评价等级为“良”的项目资金7,100万元，占评价资金总额的27.0%。`,
      errors: [{ message: '评价等级为“良”的项目资金7,100万元占评价资金总额28,400万元的25.0%，而非所写的27.0%', line: 3, column: 30 }],
    },
    {
      why: '3,000 / 12,500 = 24.0%, stated 26.0%',
      code: `${SCOPE_NAMED}评价结果为优的项目4个。\n\n评价结果为中的项目资金3,000万元，占参评资金的26.0%。`,
      errors: [{ message: '评价结果为中的项目资金3,000万元占参评资金12,500万元的24.0%，而非所写的26.0%', line: 5, column: 26 }],
    },
  ],
});
