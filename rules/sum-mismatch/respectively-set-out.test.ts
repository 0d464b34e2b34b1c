import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 分别为： after a total sets out the whole of it, each part in turn (更新车辆6辆，分别为：A2辆、B1辆、C2辆): unlike a 其中
// list, which may be a selection, its parts must make the total. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '2 + 1 + 3 = 6', code: '2025年拟更新车辆6辆，分别为：市公安局2辆、市应急管理局1辆、市城市管理局3辆，均为执法执勤用车。\n' },
    { why: 'money: 100 + 120 + 80 = 300', code: '本年度安排专项资金300.00万元，分别为：甲项目100.00万元、乙项目120.00万元、丙项目80.00万元。\n' },
    { why: '其中 may be a selection: 2 + 1 + 2 short of 6 says nothing', code: '2025年拟更新车辆6辆，其中：市公安局2辆、市应急管理局1辆、市城市管理局2辆。\n' },
    { why: '分别为 after names, not after a total: no list of parts', code: '一般债务和专项债务余额分别为：58.11亿元、121.14亿元。\n' },
  ],
  invalid: [
    {
      why: '2 + 1 + 2 = 5 against 6',
      code: '2025年拟更新车辆6辆，分别为：市公安局2辆、市应急管理局1辆、市城市管理局2辆，均为执法执勤用车。\n',
      errors: [{ message: '拟更新车辆合计6辆，但分项之和为5辆（2 + 1 + 2），相差1辆', line: 1, column: 11 }],
    },
    {
      why: '分别是： 100 + 120 + 90 = 310 against 300',
      code: '本年度安排专项资金300.00万元，分别是：甲项目100.00万元、乙项目120.00万元、丙项目90.00万元。\n',
      errors: [{ message: '专项资金合计300.00万元，但分项之和为310.00万元（100.00 + 120.00 + 90.00），相差10.00万元', line: 1, column: 10 }],
    },
  ],
});
