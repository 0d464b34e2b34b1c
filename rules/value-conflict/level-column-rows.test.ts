import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 科目 named by its path against its row of a 功能分类 table that prints levels, not a total and its parts: 调整预算数 |
// 决算数 | 完成率 | 上年决算数 in a 决算, 2025年预算数 | 2026年预算数 | 增减额 in a 2026 budget. The row's own figure is the
// one column of the title's measure and year. Snippets written for these tests.

// A tab-separated table (a table copied out of a spreadsheet).
const TAB = [
  '临溪县妇幼保健院2025年度部门决算',
  '',
  '（三）一般公共预算财政拨款支出决算具体情况',
  '',
  '分科目决算情况如下表（单位：万元）：',
  '',
  '科目编码\t科目名称\t调整预算数\t决算数\t完成率（%）\t上年决算数',
  '210\t卫生健康支出\t1,860.00\t1,812.40\t97.4\t1,702.30',
  '21007\t计划生育事务\t1,260.00\t1,236.80\t98.2\t1,150.10',
  '2100717\t计划生育服务\t1,260.00\t1,236.80\t98.2\t1,150.10',
  '21004\t公共卫生\t600.00\t575.60\t95.9\t552.20',
  '2100403\t妇幼保健机构\t600.00\t575.60\t95.9\t552.20',
  '229\t其他支出\t150.00\t148.00\t98.7\t96.00',
  '22999\t其他支出\t90.00\t88.00\t97.8\t96.00',
  '2299999\t其他支出\t90.00\t88.00\t97.8\t96.00',
  '合计\t\t2,010.00\t1,960.40\t97.5\t1,798.30',
  '',
  '主要科目决算情况说明如下：',
  '',
].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'the 项 as its row has it', code: `${TAB}1．卫生健康支出（类）公共卫生（款）妇幼保健机构（项）：支出决算数为575.60万元，比2024年决算数增加23.40万元。` },
    {
      why: 'last year’s outturn of the 项 is the 上年决算数 column, not the row’s own level',
      code: `${TAB}1．卫生健康支出（类）公共卫生（款）妇幼保健机构（项）：2024年决算数为525.20万元。`,
    },
    {
      why: 'the adjusted budget is another measure than the 决算 the title names, and the path’s 类 is not what it gives',
      code: `${TAB}1．卫生健康支出（类）公共卫生（款）妇幼保健机构（项）：调整预算数为600.00万元，支出决算数为575.60万元。`,
    },
    {
      why: 'a path opens on its 类, but the budget it gives is its 项’s: not the 类 row’s 调整预算数',
      code: `${TAB}1．卫生健康支出（类）公共卫生（款）妇幼保健机构（项）：调整预算数为620.00万元，支出决算数为575.60万元。`,
    },
    { why: 'a 类 and its 款 of one name print two values: the name says no one row', code: `${TAB}2．其他支出（类）其他支出（款）88.00万元，主要用于职工食堂补助。` },
  ],
  invalid: [
    {
      why: 'a path and a colon, then the outturn with its measure: against the tab table’s 决算数',
      code: `${TAB}1．卫生健康支出（类）公共卫生（款）妇幼保健机构（项）：支出决算数为557.60万元，比2024年决算数增加5.40万元，主要是孕产妇健康管理服务量增加。`,
      errors: [{ message: '妇幼保健机构（项）在表中为575.60万元，此处却为557.60万元', line: 19, column: 35 }],
    },
    {
      why: 'the path with 为 alone',
      code: `${TAB}2．卫生健康支出（类）计划生育事务（款）计划生育服务（项）为1,263.80万元，主要用于免费孕前优生健康检查。`,
      errors: [{ message: '计划生育服务（项）在表中为1,236.80万元，此处却为1,263.80万元', line: 19, column: 31 }],
    },

  ],
});

