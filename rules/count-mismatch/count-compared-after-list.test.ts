import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A list closed by a comma may go on after it, unless the clause after the comma compares how many there are with an
// earlier date (，子基金数量与上年持平, ，个数比上年增加1个): that clause speaks of the count, so the list ended at the comma.
// 支 counts funds and teams as 个 counts other things. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'four funds counted with 支, four named, then their number against last year',
      code: '截至2025年末，引导基金已参股设立子基金4支，分别为先进制造子基金、数字经济子基金、现代农业子基金、医疗健康子基金，子基金数量与上年持平。\n',
    },
    {
      why: 'three teams named after 三支, and a clause of what they did',
      code: '全年组建三支应急服务队，即城区服务队、北部山区服务队、沿河服务队，个数较上年增加1支。\n',
    },
    {
      why: 'the clause after the comma names one more place, not the count: the list may go on, fewer named proves nothing',
      code: '今年新建便民服务站5个，包括东关站、西门站、南湖站，数字化服务平台一处。\n',
    },
  ],
  invalid: [
    {
      why: '6支 with five funds named, then 数量与上年持平',
      code: '截至2025年末，引导基金已参股设立子基金6支，分别为先进制造子基金、数字经济子基金、现代农业子基金、医疗健康子基金、新材料子基金，子基金数量与上年持平。\n',
      errors: [{ message: '所述数量为“6支”，但其后只列举了5项', line: 1, column: 22 }],
    },
    {
      why: '五项 with four tasks named, then 任务数量比上年有所增加 (no figure of its own)',
      code: '本年度推进的财政改革任务五项，即预算绩效管理改革、国库集中支付改革、政府采购制度改革、国有资产管理改革，任务数量比上年有所增加。\n',
      errors: [{ message: '所述数量为“五项”，但其后只列举了4项', line: 1, column: 13 }],
    },
    {
      why: '4类 with three named, then 总数与上年末相同',
      code: '年末纳入名录的政策性担保产品共4类，分别为科技贷、农担贷、创业担保贷，总数与上年末相同。\n',
      errors: [{ message: '所述数量为“4类”，但其后只列举了3项', line: 1, column: 16 }],
    },
  ],
});
