import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 采购预算A，其中服务类B、货物类C。其中预留给中小企业的份额D: a 其中 opening the sentence after a list ends on one
// item of that list, not on a total it could break down: the next 其中 speaks of the whole again (or of a share of it).
ruleTester(rule, {
  valid: [
    {
      why: 'the share reserved for small firms, after a list of two kinds of procurement',
      code: '2026年本单位政府采购预算248.60万元，其中工程类采购168.60万元、服务类采购80.00万元。其中预留给中小企业的采购份额248.60万元，占比100%。',
    },
    {
      why: 'a list joined by 和, then 其中 about the whole again',
      code: '全年安排项目支出3,560.00万元，其中基础设施建设2,400.00万元和设备购置1,160.00万元。其中，中央转移支付资金3,000.00万元，由县财政统筹安排。',
    },
  ],
  invalid: [
    {
      why: 'a total in a sentence of its own: the 其中 of the next sentence still breaks it down',
      code: '2026年本单位政府采购预算共计248.60万元。其中工程类采购168.60万元、服务类采购100.00万元。',
      errors: [{ message: '政府采购预算合计248.60万元，但其中所列分项之和已达268.60万元（168.60 + 100.00），超出20.00万元', line: 1, column: 17 }],
    },
  ],
});
