import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A caption of one of a report's tables (附件：2024年度…绩效评价结果汇总表（资金单位：万元）) names the report's whole subject after
// its year as a section heading does: in a 2025年度 report, the annex kept last year's year. A table of part of the subject,
// or one comparing years, says nothing of it. Snippets written for these tests; none is copied from a real disclosure.
const REPORT = (caption: string) =>
  `柳川市财政局关于2025年度市级民生项目绩效评价结果的报告\n\n柳川市财政局\n\n一、评价基本情况\n\n2025年度共对市级民生项目8个开展绩效评价，涉及财政资金31,460万元，评价等级为优的3个、良的4个、中的1个。\n\n二、结果应用\n\n评价结果将作为2026年度预算安排的重要依据。\n\n${caption}\n\n| 序号 | 项目名称 | 得分 | 等级 |\n| --- | --- | --- | --- |\n| 1 | 城乡居民健康体检 | 92.5 | 优 |\n`;

ruleTester(rule, {
  valid: [
    { why: 'the annex names the title’s year', code: REPORT('附件：2025年度市级民生项目绩效评价结果汇总表（资金单位：万元）'), format: 'markdown' },
    { why: 'an annex comparing two years’ results', code: REPORT('附件2：2024年度与2025年度市级民生项目绩效评价结果对比表'), format: 'markdown' },
    { why: 'an annex of something else of last year', code: REPORT('附件3：2024年度市级民生项目资金拨付明细表'), format: 'markdown' },
  ],
  invalid: [
    {
      why: 'an annex title with its unit note in brackets, kept from last year',
      code: REPORT('附件：2024年度市级民生项目绩效评价结果汇总表（资金单位：万元）'),
      format: 'markdown',
      errors: [{ message: '标题为2025年市级民生项目绩效评价结果，正文此处却写作2024年市级民生项目绩效评价结果', line: 13, column: 4 }],
    },
    {
      why: 'a numbered annex of a self-evaluation report, plain text',
      code: '青坪县教育局2025年度项目支出绩效自评报告\n一、自评工作开展情况\n本局对2025年度实施的11个项目支出开展绩效自评，涉及资金6,284.50万元，平均得分88.4分。\n二、自评结果应用\n自评结果已报送县财政局，作为2026年度预算安排的参考。\n附件1  2024年度项目支出绩效自评结果明细表\n项目名称\t资金\t得分\n营养改善计划\t1,246.80\t91.0\n',
      errors: [{ message: '标题为2025年项目支出绩效自评，正文此处却写作2024年项目支出绩效自评', line: 6, column: 6 }],
    },
    {
      why: 'a 表 number before the caption, the unit note without brackets',
      code: '南湖区财政局关于2025年度区级重点支出绩效评价情况的报告\n一、评价概况\n区财政局对2025年度区级重点支出项目6个开展了重点绩效评价，涉及资金14,820万元。\n二、评价结论\n6个项目中评价等级为优的2个、良的3个、中的1个。\n表2 2024年度区级重点支出绩效评价情况汇总表 单位：万元\n项目\t资金\t得分\n智慧城管平台\t2,680\t87.5\n',
      errors: [{ message: '标题为2025年区级重点支出绩效评价情况，正文此处却写作2024年区级重点支出绩效评价情况', line: 6, column: 4 }],
    },
  ],
});
