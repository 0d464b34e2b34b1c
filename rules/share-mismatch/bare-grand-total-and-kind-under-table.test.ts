import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two bases named by little more than their kind. A bare 收入总计 (支出总计) is the one 总计 of that measure stated before
// under a longer name (一般公共预算收入总计, 全镇收入总计), not the bare 收入 a loose reading took for it; two books' 总计 with
// different values leave it unproven. And 占预算总额的 (占支出总额的) a few paragraphs under the 科目 table whose row the part
// restates is the table's 合计 in that column, only when the text states the kind's whole at that value: a table of one book
// has another 合计 than the whole budget. Snippets written for these tests.
const TOWN =
  '2025年，全乡一般公共预算收入总计6,240.00万元，由本级收入、上级补助收入和上年结转三部分构成。本级收入1,872.00万元，占收入总计的30.0%，其中：税收收入1,310.40万元、非税收入561.60万元。\n\n';
const TABLE = [
  '2026年部门支出预算合计4,820.00万元，其中基本支出2,410.00万元、项目支出2,410.00万元。分科目情况见下表（单位：万元）。',
  '',
  '科目\t2025年预算数\t2026年预算数\t增减额',
  '一般公共服务支出\t1,905.00\t2,010.00\t105.00',
  '社会保障和就业支出\t1,120.00\t1,205.00\t85.00',
  '城乡社区支出\t1,388.00\t1,605.00\t217.00',
  '合计\t4,413.00\t4,820.00\t407.00',
  '',
  '二、主要支出科目说明',
  '',
  '一般公共服务支出2,010.00万元，主要用于机关运转。',
  '',
].join('\n');
ruleTester(rule, {
  valid: [
    { why: '上级补助 3,993.60 / 6,240.00 = 64.0%', code: `${TOWN}上级补助收入3,993.60万元，占收入总计的64.0%，其中返还性收入240.00万元。` },
    {
      why: 'two books each with its 收入总计 at different values: which one a bare 收入总计 is, the text does not say',
      code:
        '全县一般公共预算收入总计6,240.00万元，政府性基金预算收入总计6,880.00万元。\n\n' +
        '上级补助收入3,993.60万元，占收入总计的58.0%，主要是一般性转移支付。',
    },
    { why: '1,205.00 / 4,820.00 = 25.0%', code: `${TABLE}社会保障和就业支出1,205.00万元，占预算总额的25.0%，主要用于养老服务补助。` },
    {
      why: 'the text states the whole budget at another value than the table’s 合计 (a table of one book): no base proven',
      code: TABLE.replace('部门支出预算合计4,820.00万元，其中基本支出2,410.00万元、项目支出2,410.00万元', '部门支出预算合计5,300.00万元，其中基本支出2,650.00万元、项目支出2,650.00万元') + '社会保障和就业支出1,205.00万元，占预算总额的22.7%，主要用于养老服务补助。',
    },
    { why: 'the part restates no row of the table: no base proven', code: `${TABLE}养老服务补助605.00万元，占支出总额的15.0%。` },
  ],
  invalid: [
    {
      why: '上级补助 3,993.60 / 6,240.00 = 64.0%, stated 66.4%',
      code: `${TOWN}上级补助收入3,993.60万元，占收入总计的66.4%，其中返还性收入240.00万元。`,
      errors: [{ message: '上级补助收入3,993.60万元占收入总计6,240.00万元的64.0%，而非所写的66.4%', line: 3, column: 24 }],
    },
    {
      why: 'a 支出总计 stated with its scope, the share a paragraph on: 1,950.00 / 7,800.00 = 25.0%, stated 27.5%',
      code: '2025年全镇一般公共预算支出总计7,800.00万元，包括本年支出7,520.00万元和结转下年280.00万元。\n\n农林水支出1,950.00万元，占支出总计的27.5%。',
      errors: [{ message: '农林水支出1,950.00万元占支出总计7,800.00万元的25.0%，而非所写的27.5%', line: 3, column: 23 }],
    },
    {
      why: '1,205.00 / 4,820.00 = 25.0%, stated 27.1%, two paragraphs under the table',
      code: `${TABLE}社会保障和就业支出1,205.00万元，占预算总额的27.1%，主要用于养老服务补助。`,
      errors: [{ message: '社会保障和就业支出1,205.00万元占预算总额4,820.00万元的25.0%，而非所写的27.1%', line: 12, column: 27 }],
    },
    {
      why: '占支出总额的: 1,605.00 / 4,820.00 = 33.3%, stated 31.5%',
      code: `${TABLE}城乡社区支出1,605.00万元，占支出总额的31.5%，主要用于老旧小区改造。`,
      errors: [{ message: '城乡社区支出1,605.00万元占支出总额4,820.00万元的33.3%，而非所写的31.5%', line: 12, column: 24 }],
    },
  ],
});
