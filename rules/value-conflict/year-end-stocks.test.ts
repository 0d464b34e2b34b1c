import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A unit's stocks at the year's end (资产总额, 固定资产净值, 负债总额, 净资产) in a table's 年末数 (期末数) column are what the
// text states of them: two values are a slip. The 年初数 column is another date. Snippets written for these tests.
const DOC = (text: string, head = '年末数') =>
  [
    '# 青川县人民医院2025年度单位决算说明',
    '',
    '截至2025年12月31日，本单位资产总额86,420.58万元，负债总额38,264.12万元，净资产48,156.46万元。资产构成见表3。',
    '',
    '表3 资产情况表（单位：万元）',
    '',
    `| 项目 | 年初数 | ${head} |`,
    '| --- | --- | --- |',
    '| 资产总额 | 81,206.30 | 86,420.58 |',
    '| 其中：流动资产 | 29,864.10 | 31,862.14 |',
    '| 固定资产净值 | 27,120.46 | 28,648.22 |',
    '| 负债总额 | 36,918.40 | 38,264.12 |',
    '| 净资产 | 44,287.90 | 48,156.46 |',
    '',
    text,
  ].join('\n');
ruleTester(rule, {
  valid: [
    { why: 'the text restates the 年末数 column', format: 'markdown', code: DOC('固定资产净值28,648.22万元，主要为医疗设备和房屋建筑物。') },
    { why: 'the year’s start stated with its date is the 年初数', format: 'markdown', code: DOC('年初固定资产净值27,120.46万元。') },
  ],
  invalid: [
    {
      why: 'two digits swapped against the 年末数 column',
      format: 'markdown',
      code: DOC('固定资产净值28,468.22万元，主要为医疗设备和房屋建筑物。'),
      errors: [{ message: '2025年固定资产净值在表中为28,648.22万元，此处却为28,468.22万元', line: 15, column: 7 }],
    },
    {
      why: 'a 期末数 column',
      format: 'markdown',
      code: DOC('负债总额38,624.12万元，主要为应付账款。', '期末数'),
      errors: [{ message: '2025年负债总额在表中为38,264.12万元，此处却为38,624.12万元', line: 15, column: 5 }],
    },
    {
      why: '净资产 against the column',
      format: 'markdown',
      code: DOC('净资产48,516.46万元，比年初增加4,228.56万元。'),
      errors: [{ message: '2025年净资产在表中为48,156.46万元，此处却为48,516.46万元', line: 15, column: 4 }],
    },
  ],
});
