import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// （三）公务用车购置及运行维护费。全年支出527.74万元…。其中：购置费…；运行维护费…: a paragraph run in under a numbered
// title states its amount with a bare subject (全年支出, 决算数); the title names what it is of, and so which split the
// 其中 list after it makes. A split the domain knows complete (购置 and 运行维护) must make the amount exactly.
ruleTester(rule, {
  valid: [
    {
      why: 'the two parts make the amount',
      code: '（三）公务用车购置及运行维护费。全年支出527.74万元，比上年减少13.99万元。\n其中：公务用车购置费119.30万元，更新公务用车五辆；公务用车运行维护费408.44万元。',
    },
    {
      why: 'a title naming no split: two items short of the amount may leave others out',
      code: '（二）机关运行经费。全年支出326.40万元，比上年下降4.1%。其中：办公费88.20万元，水电费41.60万元。',
    },
    {
      why: 'a subject of its own is not the title’s: 接待费 under a 公务用车 title is another thing',
      code: '3.公务用车购置及运行维护费。公务接待费支出527.74万元，其中：公务用车购置费118.30万元，公务用车运行维护费408.44万元。',
    },
  ],
  invalid: [
    {
      why: '其中 in the paragraph after: 118.30 + 408.44 = 526.74 against 527.74',
      code: '（三）公务用车购置及运行维护费。全年支出527.74万元，比上年减少13.99万元，下降2.6%。\n其中：公务用车购置费118.30万元，全年更新公务用车五辆；公务用车运行维护费408.44万元，截至年底保有量163辆。',
      errors: [{ message: '全年支出合计527.74万元，但分项之和为526.74万元（118.30 + 408.44），相差1.00万元', line: 1, column: 21 }],
    },
    {
      why: 'a title numbered 2. and the measure 决算数: 30.00 + 62.50 = 92.50 against 95.50',
      code: '2.公务用车购置及运行费。2024年决算数95.50万元，完成预算的95.5%，其中：公务用车购置费30.00万元，公务用车运行费62.50万元。',
      errors: [{ message: '决算数合计95.50万元，但分项之和为92.50万元（30.00 + 62.50），相差3.00万元', line: 1, column: 22 }],
    },
    {
      why: 'a title closed by a colon: 20.60 + 131.20 = 151.80 against 150.80',
      code: '（二）公务用车购置及运行维护费：本年度支出150.80万元。其中公务用车购置费20.60万元，公务用车运行维护费131.20万元。',
      errors: [{ message: '本年度支出合计150.80万元，但分项之和为151.80万元（20.60 + 131.20），相差1.00万元', line: 1, column: 22 }],
    },
  ],
});