// A Markdown table of a 2026 budget beside last year's: 2026年预算数 is the row's own level.
const MD = [
  '# 青禾区园林绿化局2026年部门预算',
  '',
  '## 五、一般公共预算拨款支出预算情况',
  '',
  '单位：万元',
  '',
  '| 科目编码 | 科目名称 | 2025年预算数 | 2026年预算数 | 增减额 | 增减% |',
  '|---|---|---:|---:|---:|---:|',
  '| 212 | 城乡社区支出 | 4,120.00 | 4,386.50 | 266.50 | 6.5 |',
  '| 21203 | 城乡社区公共设施 | 1,320.00 | 1,426.50 | 106.50 | 8.1 |',
  '| 2120399 | 其他城乡社区公共设施支出 | 1,320.00 | 1,426.50 | 106.50 | 8.1 |',
  '| 21205 | 城乡社区环境卫生 | 2,800.00 | 2,960.00 | 160.00 | 5.7 |',
  '| 2120501 | 城乡社区环境卫生 | 2,800.00 | 2,960.00 | 160.00 | 5.7 |',
  '',
  '',
].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'the 项 as the 2026 column has it', format: 'markdown', code: `${MD}2．城乡社区环境卫生（款）城乡社区环境卫生（项）2,960.00万元，主要用于道路保洁。` },
    { why: 'last year’s budget, said with its year, is not this year’s column', format: 'markdown', code: `${MD}2．城乡社区环境卫生（款）城乡社区环境卫生（项）2025年预算数为2,080.00万元。` },
  ],
  invalid: [
    {
      why: 'a 款 and its 项 of one name, one value: the path against both rows, reported as the table’s',
      format: 'markdown',
      code: `${MD}2．城乡社区环境卫生（款）城乡社区环境卫生（项）2,690.00万元，主要用于道路保洁和垃圾转运。`,
      errors: [{ message: '城乡社区环境卫生（项）在表中为2,960.00万元，此处却为2,690.00万元', line: 15, column: 25 }],
    },
    {
      why: 'a 项 whose name ends in 支出, with 科目 after the path',
      format: 'markdown',
      code: `${MD}1．城乡社区支出（类）城乡社区公共设施（款）其他城乡社区公共设施支出（项）科目1,462.50万元，比上年预算增加142.50万元。`,
      errors: [{ message: '其他城乡社区公共设施支出（项）在表中为1,426.50万元，此处却为1,462.50万元', line: 15, column: 40 }],
    },
  ],
});

// pdftotext -layout: the columns too close for cells, the table over a page break (the page's foot, the running head,
// 续表 and the head again), the title run on at the end of the sentence above it.
const LAYOUT = [
  '柏川市水务局2025年度部门决算',
  '',
  '（三）一般公共预算财政拨款支出决算具体情况',
  '    2025年度一般公共预算财政拨款支出决算为3,172.00万元，完成调整预算的97.9%。分科目情况如下：',
  '                        一般公共预算财政拨款支出决算明细表',
  '                                                                   单位：万元',
  '科目编码  科目名称                        调整预算数        决算数 完成率（%）',
  '213       农林水支出                       3,240.00      3,172.00        97.9',
  '21303     水利                             3,240.00      3,172.00        97.9',
  '2130301   行政运行                           980.00        968.50        98.8',
  '2130306   水利工程运行与维护               1,460.00      1,412.30        96.7',
  '',
  '                                         - 2 -',
  '                                      柏川市水务局2025年度部门决算',
  '',
  '                                                                          续表',
  '科目编码  科目名称                        调整预算数        决算数 完成率（%）',
  '2130311   水资源节约管理与保护               800.00        791.20        98.9',
  '合计                                       3,240.00      3,172.00        97.9',
  '',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'the budget and the outturn each as its column has it, on either page',
      code: `${LAYOUT}    农林水支出（类）水利（款）水利工程运行与维护（项）调整预算1,460.00万元，支出决算1,412.30万元，完成96.7%；农林水支出（类）水利（款）水资源节约管理与保护（项）调整预算800.00万元，支出决算791.20万元。`,
    },
    {
      why: 'only the adjusted budget is said: another measure, not read against the 决算数',
      code: `${LAYOUT}    农林水支出（类）水利（款）水利工程运行与维护（项）调整预算1,640.00万元，主要用于水库堤防日常维修养护。`,
    },
  ],
  invalid: [
    {
      why: 'the outturn after the adjusted budget, against the row before the page break',
      code: `${LAYOUT}    农林水支出（类）水利（款）水利工程运行与维护（项）调整预算1,460.00万元，支出决算1,421.30万元，主要用于水库堤防日常维修养护。`,
      errors: [{ message: '水利工程运行与维护（项）在表中为1,412.30万元，此处却为1,421.30万元', line: 20, column: 49 }],
    },
    {
      why: 'the row after 续表 and the head printed again',
      code: `${LAYOUT}    农林水支出（类）水利（款）水资源节约管理与保护（项）调整预算800.00万元，支出决算719.20万元，主要用于节水型社会建设。`,
      errors: [{ message: '水资源节约管理与保护（项）在表中为791.20万元，此处却为719.20万元', line: 20, column: 48 }],
    },
  ],
});
