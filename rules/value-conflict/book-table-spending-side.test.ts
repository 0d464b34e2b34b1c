import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A book's own 收支总表 printed side by side (收入项目 | 决算数 | 支出项目 | 决算数) in a report of that book: its spending
// side's class rows are the book's, as the report's text states them. A department's 收支总表, or a table of another book
// than the report's, is of other money: silent. Snippets written for these tests.
const TITLE = '                 石门市2025年一般公共预算决算情况说明\n\n    现将石门市2025年一般公共预算决算情况说明如下。\n\n';
const LAYOUT =
  '表1              石门市2025年一般公共预算收支决算总表\n                                                         单位：万元\n收入项目                   决算数        支出项目                       决算数\n一般公共预算收入         846,200    一般公共预算支出             1,124,600\n  税收收入               602,400      一般公共服务支出             118,300\n  非税收入               243,800      教育支出                     206,400\n上级补助收入             418,600      社会保障和就业支出           248,900\n上年结转                  26,400      卫生健康支出                  96,700\n                                      城乡社区支出                 172,500\n收入总计               1,291,200    支出总计                     1,291,200\n\n';
const MD =
  '表1 石门市2025年一般公共预算收支决算总表（单位：万元）\n\n| 收入项目 | 决算数 | 支出项目 | 决算数 |\n| --- | --- | --- | --- |\n| 一般公共预算收入 | 846,200 | 一般公共预算支出 | 1,124,600 |\n| 税收收入 | 602,400 | 教育支出 | 206,400 |\n| 上级补助收入 | 418,600 | 社会保障和就业支出 | 248,900 |\n|  |  | 城乡社区支出 | 172,500 |\n| 收入总计 | 1,291,200 | 支出总计 | 1,291,200 |\n\n';

ruleTester(rule, {
  valid: [
    { why: 'the class said as the table prints it', code: `${TITLE}${LAYOUT}二、支出决算情况\n    教育支出206,400万元，主要用于落实城乡义务教育经费保障机制。\n` },
    {
      why: 'a department’s 收支总表: its spending side is of every fund',
      code: '石门市教育局2025年部门决算说明\n\n收支决算总表\n收入项目                   决算数        支出项目                       决算数\n财政拨款收入              46,200      教育支出                      52,400\n事业收入                   8,600      社会保障和就业支出             2,400\n\n    教育支出50,240万元，主要用于学校运转。\n',
    },
    {
      why: 'a table of another book than the report’s (政府性基金预算 in an 一般公共预算 report)',
      format: 'markdown',
      code: `# 石门市2025年一般公共预算决算情况说明\n\n表3 石门市2025年政府性基金预算收支决算表（单位：万元）\n\n| 收入项目 | 决算数 | 支出项目 | 决算数 |\n| --- | --- | --- | --- |\n| 国有土地使用权出让收入 | 286,400 | 城乡社区支出 | 264,800 |\n| 上级补助收入 | 12,600 | 其他支出 | 34,200 |\n\n城乡社区支出172,500万元，主要用于市政设施维护。\n`,
    },
  ],
  invalid: [
    {
      why: 'pdftotext layout, the class row under a blank income cell, the text after the table',
      code: `${TITLE}${LAYOUT}二、支出决算情况\n    城乡社区支出175,200万元，主要用于市政道路和排水管网维护。\n`,
      errors: [{ message: '2025年城乡社区支出决算在表中为172,500万元，此处却为175,200万元', line: 17, column: 11 }],
    },
    {
      why: 'pdftotext layout, the class row beside 上年结转, the text before the table',
      code: `${TITLE}二、支出决算情况\n    卫生健康支出97,600万元，主要用于基层医疗卫生机构运转保障。\n\n${LAYOUT}`,
      errors: [{ message: '2025年卫生健康支出决算在表中为96,700万元，此处却为97,600万元', line: 6, column: 11 }],
    },
    {
      why: 'a Markdown table side by side',
      format: 'markdown',
      code: `# 石门市2025年一般公共预算决算情况说明\n\n${MD}教育支出204,600万元，主要用于改善普通高中办学条件。\n`,
      errors: [{ message: '2025年教育支出决算在表中为206,400万元，此处却为204,600万元', line: 13, column: 5 }],
    },
  ],
});
