import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table's head over two rows (| 收入 | | 支出 | | over | 项目 | 预算数 | 项目 | 预算数 |), whose second row a
// Markdown table counts as the body's first: each column's measure is in that second row. A 收支总表's spending
// side is still not read (every fund's, while a fund's own table names its rows alike).
// Snippets written for these tests.
const head = (title: string, measure: string) =>
  `# ${title}\n\n单位：万元\n\n| 收入 | | 支出 | |\n|---|---:|---|---:|\n| 项目 | ${measure} | 项目 | ${measure} |\n`;
const BUDGET = `${head('溪口镇人民政府2026年部门预算', '预算数')}| 一、一般公共预算拨款收入 | 2,864.20 | 一、一般公共服务支出 | 1,204.50 |\n| 二、政府性基金预算拨款收入 | 380.00 | 二、城乡社区支出 | 2,039.70 |\n| 收入总计 | 3,244.20 | 支出总计 | 3,244.20 |\n\n`;
const FINAL = `${head('梅林县文化馆2025年度部门决算', '决算数')}| 一、财政拨款收入 | 1,286.44 | 一、文化旅游体育与传媒支出 | 1,190.32 |\n| 二、事业收入 | 64.80 | 二、社会保障和就业支出 | 160.92 |\n| 本年收入合计 | 1,351.24 | 本年支出合计 | 1,351.24 |\n\n`;
const STACKED = '# 青石街道2026年部门预算\n\n单位：万元\n\n| 项目 | 2026年 | 2025年 |\n|---|---:|---:|\n| | 预算数 | 预算数 |\n| 一般公共预算拨款收入 | 1,940.60 | 1,872.30 |\n| 政府性基金预算拨款收入 | 210.00 | 260.00 |\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the fund’s income as the head’s second row names its measure, agreeing',
      format: 'markdown',
      code: `${BUDGET}2026年政府性基金预算拨款收入380.00万元，全部用于城乡社区支出。`,
    },
    {
      why: 'the spending side of a 收支总表 is every fund’s: a statement of one fund’s spending of the same name is another figure',
      format: 'markdown',
      code: `${FINAL}2025年度一般公共预算财政拨款支出中，社会保障和就业支出150.40万元，主要用于养老保险缴费。`,
    },
  ],
  invalid: [
    {
      why: 'a budget’s fund income stated with two digits swapped against the table whose head runs over two rows',
      format: 'markdown',
      code: `${BUDGET}2026年政府性基金预算拨款收入308.00万元，全部用于城乡社区支出。`,
      errors: [{ message: '2026年政府性基金预算拨款收入预算在表中为380.00万元，此处却为308.00万元', line: 12, column: 17 }],
    },
    {
      why: 'an outturn’s 事业收入 against the 决算数 named in the head’s second row',
      format: 'markdown',
      code: `${FINAL}2025年度本单位事业收入68.40万元，主要为演出及培训收入。`,
      errors: [{ message: '2025年事业收入决算在表中为64.80万元，此处却为68.40万元', line: 12, column: 14 }],
    },
    {
      why: 'years in the first head row, the measure under them in the second',
      format: 'markdown',
      code: `${STACKED}2026年一般公共预算拨款收入1,904.60万元，比上年增加32.30万元。`,
      errors: [{ message: '2026年一般公共预算拨款收入预算在表中为1,940.60万元，此处却为1,904.60万元', line: 11, column: 16 }],
    },
  ],
});
