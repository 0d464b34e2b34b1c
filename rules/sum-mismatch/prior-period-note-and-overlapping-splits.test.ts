import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two readings of a 其中 list after a sentence that restates last period's figures in brackets. The bracketed amounts
// (（上年…）, （去年同期…）, （上年末…）) compare with this period's; the list details this period's whole, outside them.
// And parts whose amounts overshoot the whole while their own shares of it add past 100% too are two splits of it (by
// kind, by first or not), not parts of one sum. Snippets written for these tests; none is copied from a real disclosure.
const LOANS = '2025年，全市发放创业担保贷款3,860笔、12.48亿元，同比分别增长6.2%、8.4%（上年3,635笔、11.51亿元）。';
const HOMES = '全年发放个人住房贷款8,240笔、36.50亿元，同比增长3.1%（去年同期35.40亿元）。';
ruleTester(rule, {
  valid: [
    {
      why: 'the whole is this year\'s 12.48 (9.36 + 3.12), not last year\'s 11.51 in the brackets',
      code: `${LOANS}其中，个人创业贷款9.36亿元，占75.0%；小微企业贷款3.12亿元，占25.0%。`,
    },
    {
      why: 'a balance with last year-end\'s in brackets: 58.20 + 38.20 = 96.40, not 89.80',
      code: '截至年底，缴存余额96.40亿元，增长7.3%（上年末89.80亿元）。其中，单位缴存部分58.20亿元，个人缴存部分38.20亿元。',
    },
    {
      why: 'by kind of home and by first home or not: 76.0% + 86.0% of 36.50 are two splits that overlap (27.74 + 31.39 > 36.50)',
      code: `${HOMES}其中，购买新建商品房贷款27.74亿元，占76.0%；首套住房贷款31.39亿元，占86.0%。`,
    },
    {
      why: 'the same with the shares named as of the whole (占发放总额的, 所占比重为), in 亿元 and 万元',
      code: `${HOMES}其中，购买新建商品房贷款277,400万元，占发放总额的76.0%；首套住房贷款31.39亿元，所占比重为86.0%。`,
    },
  ],
  invalid: [
    {
      why: 'this year\'s parts past this year\'s whole: 9.36 + 3.42 = 12.78 against 12.48 (not against 11.51 in the brackets)',
      code: `${LOANS}其中，个人创业贷款9.36亿元；小微企业贷款3.42亿元。`,
      errors: [{ message: '发放创业担保贷款3,860笔合计12.48亿元，但其中所列分项之和已达12.78亿元（9.36 + 3.42），超出0.30亿元', line: 1, column: 24 }],
    },
    {
      why: 'shares that add to 100% say one split: 27.74 + 9.86 = 37.60 over 36.50 is a slip',
      code: `${HOMES}其中，购买新建商品房贷款27.74亿元，占76.0%；二手房贷款9.86亿元，占24.0%。`,
      errors: [{ message: '全年发放个人住房贷款8,240笔合计36.50亿元，但其中所列分项之和已达37.60亿元（27.74 + 9.86），超出1.10亿元', line: 1, column: 18 }],
    },
  ],
});
