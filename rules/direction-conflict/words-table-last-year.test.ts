import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A direction in words with no figure (较上年有所增长, 比上年下降), of an item whose row in a table of year columns (执行数 |
// 上年执行数, 2025年预计执行数 | 2024年执行数) holds the level stated: the row's cell of the year before is the prior, though
// the table has no change column or one the reader cannot pair.
// Snippets written for these tests; none is copied from a real disclosure.
const EXECUTION = '表2　2025年区本级一般公共预算收入执行情况\n\n单位：万元\n\n| 项目 | 预算数 | 执行数 | 上年执行数 | 增长% |\n| --- | --- | --- | --- | --- |\n| 增值税 | 21,400 | 22,180 | 20,960 | 5.8 |\n| 房产税 | 4,600 | 4,320 | 4,710 | -8.3 |\n| 印花税 | 1,800 | 1,860 | 1,860 | 0.0 |\n\n';
const BY_YEAR = '单位：亿元\n\n| 项目 | 2025年预计执行数 | 2024年执行数 |\n| --- | --- | --- |\n| 城市维护建设税 | 6.42 | 6.18 |\n| 耕地占用税 | 1.96 | 2.34 |\n\n';
const WHOLE = `表3　2025年全市一般公共预算收入执行情况\n\n${EXECUTION.slice(EXECUTION.indexOf('单位'))}`;
// A table whose unit is noted nowhere the reader takes it from: its bare cells restate the text's figures digit for digit.
const BARE = '| 项目 | 2025年预算数 | 2025年预计执行数 | 2026年预算数 |\n| --- | --- | --- | --- |\n| 利息收入 | 1,200 | 1,480 | 1,350 |\n| 其他收入 | 640 | 610 | 600 |\n\n';
// A plain-text table laid out with tabs.
const TABBED = '表1\t2025年县本级一般公共预算支出执行情况\t单位：万元\n项目\t预算数\t执行数\t上年执行数\t增长%\n教育支出\t48,200\t47,860\t45,120\t6.1\n科学技术支出\t3,400\t3,180\t3,420\t-7.0\n';
const DRAFT = '单位：万元\n\n| 项目 | 2025年预算数 | 2025年预计执行数 | 2026年预算数 |\n| --- | --- | --- | --- |\n| 专项收入 | 9,200 | 9,860 | 9,500 |\n| 捐赠收入 | 300 | 260 | 280 |\n\n';

ruleTester(rule, {
  valid: [
    { why: 'a fall, as the row says', format: 'markdown', code: `${EXECUTION}房产税4,320万元，比上年有所下降，主要是房屋出租减少。\n` },
    { why: 'a rise, as the row says', format: 'markdown', code: `${BY_YEAR}城市维护建设税6.42亿元，较上年有所增长。\n` },
    {
      why: 'a budget’s level: the table has no budget column of the year before to set it against',
      format: 'markdown',
      code: `${EXECUTION}房产税预算4,600万元，比上年有所减少。\n`,
    },
    {
      why: 'a bare 上年 beside two columns of 2025 (budget and expected outturn) names neither',
      format: 'markdown',
      code: `${DRAFT}专项收入9,500万元，比上年有所减少。\n`,
    },
    {
      why: 'another item of the same level is no row of this one',
      format: 'markdown',
      code: `${EXECUTION}契税4,320万元，比上年有所增长。\n`,
    },
    {
      why: 'a level held: the figure stands in two columns, which is this year’s is not said',
      format: 'markdown',
      code: `${EXECUTION}印花税1,860万元，比上年有所增长。\n`,
    },
    {
      why: 'the text is of the city’s own level, the table of the whole city',
      format: 'markdown',
      code: `${WHOLE}市本级房产税4,320万元，比上年有所增长。\n`,
    },
    { why: 'a fall, as the tabbed row says', code: `${TABBED}科学技术支出3,180万元，较上年有所减少。\n` },
    { why: 'a bare table’s row of another item', format: 'markdown', code: `${BARE}利息收入1,350万元，比上年预计执行数有所减少。\n` },
  ],
  invalid: [
    {
      why: '增长 while the row’s last year is higher',
      format: 'markdown',
      code: `${EXECUTION}房产税4,320万元，比上年有所增长，主要是存量房产清查。\n`,
      errors: [{ message: '房产税4,320万元小于上年执行数4,710万元，却写作“增长”', line: 11, column: 17 }],
    },
    {
      why: '下降 while the row’s 2024 figure is lower: a year column named by its year',
      format: 'markdown',
      code: `${BY_YEAR}城市维护建设税6.42亿元，较上年下降，主要是增值税增收带动。\n`,
      errors: [{ message: '城市维护建设税6.42亿元大于2024年执行数6.18亿元，却写作“下降”', line: 8, column: 18 }],
    },
    {
      why: 'a draft budget against the expected outturn the base names',
      format: 'markdown',
      code: `${DRAFT}捐赠收入280万元，比上年预计执行数有所减少。\n`,
      errors: [{ message: '捐赠收入280万元大于2025年预计执行数260万元，却写作“减少”', line: 8, column: 21 }],
    },
    {
      why: 'the whole city’s level beside the whole city’s table',
      format: 'markdown',
      code: `${WHOLE}全市房产税4,320万元，比上年有所增长。\n`,
      errors: [{ message: '房产税4,320万元小于上年执行数4,710万元，却写作“增长”', line: 11, column: 19 }],
    },
    {
      why: 'a tabbed table: 下降 while last year’s 45,120 is lower',
      code: `${TABBED}教育支出47,860万元，比上年下降，主要是校舍改造项目完工。\n`,
      errors: [{ message: '教育支出47,860万元大于上年执行数45,120万元，却写作“下降”', line: 5, column: 17 }],
    },
    {
      why: 'a table of bare numbers: its cells in the text’s unit',
      format: 'markdown',
      code: `${BARE}其他收入600万元，比上年预计执行数有所增加。\n`,
      errors: [{ message: '其他收入600万元小于2025年预计执行数610万元，却写作“增加”', line: 6, column: 21 }],
    },
  ],
});
