import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 功能分类 table over a page break, as real department budgets print it: the 合计 row first (under the head) or
// last, the 类 rows on both pages, and between the pages what the page leaves: a "- 续表 -" mark at its foot, the
// page number, the next page's running head, then 续表2 beside the unit, and the head again. pdftotext -layout also
// wraps a long 项 name in its cell, leaving the name's last words on a line of their own between two rows. Read as
// the end of the table, either cut the 合计's parts down to the first page's: a sum "wrong" by a whole page.
// Snippets written for these tests.

const HEAD = '科目编码  科目名称                                  合计      基本支出      项目支出';
/**
 * pdftotext -layout: the total first. The 208 class and its 款 (`pension`) are the 基本养老 row 345.60 and the 职业年金
 * row (`annuity`); in a table that adds up, 518.20 and 172.60 (3,166.30 + 518.20 = 3,684.50).
 */
const LAYOUT = ([pension, annuity]: [string, string], breakLines: string[]) =>
  [
    '表4',
    '                    一般公共预算支出功能分类预算表',
    '编制单位：青禾县林业局                                            单位：万元',
    HEAD,
    '          合计                                  3,684.50      2,917.30        767.20',
    '213       农林水支出                            3,166.30      2,399.10        767.20',
    '21302     林业和草原                            3,166.30      2,399.10        767.20',
    '2130201   行政运行                              2,399.10      2,399.10',
    '2130205   森林资源培育                            767.20                      767.20',
    '',
    ...breakLines,
    HEAD,
    `208       社会保障和就业支出                      ${pension}        ${pension}`,
    `20805     行政事业单位养老支出                    ${pension}        ${pension}`,
    '2080505   机关事业单位基本养老保险缴费            345.60        345.60',
    '          支出',
    `2080506   机关事业单位职业年金缴费支出            ${annuity}        ${annuity}`,
    '注：本表反映2026年一般公共预算财政拨款安排的支出。',
  ].join('\n');
const ADDS_UP: [string, string] = ['518.20', '172.60'];
const SECOND_PAGE_SHORT: [string, string] = ['473.20', '127.60'];
const PAGE_FOOT = ['                                       - 续表 -', '', '                                         - 4 -', '\f                                                      青禾县林业局2026年部门预算', '', '续表4                                                                     单位：万元'];
const BARE_BREAK = ['                                         - 4 -', '', '\f续表'];

/** A PDF read to Markdown: two tables a 续表 line and the unit apart, the 合计 at the foot of the second. */
const MARKDOWN = (total: string) =>
  [
    '2025年度本局财政拨款支出决算见下表。',
    '',
    '单位：万元',
    '',
    '| 科目编码及名称 | 年初预算 | 决算数 | 完成% |',
    '| --- | --- | --- | --- |',
    '| 212城乡社区支出 | 6,420.00 | 6,518.40 | 101.5 |',
    '| 2120101行政运行 | 980.00 | 962.30 | 98.2 |',
    '| 2120399其他城乡社区公共设施支出 | 5,440.00 | 5,556.10 | 102.1 |',
    '',
    '续表',
    '',
    '单位：万元',
    '',
    '| 科目编码及名称 | 年初预算 | 决算数 | 完成% |',
    '| --- | --- | --- | --- |',
    '| 208社会保障和就业支出 | 418.00 | 409.26 | 97.9 |',
    '| 221住房保障支出 | 236.00 | 241.80 | 102.5 |',
    `| 合计 | 7,074.00 | ${total} | 101.5 |`,
  ].join('\n');

/** Two tables with one head, each its total first, a page break and the second's own title between: two tables. */
const TWO_TABLES = [
  '表5  一般公共预算支出表',
  '                                                        单位：万元',
  '科目编码  科目名称                              合计      基本支出      项目支出',
  '          合计                                1,246.80      1,046.80        200.00',
  '201       一般公共服务支出                    1,246.80      1,046.80        200.00',
  '',
  '                                         - 6 -',
  '\f表6  政府性基金预算支出表',
  '                                                        单位：万元',
  '科目编码  科目名称                              合计      基本支出      项目支出',
  '          合计                                  300.00                      300.00',
  '212       城乡社区支出                          300.00                      300.00',
].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'the total first; - 续表 -, a page number, the running head and 续表4 with its unit before the head again; a wrapped 项 name', code: LAYOUT(ADDS_UP, PAGE_FOOT) },
    { why: 'the same table over a bare page break under 续表', code: LAYOUT(ADDS_UP, BARE_BREAK) },
    { why: 'a table after a page break under its own title (表6) with the same head is another table: each total adds its own rows', code: TWO_TABLES },
    { why: 'a PDF read to Markdown: 合计 on the second page adds the 类 rows of both (6,518.40 + 409.26 + 241.80)', code: MARKDOWN('7,169.46'), format: 'markdown' },
  ],
  invalid: [
    {
      why: 'the second page’s rows add to 473.20 (127.60 for 172.60): the total first, over both pages, no longer adds up',
      code: LAYOUT(SECOND_PAGE_SHORT, PAGE_FOOT),
      errors: [
        { message: '表中合计行“合计”列3,684.50万元，但分项之和为3639.50万元（3166.30 + 473.20），相差45.00万元', line: 5, column: 47 },
        { message: '表中合计行“基本支出”列2,917.30万元，但分项之和为2872.30万元（2399.10 + 473.20），相差45.00万元', line: 5, column: 61 },
      ],
    },
    {
      why: 'the same over a bare page break',
      code: LAYOUT(SECOND_PAGE_SHORT, BARE_BREAK),
      errors: [
        { message: '表中合计行“合计”列3,684.50万元，但分项之和为3639.50万元（3166.30 + 473.20），相差45.00万元', line: 5, column: 47 },
        { message: '表中合计行“基本支出”列2,917.30万元，但分项之和为2872.30万元（2399.10 + 473.20），相差45.00万元', line: 5, column: 61 },
      ],
    },
    {
      why: 'the Markdown 合计 of the 决算数 column off: the rows of both pages add to 7,169.46',
      code: MARKDOWN('7,196.46'),
      format: 'markdown',
      errors: [{ message: '表中合计行“决算数”列7,196.46万元，但分项之和为7169.46万元（6518.40 + 409.26 + 241.80），相差27.00万元', line: 19, column: 19 }],
    },
  ],
});
