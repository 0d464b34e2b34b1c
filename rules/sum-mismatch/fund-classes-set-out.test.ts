import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 按来源分，, 从资金来源看，, 按用途分，: a frame that sets out by class money that is no budget's 收入 or 支出 (a fund, an
// investment) — the amount the sentence before opened with — when the whole and every class end in one name of the money
// (就业补助资金, 投资). The drafter may list the main sources only: only classes above the whole contradict it.
// Snippets written for these tests; none is copied from a real disclosure.
const RAISED = '2025年全市共筹集就业补助资金6,420.00万元，比上年增加310.00万元，增长5.1%。';
ruleTester(rule, {
  valid: [
    {
      why: '3,800.00 + 1,420.00 + 560.00 + 640.00 = 6,420.00',
      code: `${RAISED}按来源分，中央就业补助资金3,800.00万元，省级就业补助资金1,420.00万元，市级就业补助资金560.00万元，县级就业补助资金640.00万元。`,
    },
    {
      why: 'the main sources only, below the whole: the list may leave one out',
      code: `${RAISED}从资金来源看，中央就业补助资金3,800.00万元，省级就业补助资金1,420.00万元。`,
    },
    {
      why: 'the classes name no money of the whole’s name (项目 by use, 个 and 万元 apart): nothing says they are of it',
      code: `${RAISED}按用途分，职业培训补贴3,800.00万元，社会保险补贴1,420.00万元，公益性岗位补贴1,560.00万元。`,
    },
    {
      why: 'an investment split by source that adds up',
      code: '城西学校扩建项目总投资1.80亿元，建设期两年。按来源分，财政投资1.20亿元，社会投资0.60亿元。',
    },
  ],
  invalid: [
    {
      why: '3,800.00 + 1,420.00 + 760.00 + 640.00 = 6,620.00, above the whole 6,420.00',
      code: `${RAISED}按来源分，中央就业补助资金3,800.00万元，省级就业补助资金1,420.00万元，市级就业补助资金760.00万元，县级就业补助资金640.00万元。`,
      errors: [{ message: '共筹集就业补助资金合计6,420.00万元，但其中所列分项之和已达6620.00万元（3800.00 + 1420.00 + 760.00 + 640.00），超出200.00万元', line: 1, column: 17 }],
    },
    {
      why: 'from 从资金来源看：, 3,800.00 + 2,820.00 = 6,620.00 above 6,420.00',
      code: `${RAISED}\n从资金来源看：中央就业补助资金3,800.00万元；地方就业补助资金2,820.00万元。`,
      errors: [{ message: '共筹集就业补助资金合计6,420.00万元，但其中所列分项之和已达6620.00万元（3800.00 + 2820.00），超出200.00万元', line: 1, column: 17 }],
    },
    {
      why: 'an investment: 1.30 + 0.60 = 1.90 above 1.80',
      code: '城西学校扩建项目总投资1.80亿元，建设期两年。按来源分，财政投资1.30亿元，社会投资0.60亿元。',
      errors: [{ message: '城西学校扩建项目总投资合计1.80亿元，但其中所列分项之和已达1.90亿元（1.30 + 0.60），超出0.10亿元', line: 1, column: 12 }],
    },
  ],
});
