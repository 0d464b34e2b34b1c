import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// One 功能分类 row printed in two tables whose titles give the same scope (measure, year, funds, side):
// the spending side of a 收支总表 and the 支出总表's 类 row, or a 财政拨款 table's twin. Snippets written
// for these tests.
const sides = (edu: string) =>
  `桐溪县图书馆2025年部门预算\n\n2025年部门收支预算总表\n\n编制部门：桐溪县图书馆 单位：万元\n\n| 收入项目 | 预算数 | 支出项目 | 预算数 |\n|---|---:|---|---:|\n| 一、一般公共预算拨款收入 | 1,630.40 | 一、文化旅游体育与传媒支出 | ${edu} |\n| 二、事业收入 | 20.00 | 二、住房保障支出 | 130.00 |\n| 收入总计 | 1,650.40 | 支出总计 | 1,650.40 |\n\n`;
const spending = (edu: string, title = '2025年部门支出预算总表') =>
  `${title}\n\n编制部门：桐溪县图书馆 单位：万元\n\n| 类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---:|---:|---:|\n| 207 | | | 文化旅游体育与传媒支出 | ${edu} | 900.00 | 620.40 |\n| 221 | | | 住房保障支出 | 130.00 | 130.00 | |\n\n`;
// A 决算's 财政拨款 tables, the code and the name in one cell, the spending side numbered （一）.
const grants = (a: string, b: string) =>
  `柳湾镇2024年度部门决算\n\n2024年度财政拨款收入支出决算总表\n\n单位：万元\n\n| 收入 | 决算数 | 支出 | 决算数 |\n|---|---:|---|---:|\n| 一般公共预算财政拨款 | 2,410.75 | （一）一般公共服务支出 | ${a} |\n| 政府性基金预算财政拨款 | 0.00 | （二）农林水支出 | 1,090.25 |\n\n2024年度财政拨款支出决算表\n\n单位：万元\n\n| 科目编码 | 合计 | 基本支出 | 项目支出 |\n|---|---:|---:|---:|\n| 201 一般公共服务支出 | ${b} | 1,320.50 | |\n| 213 农林水支出 | 1,090.25 | 410.25 | 680.00 |\n\n`;
// The 收支总表 in 元, the 支出总表 in 万元: equal once rounded to the 万元 table's cents.
const units = (yuan: string) =>
  `青石街道2025年部门预算\n\n2025年部门收支预算总表\n\n单位：元\n\n| 本年收入 项目 | 预算数 | 本年支出 项目 | 预算数 |\n|---|---:|---|---:|\n| 一、财政拨款收入 | 8,634,120.00 | 一、城乡社区支出 | ${yuan} |\n| 二、其他收入 | 0.00 | 二、卫生健康支出 | 1,210,000.00 |\n\n2025年部门支出预算总表\n\n单位：万元\n\n| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---:|---:|---:|\n| 212 | 城乡社区支出 | 742.41 | 310.00 | 432.41 |\n| 210 | 卫生健康支出 | 121.00 | 121.00 | |\n\n`;

ruleTester(rule, {
  valid: [
    { why: 'the two printings agree', format: 'markdown', code: sides('1,520.40') + spending('1,520.40') },
    { why: 'agreeing once the 元 figure is rounded to 万元', format: 'markdown', code: units('7,424,112.35') },
    {
      why: 'a 财政拨款 table covers only its funds: below the all-funds 收支总表 is no contradiction',
      format: 'markdown',
      code: sides('1,520.40') + spending('1,400.40', '2025年财政拨款支出预算表'),
    },
    {
      why: 'revenue by function is another side than spending',
      format: 'markdown',
      code: sides('1,520.40') + spending('1,480.40', '2025年部门收入预算总表'),
    },
    {
      why: 'a table of last year’s 决算 against this year’s 预算',
      format: 'markdown',
      code: sides('1,520.40') + spending('1,480.40', '2024年部门支出决算表'),
    },
    {
      why: 'two 支出总表 of one scope (one per unit): which one the 收支总表 totals is not said',
      format: 'markdown',
      code: sides('1,520.40') + spending('1,520.40') + spending('1,320.40'),
    },
    { why: 'the 财政拨款 pair agrees', format: 'markdown', code: grants('1,320.50', '1,320.50') },
  ],
  invalid: [
    {
      why: 'a 类 on the 收支总表’s spending side against the 支出总表’s 类 row',
      format: 'markdown',
      code: sides('1,520.40') + spending('1,502.40'),
      errors: [{ message: '2025年文化旅游体育与传媒支出在前文为1,520.40万元，此处却为1,502.40万元', line: 19, column: 27 }],
    },
    {
      why: 'a 决算’s 财政拨款 total table against its 财政拨款 spending table, code and name in one cell',
      format: 'markdown',
      code: grants('1,320.50', '1,230.50'),
      errors: [{ message: '2024年一般公共服务支出在前文为1,320.50万元，此处却为1,230.50万元', line: 18, column: 18 }],
    },
    {
      why: 'a table in 元 against one in 万元',
      format: 'markdown',
      code: units('7,428,112.35'),
      errors: [{ message: '2025年城乡社区支出在前文为7,428,112.35元，此处却为742.41万元', line: 18, column: 18 }],
    },
  ],
});
