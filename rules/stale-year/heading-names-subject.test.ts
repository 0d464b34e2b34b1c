import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A section heading naming the title's whole subject with another year (三、2024年度项目支出绩效自评结果 under a 2025年度
// 项目支出绩效自评报告). A heading naming part of it (last year's execution in a budget draft) is another part of the
// document. Snippets written for these tests; none is copied from a real disclosure.
const EVALUATION = (heading: string) =>
  `青浦区卫生健康委员会2025年度项目支出绩效自评报告\n\n一、基本情况\n\n本委对2025年度项目支出开展了绩效自评。\n\n${heading}\n\n本次纳入自评的项目共6个。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the heading names the title’s year', code: EVALUATION('二、2025年度项目支出绩效自评结果') },
    { why: 'another matter of another year: 绩效自评问题整改', code: EVALUATION('二、2024年度绩效自评问题整改情况') },
    {
      why: 'a budget draft’s part on last year’s execution names only the fund, not the draft',
      code: '云岭县2025年政府性基金预算草案的说明\n\n一、2024年政府性基金预算执行情况\n\n全县政府性基金预算收入完成预算的98.0%。\n\n二、2025年政府性基金预算草案\n\n全县政府性基金预算收入安排6.20亿元。\n',
    },
  ],
  invalid: [
    {
      why: '2025年度 in the title, 2024年度 in the heading of the results',
      code: EVALUATION('二、2024年度项目支出绩效自评结果'),
      errors: [{ message: '标题为2025年项目支出绩效自评，正文此处却写作2024年项目支出绩效自评', line: 7, column: 3 }],
    },
    {
      why: 'a key projects’ evaluation: 财政重点项目绩效评价',
      code: '青浦区财政局2025年度财政重点项目绩效评价报告\n\n一、评价对象\n\n本次评价项目共8个。\n\n二、2024年度财政重点项目绩效评价结论\n\n平均得分86.4分。\n',
      errors: [{ message: '标题为2025年财政重点项目绩效评价，正文此处却写作2024年财政重点项目绩效评价', line: 7, column: 3 }],
    },
    {
      why: 'a department’s evaluation: 部门整体支出绩效评价',
      code: '青浦区卫生健康委员会2025年度部门整体支出绩效评价报告\n\n一、基本情况\n\n本委预算资金执行良好。\n\n二、2024年度部门整体支出绩效评价结论\n\n综合得分91.2分。\n',
      errors: [{ message: '标题为2025年部门整体支出绩效评价，正文此处却写作2024年部门整体支出绩效评价', line: 7, column: 3 }],
    },
  ],
});
