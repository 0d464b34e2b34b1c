import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 按功能分类，A支出…；B支出…；C支出… restates the 类 rows a 收支总表 prints on its spending side: when the other classes
// the list names agree with that table's rows, the one printed otherwise is a slip in one of the two places. A list of
// narrower funds (财政拨款) differs from an all-funds table in more than one class, and says nothing; so does a class named
// alone. Snippets written for these tests; none is copied from a real disclosure.
const LAID = (said: string) =>
  `青岚县实验小学2025年度单位决算公开说明\n\n一、收入支出决算总体情况\n\n    2025年度本单位本年支出3,214.60万元，比上年增长4.2%。\n\n表1  收入支出决算总表\n                                                      单位：万元\n收    入                     决算数    支    出                     决算数\n一、财政拨款收入           3,086.40    一、教育支出               2,806.30\n二、事业收入                 128.20    二、社会保障和就业支出       246.10\n三、其他收入                   0.00    三、住房保障支出             162.20\n本年收入合计               3,214.60    本年支出合计             3,214.60\n\n二、支出决算情况\n\n    ${said}\n`;
const MD = (said: string) =>
  `# 青岚县疾病预防控制中心2025年度单位决算\n\n## 一、收入支出决算总表\n\n表1 收入支出决算总表（单位：万元）\n\n| 收入 | 决算数 | 支出 | 决算数 |\n|---|---:|---|---:|\n| 一、财政拨款收入 | 1,862.40 | 一、卫生健康支出 | 1,702.56 |\n| 二、事业收入 | 214.30 | 二、社会保障和就业支出 | 236.14 |\n| 三、其他收入 | 12.00 | 三、住房保障支出 | 150.00 |\n| 本年收入合计 | 2,088.70 | 本年支出合计 | 2,088.70 |\n\n## 二、支出决算情况\n\n${said}\n`;
ruleTester(rule, {
  valid: [
    {
      why: 'every class as the table prints it',
      code: LAID('按功能分类，教育支出2,806.30万元，主要用于教职工工资；社会保障和就业支出246.10万元，主要为养老保险缴费；住房保障支出162.20万元，为住房公积金。'),
    },
    {
      why: 'a list of 财政拨款 spending beside an all-funds table: two classes differ, the list is of other money',
      code: LAID('财政拨款支出按功能分类，教育支出2,712.30万元，主要用于教职工工资；社会保障和就业支出240.60万元，主要为养老保险缴费；住房保障支出162.20万元，为住房公积金。'),
    },
    {
      why: 'under a section titled 财政拨款: two classes all 财政拨款 agree with the all-funds table, the third rightly differs',
      code: LAID('按功能分类，教育支出2,712.30万元，主要用于教职工工资；社会保障和就业支出246.10万元，主要为养老保险缴费；住房保障支出162.20万元，为住房公积金。').replace('二、支出决算情况', '二、财政拨款支出决算情况'),
    },
    {
      why: 'the paragraph before says the list is of 一般公共预算财政拨款 spending',
      format: 'markdown',
      code: MD('2025年度一般公共预算财政拨款支出2,004.70万元。\n\n按支出功能分类，卫生健康支出1,618.56万元，主要用于疾病预防控制；社会保障和就业支出236.14万元，主要为养老保险缴费；住房保障支出150.00万元，为住房公积金。'),
    },
    {
      why: 'one class named alone anchors nothing',
      format: 'markdown',
      code: MD('按支出功能分类，住房保障支出105.00万元，为职工住房公积金。'),
    },
  ],
  invalid: [
    {
      why: 'a space-laid 总表, the third class with two digits swapped',
      code: LAID('按功能分类，教育支出2,806.30万元，主要用于教职工工资；社会保障和就业支出246.10万元，主要为养老保险缴费；住房保障支出126.20万元，为住房公积金。'),
      errors: [{ message: '2025年住房保障支出在表中为162.20万元，此处却为126.20万元', line: 17, column: 70 }],
    },
    {
      why: 'Markdown, 按支出功能分类， the second class off by 90',
      format: 'markdown',
      code: MD('按支出功能分类，卫生健康支出1,702.56万元，主要用于疾病预防控制和公共卫生服务；社会保障和就业支出246.14万元，主要为机关事业单位基本养老保险缴费；住房保障支出150.00万元，为住房公积金。'),
      errors: [{ message: '2025年社会保障和就业支出在表中为236.14万元，此处却为246.14万元', line: 16, column: 53 }],
    },
  ],
});
