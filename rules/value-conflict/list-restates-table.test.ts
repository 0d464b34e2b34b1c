import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 其中 list in the text that restates a table: its total is the table's 合计 (or the row of the total's own name) in one
// column, and its other parts are that column's rows. A part printed otherwise than its row is one of the two slips.
// Snippets written for these tests; none is copied from a real disclosure.
const THREE =
  '表3 “三公”经费财政拨款支出决算表（单位：万元）\n\n| 项目 | 预算数 | 决算数 | 上年决算数 |\n| --- | --- | --- | --- |\n| 合计 | 96.40 | 84.26 | 90.12 |\n| 1.因公出国（境）费 | 0.00 | 0.00 | 0.00 |\n| 2.公务用车购置及运行维护费 | 72.40 | 64.14 | 70.80 |\n| 其中：公务用车购置费 | 26.00 | 25.60 | 30.20 |\n| 公务用车运行维护费 | 46.40 | 38.54 | 40.60 |\n| 3.公务接待费 | 24.00 | 20.12 | 19.32 |\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'every part as its row',
      format: 'markdown',
      code: `${THREE}2025年度“三公”经费财政拨款支出决算84.26万元。其中：因公出国（境）费0.00万元；公务用车购置及运行维护费64.14万元；公务接待费20.12万元。\n`,
    },
    {
      why: 'another total (all funds): not the table’s list',
      format: 'markdown',
      code: `${THREE}2025年度“三公”经费支出决算88.40万元。其中：因公出国（境）费0.00万元；公务用车购置及运行维护费68.28万元；公务接待费20.12万元。\n`,
    },
    {
      why: 'one part only: nothing else shows the list restates the table',
      format: 'markdown',
      code: `${THREE}2025年度“三公”经费财政拨款支出决算84.26万元，其中公务接待费21.12万元。\n`,
    },
  ],
  invalid: [
    {
      why: 'one part of three otherwise than its row',
      format: 'markdown',
      code: `${THREE}2025年度“三公”经费财政拨款支出决算84.26万元。其中：因公出国（境）费0.00万元；公务用车购置及运行维护费64.14万元；公务接待费21.02万元。\n`,
      errors: [{ message: '2025年公务接待费决算在表中为20.12万元，此处却为21.02万元', line: 12, column: 72 }],
    },
    {
      why: 'a list inside a list, its total the row of its own name',
      format: 'markdown',
      code: `${THREE}公务用车购置及运行维护费64.14万元，其中：公务用车购置费25.60万元，公务用车运行维护费38.45万元。\n`,
      errors: [{ message: '公务用车运行维护费决算在表中为38.54万元，此处却为38.45万元', line: 12, column: 48 }],
    },
    {
      why: 'a table laid out with spaces, the text in full-width digits, 万元 throughout',
      code: '２０２５年，全市国有资本经营预算收入１２，４８６万元。其中：利润收入９，８６２万元；股利、股息收入１，４２０万元；产权转让收入８６０万元；其他国有资本经营预算收入３４４万元。\n\n附表　2025年国有资本经营预算收支执行表\n单位：万元\n项目                              预算数      执行数\n一、利润收入                       9,460       9,862\n二、股利、股息收入                 1,380       1,420\n三、产权转让收入                     800         680\n四、其他国有资本经营预算收入         360         344\n收入合计                          12,000      12,486\n',
      errors: [{ message: '2025年产权转让收入执行在表中为680万元，此处却为860万元', line: 1, column: 64 }],
    },
  ],
});

// The total stated with its measure (…收入安排40.57亿元) is the row of its item (一般公共预算收入) in the budget column; a
// numbered title naming a row is what the paragraph under it states by its measures alone.
const BUDGET_TABLE =
  '表3 2026年一般公共预算收支预算表（单位：万元）\n\n| 项目 | 2025年执行数 | 2026年预算数 |\n| --- | --- | --- |\n| 一般公共预算收入 | 386,420 | 405,700 |\n| 其中：税收收入 | 298,650 | 314,200 |\n| 非税收入 | 87,770 | 91,500 |\n\n';
const FUND_TABLE =
  '表1 2025年社会保险基金收支决算表（单位：万元）\n\n| 险种 | 收入 | 支出 | 滚存结余 |\n| --- | --- | --- | --- |\n| 职工基本医疗保险基金 | 468,260 | 421,380 | 512,640 |\n| 城乡居民基本医疗保险基金 | 312,840 | 306,520 | 128,460 |\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the parts as the budget column',
      format: 'markdown',
      code: `${BUDGET_TABLE}2026年区级一般公共预算收入安排40.57亿元，比上年执行数增长5.0%，其中税收收入31.42亿元、非税收入9.15亿元。\n`,
    },
    { why: 'the fund as its row', format: 'markdown', code: `${FUND_TABLE}（一）职工基本医疗保险基金（含生育保险）\n\n收入46.83亿元；支出42.14亿元，年末滚存结余51.26亿元。\n` },
  ],
  invalid: [
    {
      why: 'a budget’s part with its digits swapped, 亿元 against 万元',
      format: 'markdown',
      code: `${BUDGET_TABLE}2026年区级一般公共预算收入安排40.57亿元，比上年执行数增长5.0%，其中税收收入31.24亿元、非税收入9.15亿元。\n`,
      errors: [{ message: '2026年税收收入预算在表中为314,200万元（即31.42亿元），此处却为31.24亿元', line: 9, column: 45 }],
    },
    {
      why: 'a fund’s spending under its numbered title',
      format: 'markdown',
      code: `${FUND_TABLE}（一）职工基本医疗保险基金（含生育保险）\n\n收入46.83亿元；支出43.14亿元，年末滚存结余51.26亿元。\n`,
      errors: [{ message: '职工基本医疗保险基金支出在表中为421,380万元（即42.14亿元），此处却为43.14亿元', line: 10, column: 13 }],
    },
  ],
});
