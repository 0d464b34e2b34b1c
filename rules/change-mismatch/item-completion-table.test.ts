import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An item's amount and its completion ratio, the amount named by the item alone (公务接待费8.46万元，完成预算的88.1%):
// the amount is what the ratio completes, and the item's row of a table with a budget column gives the budget. With
// no row of that item and amount, nothing is claimed. Snippets written for these tests; none is copied from a real
// disclosure.
const THREE = '表3 “三公”经费财政拨款支出决算表（单位：万元）\n\n| 项目 | 预算数 | 决算数 | 完成率（%） | 上年决算数 |\n| --- | --- | --- | --- | --- |\n| 合计 | 62.40 | 55.36 | 88.7 | 58.10 |\n| 1.公务用车运行维护费 | 48.20 | 45.16 | 93.7 | 46.40 |\n| 2.公务接待费 | 14.20 | 10.20 | 71.8 | 11.70 |\n\n';
ruleTester(rule, {
  valid: [
    { why: '10.20 / 14.20 = 71.83%, as written', format: 'markdown', code: `${THREE}公务接待费10.20万元，完成预算的71.8%，比上年减少1.50万元，下降12.8%。\n` },
    { why: 'another amount than the row’s: not the row’s item', format: 'markdown', code: `${THREE}公务接待费12.20万元，完成预算的17.8%。\n` },
    { why: 'no table at all', code: '公务接待费10.20万元，完成预算的17.8%，比上年减少1.50万元。\n' },
  ],
  invalid: [
    {
      why: 'the ratio before a change on last year',
      format: 'markdown',
      code: `${THREE}公务接待费10.20万元，完成预算的81.7%，比上年减少1.50万元，下降12.8%。\n`,
      errors: [{ message: '公务接待费10.20万元为预算数14.20万元的71.83%，而非所写的81.7%', line: 9, column: 19, text: '81.7%' }],
    },
    {
      why: 'the ratio alone, the numbered row',
      format: 'markdown',
      code: `${THREE}2025年，公务用车运行维护费45.16万元，完成预算的95.7%。\n`,
      errors: [{ message: '公务用车运行维护费45.16万元为预算数48.20万元的93.69%，而非所写的95.7%', line: 9, column: 29, text: '95.7%' }],
    },
    {
      why: 'tab-separated rows, 完成年初预算的',
      code: '单位：万元\n项目\t年初预算数\t决算数\t完成率\n会议费\t6.40\t5.12\t80.0%\n培训费\t12.00\t10.80\t90.0%\n培训费10.80万元，完成年初预算的98.0%，主要是线上培训增加。\n',
      errors: [{ message: '培训费10.80万元为年初预算数12.00万元的90.00%，而非所写的98.0%', line: 5, column: 19, text: '98.0%' }],
    },
  ],
});
