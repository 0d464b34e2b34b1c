import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 耕地占用税 is a tax named by what it taxes: the 占 in it is no share (占比), so a numbered note on it restates its row in the
// revenue table as any other tax does. Snippets written for these tests.
const TABLE =
  '表1 2025年县级一般公共预算收入决算表\n\n单位：万元\n\n| 项目 | 2024年决算数 | 2025年预算数 | 2025年决算数 |\n|---|---:|---:|---:|\n| 增值税 | 62,300 | 64,000 | 65,120 |\n| 耕地占用税 | 9,840 | 8,600 | 7,460 |\n| 契税 | 11,260 | 10,800 | 10,540 |\n\n';
const HEAD = '# 青屏县2025年县级财政决算说明\n\n## 一、一般公共预算收入\n\n';

ruleTester(rule, {
  valid: [
    {
      why: 'the numbered item as its row has it',
      format: 'markdown',
      code: `${HEAD}${TABLE}1. 增值税65,120万元，为预算的101.8%。\n2. 耕地占用税7,460万元，完成预算的86.7%，主要是重点项目用地报批滞后。\n`,
    },
    {
      why: 'a share of the tax in the whole: 占 as a share, no level',
      format: 'markdown',
      code: `${HEAD}${TABLE}耕地占用税占税收收入的3.1%，较上年下降0.9个百分点。\n`,
    },
    {
      why: 'last year’s amount, the table’s 2024 column',
      format: 'markdown',
      code: `${HEAD}${TABLE}上年耕地占用税9,480万元。\n`,
    },
  ],
  invalid: [
    {
      why: 'a numbered note on the tax, its figures turned round',
      format: 'markdown',
      code: `${HEAD}${TABLE}1. 增值税65,120万元，为预算的101.8%。\n2. 耕地占用税7,640万元，预算完成率偏低，主要是重点项目用地报批滞后。\n`,
      errors: [{ message: '2025年耕地占用税决算在表中为7,460万元，此处却为7,640万元', line: 16, column: 9 }],
    },
    {
      why: 'a plain sentence with 完成 before the table',
      format: 'markdown',
      code: `${HEAD}耕地占用税完成7,406万元，主要是用地报批滞后。\n\n${TABLE}`,
      errors: [{ message: '2025年耕地占用税决算在表中为7,460万元，此处却为7,406万元', line: 5, column: 8 }],
    },
  ],
});
