import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 占发放总额的 after 发放个人住房贷款…笔、…亿元: the whole named by what was done (发放, 安排, 下达) is the amount stated with
// that verb and the kind the part is of (贷款, 补贴, 资金), the amount after the count too. Snippets written for these tests;
// none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '9.36 / 12.48 = 75.0%', code: '2025年，全市发放创业担保贷款3,860笔、12.48亿元，同比增长8.4%。其中，个人创业担保贷款9.36亿元，占发放总额的75.0%。' },
    { why: '2.05 / 2.64 = 77.65%', code: '全年累计发放助学贷款2.64亿元，惠及学生1.2万人。生源地信用助学贷款2.05亿元，占发放总额的77.7%。' },
    {
      why: 'a 贴息 given out as a 补贴 is of another kind: no whole is named for it',
      code: '全年发放稳岗补贴1.86亿元，惠及企业3,200家。其中，创业担保贷款贴息0.42亿元，占发放总额的30.0%。',
    },
    {
      why: 'money arranged (安排) is not what was given out (发放)',
      code: '全年安排就业补助资金1.86亿元。其中，创业担保贷款0.42亿元，占发放总额的30.0%。',
    },
    {
      why: 'two loans given out before the share, neither named like the part: which is the whole is not said',
      code: '全年发放创业担保贷款12.48亿元，发放助学贷款2.64亿元。\n\n农户贷款0.86亿元，占发放总额的16.0%。',
    },
  ],
  invalid: [
    {
      why: '9.36 / 12.48 = 75.0%, stated 78.0%',
      code: '2025年，全市发放创业担保贷款3,860笔、12.48亿元，同比增长8.4%。其中，个人创业担保贷款9.36亿元，占发放总额的78.0%。',
      errors: [{ message: '个人创业担保贷款9.36亿元占发放总额12.48亿元的75.0%，而非所写的78.0%', line: 1, column: 65 }],
    },
    {
      why: '2.05 / 2.64 = 77.65%, stated 72.7%',
      code: '全年累计发放助学贷款2.64亿元，惠及学生1.2万人。生源地信用助学贷款2.05亿元，占发放总额的72.7%。',
      errors: [{ message: '生源地信用助学贷款2.05亿元占发放总额2.64亿元的77.7%，而非所写的72.7%', line: 1, column: 50 }],
    },
    {
      why: 'after last year\'s figures in brackets and a share of another split: 46.18 / 52.60 = 87.8%, stated 90.2%',
      code: '全年发放个人住房贷款1.36万笔、52.60亿元，同比分别下降3.2%、增长1.8%（上年1.40万笔、51.67亿元）。其中，新建商品房贷款38.82亿元，占73.8%；首套住房贷款46.18亿元，占发放总额的90.2%。',
      errors: [{ message: '首套住房贷款46.18亿元占发放总额52.60亿元的87.8%，而非所写的90.2%', line: 1, column: 107 }],
    },
    {
      why: 'a traditional repost (1.36萬筆、52.60億元: 萬 and 億 kept as written): the amount after the count is the whole all the same',
      code: '全年發放個人住房貸款1.36萬筆、52.60億元，同比分別下降3.2%、增長1.8%。其中，首套住房貸款46.18億元，佔發放總額的90.2%。',
      errors: [{ message: '首套住房贷款46.18億元占发放总额52.60億元的87.8%，而非所写的90.2%', line: 1, column: 67 }],
    },
  ],
});
