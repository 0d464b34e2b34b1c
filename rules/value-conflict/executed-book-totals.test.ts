import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on one year's budget execution (an audit of it, or the government's own report) names no measure in its
// title, but its sections do (一、县本级预算执行…情况): a jurisdiction's book total of that year said there (县本级一般公共预算
// 收入, 全区一般公共预算支出) is its outturn, one fact wherever it is said again, a clause ending in …万元中 included.
// Another jurisdiction, another year or a total naming its own measure (调整预算) is another figure. Snippets written
// for these tests.
const AUDIT = '关于青禾县2025年度县本级预算执行和其他财政收支的审计工作报告\n\n';
const FIRST = '一、县本级预算执行和财政管理审计情况\n2025年县本级一般公共预算收入完成96,420万元，比上年增长4.6%，其中税收收入\n61,280万元。县本级一般公共预算支出完成248,360万元。\n';
const FINDINGS = (line: string) => `(一)预算执行方面\n1.非税收入征缴不及时。${line}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the findings restate the total as it was', code: `${AUDIT}${FIRST}${FINDINGS('县本级一般公共预算收入96,420万元中，非税收\n入占比偏高。')}` },
    { why: 'the county as a whole is another jurisdiction', code: `${AUDIT}${FIRST}${FINDINGS('全县一般公共预算收入124,860万元中，非税收入\n占比偏高。')}` },
    { why: 'last year’s total', code: `${AUDIT}${FIRST}${FINDINGS('2024年县本级一般公共预算收入92,180万元中，\n非税收入占比偏高。')}` },
    { why: 'the adjusted budget names its own measure', code: `${AUDIT}${FIRST}${FINDINGS('县本级一般公共预算收入调整预算为98,000万元，\n执行中未及时调整。')}` },
    {
      why: 'a title of two years’ measures (执行 and 草案) pins no jurisdiction’s total to one',
      code: '关于桐坪区2025年预算执行情况和2026年预算草案的报告\n\n一、2025年预算执行情况\n全区一般公共预算支出完成186,420万元，增长3.2%。\n二、预算执行中需要关注的问题\n全区一般公共预算支出168,420万元，刚性支出占比较高。\n',
    },
  ],
  invalid: [
    {
      why: 'the findings section, the total before 中 and hard-wrapped',
      code: `${AUDIT}${FIRST}${FINDINGS('县本级一般公共预算收入94,620万元中，非税收\n入占比偏高。')}`,
      errors: [{ message: '2025年县本级一般公共预算收入在前文为96,420万元，此处却为94,620万元', line: 7, column: 24 }],
    },
    {
      why: 'spending, restated with 完成 both times',
      code: `${AUDIT}${FIRST}${FINDINGS('县本级一般公共预算支出完成284,360万元，\n其中代编预算执行率偏低。')}`,
      errors: [{ message: '2025年县本级一般公共预算支出在前文为248,360万元，此处却为284,360万元', line: 7, column: 26 }],
    },
    {
      why: 'the government’s own report of one year’s execution, 全区',
      code: '桐坪区2025年预算执行情况的报告\n\n一、2025年预算执行情况\n全区一般公共预算支出完成186,420万元，增长3.2%。\n二、预算执行中需要关注的问题\n全区一般公共预算支出168,420万元，刚性支出占比较高。\n',
      errors: [{ message: '2025年全区一般公共预算支出在前文为186,420万元，此处却为168,420万元', line: 6, column: 11 }],
    },
  ],
});
