import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A text that states a total's change and the changes of two of its parts (其中：一般公共预算拨款增加…；政府性基金预算拨款
// 增加…) lists the whole only when those parts are provably all of that total. Two parts that make up another total in
// full elsewhere (财政拨款 = 一般公共预算拨款 + 政府性基金预算拨款) prove nothing of a 部门收入 with 其他收入 besides: the
// sum found elsewhere must be of this total — the level the change is of, stated in its sentence or earlier in its
// paragraph, or a total whose own change (a table's 增减额) is this change. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'the third source (其他收入) has no change in the text; the two named make up 财政拨款, not the 部门收入',
      code: '2026年部门收入预算8,642.50万元，比上年预算增加612.30万元，增长7.6%。其中：一般公共预算拨款5,120.00万元，比上年预算增加320.00万元；政府性基金预算拨款3,000.00万元，比上年预算增加260.00万元；其他收入522.50万元，为下属中心的检测服务收入。\n\n2026年财政拨款收入预算8,120.00万元，其中一般公共预算拨款5,120.00万元、政府性基金预算拨款3,000.00万元。\n',
    },
    {
      why: '基本支出 and 项目支出 make up the 财政拨款 spending stated later, not the whole 支出决算 (上缴上级支出 besides)',
      code: '2025年度支出决算3,286.40万元，比上年增加186.20万元，其中基本支出增加96.40万元，项目支出增加62.80万元，主要是新增执法装备购置。\n\n2025年度财政拨款支出3,050.60万元，其中基本支出2,110.30万元、项目支出940.30万元。\n',
    },
    {
      why: 'the level is stated a sentence before the change (收入总计2,480.60万元) and is not the 2,430.60 the two parts make',
      code: '2025年度收入总计2,480.60万元，包括本年收入和上年结转。收入总计比上年增加210.40万元，其中财政拨款收入增加150.00万元，事业收入增加40.40万元。\n\n本年收入合计2,430.60万元，其中财政拨款收入2,100.00万元、事业收入330.60万元。\n',
    },
  ],
  invalid: [
    {
      why: 'the two parts make up the very level the change is of (8,120.00 in its sentence), and their changes do not add up',
      code: '2026年财政拨款收入预算8,120.00万元，比上年预算增加612.30万元。其中：一般公共预算拨款5,120.00万元，比上年预算增加320.00万元；政府性基金预算拨款3,000.00万元，比上年预算增加260.00万元。\n\n2026年财政拨款收入8,120.00万元，由一般公共预算拨款5,120.00万元、政府性基金预算拨款3,000.00万元组成，其中一般公共预算拨款5,120.00万元、政府性基金预算拨款3,000.00万元。\n',
      errors: [{ message: '财政拨款收入预算比上年预算增加612.30万元，但各分项增减之和为增加580.00万元（320.00 + 260.00），相差32.30万元', line: 1, column: 32 }],
    },
    {
      why: 'the level a sentence before the change (收入总计2,430.60万元) is the total the two parts make',
      code: '2025年度收入总计2,430.60万元，包括财政拨款和事业收入。收入总计比上年增加210.40万元，其中财政拨款收入增加150.00万元，事业收入增加40.40万元。\n\n本年收入合计2,430.60万元，其中财政拨款收入2,100.00万元、事业收入330.60万元。\n',
      errors: [{ message: '收入比上年增加210.40万元，但各分项增减之和为增加190.40万元（150.00 + 40.40），相差20.00万元', line: 1, column: 43 }],
    },
    {
      why: 'no level in the text; the table’s 合计 row, whose 增减额 is the change stated, is what the parts make',
      format: 'markdown',
      code: '单位：万元\n\n| 项目 | 本年决算数 | 上年决算数 | 增减额 |\n| --- | --- | --- | --- |\n| 财政拨款收入 | 4,210.30 | 4,102.10 | 108.20 |\n| 事业收入 | 612.40 | 590.00 | 22.40 |\n| 合计 | 4,822.70 | 4,692.10 | 130.60 |\n\n本年收入合计比上年增加130.60万元，其中财政拨款收入增加108.20万元，事业收入增加12.40万元。\n',
      errors: [{ message: '本年收入比上年增加130.60万元，但各分项增减之和为增加120.60万元（108.20 + 12.40），相差10.00万元', line: 9, column: 12 }],
    },
  ],
});
