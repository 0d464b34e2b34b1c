import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 其中 row and the flush-left rows after it, known to detail the row above (the 合计 adds up only without them),
// may list only some of that row's parts: they prove a contradiction where they add up to more than it.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'every year: 税收 + 非税 = 一般公共预算收入; 收入合计 = 一般公共预算收入 + 上级补助收入',
      format: 'markdown',
      code: '单位：亿元\n\n| 项目 | 2025年 | 2026年 | 2027年 |\n|---|---:|---:|---:|\n| 一般公共预算收入 | 25.80 | 27.10 | 28.45 |\n| 其中：税收收入 | 17.70 | 18.65 | 19.65 |\n| 非税收入 | 8.10 | 8.45 | 8.80 |\n| 上级补助收入 | 38.60 | 39.00 | 39.40 |\n| 收入合计 | 64.40 | 66.10 | 67.85 |',
    },
    {
      why: 'a partial list below its row: 增值税 + 企业所得税 = 2,960 of 税收收入 4,120',
      code: '单位：万元\n项目\t2024年决算数\t2025年预算数\n税收收入\t3,980\t4,120\n其中：增值税\t1,840\t1,900\n企业所得税\t1,020\t1,060\n非税收入\t1,200\t1,260\n合计\t5,180\t5,380',
    },
  ],
  invalid: [
    {
      why: '2026: 税收收入 18.95 + 非税收入 8.45 = 27.40 above 一般公共预算收入 27.10',
      format: 'markdown',
      code: '单位：亿元\n\n| 项目 | 2025年 | 2026年 | 2027年 |\n|---|---:|---:|---:|\n| 一般公共预算收入 | 25.80 | 27.10 | 28.45 |\n| 其中：税收收入 | 17.70 | 18.95 | 19.65 |\n| 非税收入 | 8.10 | 8.45 | 8.80 |\n| 上级补助收入 | 38.60 | 39.00 | 39.40 |\n| 收入合计 | 64.40 | 66.10 | 67.85 |',
      errors: [{ message: '一般公共预算收入合计27.10亿元，但其中所列分项之和已达27.40亿元（18.95 + 8.45），超出0.30亿元', line: 5, column: 22 }],
    },
    {
      why: 'tab-separated: 增值税 2,140 + 企业所得税 2,060 = 4,200 above 税收收入 4,120',
      code: '单位：万元\n项目\t2024年决算数\t2025年预算数\n税收收入\t3,980\t4,120\n其中：增值税\t1,840\t2,140\n企业所得税\t1,020\t2,060\n非税收入\t1,200\t1,260\n合计\t5,180\t5,380',
      errors: [{ message: '税收收入合计4,120万元，但其中所列分项之和已达4200万元（2140 + 2060），超出80万元', line: 3, column: 12 }],
    },
  ],
});
