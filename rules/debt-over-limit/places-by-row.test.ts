import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A debt table with a row per place (市本级, 东城区, 青石县) and columns naming limit and balance by kind: each
// row is that place's debt. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'every place\'s balances below its limits, by kind and in total',
      format: 'markdown',
      code: '表1 2024年末各地区政府债务限额及余额情况\n\n单位：亿元\n\n| 地区 | 债务限额 | 其中：一般债务限额 | 专项债务限额 | 债务余额 | 其中：一般债务余额 | 专项债务余额 |\n|---|---|---|---|---|---|---|\n| 市本级 | 412.60 | 148.30 | 264.30 | 386.50 | 136.20 | 250.30 |\n| 东城区 | 238.40 | 82.50 | 155.90 | 226.18 | 78.46 | 147.72 |\n| 合计 | 651.00 | 230.80 | 420.20 | 612.68 | 214.66 | 398.02 |\n',
    },
    {
      why: 'a place above another place\'s limit is no finding: 南湖镇 30.10 is below its own 31.00, above 北岭乡\'s 25.00',
      format: 'markdown',
      code: '表2 2024年末各乡镇政府债务限额和余额（单位：万元）\n\n| 乡镇 | 债务限额 | 债务余额 |\n|---|---|---|\n| 南湖镇 | 31.00 | 30.10 |\n| 北岭乡 | 25.00 | 24.90 |\n',
    },
  ],
  invalid: [
    {
      why: '青石县 一般债务余额 78.30 above its 一般债务限额 76.80 (its total and 专项 fit)',
      format: 'markdown',
      code: '表1 2024年末各地区政府债务限额及余额情况\n\n单位：亿元\n\n| 地区 | 债务限额 | 其中：一般债务限额 | 专项债务限额 | 债务余额 | 其中：一般债务余额 | 专项债务余额 |\n|---|---|---|---|---|---|---|\n| 市本级 | 412.60 | 148.30 | 264.30 | 386.50 | 136.20 | 250.30 |\n| 青石县 | 212.30 | 76.80 | 135.50 | 188.20 | 78.30 | 109.90 |\n',
      errors: [{ message: '2024年末青石县一般债务余额78.30亿元，超过同期一般债务限额76.80亿元，超出1.50亿元', line: 8, column: 44 }],
    },
    {
      why: 'a town\'s balance above its limit in a table of towns: 北岭乡 25.60 above 25.00',
      format: 'markdown',
      code: '表2 2024年末各乡镇政府债务限额和余额（单位：万元）\n\n| 乡镇 | 债务限额 | 债务余额 |\n|---|---|---|\n| 南湖镇 | 31.00 | 30.10 |\n| 北岭乡 | 25.00 | 25.60 |\n',
      errors: [{ message: '2024年末北岭乡政府债务余额25.60万元，超过同期政府债务限额25.00万元，超出0.60万元', line: 6, column: 17 }],
    },
  ],
});
