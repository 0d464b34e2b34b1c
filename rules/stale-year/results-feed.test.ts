import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An evaluation is made after its year ends, a budget is drawn up before its year begins: results of a year's evaluation
// fed into the budget of that year (or an earlier one) name a budget year kept from older text. Results set against a
// budget already running (调整, 挂钩) are no budget drawn up from them. Snippets written for these tests; none is copied from
// a real disclosure.
const REPORT = (use: string) =>
  `# 青溪县林业局2025年度部门整体支出绩效自评报告\n\n## 一、自评结果\n\n本部门整体支出绩效自评得分91.5分，等级为“优”。\n\n## 二、结果应用\n\n${use}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the next year’s budget', code: REPORT('本局将把2025年度自评结果作为编制2026年部门预算的重要依据。'), format: 'markdown' },
    { why: 'a later year’s budget, its 编制 after it', code: REPORT('2025年度评价结果将应用于2027年预算编制。'), format: 'markdown' },
    { why: 'results set against a budget already running', code: REPORT('2025年度自评结果已与2025年预算调整挂钩，对执行慢的项目收回资金。'), format: 'markdown' },
    { why: 'a mid-year evaluation moving the running year’s allocations', code: REPORT('2025年度中期绩效评价结果已用于2025年预算安排，对进度慢的项目收回资金。'), format: 'markdown' },
    { why: 'an adjustment of the running budget drawn up from them', code: REPORT('2025年度自评结果将作为编制2025年预算调整方案的参考。'), format: 'markdown' },
  ],
  invalid: [
    {
      why: '作为编制 the same year’s 部门预算',
      code: REPORT('本局将把2025年度自评结果作为编制2025年部门预算的重要依据，对执行率低的项目压减预算。'),
      format: 'markdown',
      errors: [{ message: '2025年度评价结果只能用于编制以后年度的预算，此处却写作2025年部门预算', line: 9, column: 19 }],
    },
    {
      why: '应用于…预算安排, plain text, a year before the results',
      code: '白沙区2025年度重点项目绩效评价报告\n一、评价结论\n6个项目平均得分86.2分。\n二、结果应用\n2025年度评价结果应用于2024年预算安排，评价等级为差的项目原则上不再安排。\n',
      errors: [{ message: '2025年度评价结果只能用于编制以后年度的预算，此处却写作2024年预算', line: 5, column: 14 }],
    },
  ],
});
