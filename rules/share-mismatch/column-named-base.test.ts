import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 占子基金已投资总额的 under a table of 子基金 rows with an 已投资金额 column and a 合计 row: a base named by the kind the rows
// share and a column's measure is that column's 合计, when the part's own row holds the part in that column. Snippets
// written for these tests; none is copied from a real disclosure.
const TABLE = [
  '表1  某市创业投资引导基金子基金情况',
  '                                              单位：亿元',
  '子基金名称            认缴规模      实缴规模      已投资金额',
  '智能制造子基金          10.00         6.00          4.80',
  '生物医药子基金           8.00         5.00          3.60',
  '绿色能源子基金           6.00         4.00          3.20',
  '数字经济子基金           6.00         3.00          2.40',
  '合计                    30.00        18.00         14.00',
  '',
  '',
].join('\n');
ruleTester(rule, {
  valid: [
    { why: '4.80 / 14.00 = 34.29%', code: `${TABLE}智能制造子基金已投资4.80亿元，占子基金已投资总额的34.3%，重点投向装备制造企业。` },
    { why: '5.00 / 18.00 = 27.78%, a paragraph further down', code: `${TABLE}各子基金均按协议出资。\n\n生物医药子基金实缴5.00亿元，占子基金实缴总额的27.8%。` },
    {
      why: 'the part stands in the 已投资 column, the base names 实缴: 4.80 / 6.00 is its own row\'s, no column total is named',
      code: `${TABLE}智能制造子基金已投资4.80亿元，占子基金实缴总额的80.0%。`,
    },
    {
      why: 'a measure no column head names (认缴出资 against 认缴规模): not read',
      code: `${TABLE}智能制造子基金认缴10.00亿元，占子基金认缴出资总额的40.0%。`,
    },
  ],
  invalid: [
    {
      why: '4.80 / 14.00 = 34.29%, stated 36.3%',
      code: `${TABLE}智能制造子基金已投资4.80亿元，占子基金已投资总额的36.3%，重点投向装备制造企业。`,
      errors: [{ message: '智能制造子基金已投资4.80亿元占子基金已投资总额14.00亿元的34.3%，而非所写的36.3%', line: 10, column: 28 }],
    },
    {
      why: '5.00 / 18.00 = 27.78%, stated 29.8%',
      code: `${TABLE}各子基金均按协议出资。\n\n生物医药子基金实缴5.00亿元，占子基金实缴总额的29.8%。`,
      errors: [{ message: '生物医药子基金实缴5.00亿元占子基金实缴总额18.00亿元的27.8%，而非所写的29.8%', line: 12, column: 26 }],
    },
  ],
});
