import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A change on the budget stated with its amount only (比年初预算减少4.40万元), of an item whose row in a table with a
// completion column (年初预算 | 决算数 | 完成%) gives the budget: the word's direction against the row's two figures.
// Snippets written for these tests; none is copied from a real disclosure.
const TABLE = '单位：万元\n\n| 科目编码及名称 | 年初预算 | 决算数 | 完成% |\n| --- | --- | --- | --- |\n| 212城乡社区支出 | 486.00 | 492.60 | 101.4 |\n| 221住房保障支出 | 268.00 | 259.30 | 96.8 |\n\n';

ruleTester(rule, {
  valid: [
    { why: 'a fall, as the row says', format: 'markdown', code: `${TABLE}住房保障支出259.30万元，比年初预算减少8.70万元，主要是公积金缴存基数调整。\n` },
    { why: 'a rise, as the row says', format: 'markdown', code: `${TABLE}城乡社区支出492.60万元，比年初预算增加6.60万元。\n` },
  ],
  invalid: [
    {
      why: '减少 while the outturn is above the budget',
      format: 'markdown',
      code: `${TABLE}城乡社区支出492.60万元，比年初预算减少6.60万元，主要是道路维修项目结算。\n`,
      errors: [{ message: '城乡社区支出492.60万元大于年初预算486.00万元，却写作“减少”', line: 8, column: 21 }],
    },
    {
      why: '增加 while it is below',
      format: 'markdown',
      code: `${TABLE}其中，住房保障支出259.30万元，比年初预算增加8.70万元。\n`,
      errors: [{ message: '住房保障支出259.30万元小于年初预算268.00万元，却写作“增加”', line: 8, column: 24 }],
    },
  ],
});
