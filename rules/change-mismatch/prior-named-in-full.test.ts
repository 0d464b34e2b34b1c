import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 比2024年度“三公”经费财政拨款决算数92.35万元减少5.93万元: after 比, a year, the thing's full name and its measure, then
// the earlier level and the change. The figure is the level the change is from, however long the name; read as this
// year's, it made a change of 5.93 on 92.35 look wrong. Snippets written for these tests; none is copied from a real
// disclosure.

ruleTester(rule, {
  valid: [
    {
      why: '5.93 from 92.35 is 6.42%: 下降6.4% is right',
      code: '2025年度“三公”经费财政拨款决算数为86.42万元，比2024年度“三公”经费财政拨款决算数92.35万元减少5.93万元，下降6.4%。',
    },
    {
      why: 'spaced as a PDF sets it: the same figures, right',
      code: '2025年度机关运行经费决算数为214.60万元，比 2024年度机关运行经费决算数 226.10万元减少 11.50万元，下降5.1%。',
    },
    {
      why: 'the budget of the same year named in full: 12.18 from 98.60 is 12.35%',
      code: '2025年度“三公”经费财政拨款决算数为86.42万元，比2025年度“三公”经费财政拨款预算数98.60万元减少12.18万元，下降12.4%。',
    },
    {
      why: 'a figure after the year and name with no change after it is no prior: nothing to check',
      code: '2025年度本单位政府采购支出总额为1,286.40万元，较2024年度政府采购预算执行数多出的部分主要是设备更新。',
    },
  ],
  invalid: [
    {
      why: '5.93 from 92.35 is 6.42%, not 7.4%',
      code: '2025年度“三公”经费财政拨款决算数为86.42万元，比2024年度“三公”经费财政拨款决算数92.35万元减少5.93万元，下降7.4%。',
      errors: [{ message: '“三公”经费财政拨款决算数86.42万元，按减少5.93万元计，上年为92.35万元，降幅应为6.42%，而非所写的7.4%', line: 1, column: 67 }],
    },
    {
      why: 'a rise named with 较 and a 执行数: 18.40 on 402.60 is 4.57%, not 5.6%',
      code: '2025年公共卫生服务补助资金支出421.00万元，较2024年度公共卫生服务补助资金执行数402.60万元增加18.40万元，增长5.6%。',
      errors: [{ message: '公共卫生服务补助资金支出421.00万元，按增加18.40万元计，上年为402.60万元，增幅应为4.57%，而非所写的5.6%', line: 1, column: 67 }],
    },
  ],
});
