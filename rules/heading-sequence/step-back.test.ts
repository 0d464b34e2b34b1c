import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// （一）…（二）… then （一） again in the same section: a step back where （三） was meant, when the new （一） stands alone
// before its section ends or the list goes on after it from the list before (（三）). A list that starts again and runs
// on (（一）（二） again), or goes on past the old numbers, is a new list. Snippets written for these tests; none is copied
// from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'a second list of its own, run through again: （一）（二） then （一）（二）',
      code: '二、主要做法\n（一）完善制度\n出台预算绩效管理办法。\n（二）强化监控\n按季度开展绩效运行监控。\n（一）加强评价结果应用\n将评价结果与预算安排挂钩。\n（二）推进信息公开\n评价报告随决算一并公开。\n三、下一步工作\n继续推进全面预算绩效管理。\n',
    },
    {
      why: 'a higher heading between: the numbering starts again',
      code: '一、债务限额\n（一）一般债务\n一般债务限额246.30亿元。\n（二）专项债务\n专项债务限额436.16亿元。\n二、债务余额\n（一）一般债务\n一般债务余额232.86亿元。\n',
    },
  ],
  invalid: [
    {
      why: 'the last sub-heading of 二、 numbered （一） after （二）, then 三、',
      code: '一、债务限额和余额\n全市政府债务限额682.46亿元，余额648.72亿元。\n二、债券发行和还本付息\n（一）债券发行\n全年发行政府债券100.80亿元。\n（二）还本付息\n偿还本金48.48亿元，支付利息18.64亿元。\n（一）债务余额变动\n年初余额596.40亿元，年末余额648.72亿元。\n三、债务到期情况\n2026年到期本金47.08亿元。\n',
      errors: [{ message: '标题“（一）债务余额变动”序号“（一）”出现在“（二）”之后', line: 8, column: 1 }],
    },
    {
      why: 'Markdown, the list going on to （四） after the slip',
      code: '## 三、支出预算情况\n\n### （一）按功能分类\n\n教育支出12,860万元。\n\n### （二）“三公”经费预算\n\n“三公”经费预算86.40万元。\n\n### （一）政府采购预算\n\n政府采购预算1,240万元。\n\n### （四）其他重要事项\n\n本部门无国有资本经营预算。\n',
      format: 'markdown',
      errors: [{ message: '标题“（一）政府采购预算”序号“（一）”出现在“（二）”之后', line: 11, column: 5 }],
    },
  ],
});
