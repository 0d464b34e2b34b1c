import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A first-level indicator's score in the text (过程指标得分, 一级指标“产出”得分) and its 小计 row in a score table
// (一级指标 | 二级指标 | 分值 | 得分) are one fact. Snippets written for these tests.
const LAID_OUT = [
  '表1  部门整体支出绩效自评指标得分表',
  '',
  '一级指标    二级指标          分值     得分',
  '决策        目标设定             6      5.5',
  '            预算配置            10      9.0',
  '决策小计                        16     14.5',
  '过程        预算执行            14     12.5',
  '            资产管理             8      7.5',
  '过程小计                        22     20.0',
  '产出        职责履行            32     30.0',
  '效益        履职效益            24     21.5',
  '            社会满意度           6      5.5',
  '效益小计                        30     27.0',
  '合计                           100     91.5',
].join('\n');
const MD = '| 一级指标 | 二级指标 | 分值 | 得分 |\n|---|---|---:|---:|\n| 决策 | 目标设定 | 16 | 14.5 |\n| 决策小计 | | 16 | 14.5 |\n| 产出 | 数量质量 | 40 | 36.0 |\n| 产出小计 | | 40 | 36.0 |\n| 效益 | 社会效益 | 44 | 40.5 |\n| 效益小计 | | 44 | 40.5 |\n| 合计 | | 100 | 91.0 |\n';

ruleTester(rule, {
  valid: [
    { why: 'the text’s score is the 小计 row’s', code: `${LAID_OUT}\n\n过程指标得分20.0分，扣分主要是预算执行进度偏慢。` },
    { why: 'a second-level indicator has no 小计 row', code: `${LAID_OUT}\n\n预算执行指标得分12.0分，扣分主要是第四季度支出偏多。` },
    { why: 'an indicator with no 小计 row (产出 has one line)', code: `${LAID_OUT}\n\n产出指标得分31.0分，主要是个别任务延期。` },
    { why: 'a project’s indicator names no row of the table', code: `${LAID_OUT}\n\n其中，社区养老服务项目过程指标得分18.0分。` },
  ],
  invalid: [
    {
      why: '过程指标得分 against 过程小计 in a space-aligned table',
      code: `${LAID_OUT}\n\n过程指标得分21.0分，扣分主要是预算执行进度不均衡。`,
      errors: [{ message: '过程指标得分在表中为20.0，此处却为21.0分', line: 16, column: 7 }],
    },
    {
      why: '效益类指标得分为, the table before it',
      code: `${LAID_OUT}\n\n从评价结果看，效益类指标得分为25.0分，社会满意度有待提高。`,
      errors: [{ message: '效益指标得分在表中为27.0，此处却为25.0分', line: 16, column: 16 }],
    },
    {
      why: '一级指标“产出”得分 with the Markdown table after it',
      format: 'markdown',
      code: `# 某局2025年度部门整体支出绩效自评报告\n\n一级指标“产出”得分38.0分，数量和质量指标基本完成。\n\n${MD}`,
      errors: [{ message: '产出指标得分在表中为36.0，此处却为38.0分', line: 3, column: 11 }],
    },
  ],
});
