import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence opening on a table's row tells its columns in turn (X资金到位…万元，实际支出…万元): the figure before the column
// named is the row's own cell, so the opening row is still the subject of the clause after it. When a figure before it is
// no cell of that row (a list of several rows run on with commas), the row is not the later clause's subject. Snippets
// written for these tests.
const MD =
  '\n\n表1 专项资金到位及使用情况（单位：万元）\n\n| 资金来源 | 预算数 | 实际支出 | 执行率（%） |\n| --- | ---: | ---: | ---: |\n| 中央衔接资金 | 3,200.0 | 3,046.4 | 95.2 |\n| 市级奖补资金 | 860.0 | 812.6 | 94.5 |\n| 县级配套资金 | 1,140.0 | 1,026.0 | 90.0 |\n| 合计 | 5,200.0 | 4,885.0 | 93.9 |\n';
const TAB =
  '\n\n表2 项目资金执行情况表\n单位：万元\n资金来源\t下达数\t实际支出\t结余\n中央衔接资金\t3,200.00\t3,046.40\t153.60\n市级奖补资金\t860.00\t812.60\t47.40\n合计\t4,060.00\t3,859.00\t201.00\n';
const HEAD = '# 松岭县2025年度衔接推进乡村振兴补助资金绩效评价报告\n\n';

ruleTester(rule, {
  valid: [
    { why: 'both cells as the row has them', format: 'markdown', code: `${HEAD}市级奖补资金到位860万元，实际支出812.6万元，主要用于村内道路硬化。${MD}` },
    {
      why: 'a second row’s money before the column: a list of rows, the first row is not the clause’s subject',
      format: 'markdown',
      code: `${HEAD}中央衔接资金到位3,200万元，市级奖补资金到位860万元，实际支出3,859.0万元。${MD}`,
    },
    { why: 'the figure before is no cell of the row: what arrived is not what the table prints', format: 'markdown', code: `${HEAD}市级奖补资金到位900万元，实际支出821.6万元。${MD}` },
    { why: 'last year’s spending', format: 'markdown', code: `${HEAD}市级奖补资金到位860万元，上年同期实际支出786.2万元。${MD}` },
  ],
  invalid: [
    {
      why: '到位, then the column alone (Markdown table after the text)',
      format: 'markdown',
      code: `${HEAD}市级奖补资金到位860万元，实际支出821.6万元，主要用于村内道路硬化和小型水利设施。${MD}`,
      errors: [{ message: '市级奖补资金实际支出在表中为812.6万元，此处却为821.6万元', line: 3, column: 19 }],
    },
    {
      why: '下达 and the table’s own column name first, a tab-separated table before the text',
      code: `松岭县2025年度衔接推进乡村振兴补助资金绩效评价报告${TAB}\n中央衔接资金下达数3,200万元，实际支出3,064.4万元，资金执行率95.8%。\n`,
      errors: [{ message: '中央衔接资金实际支出在表中为3,046.40万元，此处却为3,064.4万元', line: 10, column: 22 }],
    },
  ],
});
