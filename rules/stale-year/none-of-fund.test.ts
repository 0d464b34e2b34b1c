import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The statement closing the part on a fund the owner did not use (本部门…没有使用国有资本经营预算财政拨款安排的支出, 本单位…无政府性
// 基金预算财政拨款收入) tells of the document's own year, in a 决算 its spending, in a 预算 its allocations: dated an earlier year,
// it was kept from last year's text. Another owner's money, two years side by side, a comparison or money carried over say
// nothing of it. Snippets written for these tests; none is copied from a real disclosure.
const ACCOUNTS = (said: string) =>
  `岚江市气象局2025年度部门决算\n\n一、部门基本情况\n\n本局内设机构5个，下属事业单位2个。\n\n二、国有资本经营预算财政拨款支出决算情况说明\n\n${said}\n`;
const BUDGET = (said: string) =>
  `岚江市气象局2026年部门预算\n\n一、部门基本情况\n\n本局内设机构5个，下属事业单位2个。\n\n二、政府性基金预算支出情况说明\n\n${said}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ACCOUNTS('岚江市气象局2025年度没有使用国有资本经营预算财政拨款安排的支出。') },
    { why: 'the title’s year, the owner after it', code: BUDGET('2026年本局无政府性基金预算拨款收入，也没有使用政府性基金预算拨款安排的支出。') },
    { why: 'two years side by side', code: ACCOUNTS('本局2024年度和2025年度均没有使用国有资本经营预算财政拨款安排的支出。') },
    { why: 'the same as the year before, said so', code: ACCOUNTS('与上年一致，本局2024年度没有使用国有资本经营预算财政拨款安排的支出。') },
    { why: 'money carried over from the year before', code: ACCOUNTS('本局2024年度未使用政府性基金预算财政拨款，形成结转资金12.00万元。') },
    { why: 'another owner’s money', code: ACCOUNTS('下属企业2024年度未使用国有资本经营预算拨款。') },
    { why: 'the owner is some other clause’s object', code: ACCOUNTS('经核实，主管部门认定本局2024年度没有使用国有资本经营预算财政拨款。') },
  ],
  invalid: [
    {
      why: 'the issuer before the year, a 决算',
      code: ACCOUNTS('岚江市气象局2024年度没有使用国有资本经营预算财政拨款安排的支出。'),
      errors: [{ message: '标题为2025年部门决算，未使用国有资本经营预算拨款的年度应为2025年，此处却写作2024年', line: 9, column: 7 }],
    },
    {
      why: 'the year opening the statement, 本单位 after it, the two halves joined by 也',
      code: ACCOUNTS('2024年度本单位无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出。'),
      errors: [{ message: '标题为2025年部门决算，未使用政府性基金预算拨款的年度应为2025年，此处却写作2024年', line: 9, column: 1 }],
    },
    {
      why: 'a budget, 本局 before the year',
      code: BUDGET('本局2025年没有使用政府性基金预算拨款安排的支出。'),
      errors: [{ message: '标题为2026年部门预算，未使用政府性基金预算拨款的年度应为2026年，此处却写作2025年', line: 9, column: 3 }],
    },
  ],
});
