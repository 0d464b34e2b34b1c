import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 其中 further into a sentence (支出重点向民生倾斜，其中教育支出…万元), after clauses that name the whole with no figure,
// states a part of what the section states: that part's level, compared with the table row of its name. Clauses before
// it that name narrower money (上级补助安排的, 转移支付资金) make it a part of that money instead: left alone. Snippets
// written for these tests; none is copied from a real disclosure.
const table = (row: string, value: string) =>
  `表1 2025年一般公共预算支出决算表（单位：万元）\n\n| 科目 | 调整预算数 | 决算数 |\n| --- | --- | --- |\n| 一般公共服务支出 | 1,420.00 | 1,386.52 |\n| ${row} | 2,100.00 | ${value} |\n| 合计 | 3,520.00 | 3,434.88 |\n`;

ruleTester(rule, {
  valid: [
    {
      why: 'the part agrees with its row',
      code: `某镇2025年财政决算情况说明\n\n2025年，全镇一般公共预算支出决算3,434.88万元。支出结构持续优化，其中教育支出2,048.36万元，主要用于义务教育学校运转。\n\n${table('教育支出', '2,048.36')}`,
      format: 'markdown',
    },
    {
      why: 'a 其中 of narrower money (the transfers’ spending), not the row of all spending',
      code: `某镇2025年财政决算情况说明\n\n2025年，全镇一般公共预算支出决算3,434.88万元。上级转移支付资金安排的支出重点用于民生，其中教育支出1,602.10万元，主要用于校舍维修。\n\n${table('教育支出', '2,048.36')}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'a sentence on where spending went, then its 其中, two digits swapped against the table',
      code: `某镇2025年财政决算情况说明\n\n2025年，全镇一般公共预算支出决算3,434.88万元，比上年下降2.1%，主要是上年集中建设的项目本年完工。支出继续向民生领域倾斜，其中教育支出2,084.36万元，占支出决算的60.7%，主要用于义务教育学校运转和营养改善计划。\n\n${table('教育支出', '2,048.36')}`,
      format: 'markdown',
      errors: [{ message: '2025年教育支出决算在表中为2,048.36万元，此处却为2,084.36万元', line: 3, column: 75 }],
    },
    {
      why: 'the whole named as a topic in two clauses, the part after them',
      code: `某镇2025年财政决算情况说明\n\n2025年，全镇一般公共预算支出决算3,434.88万元。从支出投向看，全年重点保障农业农村发展，其中农林水支出2,084.36万元，主要用于高标准农田建设和农村人居环境整治。\n\n${table('农林水支出', '2,048.36')}`,
      format: 'markdown',
      errors: [{ message: '2025年农林水支出决算在表中为2,048.36万元，此处却为2,084.36万元', line: 3, column: 57 }],
    },
    {
      why: 'the part in a sentence naming its topic first, a longer 科目 name',
      code: `某镇2025年财政决算情况说明\n\n2025年，全镇一般公共预算支出决算3,434.88万元。社会保障支出稳步增长，其中社会保障和就业支出2,408.36万元，主要用于城乡低保和养老保险补助。\n\n${table('社会保障和就业支出', '2,048.36')}`,
      format: 'markdown',
      errors: [{ message: '2025年社会保障和就业支出决算在表中为2,048.36万元，此处却为2,408.36万元', line: 3, column: 52 }],
    },
  ],
});
