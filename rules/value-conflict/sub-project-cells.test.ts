import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 项目支出绩效自评 tables its money by 子项目 (one row each, named without the word) and then writes about one of them as
// "X子项目实际支出…万元": what kind of project the item is (子项目, 项目) is no part of the row's name, so the sentence
// restates the row's cell under the column it names.
const table =
  '\n\n表1 2025年农村饮水安全巩固提升专项资金执行情况表（单位：万元）\n\n| 子项目 | 预算数 | 实际支出 | 执行率% |\n| --- | ---: | ---: | ---: |\n| 水源地保护 | 540.00 | 512.30 | 94.9 |\n| 管网延伸改造 | 1,260.00 | 1,198.40 | 95.1 |\n| 水质检测能力建设 | 180.00 | 180.00 | 100.0 |\n| 合计 | 1,980.00 | 1,890.70 | 95.5 |\n';

ruleTester(rule, {
  valid: [
    {
      why: 'the sub-project’s spending as its row has it',
      code: `管网延伸改造子项目实际支出1,198.40万元，完成入户管网改造86公里。${table}`,
      format: 'markdown',
    },
    {
      why: 'another cell of the row (its budget) named by that column',
      code: `水源地保护子项目预算数540.00万元，主要用于一级保护区隔离防护。${table}`,
      format: 'markdown',
    },
    {
      why: 'a sub-project no row names: nothing to restate',
      code: `应急供水子项目实际支出126.40万元，由县水务局统筹实施。${table}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '子项目 after the row’s name: 512.30 in 表1, 521.30 in the text',
      code: `水源地保护子项目实际支出521.30万元，主要用于一级保护区隔离防护和界标设置。${table}`,
      format: 'markdown',
      errors: [{ message: '水源地保护实际支出在表中为512.30万元，此处却为521.30万元', line: 1, column: 13 }],
    },
    {
      why: '项目 after the row’s name',
      code: `水质检测能力建设项目实际支出108.00万元，新增检测指标42项。${table}`,
      format: 'markdown',
      errors: [{ message: '水质检测能力建设实际支出在表中为180.00万元，此处却为108.00万元', line: 1, column: 15 }],
    },
  ],
});
