import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 存在以下4方面问题：（1）…；（2）…: the numeral of a bare counter (方面, 点, 条) is written in digits as often as in
// words; the count is of the items after it all the same. A digit run that is part of a decimal or an ordinal is none.
ruleTester(rule, {
  valid: [
    {
      why: 'four aspects, four numbered items',
      code: '评价组认为，项目主要存在以下4方面问题：（1）绩效目标设置偏粗；（2）资金拨付进度偏慢；（3）管护经费来源不明确；（4）档案资料归集不全。',
    },
    {
      why: 'a decimal before 点 is no count',
      code: '全年综合物价指数上涨0.3点，主要有以下两点原因：一是食品价格回升；二是服务价格上涨。',
    },
  ],
  invalid: [
    {
      why: 'digits before 方面, numbered （1）（2）（3）',
      code: '评价组认为，项目主要存在以下4方面问题：（1）绩效目标设置偏粗；（2）资金拨付进度偏慢；（3）管护经费来源不明确。',
      errors: [{ message: '所述“4方面问题”，但其后只列举了3项', line: 1, column: 15 }],
    },
    {
      why: 'the digits set apart from 方面 by a space, as a converted text has them',
      code: '评价组认为，项目主要存在以下 4 方面问题：（1）绩效目标设置偏粗；（2）资金拨付进度偏慢；（3）管护经费来源不明确。',
      errors: [{ message: '所述“4 方面问题”，但其后只列举了3项', line: 1, column: 16 }],
    },
    {
      why: 'digits before 条, items 一是…',
      code: '针对上述情况，提出以下3条建议：一是细化年度绩效目标；二是加快资金拨付进度。',
      errors: [{ message: '所述“3条建议”，但其后只列举了2项', line: 1, column: 12 }],
    },
  ],
});
