import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 决算为X，年初预算为B，完成预算的R%；比上年增加D: the budget named right before the completion ratio
// taken of it is not the level that changed on last year; the actual before it is.
ruleTester(rule, {
  valid: [
    {
      why: '52.60 - 2.10 = 50.50, 2.10 / 50.50 = 4.2%; 70.00 is the budget of 完成预算的87.7%',
      code: '2024年度“三公”经费财政拨款支出决算为52.60万元，年初预算为60.00万元，完成预算的87.7%；比上年增加2.10万元，增长4.2%。',
    },
    {
      why: '预算数 before 完成预算数的: 186.30 + 12.40 = 198.70, 12.40 / 198.70 = 6.2%',
      code: '机关运行经费支出186.30万元，全年预算数为200.00万元，完成预算数的93.2%，比上年减少12.40万元，下降6.2%。',
    },
    {
      why: '执行数 against the year\'s budget named 预算 alone: 8.94 / 10.40 = 86.0%',
      code: '2024年“三公”经费预算10.40万元，执行数为8.94万元，完成年度预算的86.0%。',
    },
  ],
  invalid: [
    {
      why: '执行数 8.94 / 预算 10.40 = 85.96%, stated 完成年度预算的96.0%',
      code: '2024年“三公”经费预算10.40万元，执行数为8.94万元，完成年度预算的96.0%。',
      errors: [{ message: '“三公”经费8.94万元为年度预算10.40万元的85.96%，而非所写的96.0%', line: 1, column: 40 }],
    },
    {
      why: '实际支出 against 全年预算 named 预算数: 312.60 / 340.00 = 91.94%, stated 93.9%',
      code: '机关运行经费预算数340.00万元，实际支出312.60万元，完成全年预算的93.9%。',
      errors: [{ message: '实际支出312.60万元为全年预算340.00万元的91.94%，而非所写的93.9%', line: 1, column: 39 }],
    },
    {
      why: '2.10 / (52.60 - 2.10 = 50.50) = 4.2%, stated 3.5% (the budget 60.00 is not the current value)',
      code: '2024年度“三公”经费财政拨款支出决算为52.60万元，年初预算为60.00万元，完成预算的87.7%；比上年增加2.10万元，增长3.5%。',
      errors: [{ message: '“三公”经费财政拨款支出决算52.60万元，按增加2.10万元计，上年为50.50万元，增幅应为4.16%，而非所写的3.5%', line: 1, column: 68 }],
    },
  ],
});
