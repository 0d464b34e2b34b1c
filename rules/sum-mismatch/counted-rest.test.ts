import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count split in two, the second part the rest of the same kind of thing (其中救护车4辆、其他用车1辆; 其中在职人员38人、
// 其他人员6人): 其他 closes the list, so its parts are the whole count. Money split so is left open (其他支出 may name one
// item of a classification). Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '4 + 2 = 6 vehicles', code: '本单位共有车辆6辆，其中救护车4辆、其他用车2辆；单位价值50万元以上的通用设备3台（套）。' },
    { why: 'the rest named as another kind (其他设备 after 车): no closed split', code: '本单位共有资产12台（辆），其中救护车4辆、其他设备6台。' },
    { why: 'money split in two with 其他 stays open', code: '本年支出100.00万元，其中基本支出60.00万元、其他支出30.00万元。' },
  ],
  invalid: [
    {
      why: '4 + 1 is 5 vehicles, not 6',
      code: '本单位共有车辆6辆，其中救护车4辆、其他用车1辆；单位价值50万元以上的通用设备3台（套）。',
      errors: [{ message: '共有车辆合计6辆，但分项之和为5辆（4 + 1），相差1辆', line: 1, column: 8 }],
    },
    {
      why: '38 + 6 is 44 people, not 46',
      code: '2025年末实有人员46人，其中在职人员38人、其他人员6人。',
      errors: [{ message: '实有人员合计46人，但分项之和为44人（38 + 6），相差2人', line: 1, column: 11 }],
    },
  ],
});
