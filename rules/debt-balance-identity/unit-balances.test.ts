import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A unit's own debt (县工业园区管委会2025年末专项债务余额, 市城投集团…, 县交通投资有限公司…) is not the county's: the county's
// roll (年初余额 + 发行 − 还本 = 年末余额) says nothing of it. Snippets written for these tests.
const ROLL = '2025年末，全县专项债务余额53.44亿元。专项债务年初余额49.64亿元，当年发行专项债券6.26亿元，偿还本金2.46亿元，年末余额53.44亿元。';
ruleTester(rule, {
  valid: [
    { why: 'a park committee’s balance after the county’s roll', code: `${ROLL}\n\n一是个别单位超限额举债。县工业园区管委会2025年末专项债务余额12.46亿元，超出县财政分配的限额。` },
    { why: 'a group’s balance', code: `${ROLL}\n\n市城投集团2025年末专项债务余额8.20亿元，主要用于棚户区改造项目。` },
    { why: 'a company’s balance', code: `${ROLL}\n\n县交通投资有限公司2025年末专项债务余额3.18亿元。` },
    { why: 'a park’s share of the balance', code: `${ROLL}\n\n工业园区债务余额中专项债务16.56亿元，占87.5%，主要用于园区标准化厂房建设。` },
  ],
  invalid: [
    {
      why: 'the county’s own balance against its roll: 49.64 + 6.26 − 2.46 = 53.44, written 53.26',
      code: `${ROLL.replace('年末余额53.44亿元', '年末余额53.26亿元')}\n\n县工业园区管委会2025年末专项债务余额12.46亿元。`,
      errors: [{ message: '2025年末全县专项债务余额53.26亿元，但年初余额49.64亿元 + 发行债券6.26亿元 - 还本2.46亿元 = 53.44亿元，相差0.18亿元', line: 1, column: 70 }],
    },
  ],
});
