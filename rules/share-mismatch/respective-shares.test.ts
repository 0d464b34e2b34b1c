import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Shares set out with 分别 after the amounts they are of: the first share is the first amount's, and so on, each of the
// whole those amounts are the parts of. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '90, 24 and 6 of 120: 75.0%, 20.0%, 5.0%', code: '全县纳入评价的项目共120个，其中优秀90个、良好24个、一般6个，分别占75.0%、20.0%和5.0%。\n' },
    { why: 'money, 分别占…的比重为: 600 and 200 of 800', code: '本年支出合计800.00万元，其中基本支出600.00万元，项目支出200.00万元，分别占支出合计的比重为75.0%和25.0%。\n' },
    { why: 'three shares for four amounts: which is whose is not said', code: '318个项目中，优的241个、良的62个、中的12个、差的3个，分别占75.8%、19.5%和4.7%。\n' },
    { why: 'no whole the amounts are parts of: nothing to take shares of', code: '优的241个、良的62个，分别占80.0%和20.0%。\n' },
  ],
  invalid: [
    {
      why: '3 of 318 is 0.94%, stated 0.6% (the other three fit)',
      code: '318个项目中，自评结果为优的241个、良的62个、中的12个、差的3个，分别占75.8%、19.5%、3.8%和0.6%。\n',
      errors: [{ message: '差的3个占项目318个的0.9%，而非所写的0.6%', line: 1, column: 58 }],
    },
    {
      why: '200 of 800 is 25.0%, stated 20.0%',
      code: '本年支出合计800.00万元，其中基本支出600.00万元，项目支出200.00万元，分别占支出合计的比重为75.0%和20.0%。\n',
      errors: [{ message: '项目支出200.00万元占本年支出800.00万元的25.0%，而非所写的20.0%', line: 1, column: 61 }],
    },
  ],
});
