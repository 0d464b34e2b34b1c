import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 其中 list of procurement classes (政府采购货物支出, 服务类…) restating a 采购类别 table whose rows name each class by its
// bare word (货物, 工程, 服务) and whose 合计 is the list's total. Snippets written for these tests; none is copied from a
// real disclosure.
const NOTE = (list: string, rows: [string, string, string, string]) =>
  `临川市档案馆2025年度部门决算说明\n\n三、政府采购支出情况\n\n${list}\n\n| 采购类别 | 采购金额（万元） | 授予中小企业（万元） |\n| --- | ---: | ---: |\n| 货物 | ${rows[0]} | 50.00 |\n| 工程 | ${rows[1]} | 0.00 |\n| 服务 | ${rows[2]} | 60.00 |\n| 合计 | ${rows[3]} | 110.00 |\n`;

ruleTester(rule, {
  valid: [
    {
      why: 'every class as in the table',
      code: NOTE('2025年度本馆政府采购支出总额236.40万元，其中：政府采购货物支出96.20万元，政府采购工程支出0万元，政府采购服务支出140.20万元。', ['96.20', '0.00', '140.20', '236.40']),
    },
    {
      why: 'a list of another total (授予中小企业) is no restatement of the amount column',
      code: NOTE('授予中小企业合同金额110.00万元，其中：货物类48.00万元、服务类62.00万元。', ['96.20', '0.00', '140.20', '236.40']),
    },
    {
      why: 'a class told again in a sentence of its own, as in the table',
      code: NOTE('2025年度本馆政府采购支出总额236.40万元。服务类采购合同金额140.20万元，主要为档案数字化服务。', ['96.20', '0.00', '140.20', '236.40']),
    },
  ],
  invalid: [
    {
      why: 'a class told again in a sentence of its own, with two digits swapped',
      code: NOTE('2025年度本馆政府采购支出总额236.40万元。服务类采购合同金额142.00万元，主要为档案数字化服务。', ['96.20', '0.00', '140.20', '236.40']),
      errors: [{ message: '2025年服务类采购合同金额在表中为140.20万元，此处却为142.00万元', line: 5, column: 35 }],
    },
    {
      why: '政府采购服务支出 against the 服务 row',
      code: NOTE('2025年度本馆政府采购支出总额236.40万元，其中：政府采购货物支出96.20万元，政府采购工程支出0万元，政府采购服务支出104.20万元。', ['96.20', '0.00', '140.20', '236.40']),
      errors: [{ message: '2025年政府采购服务支出在表中为140.20万元，此处却为104.20万元', line: 5, column: 65 }],
    },
    {
      why: '货物类 against the 货物 row',
      code: NOTE('本馆2025年度政府采购合同总额236.40万元，其中：货物类69.20万元、工程类0万元、服务类140.20万元。', ['96.20', '0.00', '140.20', '236.40']),
      errors: [{ message: '2025年货物类在表中为96.20万元，此处却为69.20万元', line: 5, column: 32 }],
    },
  ],
});
