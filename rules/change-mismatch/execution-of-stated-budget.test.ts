import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An execution rate right after the actual spending, its full-year budget stated sentences or paragraphs
// before (项目支出绩效自评报告). Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '1,296 / 1,350 = 96.0%, the budget in the paragraph before',
      code: '项目年初预算1,200万元，年中追加150万元，全年预算数1,350万元。\n截至年底，项目实际支出1,296万元，预算执行率为96.0%。',
    },
    {
      why: 'two different full-year budgets before: which one the rate is of is not said',
      code: '甲项目全年预算数800万元。乙项目全年预算数600万元。\n项目实际支出560万元，执行率为93.3%。',
    },
    {
      why: 'a budget of another subject (a department) is not the project\'s: nothing to check',
      code: '部门全年预算数5,000万元。\n农机补贴项目实际支出300万元，执行率95.0%。',
    },
    {
      why: 'only the 年初 budget is stated: the rate may be of the full-year budget, not said',
      code: '项目年初预算1,200万元。\n项目实际支出1,130万元，预算执行率为88.0%。',
    },
  ],
  invalid: [
    {
      why: '1,242.60 / 1,350 = 92.04%, stated 93.2%; the budget two paragraphs before, a heading between',
      code: '（二）资金安排。项目年初预算1,200万元，年中追加150万元，全年预算数1,350万元。\n二、项目资金使用情况\n截至2024年12月31日，项目实际支出1,242.60万元，预算执行率为93.2%。',
      errors: [{ message: '项目实际支出1,242.60万元为全年预算数1,350万元的92.04%，而非所写的93.2%', line: 3, column: 38 }],
    },
    {
      why: 'the same in one paragraph, the budget a sentence before, 执行数 and 执行率',
      code: '本项目调整后预算为860.00万元。全年执行数802.40万元，执行率为95.3%。',
      errors: [{ message: '全年执行数802.40万元为全年预算数860.00万元的93.30%，而非所写的95.3%', line: 1, column: 37 }],
    },
    {
      why: 'a bureau\'s budget and spending with 部门 as subject: 2,712.80 / 2,846.30 = 95.31%, stated 96.3%',
      code: '2024年度部门全年预算数2,846.30万元。\n部门实际支出2,712.80万元，预算执行率96.3%。',
      errors: [{ message: '部门实际支出2,712.80万元为全年预算数2,846.30万元的95.31%，而非所写的96.3%', line: 2, column: 23 }],
    },
  ],
});
