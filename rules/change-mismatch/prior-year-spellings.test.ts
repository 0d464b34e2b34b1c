import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 上年度, 上一年度 and 上一年 name the same prior year as 上年, and drafts use all four. The wording probe
// (bench/reword.mjs) wrote 上年度 for 上年 through the annotated sets and lost ten findings: each
// pattern that names the prior year was written with 上年 alone.
ruleTester(rule, {
  valid: [
    {
      why: '86.40 / 92.00 = 93.91%, as written, with the prior year spelled 上年度',
      code: '2025年机关运行经费预算86.40万元，为上年度执行数92.00万元的93.9%。',
    },
    {
      why: '1,640 + 120 = 1,760 and 120 / 1,760 = 6.82%, as written, with 上一年',
      code: '县级“三公”经费预算安排1,640万元，比上一年预算数减少120万元，下降6.8%。',
    },
  ],
  invalid: [
    {
      why: '为上一年度执行数A的R%: 86.40 / 92.00 = 93.91%, written 95.9%',
      code: '2025年机关运行经费预算86.40万元，为上一年度执行数92.00万元的95.9%。',
      errors: [{ message: '机关运行经费预算86.40万元为上年执行数92.00万元的93.91%，而非所写的95.9%', line: 1, column: 38 }],
    },
    {
      why: '为上年度执行数A的R%: 86.40 / 92.00 = 93.91%, written 95.9%',
      code: '2025年机关运行经费预算86.40万元，为上年度执行数92.00万元的95.9%。',
      errors: [{ message: '机关运行经费预算86.40万元为上年执行数92.00万元的93.91%，而非所写的95.9%', line: 1, column: 37 }],
    },
    {
      why: '比上一年预算数减少D，下降R%: 120 / 1,760 = 6.82%, written 6.2%',
      code: '县级“三公”经费预算安排1,640万元，比上一年预算数减少120万元，下降6.2%。',
      errors: [{ message: '“三公”经费预算安排1,640万元，按减少120万元计，上年预算数为1760万元，降幅应为6.82%，而非所写的6.2%', line: 1, column: 38 }],
    },
  ],
});
