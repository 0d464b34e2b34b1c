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
