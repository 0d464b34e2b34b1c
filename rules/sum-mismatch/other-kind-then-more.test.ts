import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A list closed by its 其他 (执法执勤用车、特种专业技术用车、其他用车) is the whole of its total, unless the next sentence
// names another member of the same kind with its figure (一般公务用车1,246辆): then 其他用车 is one class of its own and
// the list goes on past it. Snippets written for these tests.
const VEHICLES = (next: string) => `车辆4,862辆，比上年减少186辆。其中：执法执勤用车1,862辆，特种专业技术用车1,426辆，其他用车328辆。\n${next}`;
ruleTester(rule, {
  valid: [
    { why: 'the fourth class in the next paragraph: 1,246 + 1,862 + 1,426 + 328 = 4,862', code: VEHICLES('一般公务用车1,246辆，比上年减少58辆。') },
    { why: 'the fourth class in the next sentence of the paragraph', code: '车辆4,862辆。其中：执法执勤用车1,862辆，特种专业技术用车1,426辆，其他用车328辆。一般公务用车1,246辆，均已纳入平台管理。' },
  ],
  invalid: [
    {
      why: 'nothing follows the list: 其他用车 closes it, 3,616 is not 4,862',
      code: VEHICLES('单位价值100万元以上的大型设备2,146台（套）。'),
      errors: [{ message: '车辆合计4,862辆，但分项之和为3616辆（1862 + 1426 + 328），相差1246辆', line: 1, column: 3 }],
    },
    {
      why: 'what follows is another kind of thing (设备), not a vehicle',
      code: VEHICLES('通用设备1,246台，比上年增加58台。'),
      errors: [{ message: '车辆合计4,862辆，但分项之和为3616辆（1862 + 1426 + 328），相差1246辆', line: 1, column: 3 }],
    },
  ],
});
