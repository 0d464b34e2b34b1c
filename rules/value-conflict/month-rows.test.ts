import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 国库 report's table of the year's months (月份 | 收入 | 支出 | 月末库款余额) and a sentence that opens on one month and names
// one column (３月份支出, 4月份全市入库收入, 5月末库款余额): the row's cell, restated. Another year, a level's own figure
// (市本级), or a month two tables give is no row's. Snippets written for these tests.
const TITLE = '青屿市2025年上半年国库资金运行情况报告\n\n';
const SPACED =
  '表1  青屿市2025年上半年国库收支分月情况表\n                                             单位：万元\n月份        收入          支出        月末库款余额\n1月        64,280        48,620          142,860\n2月        41,360        58,240          125,980\n3月        52,480        76,180          102,280\n4月        58,720        51,460          109,540\n合计      216,840       234,500               —\n\n';
const TABBED = '表1\t青屿市2025年1-4月国库收支分月情况表（单位：万元）\n月份\t收入\t支出\t月末库款余额\n1月份\t64,280\t48,620\t142,860\n2月份\t41,360\t58,240\t125,980\n3月份\t52,480\t76,180\t102,280\n4月份\t58,720\t51,460\t109,540\n\n';
const MD =
  '表1 青屿市2025年国库收支分月情况表（单位：万元）\n\n| 月份 | 收入 | 支出 | 月末库款余额 |\n| --- | --- | --- | --- |\n| 1月 | 64,280 | 48,620 | 142,860 |\n| 2月 | 41,360 | 58,240 | 125,980 |\n| 3月 | 52,480 | 76,180 | 102,280 |\n\n';

ruleTester(rule, {
  valid: [
    { why: 'the month’s cell as the table has it', code: `${TITLE}${SPACED}３月份支出76,180万元，主要是春耕备耕资金集中拨付。\n` },
    { why: 'last year’s same month is not the table’s row', code: `${TITLE}${SPACED}上年同期3月份支出67,180万元，今年拨付进度有所加快。\n` },
    { why: 'another year named before the month', code: `${TITLE}${SPACED}2024年3月份支出71,680万元，主要用于年初项目集中拨付。\n` },
    { why: 'a level’s own balance (市本级) is not the whole city’s row', code: `${TITLE}${SPACED}4月末市本级库款余额68,420万元，区县库款余额41,120万元。\n` },
    { why: 'the figure is the row’s other column (收入, not 支出)', code: `${TITLE}${SPACED}2月份支出41,360万元，2月份收入58,240万元。\n` },
    { why: 'two month tables: the month is no one row’s', format: 'markdown', code: `# 青屿市2025年国库资金运行情况报告\n\n${MD}${MD.replace('表1', '表2')}3月支出67,180万元。\n` },
  ],
  invalid: [
    {
      why: 'space-aligned table, full-width month, the table before',
      code: `${TITLE}${SPACED}３月份支出71,680万元，主要是春耕备耕和学校开学经费集中拨付。\n`,
      errors: [{ message: '3月支出在表中为76,180万元，此处却为71,680万元', line: 12, column: 6 }],
    },
    {
      why: 'tab-separated table, 全市 and a verb of collecting before the column, the text before',
      code: `${TITLE}二、收入入库情况\n\n4月份全市入库收入57,820万元，主要是企业所得税汇算清缴入库。\n\n${TABBED}`,
      errors: [{ message: '4月份收入在表中为58,720万元，此处却为57,820万元', line: 5, column: 10 }],
    },
    {
      why: 'Markdown table, the month’s end balance',
      format: 'markdown',
      code: `# 青屿市2025年国库资金运行情况报告\n\n${MD}2月末库款余额129,580万元，库款保障水平保持在合理区间。\n`,
      errors: [{ message: '2月月末库款余额在表中为125,980万元，此处却为129,580万元', line: 11, column: 8 }],
    },
  ],
});
