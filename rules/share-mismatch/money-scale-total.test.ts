import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A base named as the money's size (占全年资金规模的, 占资金总规模的, 占下达资金总量的) says what 占资金总额的 does: the amount stated
// as the whole raised or given out before (共筹集…, 共下达…). 规模 with no 资金 may be a project's or a programme's size: left
// alone. Snippets written for these tests; none is copied from a real disclosure.
const RAISED = '2025年全县共筹集财政衔接资金12,480.00万元，比上年增加620.00万元。\n\n';
const ISSUED = '2025年全市共下达就业补助资金8,640.00万元，较上年增长4.2%。\n\n';
ruleTester(rule, {
  valid: [
    { why: '3,120.00 / 12,480.00 = 25.0%', code: `${RAISED}其中：产业类项目42个，资金3,120.00万元，占全年资金规模的25.0%，主要用于特色种植基地建设。` },
    { why: '2,160.00 / 8,640.00 = 25.0%', code: `${ISSUED}职业技能培训补贴2,160.00万元，占下达资金总量的25.0%。` },
    {
      why: '规模 with no 资金 names no money: nothing to check against',
      code: `${RAISED}产业类项目资金3,120.00万元，占全年项目规模的27.5%。`,
    },
    {
      why: 'two amounts stated as the whole raised: which one is meant is not said',
      code: '2025年全县共筹集财政衔接资金12,480.00万元。追加后全县共筹集财政衔接资金13,000.00万元。\n\n产业类项目资金3,120.00万元，占资金总规模的27.5%。',
    },
  ],
  invalid: [
    {
      why: '3,120.00 / 12,480.00 = 25.0%, stated 27.5%',
      code: `${RAISED}其中：产业类项目42个，资金3,120.00万元，占全年资金规模的27.5%，主要用于特色种植基地建设。`,
      errors: [{ message: '资金3,120.00万元占全年资金规模12,480.00万元的25.0%，而非所写的27.5%', line: 3, column: 34 }],
    },
    {
      why: '2,160.00 / 8,640.00 = 25.0%, stated 22.5%',
      code: `${ISSUED}职业技能培训补贴2,160.00万元，占下达资金总量的22.5%。`,
      errors: [{ message: '职业技能培训补贴2,160.00万元占下达资金总量8,640.00万元的25.0%，而非所写的22.5%', line: 3, column: 28 }],
    },
    {
      why: '1,560.00 / 12,480.00 = 12.5%, stated 15.0%, the whole called 资金总规模',
      code: `${RAISED}小型公益性基础设施项目资金1,560.00万元，占资金总规模的比重为15.0%。`,
      errors: [{ message: '小型公益性基础设施项目资金1,560.00万元占资金总规模12,480.00万元的12.5%，而非所写的15.0%', line: 3, column: 35 }],
    },
  ],
});
