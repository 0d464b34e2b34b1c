import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 险种 | 收入 | 支出 | 当年结余: a table whose rows are funds and whose columns each name one flow states every fund's income
// and spending, of the measure the title names (a 社会保险基金预算's table is its budget). The prose restating a fund's
// 收入预算 or 支出 is that cell. Snippets written for these tests; none is copied from a real disclosure.
const TABBED = (said: string, title = '石泉市2026年社会保险基金预算情况说明') =>
  `${title}\n\n一、总体情况\n\n2026年全市社会保险基金收入预算132,460万元，支出预算121,380万元。\n\n二、分险种情况\n\n各险种2026年预算收支情况如下（单位：万元）：\n\n险种\t收入\t支出\t当年结余\n城乡居民基本养老保险基金\t38,620\t33,410\t5,210\n职工基本医疗保险基金\t61,480\t57,260\t4,220\n失业保险基金\t32,360\t30,710\t1,650\n合计\t132,460\t121,380\t11,080\n\n${said}\n`;
const MD = (said: string) =>
  `# 清河县2026年社会保险基金预算草案的说明\n\n## 一、分险种预算\n\n单位：万元\n\n| 险种 | 收入 | 支出 | 当年收支结余 |\n|---|---:|---:|---:|\n| 企业职工基本养老保险基金 | 84,260 | 80,140 | 4,120 |\n| 城乡居民基本医疗保险基金 | 26,380 | 25,920 | 460 |\n| 合计 | 110,640 | 106,060 | 4,580 |\n\n${said}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the income as the table has it', code: TABBED('职工基本医疗保险基金收入预算61,480万元，支出预算57,260万元，当年结余4,220万元，主要用于参保职工住院待遇。') },
    { why: 'spending said with no measure, as the table has it', format: 'markdown', code: MD('城乡居民基本医疗保险基金支出25,920万元，比上年执行数增长3.2%，主要是门诊统筹待遇提高。') },
    {
      why: 'last year’s outturn of the fund is another statement',
      code: TABBED('2025年职工基本医疗保险基金收入执行数为61,840万元，2026年按参保人数增长安排预算。'),
    },
    {
      why: 'a title naming no measure: the cells are of no measure the prose names',
      code: TABBED('职工基本医疗保险基金收入预算61,840万元，主要用于参保职工住院待遇。', '石泉市2026年社会保险基金收支情况'),
    },
  ],
  invalid: [
    {
      why: 'a tab-laid table: the fund’s 收入预算 with two digits swapped',
      code: TABBED('职工基本医疗保险基金收入预算61,840万元，支出预算57,260万元，当年结余4,220万元，主要用于参保职工住院待遇。'),
      errors: [{ message: '2026年职工基本医疗保险基金收入预算在表中为61,480万元，此处却为61,840万元', line: 17, column: 15 }],
    },
    {
      why: 'a Markdown table: the fund’s spending, its measure the title’s',
      format: 'markdown',
      code: MD('城乡居民基本医疗保险基金支出29,520万元，比上年执行数增长3.2%，主要是门诊统筹待遇提高。'),
      errors: [{ message: '2026年城乡居民基本医疗保险基金支出预算在表中为25,920万元，此处却为29,520万元', line: 13, column: 15 }],
    },
  ],
});
