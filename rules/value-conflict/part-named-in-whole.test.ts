import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A part named inside the whole it belongs to by definition (“三公”经费中公务接待费, 基本支出中人员经费, 公务用车购置及运行
// 维护费中公务用车购置费) states the part's own level: another figure for it elsewhere is a conflict. A whole of one fund or
// source (财政拨款支出中…) narrows its part, which is then no restatement of the part from all funds. Snippets written
// for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'the part inside its whole, restated alike',
      code: '2025年度公务接待费38.64万元，比上年减少2.16万元，主要是严格执行接待标准。\n\n二、变动原因\n\n“三公”经费中公务接待费38.64万元，主要用于上级部门检查调研的工作餐和住宿。\n',
    },
    {
      why: 'a whole of one source narrows its part: 财政拨款 against all funds',
      code: '某县文化旅游局2025年度部门决算情况说明\n\n2025年度公务接待费24.36万元，包括财政拨款和单位自有资金安排的接待支出。\n\n“三公”经费财政拨款支出中公务接待费21.08万元，其余3.28万元由单位自有资金安排。\n',
    },
  ],
  invalid: [
    {
      why: '公务接待费 in the 三公 section, then inside “三公”经费 in the reasons, two digits swapped',
      code: '某县文化旅游局2025年度部门决算情况说明\n\n一、“三公”经费决算情况\n\n2025年度公务接待费38.64万元，比上年减少2.16万元，主要是严格执行接待标准。\n\n二、“三公”经费变动原因\n\n“三公”经费中公务接待费36.84万元，主要用于上级部门检查调研的工作餐和住宿，接待批次和人数均有所减少。\n',
      errors: [{ message: '2025年度公务接待费在前文为38.64万元，此处却为36.84万元', line: 9, column: 13 }],
    },
    {
      why: '因公出国（境）费 on its own, then inside the “三公”经费 budget in a later part',
      code: '2026年因公出国（境）费预算12.80万元，比上年增加2.40万元，主要是安排一个赴东盟国家的农业技术交流团组。\n\n三、“三公”经费预算说明\n\n2026年“三公”经费预算中因公出国（境）费预算18.20万元，严格按照外事管理规定审批团组和人数。\n',
      errors: [{ message: '2026年因公出国（境）费预算在前文为12.80万元，此处却为18.20万元', line: 5, column: 25 }],
    },
    {
      why: 'the car purchase inside its whole, against the same purchase stated before',
      code: '2024年度公务用车购置费64.20万元，购置执法执勤用车3辆，主要用于基层综合执法和应急处置。\n\n（二）公务用车购置及运行维护费\n\n2024年度公务用车购置及运行维护费中公务用车购置费46.20万元，运行维护费主要用于车辆燃料、维修和保险。\n',
      errors: [{ message: '2024年度公务用车购置费在前文为64.20万元，此处却为46.20万元', line: 5, column: 27 }],
    },
  ],
});
