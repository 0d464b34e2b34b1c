import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An evaluation of one year's spending draws on the units' own material of that year, handed over to it (各实施单位上报的
// 项目自评报告, 有关部门提供的决算数据): an earlier year's was kept from last year's report. Material of two years (the other
// for comparison), last year's named on purpose (上年, 对比), or the year's own says nothing of it. Snippets written for
// these tests; none is copied from a real disclosure.
const EVALUATION = (source: string) =>
  `松阳县2025年度县级重点民生项目支出绩效评价情况报告\n\n一、评价范围\n\n本次选取8个项目开展重点评价，涉及资金21,640万元。\n\n二、评价方法\n\n${source}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the year’s own material', code: EVALUATION('评价基础数据来源于各实施单位上报的2025年度项目自评报告和会计凭证。') },
    { why: 'two years, the other to compare', code: EVALUATION('评价基础数据来源于各实施单位上报的2025年度项目自评报告和2024年度评价报告。') },
    { why: 'last year’s named on purpose', code: EVALUATION('上年对比数据来源于各实施单位上报的2024年度项目自评报告。') },
    { why: 'no material of the units', code: EVALUATION('评价基础数据来源于各实施单位上报的2024年度统计年鉴。') },
    {
      why: 'no evaluation',
      code: '松阳县2025年度财政收支情况说明\n\n一、收支情况\n\n数据来源于各实施单位上报的2024年度项目自评报告。\n',
    },
  ],
  invalid: [
    {
      why: '评价基础数据来源于…上报的…自评报告',
      code: EVALUATION('评价基础数据来源于各实施单位上报的2024年度项目自评报告和会计凭证。'),
      errors: [{ message: '标题为2025年县级重点民生项目支出绩效评价，评价所用资料应为2025年，此处却写作2024年', line: 9, column: 18 }],
    },
    {
      why: '所用数据主要来源于…填报的…绩效自评表',
      code: EVALUATION('评价所用数据主要来源于项目实施单位填报的2024年度绩效自评表。'),
      errors: [{ message: '标题为2025年县级重点民生项目支出绩效评价，评价所用资料应为2025年，此处却写作2024年', line: 9, column: 21 }],
    },
    {
      why: '资料取自…提供的…决算数据',
      code: EVALUATION('本次评价资料取自有关部门提供的2024年度决算数据。'),
      errors: [{ message: '标题为2025年县级重点民生项目支出绩效评价，评价所用资料应为2025年，此处却写作2024年', line: 9, column: 16 }],
    },
  ],
});
