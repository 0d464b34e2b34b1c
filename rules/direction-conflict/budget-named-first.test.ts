import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 年初预算为B，支出决算为A，比年初预算增加D: the budget stated by name first, the outturn after it, then the change on
// the budget named again: the budget is what the outturn is compared with. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: 'a fall written as a fall', code: '（一）一般公共服务支出（类）行政运行（项）。年初预算为412.60万元，支出决算为398.20万元，比年初预算减少14.40万元，主要是人员调出。\n' },
    { why: 'a rise written as a rise', code: '（二）农林水支出（类）农业农村（款）事业运行（项）。年初预算为86.00万元，支出决算为92.50万元，比年初预算增加6.50万元，完成年初预算的107.6%。\n' },
    { why: 'the first figure is last year’s outturn, not the budget the change names', code: '上年决算为320.00万元，本年支出决算为318.20万元，比年初预算增加7.80万元。\n' },
  ],
  invalid: [
    {
      why: '318.20 is below the 326.00 budget, written as a rise',
      code: '（一）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为326.00万元，支出决算为318.20万元，比年初预算增加7.80万元，完成年初预算的97.6%。\n',
      errors: [{ message: '支出决算318.20万元小于年初预算326.00万元，却写作“增加”', line: 1, column: 82 }],
    },
  ],
});
