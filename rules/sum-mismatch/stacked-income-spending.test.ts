import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A fund table that stacks its income rows, their 收入合计, then its spending rows and their 支出合计 in one column of
// labels: each 合计 closes its own side. The 支出合计 was read as the total of every row above it, the income rows and
// their 合计 among them. Snippets written for these tests; none is copied from a real disclosure.
const LAID_OUT = (outTotal: string) =>
  '表2  某县政府性基金收支表\n' +
  '                                           单位：万元\n' +
  '项目                        上年执行数      本年预算数\n' +
  '土地出让收入                    52,300          55,100\n' +
  '配套费收入                       4,180           4,620\n' +
  '其他基金收入                     2,940           2,080\n' +
  '收入合计                        59,420          61,800\n' +
  '城乡社区支出                    47,600          50,260\n' +
  '交通运输支出                     6,120           6,540\n' +
  '债务付息支出                     4,830           5,000\n' +
  `支出合计                        ${outTotal}          61,800\n`;
const TABS = (inTotal: string) =>
  '项目\t2025年执行数\t2026年预算数\n彩票公益金收入\t1,240\t1,310\n污水处理费收入\t860\t905\n' +
  `收入合计\t${inTotal}\t2,215\n社会保障和就业支出\t1,420\t1,500\n城乡社区支出\t680\t715\n支出合计\t2,100\t2,215\n`;
const MARKDOWN = (outTotal: string) =>
  '| 项目 | 预算数 |\n| --- | --- |\n| 土地出让收入 | 18,400 |\n| 其他收入 | 1,600 |\n| 收入合计 | 20,000 |\n' +
  `| 城乡社区支出 | 15,200 |\n| 其他支出 | 4,800 |\n| 支出合计 | ${outTotal} |\n`;
ruleTester(rule, {
  valid: [
    { why: 'laid out: each side adds up to its own 合计 in both columns', code: LAID_OUT('58,550') },
    { why: 'tabs: 1,240 + 860 = 2,100 and 1,420 + 680 = 2,100', code: TABS('2,100') },
    { why: 'markdown: 18,400 + 1,600 = 20,000 = 15,200 + 4,800', code: MARKDOWN('20,000'), format: 'markdown' },
    {
      why: 'the income side closed twice (本年收入合计, 收入总计): the 支出合计 adds up the rows after 收入总计 (600 + 410)',
      code: '| 项目 | 决算数 |\n| --- | --- |\n| 财政拨款收入 | 800 |\n| 其他收入 | 200 |\n| 本年收入合计 | 1,000 |\n| 年初结转和结余 | 50 |\n| 收入总计 | 1,050 |\n| 基本支出 | 600 |\n| 项目支出 | 410 |\n| 支出合计 | 1,010 |\n',
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'laid out: 47,600 + 6,120 + 4,830 = 58,550, stated 58,650 (the income rows are no part of it)',
      code: LAID_OUT('58,650'),
      errors: [{ message: '表中支出合计行“上年执行数”列58,650万元，但分项之和为58550万元（47600 + 6120 + 4830），相差100万元', line: 11, column: 29 }],
    },
    {
      why: 'tabs: the income side is off, 1,240 + 860 = 2,100, stated 2,110',
      code: TABS('2,110'),
      errors: [{ message: '表中收入合计行“2025年执行数”列2,110，但分项之和为2100（1240 + 860），相差10', line: 4, column: 6 }],
    },
    {
      why: 'markdown: 15,200 + 4,800 = 20,000, stated 21,000',
      code: MARKDOWN('21,000'),
      format: 'markdown',
      errors: [{ message: '表中支出合计行“预算数”列21,000，但分项之和为20000（15200 + 4800），相差1000', line: 8, column: 10 }],
    },
    {
      why: 'the income side closed twice: 600 + 410 = 1,010, stated 1,100 (the income side is left as it was read)',
      code: '| 项目 | 决算数 |\n| --- | --- |\n| 财政拨款收入 | 800 |\n| 其他收入 | 200 |\n| 本年收入合计 | 1,000 |\n| 年初结转和结余 | 50 |\n| 收入总计 | 1,050 |\n| 基本支出 | 600 |\n| 项目支出 | 410 |\n| 支出合计 | 1,100 |\n',
      format: 'markdown',
      errors: [{ message: '表中支出合计行“决算数”列1,100，但分项之和为1010（600 + 410），相差90', line: 10, column: 10 }],
    },
  ],
});
