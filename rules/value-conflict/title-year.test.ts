import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence or a table column that names no year is about the year the document's title names (a plain
// first line, not only a Markdown heading), until a heading names another. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'the same value in the text and the 2025 column',
      code: '柳岸县林业局2025年“三公”经费预算情况说明\n\n2025年“三公”经费预算24.60万元，比上年减少1.50万元。\n\n表1 “三公”经费预算表\n单位：万元\n项目\t2025年预算数\t2024年预算数\n公务接待费\t8.40\t9.10\n公务用车运行维护费\t16.20\t17.00\n\n公务接待费预算8.40万元，主要用于上级检查接待。',
    },
    {
      why: 'a title naming two years says nothing of a sentence naming none',
      code: '关于石门县2024年预算执行情况和2025年预算草案的说明\n\n2025年“三公”经费预算24.60万元，比上年减少1.50万元。\n\n表1 “三公”经费预算表\n单位：万元\n项目\t2025年预算数\t2024年预算数\n公务接待费\t8.40\t9.10\n公务用车运行维护费\t16.20\t17.00\n\n公务接待费预算8.80万元，主要用于上级检查接待。',
    },
    {
      why: 'a heading naming 2024 takes over from the title’s 2025: the sentence is of the other year',
      format: 'markdown',
      code: '松坪镇2025年“三公”经费预算情况说明\n\n单位：万元\n\n| 项目 | 2025年预算数 | 2024年预算数 |\n|---|---:|---:|\n| 公务接待费 | 8.40 | 9.10 |\n| 公务用车运行维护费 | 16.20 | 17.00 |\n\n## 一、2024年预算执行情况\n\n公务接待费预算9.10万元，执行8.60万元。',
    },
    {
      why: 'a sentence naming the year before is not the title’s year',
      code: '青石街道2024年度部门决算说明\n2023年度机关运行经费支出86.20万元，主要用于办公支出。\n机关运行经费支出92.40万元，比上年增加6.20万元。',
    },
  ],
  invalid: [
    {
      why: 'a tab-separated table’s 2025 column against a sentence naming no year, in a 2025 title',
      code: '柳岸县林业局2025年“三公”经费预算情况说明\n\n2025年“三公”经费预算24.60万元，比上年减少1.50万元。\n\n表1 “三公”经费预算表\n单位：万元\n项目\t2025年预算数\t2024年预算数\n公务接待费\t8.40\t9.10\n公务用车运行维护费\t16.20\t17.00\n\n公务接待费预算8.80万元，主要用于上级检查接待。',
      errors: [{ message: '2025年公务接待费预算在表中为8.40万元，此处却为8.80万元', line: 11, column: 8 }],
    },
    {
      why: 'a Markdown table after a plain title line, the sentence naming no year',
      format: 'markdown',
      code: '松坪镇2025年“三公”经费预算情况说明\n\n单位：万元\n\n| 项目 | 2025年预算数 | 2024年预算数 |\n|---|---:|---:|\n| 公务接待费 | 8.40 | 9.10 |\n| 公务用车运行维护费 | 16.20 | 17.00 |\n\n公务用车运行维护费预算12.60万元，占“三公”经费预算的60.0%。',
      errors: [{ message: '2025年公务用车运行维护费预算在表中为16.20万元，此处却为12.60万元', line: 10, column: 12 }],
    },
    {
      why: 'one sentence names 2024, the other none, in a 2024 title: one fact, two values',
      code: '青石街道2024年度部门决算说明\n2024年度机关运行经费支出86.20万元，主要用于办公支出。\n机关运行经费支出68.20万元，比上年增加6.20万元。',
      errors: [{ message: '2024年度机关运行经费支出在前文为86.20万元，此处却为68.20万元', line: 3, column: 9 }],
    },
  ],
});
