import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A kind of transfer named as what it is (重点生态功能区转移支付, 均衡性转移支付收入) is a level's subject, as 资金 or 支出
// is: 转移支付 is a level word only as a verb (通过转移支付下达). And a table of one year's levels a column (项目 | 2024年 |
// 2025年 | 增减%), in a document whose title and section name no measure, states each row's level for that year.
// Snippets written for these tests; none is copied from a real disclosure.
const MD = (said: string, title = '青川县2025年转移支付情况说明') =>
  `# ${title}\n\n## 二、一般性转移支付情况\n\n一般性转移支付168,240万元，分项目情况如下表（单位：万元）。\n\n| 项目 | 2024年 | 2025年 | 增减% |\n|---|---:|---:|---:|\n| 均衡性转移支付 | 70,120 | 72,680 | 3.7 |\n| 县级基本财力保障机制奖补资金 | 25,300 | 26,140 | 3.3 |\n| 重点生态功能区转移支付 | 14,260 | 15,380 | 7.9 |\n| 其他一般性转移支付 | 52,740 | 54,040 | 2.5 |\n| 合计 | 162,420 | 168,240 | 3.6 |\n\n${said}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the kind’s 2025 level as the table has it', format: 'markdown', code: MD('重点生态功能区转移支付15,380万元，主要用于生态护林员补助和水源地保护。') },
    {
      why: 'under a 预算 title a year column may be a budget or an outturn: not read',
      format: 'markdown',
      code: MD('重点生态功能区转移支付15,830万元，主要用于生态护林员补助和水源地保护。', '青川县2025年转移支付预算情况说明'),
    },
    {
      why: '转移支付 as a verb, to the townships: another thing than what the county received',
      code: '青川县2025年转移支付情况说明\n\n2025年，上级下达我县均衡性转移支付72,680万元。\n\n县对乡镇通过转移支付下达均衡性补助资金8,460万元。\n\n县对乡镇均衡性转移支付8,640万元，主要用于保障乡镇运转。\n',
    },
  ],
  invalid: [
    {
      why: 'Markdown: a kind of transfer against its row’s 2025 column',
      format: 'markdown',
      code: MD('重点生态功能区转移支付15,830万元，主要用于生态护林员补助和水源地保护。'),
      errors: [{ message: '2025年重点生态功能区转移支付在表中为15,380万元，此处却为15,830万元', line: 15, column: 12 }],
    },
    {
      why: 'plain text: a transfer income stated twice in the prose',
      code: '青川县2025年转移支付情况说明\n\n一、总体情况\n\n均衡性转移支付收入72,680万元，主要用于保障基本财力。\n\n二、分项情况\n\n均衡性转移支付收入72,860万元，比上年增长3.7%，主要是中央提高补助系数。\n',
      errors: [{ message: '2025年均衡性转移支付收入在前文为72,680万元，此处却为72,860万元', line: 9, column: 10 }],
    },
  ],
});
