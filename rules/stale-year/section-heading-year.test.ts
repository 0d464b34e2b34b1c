import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A section heading naming another year than the title's, over a section whose statements all name the title's
// year: the heading was kept from last year's text. A section naming its heading's year anywhere, or no year, says
// nothing of it. Snippets written for these tests.
const NOTE = (heading: string, body: string) =>
  `河西区2025年度区级“三公”经费财政拨款决算情况说明\n\n一、“三公”经费财政拨款决算总体情况\n\n2025年度区级“三公”经费财政拨款决算数986.40万元，较上年减少42.10万元。\n\n${heading}\n\n${body}\n\n四、有关说明\n\n无。\n`;
ruleTester(rule, {
  valid: [
    {
      why: 'the heading and its section name one year',
      code: NOTE('三、2025年度机关运行经费支出情况', '2025年度区级行政单位机关运行经费支出18,420.60万元，比上年减少620.40万元。'),
    },
    {
      why: 'a section about last year names that year itself: last year’s execution in a budget',
      code: '平湖县2026年部门预算说明\n\n一、2025年预算执行情况\n\n2025年本部门一般公共预算支出执行3,412.60万元，完成年初预算的98.2%。\n\n二、2026年预算安排\n\n2026年本部门一般公共预算支出预算3,520.00万元。\n',
    },
    {
      why: 'a section naming no year at all',
      code: NOTE('三、2024年度机关运行经费支出情况', '区级行政单位机关运行经费支出18,420.60万元，比上年减少620.40万元。'),
    },
  ],
  invalid: [
    {
      why: 'last year’s heading over this year’s figures, in a 决算 说明',
      code: NOTE('三、2024年度机关运行经费支出情况', '2025年度区级行政单位机关运行经费支出18,420.60万元，比上年减少620.40万元。'),
      errors: [{ message: '本节正文均为2025年，标题此处却写作2024年机关运行经费支出情况', line: 7, column: 3 }],
    },
    {
      why: 'a bracketed sub-heading, a section of two statements',
      code: NOTE('（三）2024年政府采购情况', '2025年度区级政府采购预算12,860.00万元，实际采购11,924.30万元。\n\n2025年授予中小企业合同金额9,842.10万元。'),
      errors: [{ message: '本节正文均为2025年，标题此处却写作2024年政府采购情况', line: 7, column: 4 }],
    },
    {
      why: 'a Markdown heading in a budget, its section of the next year’s figures',
      format: 'markdown',
      code: '# 平湖县2026年部门预算说明\n\n## 一、2026年收支预算总体情况\n\n2026年本部门收支预算总计4,210.00万元。\n\n## 二、2025年国有资产占用情况\n\n截至2026年，本部门共有车辆12辆，其中一般公务用车8辆。\n',
      errors: [{ message: '本节正文均为2026年，标题此处却写作2025年国有资产占用情况', line: 7, column: 6 }],
    },
  ],
});
