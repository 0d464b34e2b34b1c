import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on one year's execution and the next year's draft (2025年预算执行情况和2026年预算草案) goes on, after the execution,
// with a section of the first year's work (二、2025年财政主要工作) that names no measure: the year is the title's execution
// year, and a level stated there is that year's execution, one fact with the execution section's. A section of the second
// year is its budget. Snippets written for these tests.
const HEAD = '# 关于岚溪县2025年预算执行情况和2026年预算草案的报告\n\n## 一、2025年预算执行情况\n\n上级补助收入214,860万元，其中返还性收入2,140万元、一般性转移支付收入168,520万元、专项转移支付收入44,200万元。\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the work section restates the execution as it was',
      format: 'markdown',
      code: `${HEAD}## 二、2025年财政主要工作\n\n一是积极争取上级支持。2025年上级补助收入214,860万元，占全县财力的八成以上。\n`,
    },
    {
      why: 'a section of the draft year: 2026’s budget, another figure',
      format: 'markdown',
      code: `${HEAD}## 三、2026年预算草案\n\n上级补助收入208,600万元，主要是一般性转移支付。\n`,
    },
  ],
  invalid: [
    {
      why: 'two digits swapped in the work section, a Markdown report',
      format: 'markdown',
      code: `${HEAD}## 二、2025年财政主要工作\n\n一是积极争取上级支持。2025年上级补助收入241,860万元，占全县财力的八成以上。\n`,
      errors: [{ message: '2025年上级补助收入在前文为214,860万元，此处却为241,860万元', line: 9, column: 23 }],
    },
    {
      why: 'plain text, the work section titled 工作回顾, a spending',
      code: `关于岚溪县2025年财政预算执行情况与2026年财政预算（草案）的报告\n\n一、2025年财政预算执行情况\n全县一般公共预算支出完成286,420万元，增长3.2%。农林水支出58,640万元，主要用于高标准农田建设。\n二、2025年财政工作回顾\n（一）支持乡村振兴。农林水支出56,840万元，重点保障高标准农田和饮水安全。\n`,
      errors: [{ message: '2025年农林水支出在前文为58,640万元，此处却为56,840万元', line: 6, column: 16 }],
    },
  ],
});
