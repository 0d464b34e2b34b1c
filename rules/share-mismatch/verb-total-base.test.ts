import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A base named as the total of what was done with the money (占当年筹集总额的, 占本季度发放总额的) or as the money's
// total (占资金总额的): the amount stated as that whole before (共筹集…, 共安排…, 发放资金…). Snippets written for these
// tests; none is copied from a real disclosure.
const RAISED = '2024年，全县共筹集彩票公益金3,260.40万元，比上年增加210.30万元。\n\n';
const ALLOCATED = '2025年县级农村公路养护专项资金共安排2,400万元，较上年增加200万元。\n\n';
ruleTester(rule, {
  valid: [
    { why: '1,812.60 / 3,260.40 = 55.6%', code: `${RAISED}福利彩票公益金1,812.60万元，占当年筹集总额的55.6%。` },
    { why: '612 / 2,400 = 25.5%', code: `${ALLOCATED}东河镇分配612万元，占资金总额的25.5%，其中第一批400万元已下达。` },
    {
      why: 'two amounts stated as the whole with different values: which one is meant is not said',
      code: '2025年县级专项资金共安排2,400万元。追加后共安排2,600万元。\n\n东河镇分配612万元，占资金总额的28.5%。',
    },
    {
      why: 'a total of some of them (三镇分配资金合计) is no whole: 612 / 2,400 = 25.5% is checked against 共安排 only',
      code: `${ALLOCATED}东河、西岭、南溪三镇分配资金合计1,380万元。\n\n东河镇分配612万元，占资金总额的25.5%。`,
    },
    {
      why: 'the amount given out (发放资金) in 万元, the share of a part in 元: 41,280 / 1,286,400 = 3.2%',
      code: '2025年第二季度，全镇共发放补贴5项，发放资金128.64万元，资金已全部发放到户。\n\n两项残疾人补贴合计41,280元，占本季度发放总额的3.2%。',
    },
  ],
  invalid: [
    {
      why: '1,812.60 / 3,260.40 = 55.6%, stated 57.6%',
      code: `${RAISED}福利彩票公益金1,812.60万元，占当年筹集总额的57.6%。`,
      errors: [{ message: '福利彩票公益金1,812.60万元占当年筹集总额3,260.40万元的55.6%，而非所写的57.6%', line: 3, column: 27 }],
    },
    {
      why: '612 / 2,400 = 25.5%, stated 27.5%',
      code: `${ALLOCATED}东河镇分配612万元，占资金总额的27.5%，其中第一批400万元已下达。`,
      errors: [{ message: '东河镇分配612万元占资金总额2,400万元的25.5%，而非所写的27.5%', line: 3, column: 18 }],
    },
    {
      why: '41,280 / 1,286,400 = 3.2%, stated 4.2%',
      code: '2025年第二季度，全镇共发放补贴5项，发放资金128.64万元，资金已全部发放到户。\n\n两项残疾人补贴合计41,280元，占本季度发放总额的4.2%。',
      errors: [{ message: '两项残疾人补贴41,280元占本季度发放总额128.64万元的3.2%，而非所写的4.2%', line: 3, column: 27 }],
    },
  ],
});
