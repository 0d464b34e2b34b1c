import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table pandoc wrote as a multiline table (dash rules, no pipes, rows separated by blank lines) is a table: its
// 合计 row is checked against its rows, a label wrapped over two lines is one row's.
const table = (rows: string[][]) =>
  [
    '单位：万元',
    '',
    '----------------------------------------',
    '  科目           年初预算     决算数',
    '                 数',
    '-------------- ------------ ------------',
    ...rows.flatMap((r, k) => (k ? ['', ...r] : r)),
    '----------------------------------------',
  ].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: '8,126.40 + 186.20 = 8,312.60; 8,468.32 + 182.64 = 8,650.96',
      code: table([['  社会保障和就     8,126.40     8,468.32', '  业支出'], ['  卫生健康支出       186.20       182.64'], ['  合计             8,312.60     8,650.96']]),
      format: 'markdown',
    },
    {
      why: 'a 其中 row wrapped over two lines details the row above it',
      code: table([
        ['  农林水支出       3,200.00     3,120.00'],
        ['  其中：农业农     2,900.00     2,986.00', '  村'],
        ['  城乡社区支出     2,400.00     2,460.00'],
        ['  合计             5,600.00     5,580.00'],
      ]),
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'the 决算数 column: 8,468.32 + 182.64 = 8,650.96, stated 8,560.96',
      code: table([['  社会保障和就     8,126.40     8,468.32', '  业支出'], ['  卫生健康支出       186.20       182.64'], ['  合计             8,312.60     8,560.96']]),
      format: 'markdown',
      errors: [{ message: '表中合计行“决算数”列8,560.96万元，但分项之和为8650.96万元（8468.32 + 182.64），相差90.00万元', line: 12, column: 31 }],
    },
    {
      why: 'the 年初预算数 column under a 其中 row: 3,200.00 + 2,400.00 = 5,600.00, stated 5,060.00',
      code: table([
        ['  农林水支出       3,200.00     3,120.00'],
        ['  其中：农业农     2,900.00     2,986.00', '  村'],
        ['  城乡社区支出     2,400.00     2,460.00'],
        ['  合计             5,060.00     5,580.00'],
      ]),
      format: 'markdown',
      errors: [{ message: '表中合计行“年初预算数”列5,060.00万元，但分项之和为5600.00万元（3200.00 + 2400.00），相差540.00万元', line: 14, column: 18 }],
    },
    {
      why: 'three rows, one label over three lines: 1,200.00 + 860.00 + 340.00 = 2,400.00, stated 2,040.00',
      code: table([
        ['  一般公共服       1,200.00     1,180.00', '  务支出（类', '  ）'],
        ['  教育支出           860.00       872.00'],
        ['  住房保障支出       340.00       348.00'],
        ['  合计             2,040.00     2,400.00'],
      ]),
      format: 'markdown',
      errors: [{ message: '表中合计行“年初预算数”列2,040.00万元，但分项之和为2400.00万元（1200.00 + 860.00 + 340.00），相差360.00万元', line: 15, column: 18 }],
    },
  ],
});
