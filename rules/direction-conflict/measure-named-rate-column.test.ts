import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table of 年初预算数 | 决算数 | 上年决算数 whose rate column names the measure it compares (决算比上年增减（%）) or says
// 较上年 (较上年增减（%）): the rate is the outturn against last year's outturn, and a sentence restating a row's outturn with
// a rate against last year takes the row's 上年决算数 as its prior. The unit printed under the table (单位：万元 after it)
// leaves its cells bare; they restate the text's figures digit for digit.
// Snippets written for these tests; none is copied from a real disclosure.
const PIPE = '| 项目 | 年初预算数 | 决算数 | 上年决算数 | 决算比上年增减（%） |\n| --- | ---: | ---: | ---: | ---: |\n| 合计 | 64.00 | 55.30 | 58.70 | -5.8 |\n| 公务用车运行维护费 | 40.00 | 34.10 | 36.90 | -7.6 |\n| 公务接待费 | 24.00 | 21.20 | 21.80 | -2.8 |\n\n单位：万元\n\n';
const TABBED = '表7\t“三公”经费支出情况表（单位：万元）\n项目\t年初预算\t决算\t上年决算\t较上年增减（%）\n合计\t36.00\t31.44\t29.80\t5.5\n公务用车运行维护费\t24.00\t20.64\t19.30\t6.9\n公务接待费\t12.00\t10.80\t10.50\t2.9\n';

ruleTester(rule, {
  valid: [
    { why: 'a fall, as the row says', format: 'markdown', code: `${PIPE}公务接待费21.20万元，较上年决算数下降2.8%。\n` },
    { why: 'a rise, as the tabbed row says', code: `${TABBED}公务用车运行维护费20.64万元，比上年决算增长6.9%。\n` },
    {
      why: 'against the 年初预算: another measure than the 上年 column, and right against it',
      format: 'markdown',
      code: `${PIPE}公务接待费21.20万元，比年初预算减少2.80万元。\n`,
    },
    { why: 'another item’s figure: no row is the sentence’s', format: 'markdown', code: `${PIPE}会议费21.20万元，较上年决算数增长2.8%。\n` },
  ],
  invalid: [
    {
      why: '增长 while the row’s 上年决算数 is higher',
      format: 'markdown',
      code: `${PIPE}公务用车运行维护费34.10万元，较上年决算数增长7.6%，主要是车辆更新后油耗降低。\n`,
      errors: [{ message: '公务用车运行维护费34.10万元小于上年决算数36.90万元，却写作“增长7.6%”', line: 9, column: 24 }],
    },
    {
      why: '下降 while the tabbed row’s 上年决算 is lower',
      code: `${TABBED}公务接待费10.80万元，比上年决算下降2.9%。\n`,
      errors: [{ message: '公务接待费10.80万元大于上年决算10.50万元，却写作“下降2.9%”', line: 6, column: 19 }],
    },
  ],
});
