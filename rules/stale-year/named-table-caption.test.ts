import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table's caption naming one of the document's own tables (…2025年部门预算项目绩效目标表, …部门决算一般公共预算财政拨款支出表)
// is the document naming itself, as a caption ending in 收支总表 is; the caption kept from last year's file keeps its
// year. A table of something done to another year's budget (执行情况表, 对比表, 调整表) is another matter. Snippets written
// for these tests; none is copied from a real disclosure.
const BUDGET = (caption: string) =>
  `青岗旗林业和草原局2026年部门预算公开说明\n第一部分 部门概况\n本部门下设3个二级单位。\n${caption}\n项目名称\n年度目标\n草原防火物资储备\n完成物资储备任务\n`;

ruleTester(rule, {
  valid: [
    { why: 'the caption names the title’s year', code: BUDGET('表5 青岗旗林业和草原局2026年部门预算项目绩效目标表') },
    { why: 'last year’s execution: a table of something done to that budget', code: BUDGET('表6 2025年部门预算执行情况表') },
    { why: 'two budgets side by side for comparison', code: BUDGET('附表 2025年部门预算与2026年部门预算对比表') },
    {
      why: 'a sentence naming a table of last year’s budget, not a caption',
      code: '青岗旗林业和草原局2026年部门预算公开说明\n一、部门概况\n与2025年部门预算项目绩效目标表相比，本年新增3项指标。\n',
    },
  ],
  invalid: [
    {
      why: 'one cell a line under a numbered caption: the targets table kept last year’s year',
      code: BUDGET('表5 青岗旗林业和草原局2025年部门预算项目绩效目标表'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 4, column: 13 }],
    },
    {
      why: 'a Markdown caption of an expenditure table in a 决算',
      code: '# 柳溪县统计局2024年度部门决算\n\n## 一、部门基本情况\n\n本部门内设机构4个。\n\n**附表3 柳溪县统计局2023年度部门决算一般公共预算财政拨款支出表**\n\n| 科目 | 决算数 |\n|---|---|\n| 统计信息事务 | 312.40 |\n',
      format: 'markdown',
      errors: [{ message: '标题为2024年部门决算，正文此处却写作2023年部门决算', line: 7, column: 13 }],
    },
    {
      why: 'a caption after a colon, with the 三公 table’s name',
      code: '鹤林镇人民政府2025年部门预算\n一、部门职责\n本镇辖6个村。\n表四：2024年部门预算“三公”经费支出表\n项目\t预算数\n公务接待费\t3.20\n',
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 4, column: 4 }],
    },
  ],
});

// A caption may name its table by what it holds and then the document's class (2024年度一般公共预算财政拨款支出决算表), with
// its unit after it: the class alone is compared with the title's document of that class.
const ACCOUNTS = (caption: string) =>
  `鹤林市文化旅游局2025年度部门决算\n第一部分 部门概况\n本部门下属单位6个。\n${caption}\n项目\t本年决算数\t上年决算数\n文化和旅游\t1,862.40\t1,746.20\n`;
ruleTester(rule, {
  valid: [
    { why: 'the caption names the title’s year', code: ACCOUNTS('表2鹤林市文化旅游局2025年度一般公共预算财政拨款支出决算表（单位：万元）') },
    {
      why: 'last year’s accounts table in a budget: another class',
      code: '鹤林市文化旅游局2026年部门预算\n一、部门概况\n本部门下属单位6个。\n表3 2024年度一般公共预算财政拨款支出决算表\n项目\t决算数\n文化和旅游\t1,862.40\n',
    },
    { why: 'a table of the year’s execution', code: ACCOUNTS('表7 2024年度一般公共预算执行情况决算表') },
  ],
  invalid: [
    {
      why: 'a PDF caption with the unit after it, the table of the year before',
      code: ACCOUNTS('表2鹤林市文化旅游局2024年度一般公共预算财政拨款支出决算表（单位：万元）'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年决算', line: 4, column: 11 }],
    },
    {
      why: 'a budget’s table named by its content',
      code: '鹤林市文化旅游局2026年部门预算\n一、部门概况\n本部门下属单位6个。\n附表1 2025年一般公共预算支出预算表\n项目\t预算数\n文化和旅游\t1,902.00\n',
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年预算', line: 4, column: 5 }],
    },
    {
      why: 'Markdown, the unit on its own in the caption line',
      code: '# 鹤林市文化旅游局2025年度部门决算\n\n本部门下属单位6个。\n\n**表4 2024年度政府性基金预算财政拨款收入支出决算表 单位：万元**\n\n| 项目 | 决算数 |\n|---|---|\n| 文化和旅游 | 86.40 |\n',
      format: 'markdown',
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年决算', line: 5, column: 6 }],
    },
    {
      why: 'a PDF caption set apart from its year (X所 2024 年度) and kept with the table’s lines, its unit after it',
      code: '鹤林市文化旅游局 2025 年度部门决算\n第一部分 部门概况\n本部门下属单位6个。\n表2  鹤林市文化旅游局 2024 年度一般公共预算财政拨款支出决算表（单位：万元）\n科目编码\t科目名称\t决算数\n207\t文化旅游体育与传媒支出\t1,862.40\n20701\t  文化和旅游\t1,746.20\n2070101\t    行政运行\t116.20\n',
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年决算', line: 4, column: 14 }],
    },
    {
      why: 'a traditional repost: the unit note keeps 萬 as written (單位：萬元), and is the caption’s note all the same',
      code: '鶴林市文化旅遊局2025年度部門決算\n第一部分 部門概況\n本部門下屬單位6個。\n表2鶴林市文化旅遊局2024年度一般公共預算財政撥款支出決算表（單位：萬元）\n項目\t本年決算數\t上年決算數\n文化和旅遊\t1,862.40\t1,746.20\n',
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年决算', line: 4, column: 11 }],
    },
  ],
});
