import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table's 本年决算数 and 上年决算数 columns are the title's year and the one before (when the title names one
// year). A sentence opening on its topic and saying what it comes from or goes to (事业收入主要来源于…，全年实现X)
// states the topic's level in its clause of a time and a verb.
// Snippets written for these tests.
const TABLE = (income: string) =>
  `# 安平县气象局2025年度部门决算\n\n单位：万元\n\n| 项目 | 本年决算数 | 上年决算数 |\n|---|---:|---:|\n| 财政拨款收入 | 1,482.60 | 1,406.30 |\n| 事业收入 | ${income} | 118.40 |\n\n`;
ruleTester(rule, {
  valid: [
    {
      why: 'the topic’s level agrees with the 本年决算数 column',
      format: 'markdown',
      code: `${TABLE('126.80')}事业收入主要来源于气象服务和防雷检测，全年实现126.80万元。`,
    },
    {
      why: 'last year’s level stated with its year agrees with the 上年决算数 column',
      format: 'markdown',
      code: `${TABLE('126.80')}2024年度事业收入118.40万元。`,
    },
    {
      why: 'a topic followed by a clause naming another amount states nothing of the topic',
      format: 'markdown',
      code: `${TABLE('126.80')}事业收入主要来源于气象服务，其中防雷检测收入46.20万元。`,
    },
  ],
  invalid: [
    {
      why: 'the topic’s level, said after what it comes from, with two digits swapped',
      format: 'markdown',
      code: `${TABLE('126.80')}事业收入主要来源于气象服务和防雷检测，全年实现128.60万元。`,
      errors: [{ message: '2025年事业收入决算在表中为126.80万元，此处却为128.60万元', line: 10, column: 24 }],
    },
    {
      why: 'what spending goes to, then the year’s total in a clause of 全年共支出',
      code: '平川区档案馆2025年度部门决算\n\n2025年度机关运行经费支出42.36万元，比上年减少1.20万元。\n\n机关运行经费主要用于办公费、水电费和物业管理费等，全年共支出43.26万元。',
      errors: [{ message: '2025年度机关运行经费支出在前文为42.36万元，此处却为43.26万元', line: 5, column: 31 }],
    },
    {
      why: 'last year’s level stated with its year against the 上年决算数 column',
      format: 'markdown',
      code: `${TABLE('126.80')}2024年度事业收入181.40万元，主要为气象服务收入。`,
      errors: [{ message: '2024年事业收入决算在表中为118.40万元，此处却为181.40万元', line: 10, column: 11 }],
    },
  ],
});
