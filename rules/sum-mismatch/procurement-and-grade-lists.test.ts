import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 政府采购 is goods, works and services and nothing else; a grade count list ends at the ； after which
// other figures come; a colon before every figure ends a lead-in, not a count.
ruleTester(rule, {
  valid: [
    {
      why: '采购 = 货物 + 工程 + 服务: 62.14 + 0 + 153.24 = 215.38',
      code: '2024年度本部门政府采购支出总额215.38万元，其中：政府采购货物支出62.14万元、政府采购工程支出0万元、政府采购服务支出153.24万元。',
    },
    {
      why: 'shares of the 采购 total given to 中小企业 are no split of it',
      code: '2024年度政府采购支出总额486.20万元，其中授予中小企业合同金额420.00万元，授予小微企业合同金额300.00万元。',
    },
    {
      why: 'a grade list that adds up, a score and its grade after the ；',
      code: '2024年度本部门对22个项目开展了绩效自评，自评结果为优的15个、良的6个、中的1个、差的0个；平均得分90.3分，等级为“优”。',
    },
    {
      why: 'a colon ending a lead-in, then a grade list that adds up',
      code: '七、上年度绩效自评情况：2024年度本部门对12个项目开展了绩效自评，自评结果为优的5个、良的4个、中的2个、差的1个。',
    },
    {
      why: 'a line opening with 其中 after a line that ends on the last part of a list: the 预留份额 is no part of 服务类',
      code: '2025年政府采购预算总额1,426.00万元，其中：货物类156.00万元、工程类1,060.00万元、服务类210.00万元。\n其中，面向中小企业预留采购份额1,140.80万元，占政府采购预算总额的80.0%。',
    },
    {
      why: 'letter grades that add up: 8 + 4 + 2 + 0 = 14',
      code: '2024年度本部门组织对14个项目开展绩效自评，涉及资金2,418.60万元，评价结果为A级8个、B级4个、C级2个、D级0个。',
    },
  ],
  invalid: [
    {
      why: 'letter grades: 14个, but A级8 + B级4 + C级1 + D级0 = 13',
      code: '2024年度本部门组织对14个项目开展绩效自评，涉及资金2,418.60万元，评价结果为A级8个、B级4个、C级1个、D级0个。',
      errors: [{ message: '项目合计14个，但分项之和为13个（8 + 4 + 1 + 0），相差1个', line: 1, column: 13 }],
    },
    {
      why: '政府采购 215.38, but 62.14 + 0 + 143.24 = 205.38: less than the total, and the three kinds are all of it',
      code: '2024年度本部门政府采购支出总额215.38万元，其中：政府采购货物支出62.14万元、政府采购工程支出0万元、政府采购服务支出143.24万元。',
      errors: [{ message: '政府采购支出合计215.38万元，但分项之和为205.38万元（62.14 + 0 + 143.24），相差10.00万元', line: 1, column: 18 }],
    },
    {
      why: '采购预算 1,268, but 货物类 386 + 工程类 512 + 服务类 270 = 1,168',
      code: '2025年本部门政府采购预算1,268.00万元，其中货物类386.00万元、工程类512.00万元、服务类270.00万元。',
      errors: [{ message: '政府采购预算合计1,268.00万元，但分项之和为1168.00万元（386.00 + 512.00 + 270.00），相差100.00万元', line: 1, column: 15 }],
    },
    {
      why: '23个, but 15 + 6 + 1 + 0 = 22; the score after the ； is no part of the list',
      code: '2024年度本部门对23个项目开展了绩效自评，自评结果为优的15个、良的6个、中的1个、差的0个；平均得分90.3分，等级为“优”。',
      errors: [{ message: '项目合计23个，但分项之和为22个（15 + 6 + 1 + 0），相差1个', line: 1, column: 11 }],
    },
    {
      why: 'after a lead-in colon: 12个, but 5 + 4 + 2 + 2 = 13',
      code: '七、上年度绩效自评情况：2024年度本部门对12个项目开展了绩效自评，自评结果为优的5个、良的4个、中的2个、差的2个。',
      errors: [{ message: '项目合计12个，但分项之和为13个（5 + 4 + 2 + 2），相差1个', line: 1, column: 23 }],
    },
  ],
});
