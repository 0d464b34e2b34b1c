import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A caption may say after its name how the table's rows are classed (（按功能分类科目）, （按经济分类科目）), its unit after that or
// on the next line: the bracket names no other table and no other year, so the caption names the document's table as it would
// without it. A table of another year's execution, or of another class, is another matter. Snippets written for these tests;
// none is copied from a real disclosure.
const BUDGET = (caption: string) =>
  `樟溪镇人民政府2026年部门预算\n一、部门基本情况\n本镇辖9个行政村。\n${caption}\n单位：元\n科目编码\n科目名称\n上年预算数\n本年预算数\n201\n一般公共服务支出\n6,286,400.00\n6,512,800.00\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: BUDGET('表二　樟溪镇2026年一般公共预算支出预算表（按功能分类科目）') },
    { why: 'a table of last year’s execution', code: BUDGET('表三　2025年一般公共预算支出执行情况表（按功能分类科目）') },
    { why: 'last year’s accounts: another class', code: BUDGET('表四　2024年度一般公共预算财政拨款支出决算表（按功能分类科目）') },
    { why: 'a bracket that is no classing: two years compared', code: BUDGET('表五　2025年一般公共预算支出预算表（与上年对比）') },
  ],
  invalid: [
    {
      why: 'the issuer before the year, the classing after the name',
      code: BUDGET('表二　樟溪镇2025年一般公共预算支出预算表（按功能分类科目）'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年预算', line: 4, column: 7 }],
    },
    {
      why: 'an economic classing, then the unit in the caption',
      code: BUDGET('表3 2025年一般公共预算基本支出预算表（按经济分类科目）（单位：万元）'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年预算', line: 4, column: 4 }],
    },
    {
      why: 'a 决算 caption, the classing without 按',
      code: '樟溪镇人民政府2025年度部门决算\n一、部门基本情况\n本镇辖9个行政村。\n附表2 2024年度一般公共预算财政拨款支出决算表(功能分类)\n项目\t决算数\n一般公共服务支出\t628.64\n',
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年决算', line: 4, column: 5 }],
    },
  ],
});
