import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A self-evaluation's total score in the text and the 合计 row (分值 100) of its score table are one fact. Snippets
// written for these tests; none is copied from a real disclosure.
const TABLE = (total: string) =>
  `| 一级指标 | 分值 | 得分 | 得分率（%） |\n|---|---:|---:|---:|\n| 决策 | 20 | 18.50 | 92.5 |\n| 过程 | 20 | 17.00 | 85.0 |\n| 产出 | 40 | 36.20 | 90.5 |\n| 效益 | 20 | 17.60 | 88.0 |\n| 合计 | 100 | ${total} | ${total} |\n`;
const REPORT = (sentence: string, total = '89.30') =>
  `# 石屏县卫生健康局2025年度部门整体支出绩效自评报告\n\n三、自评结论\n\n${sentence}\n\n表2 一级指标得分表\n\n${TABLE(total)}`;
// A PDF's score table broken into pieces: the heads in the first, the 合计 row in the last under an empty header.
const BROKEN = (sentence: string) =>
  `# 石屏县2025年度乡村道路养护补助资金项目支出绩效自评报告\n\n${sentence}\n\n| 一级指标 | 三级指标 | 年度目标 | 实际完成 | 分值 | 得分 |\n|---|---|---|---|---:|---:|\n| 产出指标 | 养护里程 | 120公里 | 126公里 | 30 | 30 |\n\n|  |  |  |  |  |  |  |\n|---|---|---|---|---|---|---|\n| 效益指标 | 社会效益 | 群众满意度 | ≥90% | 93.1% | 40 | 38 |\n| 预算执行 | 预算执行率 | 预算执行率 | 100% | 94.2% | 30 | 27.5 |\n| 合计 |  |  |  |  | 100 | 95.5 |\n`;

ruleTester(rule, {
  valid: [
    { why: 'the text’s total is the 合计 row’s', format: 'markdown', code: REPORT('经自评，本部门2025年度部门整体支出绩效自评得分89.30分，评价等级为“良”，扣分主要在过程管理和效益指标。') },
    { why: 'a named project’s score is no total of the department’s table', format: 'markdown', code: REPORT('村卫生室标准化建设项目全年预算320.00万元，实际支出301.60万元，自评得分93.80分，评价等级为“优”。') },
    { why: 'an indicator’s score and the full marks are no total', format: 'markdown', code: REPORT('自评采用百分制，自评总分100分。产出指标得分36.20分，效益指标得分17.60分。') },
  ],
  invalid: [
    {
      why: '本部门…综合得分 against the table’s 合计, two digits swapped',
      format: 'markdown',
      code: REPORT('经自评，本部门2025年度部门整体支出绩效综合得分83.90分，评价等级为“良”，扣分主要在过程管理和效益指标。'),
      errors: [{ message: '绩效自评得分在表中为89.30，此处却为83.90分', line: 5, column: 26 }],
    },
    {
      why: 'the table after the text, the score stated after 经自评 with 为',
      format: 'markdown',
      code: REPORT('本次绩效自评按百分制评分。经自评，自评得分为89.80分，等级为“良”。'),
      errors: [{ message: '绩效自评得分在表中为89.30，此处却为89.80分', line: 5, column: 23 }],
    },
    {
      why: 'a project’s score table broken across pages, 本项目得分',
      format: 'markdown',
      code: BROKEN('经自评，本项目得分96.5分，评价等级为“优”，各指标得分见下表。'),
      errors: [{ message: '绩效自评得分在表中为95.5，此处却为96.5分', line: 3, column: 10 }],
    },
  ],
});

// The whole's score named 自评总分 or 综合评分 is the 合计 row's too; a 总分 of 100 is the scale. Snippets written for
// these tests.
ruleTester(rule, {
  valid: [
    { why: '自评总分 equal to the 合计 row', format: 'markdown', code: REPORT('经综合评定，本部门自评总分89.30分，等级为“良”。') },
    { why: '总分 of 100 is the full marks of the scale', format: 'markdown', code: REPORT('评价指标体系总分为100分，分为决策、过程、产出、效益四类。') },
    { why: 'a named project’s 综合评分 is not the table’s', format: 'markdown', code: REPORT('其中乡镇卫生院能力提升项目综合评分91.20分，评价等级为“优”。') },
  ],
  invalid: [
    {
      why: '本部门自评总分 against the 合计 row',
      format: 'markdown',
      code: REPORT('经综合评定，本部门自评总分87.30分，等级为“良”。'),
      errors: [{ message: '绩效自评得分在表中为89.30，此处却为87.30分', line: 5, column: 14 }],
    },
    {
      why: '综合评分 after 经自评',
      format: 'markdown',
      code: REPORT('经自评，综合评分为98.30分，评价等级为“优”，主要扣分点在过程管理。'),
      errors: [{ message: '绩效自评得分在表中为89.30，此处却为98.30分', line: 5, column: 10 }],
    },
    {
      why: 'a project’s 总分 over a table broken across pages',
      format: 'markdown',
      code: BROKEN('经评价组综合评定，本项目绩效自评总分95.0分，评价等级为“优”。'),
      errors: [{ message: '绩效自评得分在表中为95.5，此处却为95.0分', line: 3, column: 19 }],
    },
  ],
});
