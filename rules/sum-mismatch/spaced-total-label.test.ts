import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A space-laid table (pdftotext -layout) whose 合计 row the page spread over its cell (合    计, 总  计): the row is
// the table's total, each column's. A table continued on the next page under 续表1 and its unit note is one table:
// its 合计 adds the rows of both pages. Snippets written for these tests.
const ROWS = (total: string) =>
  [
    '                          表3  支出决算对比表',
    '                                                     金额单位：万元',
    '项    目                          本年决算数  上年决算数      增减额',
    '一般公共服务支出                      286.40      270.10       16.30',
    '教育支出                              412.80      398.60       14.20',
    '卫生健康支出                          150.20      146.90        3.30',
    total,
  ].join('\n');
const CONTINUED = (total: string) =>
  [
    '表1  一般公共预算支出决算表',
    '单位：万元',
    '  项    目                调整预算数       决算数',
    '  一般公共服务支出            48,620       47,860',
    '  教育支出                   112,800      110,450',
    '',
    '                     第 2 页 共 4 页',
    '续表1                                  单位：万元',
    '  项    目                调整预算数       决算数',
    '  卫生健康支出                62,300       61,780',
    '  农林水支出                 124,600      122,180',
    `  合    计                   348,320      ${total}`,
  ].join('\n');
ruleTester(rule, {
  valid: [
    {
      why: 'each column of the spaced 合计 row adds up',
      code: ROWS('合    计                            849.40      815.60       33.80'),
    },
    {
      why: 'a 合计 row after 续表1 adds the rows of both pages',
      code: CONTINUED('342,270'),
    },
  ],
  invalid: [
    {
      why: 'the 上年 column’s spaced 合计 off by a digit swap',
      code: ROWS('合    计                            849.40      851.60       33.80'),
      errors: [{ message: '表中合计行“上年决算数”列851.60万元，但分项之和为815.60万元（270.10 + 398.60 + 146.90），相差36.00万元', line: 7, column: 47 }],
    },
    {
      why: 'a spaced 总  计 row off in the 本年 column',
      code: ROWS('总  计                              894.40      815.60       33.80'),
      errors: [{ message: '表中总计行“本年决算数”列894.40万元，但分项之和为849.40万元（286.40 + 412.80 + 150.20），相差45.00万元', line: 7, column: 35 }],
    },
    {
      why: 'a 合计 after 续表1 that adds neither page right',
      code: CONTINUED('324,270'),
      errors: [{ message: '表中合计行“决算数”列324,270万元，但分项之和为342270万元（47860 + 110450 + 61780 + 122180），相差18000万元', line: 12, column: 41 }],
    },
  ],
});
