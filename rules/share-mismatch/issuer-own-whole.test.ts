import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A department speaking of itself (本局, 我委, 本厅) states its whole 收入 or 支出, then breaks it down 其中: a share of
// 收入总额, 收入预算总额 or 支出决算总额 inside that list is of the list's total, as it is under 本部门. A stage the total
// was not stated at (预算 of a 决算) and one book's list (一般公共预算支出, where 支出总额 may be all funds) leave the base
// open. Snippets written for these tests.
const INCOME = (first: string, second: string) =>
  `二、收支预算总体情况\n\n2026年本局收入预算48,260.50万元，比上年预算增加1,120.00万元，主要是航道整治项目纳入预算。其中：一般公共预算拨款收入30,412.80万元，${first}；政府性基金预算拨款收入16,500.00万元，${second}；上年结转1,347.70万元。`;
const SPENDING = (base: string, share: string) =>
  `2025年度我委支出决算12,846.30万元，其中：基本支出3,920.40万元，占${base}的${share}，主要用于人员工资和机构运转；项目支出8,925.90万元。`;
// pdftotext -layout: the sentence wrapped where the page ran out.
const WRAPPED = (share: string) =>
  `    2026年本厅收入预算48,260.50万元，其中：一般公共预算拨款收\n入30,412.80万元，占收入总额的${share}；政府性基金预算拨款收入16,500.00万元；上年结\n转1,347.70万元。`;
ruleTester(rule, {
  valid: [
    { why: '30,412.80 / 48,260.50 = 63.02%; 16,500 / 48,260.50 = 34.19%', code: INCOME('占收入总额的63.0%', '占收入预算总额的34.2%') },
    { why: 'whole per cent', code: INCOME('占收入总额的63%', '占34%') },
    { why: '3,920.40 / 12,846.30 = 30.52%', code: SPENDING('支出决算总额', '30.5%') },
    { why: 'a 决算 list: its 预算 is another figure', code: SPENDING('支出预算总额', '32.5%') },
    { why: 'wrapped, right', code: WRAPPED('63.0%') },
    {
      why: 'one book’s list: 支出总额 may be all funds',
      code: '2026年本局一般公共预算支出24,000.00万元，其中：交通运输支出12,000.00万元，占支出总额的30.0%；住房保障支出1,000.00万元。',
    },
  ],
  invalid: [
    {
      why: '占收入总额的, the first item',
      code: INCOME('占收入总额的61.0%', '占34.2%'),
      errors: [{ message: '一般公共预算拨款收入30,412.80万元占本局收入预算48,260.50万元的63.0%，而非所写的61.0%', line: 3, column: 87 }],
    },
    {
      why: '占收入预算总额的, the second item after a bare 占 right',
      code: INCOME('占63.0%', '占收入预算总额的36.2%'),
      errors: [{ message: '政府性基金预算拨款收入16,500.00万元占本局收入预算48,260.50万元的34.2%，而非所写的36.2%', line: 3, column: 119 }],
    },
    {
      why: '我委, 支出决算总额',
      code: SPENDING('支出决算总额', '32.5%'),
      errors: [{ message: '基本支出3,920.40万元占我委支出决算12,846.30万元的30.5%，而非所写的32.5%', line: 1, column: 51 }],
    },
    {
      why: '我委, 全部支出',
      code: SPENDING('全部支出', '32.5%'),
      errors: [{ message: '基本支出3,920.40万元占我委支出决算12,846.30万元的30.5%，而非所写的32.5%', line: 1, column: 49 }],
    },
    {
      why: 'wrapped',
      code: WRAPPED('65.0%'),
      errors: [{ message: '一般公共预算拨款收入30,412.80万元占本厅收入预算48,260.50万元的63.0%，而非所写的65.0%', line: 2, column: 20 }],
    },
  ],
});
