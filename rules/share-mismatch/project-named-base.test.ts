import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A project's report states its money (资金总额…，其中…) and then a part's share 占项目资金的 or 占本项目资金的: 项目
// points at the project the text is about, so the base is the 其中 list's total, and a later share naming no base is of
// it too. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'both shares right: 720 of 2,400 is 30.0%, 1,080 of 2,400 is 45.0%',
      code: '农村饮水安全巩固提升工程是我局年度重点项目，资金总额2,400.00万元，其中中央补助720.00万元，占项目资金的30.0%；省级补助600.00万元；县级配套1,080.00万元，占45.0%。\n',
    },
    {
      why: 'a base of another scope (全县项目资金) is not this list’s total: nothing checked',
      code: '资金总额2,400.00万元，其中中央补助720.00万元，占全县项目资金的12.0%；县级配套1,080.00万元。\n',
    },
  ],
  invalid: [
    {
      why: 'the unnamed share after 占项目资金的: 1,080 of 2,400 is 45.0%, not 47.5%',
      code: '农村饮水安全巩固提升工程是我局年度重点项目，资金总额2,400.00万元，其中中央补助720.00万元，占项目资金的30.0%；省级补助600.00万元；县级配套1,080.00万元，占47.5%。\n',
      errors: [{ message: '县级配套1,080.00万元占资金2,400.00万元的45.0%，而非所写的47.5%', line: 1, column: 94 }],
    },
    {
      why: '占本项目资金的 itself wrong: 720 of 2,400 is 30.0%, not 33.0%',
      code: '项目资金总额2,400.00万元，其中中央补助720.00万元，占本项目资金的33.0%，县级配套1,680.00万元。\n',
      errors: [{ message: '中央补助720.00万元占本项目资金2,400.00万元的30.0%，而非所写的33.0%', line: 1, column: 40 }],
    },
  ],
});
