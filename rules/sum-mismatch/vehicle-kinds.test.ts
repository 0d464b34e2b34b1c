import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 共有车辆18辆，其中：机要通信用车1辆，应急保障用车2辆，执法执勤用车9辆…: the kinds of vehicle by use (国有资产占用情况)
// each name a different kind, so no first item is a subset before a split of the rest. A list of them may still
// leave kinds out: short of the total says nothing, above it contradicts (closed by 其他用车, the list is the whole).
ruleTester(rule, {
  valid: [
    {
      why: 'a sentence opening with 包括 lists the kinds of the count before it: its first kind is no total of the rest',
      code: '全区公务用车保有量1,246辆。包括一般公务用车（含机要通信用车）418辆，执法执勤用车692辆，特种专业技术用车136辆。',
    },
    {
      why: 'the same with 、 between the kinds',
      code: '本部门共有车辆28辆。包括一般公务用车6辆、执法执勤用车12辆、特种专业技术用车10辆。',
    },
    {
      why: 'the same opened by 主要包括, after a change of the count',
      code: '截至2024年末，本单位公务用车实有36辆，比上年末减少2辆。主要包括一般公务用车4辆，执法执勤用车20辆，特种专业技术用车12辆。',
    },
    {
      why: 'kinds adding up, set off by commas',
      code: '本部门共有车辆19辆，其中：机要通信用车1辆，应急保障用车2辆，执法执勤用车9辆，特种专业技术用车4辆，其他用车3辆。',
    },
    {
      why: 'two kinds named, short of the total: the rest may be of kinds not named',
      code: '截至年底，单位共有车辆26辆，其中执法执勤用车12辆，特种专业技术用车8辆。',
    },
    {
      why: 'a first item that is no kind of use (新购置) stays a subset before the split by kind',
      code: '本单位实有车辆12辆，其中本年新购置2辆，执法执勤用车7辆，应急保障用车5辆。',
    },
    {
      why: '主要是： two kinds after a colon, short of the count: still a list that may leave kinds out',
      code: '2024年共更新购置公务用车十辆，主要是：执法执勤用车六辆，特种专业技术用车三辆。',
    },
    {
      why: 'kinds whose names end in 车 but no 其他 to take the rest: short of the count says nothing',
      code: '截至2025年末，本中心共有车辆31辆，其中：救护车18辆、执法执勤用车7辆、应急指挥车4辆；单价50万元以上专用设备40台。',
    },
    {
      why: '其他 closing kinds of another thing (设备): no closed list of vehicles',
      code: '本院共有车辆12辆，其中：救护车6辆、转运车3辆、其他设备2辆。',
    },
  ],
  invalid: [
    {
      why: 'kinds named by their use or their own name (救护车, 执法执勤用车), closed by 其他用车: 17 + 5 + 4 = 26 against 27',
      code: '截至2025年12月31日，本单位共有车辆27辆，其中：救护车17辆、执法执勤用车5辆、其他用车4辆；单价100万元（含）以上专用设备58台（套）。',
      errors: [{ message: '共有车辆合计27辆，但分项之和为26辆（17 + 5 + 4），相差1辆', line: 1, column: 22 }],
    },
    {
      why: 'the same set off by commas, the kinds ending in 车 each',
      code: '全局实有公务用车42辆，其中：消防车20辆，巡逻车15辆，其他用车6辆。',
      errors: [{ message: '全局实有公务用车合计42辆，但分项之和为41辆（20 + 15 + 6），相差1辆', line: 1, column: 9 }],
    },
    {
      why: '1 + 2 + 9 + 4 + 3 = 19 against 18 (2 + 9 + 4 + 3 = 18 is no split: 机要通信用车 is a kind, not a subset)',
      code: '本部门共有车辆18辆，其中：机要通信用车1辆，应急保障用车2辆，执法执勤用车9辆，特种专业技术用车4辆，其他用车3辆。',
      errors: [{ message: '共有车辆合计18辆，但分项之和为19辆（1 + 2 + 9 + 4 + 3），相差1辆', line: 1, column: 8 }],
    },
    {
      why: '；-separated kinds: 1 + 5 + 3 = 9 against 8',
      code: '截至2024年12月31日，共有公务用车8辆。其中：应急保障用车1辆；执法执勤用车5辆；其他用车3辆。',
      errors: [{ message: '共有公务用车合计8辆，但分项之和为9辆（1 + 5 + 3），相差1辆', line: 1, column: 21 }],
    },
    {
      why: '领导干部用车 first: 1 + 4 + 2 = 7 against 6',
      code: '车辆6辆，其中主要领导干部用车1辆，执法执勤用车4辆，特种专业技术用车2辆。',
      errors: [{ message: '车辆合计6辆，但其中所列分项之和已达7辆（1 + 4 + 2），超出1辆', line: 1, column: 3 }],
    },
    {
      why: '一般公务用车 with a note in brackets leads the kinds: 310 + 520 + 96 = 926 against 916',
      code: '全区公务用车保有量为916辆。其中：一般公务用车（含机要通信用车）310辆，执法执勤用车520辆，特种专业技术用车96辆。',
      errors: [{ message: '公务用车保有量合计916辆，但其中所列分项之和已达926辆（310 + 520 + 96），超出10辆', line: 1, column: 11 }],
    },
  ],
});
