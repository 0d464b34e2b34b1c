import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on two years, one section each (一、2024年预算执行情况 / 二、2025年预算草案): a share naming its base in the
// second section is of the base as stated there, never of last year's figure of the same name in the first. And an
// unnamed share right after one that named another base than its 其中 list's total may be of either: it proves nothing.
const twoYears = (share: string) =>
  '一、2024年预算执行情况\n\n全市一般公共预算支出完成132.60亿元，为调整预算的97.8%，下降2.1%。\n\n' +
  `二、2025年预算草案\n\n支出总计144.80亿元，包括一般公共预算支出128.80亿元、上解上级支出4.60亿元、债务还本支出10.40亿元。${share}`;

ruleTester(rule, {
  valid: [
    {
      why: '101.62 / 128.80 = 78.9%: the 2024 outturn of 132.60 (76.6%) is the other section’s',
      code: twoYears('在一般公共预算支出中，安排民生支出101.62亿元，占一般公共预算支出的78.9%。'),
    },
    {
      why: 'the same with the section headings in Markdown',
      code: twoYears('安排民生支出101.62亿元，占一般公共预算支出的比重为78.9%。').replace('一、', '## 一、').replace('二、', '## 二、'),
      format: 'markdown',
    },
    {
      why: '18.0% is 23.18 of the 128.80 the share before named, not 22.8% of 民生 (the 其中 list’s total)',
      code: '2025年一般公共预算支出128.80亿元。安排民生支出101.62亿元，占一般公共预算支出的78.9%；其中教育支出23.18亿元，占18.0%。',
    },
    {
      why: 'the same with commas, the share before saying 所占比重',
      code: '全县一般公共预算支出安排56.40亿元，其中民生支出44.12亿元，在一般公共预算支出中所占比重为78.2%，其中社会保障和就业支出9.02亿元，占16.0%。',
    },
  ],
  invalid: [
    {
      why: 'within its own section: 101.62 / 128.80 = 78.9%, stated 76.6% (132.60, last year’s, would give 76.6%)',
      code:
        '一、2024年预算执行情况\n\n全市一般公共预算支出完成132.60亿元，为调整预算的97.8%。\n\n' +
        '二、2025年预算草案\n\n全市一般公共预算支出安排128.80亿元，增长1.5%。安排民生支出101.62亿元，占一般公共预算支出的76.6%。',
      errors: [{ message: '安排民生支出101.62亿元占一般公共预算支出128.80亿元的78.9%，而非所写的76.6%', line: 7, column: 54 }],
    },
    {
      why: 'the base named before is the 其中 list’s own (收入预算 of 部门收入预算): 400 / 24,618.30 = 1.6%, stated 1.9%',
      code: '2025年部门收入预算24,618.30万元。其中，财政拨款收入21,406.30万元，占收入预算的87.0%；事业收入2,812.00万元，占11.4%；其他收入400.00万元，占1.9%。',
      errors: [{ message: '其他收入400.00万元占部门收入预算24,618.30万元的1.6%，而非所写的1.9%', line: 1, column: 93 }],
    },
    {
      why: 'a bare 支出 named first, the list’s total 一般公共预算支出: 2.15 / 24.18 = 8.9%, stated 9.6%',
      code: '一季度一般公共预算支出24.18亿元。其中：教育支出4.86亿元，占支出的20.1%；社会保障和就业支出3.92亿元，占16.2%；卫生健康支出2.15亿元，占9.6%。',
      errors: [{ message: '卫生健康支出2.15亿元占一季度一般公共预算支出24.18亿元的8.9%，而非所写的9.6%', line: 1, column: 81 }],
    },
  ],
});
