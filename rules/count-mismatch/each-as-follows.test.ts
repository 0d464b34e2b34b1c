import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count, then a clause saying what is given of each thing counted and 如下 with a colon (项目9个，各项目发行额和已支出金额
// 如下：), then the things numbered inline (（1）…；（2）…): the numbered items are the list, to the paragraph's end. A clause
// naming only some of them (其中重点项目情况如下：) opens no list of all. Snippets written for these tests; none is copied
// from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'four projects counted, four numbered after 各项目…如下：',
      code: '2025年全县共安排专项债券项目4个，各项目发行额和已支出金额如下：（1）城东污水处理厂提标改造项目，发行额12,000万元，已支出10,800万元；（2）县城供热管网改造项目，发行额9,000万元，已支出8,100万元；（3）产业园标准厂房项目，发行额15,000万元，已支出12,000万元；（4）县中医院住院楼项目，发行额8,000万元，已支出7,200万元。\n',
    },
    {
      why: '其中 names some of the counted: the three numbered are not all nine',
      code: '全年实施民生实事项目9个，其中各重点项目推进情况如下：（1）老旧小区改造，完成投资6,200万元；（2）城乡供水一体化，完成投资4,800万元；（3）社区养老服务中心建设，完成投资1,500万元。\n',
    },
  ],
  invalid: [
    {
      why: '6个 with five numbered after 各项目…如下：',
      code: '2025年全县共安排专项债券项目6个，各项目发行额和已支出金额如下：（1）城东污水处理厂提标改造项目，发行额12,000万元，已支出10,800万元；（2）县城供热管网改造项目，发行额9,000万元，已支出8,100万元；（3）产业园标准厂房项目，发行额15,000万元，已支出12,000万元；（4）县中医院住院楼项目，发行额8,000万元，已支出7,200万元；（5）农贸市场改造项目，发行额4,000万元，已支出3,600万元。\n',
      errors: [{ message: '所述数量为“6个”，但其后只列举了5项', line: 1, column: 17 }],
    },
    {
      why: '三项 with four numbered 1. 2. 3. 4. after 每项任务的完成情况如下：',
      code: '本年度确定预算管理改革重点任务三项，每项任务的完成情况如下：1.全面实施零基预算，已覆盖全部一级预算单位；2.推进预算一体化系统建设，已上线运行；3.完善绩效目标管理，已实现全覆盖；4.加强结转结余资金清理，已收回资金1,260万元。\n',
      errors: [{ message: '所述数量为“三项”，但其后列举了4项', line: 1, column: 16 }],
    },
  ],
});
