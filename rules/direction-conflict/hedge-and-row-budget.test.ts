import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 持平 hedged by 基本/大体/总体, wherever the drafter puts the hedge (基本与年初预算持平, 与年初预算大体持平, 总体上与上年保持
// 持平), tolerates a small gap; a plain 持平 does not. And 决算数高于（低于）年初预算数 right after an item's amount, the budget
// stated only in a table's row (年初预算 | 决算数 | 完成%), is read against that row. Snippets written for these tests; none
// is copied from a real disclosure.
const TABLE =
  '单位：万元\n\n| 科目编码及名称 | 年初预算 | 决算数 | 完成% |\n| --- | --- | --- | --- |\n| 212城乡社区支出 | 3,860.00 | 3,712.40 | 96.2 |\n| 221住房保障支出 | 318.00 | 318.30 | 100.1 |\n| 213农林水支出 | 1,204.00 | 1,266.50 | 105.2 |\n\n';

ruleTester(rule, {
  valid: [
    { why: '基本 before 与', format: 'markdown', code: `${TABLE}住房保障支出318.30万元，主要用于住房公积金，基本与年初预算持平。\n` },
    { why: '大体 before 持平', format: 'markdown', code: `${TABLE}住房保障支出318.30万元，与年初预算大体持平。\n` },
    { why: '总体上 before 与, 保持 before 持平', format: 'markdown', code: `${TABLE}住房保障支出318.30万元，总体上与年初预算保持持平。\n` },
    { why: '低于, as the row says', format: 'markdown', code: `${TABLE}城乡社区支出3,712.40万元，决算数低于年初预算数，主要是部分工程结算推迟。\n` },
    { why: '高于, as the row says', format: 'markdown', code: `${TABLE}农林水支出1,266.50万元，决算数高于年初预算数，主要是追加防汛资金。\n` },
    { why: 'an amount that is no row of the table', format: 'markdown', code: `${TABLE}教育支出826.40万元，决算数高于年初预算数。\n` },
  ],
  invalid: [
    {
      why: 'a plain 持平 on a gap',
      format: 'markdown',
      code: `${TABLE}住房保障支出318.30万元，与年初预算持平。\n`,
      errors: [{ message: '住房保障支出318.30万元与年初预算318.00万元不等，却写作“持平”', line: 9, column: 21 }],
    },
    {
      why: '高于 while the row’s outturn is below its budget',
      format: 'markdown',
      code: `${TABLE}（三）城乡社区支出3,712.40万元，决算数高于年初预算数，主要是老旧小区改造结算滞后。\n`,
      errors: [{ message: '城乡社区支出3,712.40万元小于年初预算3,860.00万元，却写作“高于”', line: 9, column: 24 }],
    },
    {
      why: '低于 while it is above, 决算 without 数',
      format: 'markdown',
      code: `${TABLE}农林水支出1,266.50万元，决算低于年初预算，主要是高标准农田建设项目结转。\n`,
      errors: [{ message: '农林水支出1,266.50万元大于年初预算1,204.00万元，却写作“低于”', line: 9, column: 19 }],
    },
  ],
});

// 决算数与预算数持平 with both figures stated: the hedge before 与 lets it be.
ruleTester(rule, {
  valid: [
    { why: '基本 before 与', code: '一般公共服务支出年初预算为642.00万元，支出决算为642.90万元，决算数基本与预算数持平。\n' },
    { why: '大体 before 持平', code: '一般公共服务支出年初预算为642.00万元，支出决算为642.90万元，决算数与预算数大体持平。\n' },
  ],
  invalid: [
    {
      why: 'a plain 持平',
      code: '一般公共服务支出年初预算为642.00万元，支出决算为642.90万元，决算数与预算数持平。\n',
      errors: [{ message: '决算数642.90万元大于预算数642.00万元，却写作“持平”', line: 1, column: 44 }],
    },
  ],
});
