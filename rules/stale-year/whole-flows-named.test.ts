import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Both sides of the whole named before the class (本部门2024年度收入、支出决算, 部门收支预算) still name the document itself,
// and so does the scope of units its budget is drawn up for (…预算安排的单位范围, …预算编制的单位范围). Under a 2025 决算 or a
// 2026 预算 another year there was kept from last year's text; a comparison with that year, or the title's year, says
// nothing of it. Snippets written for these tests.
const ACCOUNTS = (line: string) =>
  `白溪市民政局2025年度部门决算\n\n一、部门概况\n\n本部门决算由局机关和所属3个事业单位的决算汇总而成。${line}\n`;
const BUDGET = (line: string) =>
  `白溪市交通运输局2026年部门预算\n\n一、部门概况\n\n本局部门预算由局机关和下属事业单位2个组成。${line}\n\n二、收支预算总体情况\n\n2026年本局收入预算32,460.80万元。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year, 收入、支出决算', code: ACCOUNTS('本部门2025年度收入、支出决算情况如下。') },
    { why: 'the title’s year, 单位范围', code: BUDGET('以上为本局2026年度部门收支预算安排的单位范围。') },
    { why: 'compared with last year’s budget', code: BUDGET('与2025年度部门收支预算相比，单位范围未发生变化。') },
    { why: 'income alone is a topic', code: ACCOUNTS('本部门2024年度收入决算数为26,410.20万元，比上年增长。') },
  ],
  invalid: [
    {
      why: '收入、支出决算情况如下',
      code: ACCOUNTS('本部门2024年度收入、支出决算情况如下。'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年决算', line: 5, column: 30 }],
    },
    {
      why: '收支决算情况说明如下',
      code: ACCOUNTS('现将本部门2024年收支决算情况说明如下。'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年决算', line: 5, column: 32 }],
    },
    {
      why: '预算安排的单位范围',
      code: BUDGET('以上为本局2025年度部门收支预算安排的单位范围。'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 5, column: 28 }],
    },
    {
      why: '预算编制的单位范围包括',
      code: BUDGET('本局2025年部门预算编制的单位范围包括局机关和2个事业单位。'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 5, column: 25 }],
    },
  ],
});
