import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A list whose sentence or paragraph names its own whole is a list of that whole, not of the amount the text before
// happens to end on: 收入总计包括A、B、年初结转和结余C。支出总计包括D、E。 (the second list is of 支出总计, not of C), and
// …结转下年1.42亿元。 / 其中，民生支出42.16亿元，占一般公共预算支出的比重为79.8% (of 一般公共预算支出, not of 结转下年).
ruleTester(rule, {
  valid: [
    // 其中税收收入当月完成10,420万元，比9月份的11,060万元…: the month before, compared with, is no part of the list.
    { why: 'one part, below its total', code: '10月份全县一般公共预算收入14,860万元，环比下降8.4%。其中税收收入当月完成10,420万元，比9月份的11,060万元有所减少。\n' },
    {
      why: '支出总计包括… after a sentence ending on the last part of 收入总计',
      code: '2024年度收入总计8,214.60万元，支出总计8,214.60万元。\n\n收入总计包括本年收入7,302.10万元、用事业基金弥补收支差额90.00万元、年初结转和结余822.50万元。支出总计包括本年支出7,655.30万元、年末结转和结余559.30万元。',
    },
    {
      why: '资产总额主要包括… after a sentence about another measure',
      code: '截至2024年末，本单位共有车辆12辆，账面原值386.40万元。资产总额主要包括流动资产1,205.30万元、固定资产2,846.70万元、无形资产118.20万元。',
    },
    {
      why: '其中 opening a paragraph whose part names its whole by its share, after a paragraph ending on a balance',
      code: '全县一般公共预算支出完成36.48亿元，加上上解支出1.02亿元，支出总计37.50亿元。收支相抵，结转下年0.86亿元。\n\n其中，民生支出29.35亿元，占一般公共预算支出的比重为80.5%。',
    },
  ],
  invalid: [
    {
      why: 'the whole named again before 包括 is the same: 7,302.10 + 90.00 + 842.50 = 8,234.60, stated 8,214.60',
      code: '2024年度收入总计8,214.60万元。收入总计包括本年收入7,302.10万元、用事业基金弥补收支差额90.00万元、年初结转和结余842.50万元。',
      errors: [{ message: '收入合计8,214.60万元，但其中所列分项之和已达8234.60万元（7302.10 + 90.00 + 842.50），超出20.00万元', line: 1, column: 11 }],
    },
    {
      why: '其中 opening a paragraph, its share naming the whole the paragraph before ends on: 21.40 + 13.80 = 35.20 > 34.90',
      code: '全县一般公共预算支出完成34.90亿元，增长4.2%。\n\n其中，民生支出21.40亿元，占一般公共预算支出的61.3%；重点支出13.80亿元。',
      errors: [{ message: '一般公共预算支出合计34.90亿元，但其中所列分项之和已达35.20亿元（21.40 + 13.80），超出0.30亿元', line: 1, column: 13 }],
    },
  ],
});

// 加上…，支出总计…: what is added to is the amount the sentence before states alone, unless that amount is listed after
// 其中 (a part of the whole stated before it).
ruleTester(rule, {
  valid: [
    {
      why: 'the amount before 加上 is a part listed after 其中: 31.26 + 4.20 + 1.50 = 36.96, no 12.40 + …',
      code: '政府性基金预算支出31.26亿元，完成调整预算的92.6%。其中，专项债券安排的支出12.40亿元，占政府性基金预算支出的39.7%。加上专项债务还本支出4.20亿元、调出资金1.50亿元，支出总计36.96亿元。',
    },
  ],
  invalid: [
    {
      why: 'the amount stated alone before 加上 is added to: 31.26 + 4.20 + 1.50 = 36.96, stated 37.96',
      code: '政府性基金预算支出31.26亿元，完成调整预算的92.6%。加上专项债务还本支出4.20亿元、调出资金1.50亿元，支出总计37.96亿元。',
      errors: [{ message: '支出合计37.96亿元，但分项之和为36.96亿元（31.26 + 4.20 + 1.50），相差1.00亿元', line: 1, column: 63 }],
    },
  ],
});

