import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 专项转移支付63,392万元，主要投向六个领域：A…，占…%；B…，占…%；C…；…: where an amount goes, said with 投向 (集中在, 分布在)
// and a count of its areas, opens the list of its parts as 主要用于： does; an area that states only its amount is a part
// too. When the parts make the amount, each share stated is of it.
ruleTester(rule, {
  valid: [
    {
      why: 'both shares right, the other areas stating only their amounts',
      code: '2025年下达专项转移支付52,480万元，主要投向五个领域：农林水16,240万元，占30.9%；交通运输11,860万元，占22.6%；教育9,420万元；卫生健康7,580万元；其他7,380万元。',
    },
    {
      why: 'the areas add up to less than the amount: not all of it, the base unproved',
      code: '2025年下达专项转移支付52,480万元，主要投向五个领域：农林水16,240万元，占28.4%；交通运输11,860万元，占20.1%；教育9,420万元；卫生健康7,580万元。',
    },
  ],
  invalid: [
    {
      why: '投向 six areas adding to the amount: the second share is wrong',
      code: '2025年下达专项转移支付63,180万元，主要投向六个领域：农林水18,540万元，占29.3%；交通运输12,380万元，占21.4%；教育8,260万元；卫生健康6,900万元；节能环保5,420万元；其他11,680万元。',
      errors: [{ message: '交通运输12,380万元占2025年下达专项转移支付63,180万元的19.6%，而非所写的21.4%', line: 1, column: 65 }],
    },
    {
      why: '集中在以下方面, the shares after the amounts of two areas',
      code: '新增债券资金24.60亿元，重点集中在以下方面：市政设施10.20亿元；保障性住房6.80亿元，占31.4%；产业园区4.30亿元；其他3.30亿元。',
      errors: [{ message: '保障性住房6.80亿元占新增债券资金24.60亿元的27.6%，而非所写的31.4%', line: 1, column: 50 }],
    },
  ],
});
