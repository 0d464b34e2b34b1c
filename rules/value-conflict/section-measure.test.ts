import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Under a title that names two measures (2024年预算执行情况和2025年预算草案), a statement naming none states its section's
// (二、2025年财政预算安排 → 预算) and is compared with the table's column of that measure and year. Snippets written for
// these tests; none is copied from a real disclosure.
const REPORT = (section: string, stated: string) =>
  `# 关于青石镇2024年财政预算执行情况和2025年财政预算（草案）的报告\n\n${section}\n\n表1 青石镇2025年一般公共预算支出预算表（单位：万元）\n\n| 科目 | 2024年预算数 | 2025年预算数 | 增减额 |\n| --- | --- | --- | --- |\n| 教育支出 | 42 | 40 | -2 |\n| 社会保障和就业支出 | 1,284 | 1,352 | 68 |\n| 合计 | 1,326 | 1,392 | 66 |\n\n主要支出项目说明：\n\n2.社会保障和就业支出${stated}万元，主要用于城乡居民基本养老保险镇级配套和困难群众救助。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the statement repeats the 2025 budget column', code: REPORT('二、2025年财政预算安排', '1,352'), format: 'markdown' },
    { why: 'a section on execution names no measure the table has: nothing to compare', code: REPORT('二、2025年预算执行情况', '1,325'), format: 'markdown' },
  ],
  invalid: [
    {
      why: '1,325 in the text, 1,352 in the 2025年预算数 column',
      code: REPORT('二、2025年财政预算安排', '1,325'),
      format: 'markdown',
      errors: [{ message: '2025年社会保障和就业支出预算在表中为1,352万元，此处却为1,325万元', line: 15, column: 12 }],
    },
    {
      why: 'the same under 三、2025年预算安排情况',
      code: REPORT('三、2025年预算安排情况', '1,325'),
      format: 'markdown',
      errors: [{ message: '2025年社会保障和就业支出预算在表中为1,352万元，此处却为1,325万元', line: 15, column: 12 }],
    },
    {
      why: 'the same under （二）2025年预算草案',
      code: REPORT('（二）2025年预算草案', '1,325'),
      format: 'markdown',
      errors: [{ message: '2025年社会保障和就业支出预算在表中为1,352万元，此处却为1,325万元', line: 15, column: 12 }],
    },
  ],
});
