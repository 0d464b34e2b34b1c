import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 以下四部分：A、B、C、D、E: a numeral counts 部分 with no 个 between, as it counts 方面; the items after the colon
// may each carry a quantity of their own (12座, 38.6公里) in units that are not the count's, and are still one part each.
ruleTester(rule, {
  valid: [
    { why: 'four parts, four items with quantities', code: '本工程建设内容包括以下四部分：新建加压泵站3座、铺设供水主管道21.5公里、改造入户管网8.2公里、建设水质监测站1处。' },
    { why: 'two parts split as 一部分…另一部分: no list of items', code: '该笔资金分为两部分：一部分用于偿还到期债券本金，另一部分用于补充项目资本金。' },
    { why: '这三部分 points back to parts already named', code: '这三部分资金合计1,200万元，已全部拨付到位。' },
    { why: '大部分 is a share, not a count', code: '本年度大部分项目已完工：城区道路、排水管网、公园绿地。' },
  ],
  invalid: [
    {
      why: 'four parts, five items each with its own quantity',
      code: '本期扩建工程主要包括以下四部分：新建生化池2座、扩建二沉池1座、敷设截污干管12.4公里、改造提升泵站3座、建设在线监测系统1套。',
      errors: [{ message: '本期扩建工程所述数量为“四部分”，但其后列举了5项', line: 1, column: 13 }],
    },
    {
      why: 'three parts, two items with lengths',
      code: '年度农村公路建设任务分为以下三部分：新改建通村公路46.8公里、实施安全生命防护工程120公里。',
      errors: [{ message: '年度农村公路建设任务所述数量为“三部分”，但其后只列举了2项', line: 1, column: 15 }],
    },
    {
      why: 'five parts, four items without quantities',
      code: '项目总投资估算包括以下五部分：工程费用、工程建设其他费用、预备费、建设期利息。',
      errors: [{ message: '项目总投资估算所述数量为“五部分”，但其后只列举了4项', line: 1, column: 12 }],
    },
  ],
});
