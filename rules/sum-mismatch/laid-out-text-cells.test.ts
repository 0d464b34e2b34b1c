import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A project table pasted as text (tabs, or runs of spaces) with a column of outputs whose cells group thousands
// (管护面积12,000亩): the comma ends no sentence there, so the rows stay a table and its 合计 row is checked.
ruleTester(rule, {
  valid: [
    {
      why: '620.00 + 415.50 + 86.00 = 1,121.50',
      code: '表2 重点项目绩效目标（单位：万元）\n项目名称\t预算金额\t主要产出指标\n人居环境整治\t620.00\t整治自然村18个\n农田管护\t415.50\t管护面积12,000亩\n物资储备\t86.00\t储备点位5处\n合计\t1,121.50\t—',
    },
  ],
  invalid: [
    {
      why: 'tab-separated: 620.00 + 415.50 + 86.00 = 1,121.50, stated 1,131.50',
      code: '表2 重点项目绩效目标（单位：万元）\n项目名称\t预算金额\t主要产出指标\n人居环境整治\t620.00\t整治自然村18个\n农田管护\t415.50\t管护面积12,000亩\n物资储备\t86.00\t储备点位5处\n合计\t1,131.50\t—',
      errors: [{ message: '表中合计行“预算金额”列1,131.50万元，但分项之和为1121.50万元（620.00 + 415.50 + 86.00），相差10.00万元', line: 6, column: 4 }],
    },
    {
      why: 'laid out with spaces, a 1,260 in the first row: 481.00 + 236.50 = 717.50, stated 771.50',
      code: '重点项目绩效目标（单位：万元）\n项目名称        预算金额    主要产出指标\n道路养护        481.00      养护里程1,260公里\n水库除险        236.50      除险水库3座\n合计            771.50      —',
      errors: [{ message: '表中合计行“预算金额”列771.50万元，但分项之和为717.50万元（481.00 + 236.50），相差54.00万元', line: 5, column: 15 }],
    },
  ],
});
