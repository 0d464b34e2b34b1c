import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 决算 table whose codes stand in cells of their own (| 类 | 款 | 项 |): a code's row adds up the rows
// one level under it, read where they add up to it in one column at least or a row of another code
// follows them (the proof they are all of it, not rows picked out of a table cut short). And a head the page wrapped inside its word
// (本年收入合 计) still names the 合计 column. Both found unread on real PDFs by bench/mutate.mjs.
const head = '单位：万元\n\n| 类 | 款 | 项 | 科目名称 | 本年收入合 计 | 财政拨款收 入 | 其他收 入 |\n| --- | --- | --- | --- | --- | --- | --- |\n';
const rows = (kuan: string, item: string) =>
  head +
  [
    '|  |  |  | 合计 | 1,386.40 | 1,380.00 | 6.40 |',
    `| 213 |  |  | 农林水支出 | 1,386.40 | 1,380.00 | 6.40 |`,
    `| 213 | 01 |  | 农业农村 | ${kuan} | 1,380.00 | 6.40 |`,
    `| 213 | 01 | 01 | 行政运行 | ${item} | 972.15 | 6.40 |`,
    '| 213 | 01 | 04 | 事业运行 | 407.85 | 407.85 |  |',
  ].join('\n');

ruleTester(rule, {
  valid: [
    { why: '款 = its 项 in every column (978.55 + 407.85 = 1,386.40; 972.15 + 407.85 = 1,380.00); 类 = its one 款; 合计 column = the others', format: 'markdown', code: rows('1,386.40', '978.55') },
    {
      why: 'rows picked out of a cut table: they add up in no column, so they are not read as all of the 款',
      format: 'markdown',
      code: head + ['| 208 |  |  | 社会保障和就业支出 | 520.00 | 520.00 |  |', '| 208 | 05 |  | 行政事业单位养老支出 | 520.00 | 520.00 |  |', '| 208 | 05 | 01 | 行政单位离退休 | 96.30 | 96.30 |  |', '| 208 | 05 | 05 | 机关事业单位基本养老保险缴费支出 | 215.10 | 215.10 |  |'].join('\n'),
    },
    {
      why: 'a page that split rows in two (amounts on a line of their own): nothing in the table is read',
      format: 'markdown',
      code:
        '单位：万元\n\n| 类 | 款 | 项 | 科目名称 | 本年支出合 计 | 基本支出 | 项目支出 |\n| --- | --- | --- | --- | --- | --- | --- |\n' +
        ['|  |  |  | 合计 | 640.00 |  |  |', '|  |  |  |  |  | 600.00 | 40.00 |', '| 201 |  |  | 一般公共服务支出 | 640.00 |  |  |', '|  |  |  |  |  | 600.00 |  |', '| 201 | 06 |  | 财政事务 | 640.00 |  | 40.00 |', '| 201 | 06 | 01 | 行政运行 | 600.00 | 600.00 |  |', '| 201 | 06 | 02 | 一般行政管理事务 | 40.00 |  | 40.00 |'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'a 项 cell of the 合计 column: 978.55 + 407.85 = 1,386.40 under the 款, stated 983.55 (the 财政拨款 column adds up, so the rows are all of it); its row is also not 972.15 + 6.40',
      format: 'markdown',
      code: rows('1,386.40', '983.55'),
      errors: [
        { message: '表中“行政运行”行本年收入合计983.55万元，但分项之和为978.55万元（972.15 + 6.40），相差5.00万元', line: 8, column: 26 },
      ],
    },
    {
      why: 'a 款 row stated 1,368.40 in the 合计 column: its 项 make 1,386.40 (and the 类 above, its one 款, disagrees too); its row is also not 1,380.00 + 6.40',
      format: 'markdown',
      code: rows('1,368.40', '978.55'),
      errors: [
        { message: '表中“农业农村”行本年收入合计1,368.40万元，但分项之和为1386.40万元（1380.00 + 6.40），相差18.00万元', line: 7, column: 24 },
      ],
    },
  ],
});
