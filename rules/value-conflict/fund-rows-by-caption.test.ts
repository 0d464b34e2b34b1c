import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table of funds under a caption naming one flow (社会保险基金收入执行情况表) states each fund's income: its rows
// name the fund only (城乡居民基本医疗保险基金). And 分险种看， opening a sentence lists whole funds, one by one: the
// clause after it names its subject in full. Snippets written for these tests; none is copied from a real disclosure.
const MD = (said: string, caption = '表1　2025年社会保险基金收入执行情况表（单位：万元）') =>
  `# 青川区2025年社会保险基金预算执行情况说明\n\n## 一、社会保险基金预算收支执行情况\n\n### （一）基金收入\n\n2025年，全区社会保险基金收入86,420万元，完成预算的100.6%。${said}\n\n${caption}\n\n| 险种 | 预算数 | 执行数 | 完成预算% |\n|---|---:|---:|---:|\n| 城乡居民基本养老保险基金 | 21,300 | 21,486 | 100.9 |\n| 城乡居民基本医疗保险基金 | 30,100 | 29,874 | 99.2 |\n| 机关事业单位基本养老保险基金 | 34,500 | 35,060 | 101.6 |\n| 合计 | 85,900 | 86,420 | 100.6 |\n`;
const TEXT = (said: string) =>
  `石门县2025年社会保险基金决算情况说明\n\n一、基金支出决算\n\n${said}\n\n表2　2025年社会保险基金支出决算表\n单位：万元\n项目\t预算数\t决算数\n城乡居民基本养老保险基金\t12,460\t12,318\n城乡居民基本医疗保险基金\t18,720\t19,046\n合计\t31,180\t31,364\n`;
const TABBED = (said: string) =>
  `江口县2025年社会保险基金决算情况说明\n\n一、基金收入决算\n\n${said}\n\n表1　2025年社会保险基金收入决算表（单位：万元）\n项目\t预算数\t决算数\n城乡居民基本养老保险基金\t9,860\t10,012\n城乡居民基本医疗保险基金\t24,100\t24,860\n合计\t33,960\t34,872\n`;
ruleTester(rule, {
  valid: [
    { why: 'the fund’s income as the table has it', format: 'markdown', code: MD('分险种看，城乡居民基本医疗保险基金收入29,874万元，主要是财政补贴标准提高。') },
    {
      why: 'a caption naming both flows says nothing of its rows',
      format: 'markdown',
      code: MD('分险种看，城乡居民基本医疗保险基金收入29,784万元，主要是财政补贴标准提高。', '表1　2025年社会保险基金收支执行情况表（单位：万元）'),
    },
    { why: 'the fund’s spending is not its income', format: 'markdown', code: MD('分险种看，城乡居民基本医疗保险基金支出28,960万元，主要是住院待遇提高。') },
    { why: 'spending as the table has it', code: TEXT('按险种分，城乡居民基本医疗保险基金支出19,046万元，超出预算主要是门诊统筹待遇提高。') },
    { why: 'a tab-laid table: the income as it has it, 从险种看 opening the sentence', code: TABBED('从险种看，城乡居民基本医疗保险基金收入24,860万元，主要是财政补助标准提高。') },
  ],
  invalid: [
    {
      why: 'Markdown: a fund’s income in the prose with two digits swapped',
      format: 'markdown',
      code: MD('分险种看，城乡居民基本医疗保险基金收入29,784万元，主要是财政补贴标准提高。'),
      errors: [{ message: '2025年城乡居民基本医疗保险基金收入执行在表中为29,874万元，此处却为29,784万元', line: 7, column: 57 }],
    },
    {
      why: 'a laid-out table captioned 支出, 按险种分 opening the sentence',
      code: TEXT('按险种分，城乡居民基本医疗保险基金支出19,064万元，超出预算主要是门诊统筹待遇提高。'),
      errors: [{ message: '2025年城乡居民基本医疗保险基金支出决算在表中为19,046万元，此处却为19,064万元', line: 5, column: 20 }],
    },
    {
      why: 'a tab-laid table captioned 收入, 从险种看 opening the sentence',
      code: TABBED('从险种看，城乡居民基本医疗保险基金收入24,680万元，主要是财政补助标准提高。'),
      errors: [{ message: '2025年城乡居民基本医疗保险基金收入决算在表中为24,860万元，此处却为24,680万元', line: 5, column: 20 }],
    },
  ],
});
