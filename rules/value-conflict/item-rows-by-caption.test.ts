import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table under a caption naming one flow (…支出执行表, …支出决算表) lists that flow's items, some named only by what the
// money is for (国有企业政策性补贴, 国有企业资本金注入, 公交票价补贴): the row is the item's spending, as the text says
// 国有企业政策性补贴支出. A row naming a flow of its own (结转下年, 调出资金, 补助下级) is left as it is. Snippets written for
// these tests; none is copied from a real disclosure.
const MD = (said: string, caption = '表2　2025年区级国有资本经营预算支出执行表（单位：万元）') =>
  `# 青川区2025年区级国有资本经营预算执行情况说明\n\n## 二、支出执行情况\n\n2025年，区级国有资本经营预算支出完成8,640万元，完成调整预算的96.0%。各科目执行情况见表2。\n\n${caption}\n\n| 科目 | 调整预算数 | 执行数 | 完成调整预算% |\n|---|---:|---:|---:|\n| 国有企业资本金注入 | 5,200 | 5,068 | 97.5 |\n| 国有企业政策性补贴 | 2,300 | 2,216 | 96.3 |\n| 其他国有资本经营预算支出 | 1,500 | 1,356 | 90.4 |\n| 合计 | 9,000 | 8,640 | 96.0 |\n\n${said}\n`;
const TEXT = (said: string) =>
  `石门县城市管理局2025年度部门决算说明\n\n三、项目支出决算情况\n\n${said}\n\n表3　2025年度项目支出决算表\n单位：万元\n项目\t预算数\t决算数\n城区道路保洁外包\t1,260.00\t1,248.60\n公交票价财政补贴\t860.00\t846.20\n合计\t2,120.00\t2,094.80\n`;
ruleTester(rule, {
  valid: [
    { why: 'the item’s spending as the table has it', format: 'markdown', code: MD('国有企业政策性补贴支出2,216万元，主要用于公交和供热企业政策性亏损补贴。') },
    {
      why: 'a caption naming both flows says nothing of its rows',
      format: 'markdown',
      code: MD('国有企业政策性补贴支出2,261万元，主要用于公交和供热企业政策性亏损补贴。', '表2　2025年区级国有资本经营预算收支执行表（单位：万元）'),
    },
    {
      why: 'the budget the text states is not the table’s 执行数',
      format: 'markdown',
      code: MD('国有企业政策性补贴支出预算2,300万元，主要用于公交和供热企业政策性亏损补贴。'),
    },
    { why: 'a laid-out 决算 table, the item said alike', code: TEXT('2025年度公交票价财政补贴支出846.20万元，主要用于老年人和学生乘车优惠。') },
  ],
  invalid: [
    {
      why: 'Markdown: an item of a spending table said in the prose with two digits swapped',
      format: 'markdown',
      code: MD('国有企业政策性补贴支出2,261万元，主要用于公交和供热企业政策性亏损补贴。'),
      errors: [{ message: '2025年国有企业政策性补贴支出执行在表中为2,216万元，此处却为2,261万元', line: 16, column: 12 }],
    },
    {
      why: 'the text before a laid-out 决算 table captioned 项目支出决算表',
      code: TEXT('2025年度公交票价财政补贴支出864.20万元，主要用于老年人和学生乘车优惠。'),
      errors: [{ message: '2025年公交票价财政补贴支出决算在表中为846.20万元，此处却为864.20万元', line: 5, column: 17 }],
    },
  ],
});

// 完成年初预算的96.1%, 决算数大于年初预算数: the budget set at the year's start, named as what a level is measured
// against, is no time the next sentence is about; that sentence is still of the section's year, as its table's row is.
const ROWS = (said: string) =>
  `# 青川区农业农村局2024年度部门决算说明\n\n## 六、项目支出决算情况\n\n${said}\n\n表4　2024年度一般公共预算财政拨款项目支出决算表（单位：万元）\n\n| 科目名称 | 年初预算 | 决算数 | 决算数为年初预算的% |\n|---|---:|---:|---:|\n| 农田建设 | 1,300.00 | 1,249.30 | 96.1 |\n| 动物防疫 | 400.00 | 426.80 | 106.7 |\n`;
ruleTester(rule, {
  valid: [
    { why: 'both items as the table has them', format: 'markdown', code: ROWS('农田建设支出决算为1,249.30万元，完成年初预算的96.1%。动物防疫支出决算为426.80万元，主要是增加疫苗采购。') },
  ],
  invalid: [
    {
      why: 'after 完成年初预算的…, the next sentence’s item with two digits swapped',
      format: 'markdown',
      code: ROWS('农田建设支出决算为1,249.30万元，完成年初预算的96.1%。动物防疫支出决算为462.80万元，主要是增加疫苗采购。'),
      errors: [{ message: '2024年动物防疫支出决算在表中为426.80万元，此处却为462.80万元', line: 5, column: 43 }],
    },
    {
      why: 'after 决算数大于年初预算数, the same',
      format: 'markdown',
      code: ROWS('动物防疫支出决算为426.80万元，决算数大于年初预算数。农田建设支出决算为1,294.30万元，主要是部分项目验收延后。'),
      errors: [{ message: '2024年农田建设支出决算在表中为1,249.30万元，此处却为1,294.30万元', line: 5, column: 39 }],
    },
  ],
});
