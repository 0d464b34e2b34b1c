import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A share naming an item whose amount is stated at two measures (全年预算A，执行B): which of them the share is of
// is not said, so it is not checked. Snippets written for these tests; none is copied from a real disclosure.

ruleTester(rule, {
  valid: [
    {
      why: '基本支出 stated at 全年预算 and 执行: 47.0% is the outturn\'s share (1,276.20 / 2,712.80), not the budget\'s (45.2%)',
      code: '2024年度部门全年预算数2,846.30万元，执行数2,712.80万元。其中基本支出全年预算1,286.40万元，执行1,276.20万元；项目支出全年预算1,559.90万元，执行1,436.60万元。\n基本支出占部门支出的47.0%，主要用于人员工资福利。',
    },
    {
      why: 'the same with 决算数 as the second measure and 占…比重',
      code: '本年支出调整预算3,200.00万元，决算数3,050.00万元，其中人员经费调整预算1,900.00万元，决算数1,880.00万元；公用经费调整预算1,300.00万元，决算数1,170.00万元。人员经费占本年支出的比重为61.6%。',
    },
    {
      why: 'a share named in its own clause after a paragraph stating the item at 预算 and 执行',
      code: '项目支出全年预算1,559.90万元，执行1,436.60万元，其中工程类全年预算980.00万元，执行920.00万元，服务类全年预算579.90万元，执行516.60万元。\n工程类占项目支出的64.0%。',
    },
  ],
  invalid: [
    {
      why: 'the item stated at one measure only is still checked: 1,286.40 / 2,846.30 = 45.2%',
      code: '2024年度部门全年预算数2,846.30万元，其中基本支出全年预算1,286.40万元，项目支出全年预算1,559.90万元。\n基本支出占部门支出的47.0%，主要用于人员工资福利。',
      errors: [{ message: '基本支出全年预算1,286.40万元占部门支出2,846.30万元的45.2%，而非所写的47.0%', line: 2, column: 11 }],
    },
  ],
});
