import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 非税收入完成39.42亿元，同比增长6.8% with the row | 二、非税收入 | 39.42 | 36.85 | 7.0 |: the text states no prior, the
// table's row of the same item and outturn does. The row's number (二、) and a 其中： opening it are no part of its name.
const table = (rows: string) =>
  '表1　2025年1-10月全市一般公共预算收支情况表\n\n单位：亿元\n\n| 项目 | 1-10月累计 | 上年同期 | 同比增减% |\n|---|---:|---:|---:|\n' + rows;

ruleTester(rule, {
  valid: [
    {
      why: '39.42 / 36.85 = 106.97%: 7.0 is right',
      code: `1-10月，非税收入完成39.42亿元，同比增长7.0%。\n\n${table('| 一、税收收入 | 103.26 | 101.14 | 2.1 |\n| 二、非税收入 | 39.42 | 36.85 | 7.0 |\n')}`,
      format: 'markdown',
    },
    {
      why: 'another outturn in the row (39.24): not the text’s item as stated',
      code: `1-10月，非税收入完成39.42亿元，同比增长6.8%。\n\n${table('| 二、非税收入 | 39.24 | 36.85 | 6.5 |\n')}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '39.42 / 36.85 = 106.97%, stated 6.8%',
      code: `1-10月，非税收入完成39.42亿元，同比增长6.8%。\n\n${table('| 一、税收收入 | 103.26 | 101.14 | 2.1 |\n| 二、非税收入 | 39.42 | 36.85 | 7.0 |\n')}`,
      format: 'markdown',
      errors: [{ message: '非税收入39.42亿元，按增加计，上年同期为36.85亿元，增幅应为6.97%，而非所写的6.8%', line: 1, column: 25 }],
    },
    {
      why: 'a 其中： row: 38.64 / 37.08 = 104.21%, stated 3.2%',
      code: `增值税完成38.64亿元，同比增长3.2%。\n\n${table('| 一、税收收入 | 103.26 | 101.14 | 2.1 |\n| 其中：增值税 | 38.64 | 37.08 | 4.2 |\n')}`,
      format: 'markdown',
      errors: [{ message: '增值税38.64亿元，按增加计，上年同期为37.08亿元，增幅应为4.21%，而非所写的3.2%', line: 1, column: 18 }],
    },
  ],
});
