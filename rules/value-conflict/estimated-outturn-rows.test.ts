import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report made before the year's books close prints the year in a 预计执行数 column: the outturn its execution section states
// (契税收入…亿元, naming no measure). A tax is a revenue already: 契税收入 in the text is the 契税 row. A PDF reader may split
// the column of names, leaving its 项目 head over an empty column beside it. Snippets written for these tests.
const TITLE = '# 关于青禾市2025年预算执行情况和2026年预算草案的报告\n\n## 一、2025年预算执行情况\n\n';
const SPLIT =
  '表1 2025年青禾市税收收入主要项目（单位：亿元）\n\n|  | 项目 | 2025年预计执行数 | 2024年执行数 | 增长（%） |\n| --- | --- | --- | --- | --- |\n| 增值税 |  | 64.20 | 61.08 | 5.1 |\n| 房产税 |  | 8.46 | 8.12 | 4.2 |\n| 契税 |  | 12.74 | 14.30 | -10.9 |\n| 合计 |  | 85.40 | 83.50 | 2.3 |\n\n';
const PLAIN =
  '表2 2025年青禾市非税收入主要项目（单位：万元）\n\n| 项目 | 2025年预计执行数 | 2024年执行数 |\n| --- | --- | --- |\n| 专项收入 | 36,820 | 35,140 |\n| 罚没收入 | 9,460 | 10,280 |\n| 国有资源（资产）有偿使用收入 | 52,600 | 48,360 |\n\n';
const BUDGET = '## 二、2026年预算草案\n\n';

ruleTester(rule, {
  valid: [
    {
      why: 'the text as the 预计执行数 column has it, the tax named with 收入',
      format: 'markdown',
      code: `${TITLE}${SPLIT}受商品房成交下滑影响，契税收入12.74亿元，降幅较一季度收窄。\n`,
    },
    {
      why: 'last year’s 契税 is the 2024 column',
      format: 'markdown',
      code: `${TITLE}${SPLIT}2024年契税收入14.30亿元。\n`,
    },
    {
      why: 'the 2026 budget section states a plan, not the 2025 outturn',
      format: 'markdown',
      code: `${TITLE}${PLAIN}${BUDGET}罚没收入9,640万元，主要是交通违法罚没。\n`,
    },
    {
      why: '非税收入 is no tax: its 收入 stays, and it names no row',
      format: 'markdown',
      code: `${TITLE}${PLAIN}非税收入98,880万元，主要是盘活存量资产。\n`,
    },
  ],
  invalid: [
    {
      why: 'a PDF’s split column of names: 契税收入 against the 契税 row',
      format: 'markdown',
      code: `${TITLE}${SPLIT}受商品房成交下滑影响，契税收入12.47亿元，降幅较一季度收窄。\n`,
      errors: [{ message: '2025年契税执行在表中为12.74亿元，此处却为12.47亿元', line: 14, column: 16 }],
    },
    {
      why: 'a 预计执行数 column with its 项目 head in place',
      format: 'markdown',
      code: `${TITLE}${PLAIN}国有资源（资产）有偿使用收入56,200万元，主要是出让停车泊位经营权。\n`,
      errors: [{ message: '2025年国有资源（资产）有偿使用收入执行在表中为52,600万元，此处却为56,200万元', line: 13, column: 15 }],
    },
    {
      why: '房产税收入, the table before the text',
      format: 'markdown',
      code: `${TITLE}${SPLIT}房产税收入8.64亿元，主要是存量房产清查补征。\n`,
      errors: [{ message: '2025年房产税执行在表中为8.46亿元，此处却为8.64亿元', line: 14, column: 6 }],
    },
  ],
});
