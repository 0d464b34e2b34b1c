import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 其中 list opened inline that has not reached its total may go on in the next sentence, but only while it
// stays within the total: amounts past the full stop that overshoot it are another breakdown or another
// sentence's figures. A list set out after 其中： is read on either way (sum-mismatch.test.ts, across sentences).
ruleTester(rule, {
  valid: [
    {
      why: '教育 and 卫生健康 are parts of 民生支出, listed after the full stop: 112.30 + 26.84 + 12.46 overshoots 142.60',
      code: '全市一般公共预算支出安排142.60亿元，其中民生支出112.30亿元。教育支出26.84亿元；卫生健康支出12.46亿元。',
    },
    {
      why: 'the same with their shares of the whole after each',
      code: '全市一般公共预算支出安排142.60亿元，其中民生支出112.30亿元，占比78.8%。教育支出26.84亿元，占一般公共预算支出的18.8%；卫生健康支出12.46亿元，占8.7%。',
    },
    {
      why: 'a roll-forward after a 其中 list of balances by kind: its figures are no more kinds of the balance',
      code: '2024年末全市政府债务余额386.42亿元，低于债务限额412.60亿元，其中一般债务余额142.18亿元，专项债务余额244.24亿元。2024年初余额为352.16亿元，加上新增债券46.80亿元、再融资债券28.60亿元，减去偿还本金42.14亿元，年末余额为385.42亿元。',
    },
    {
      why: 'a list that goes on in the next sentence and adds up: 2,100.00 + 1,300.00 + 600.00 = 4,000.00',
      code: '2025年一般公共预算支出4,000.00万元，其中：教育支出2,100.00万元。卫生健康支出1,300.00万元；农林水支出600.00万元。',
    },
  ],
  invalid: [
    {
      why: 'the list within the sentence already overshoots: 3,100.00 + 1,300.00 = 4,400.00 against 4,000.00',
      code: '2025年一般公共预算支出4,000.00万元，其中：教育支出3,100.00万元，卫生健康支出1,300.00万元。',
      errors: [{ message: '一般公共预算支出合计4,000.00万元，但其中所列分项之和已达4400.00万元（3100.00 + 1300.00），超出400.00万元', line: 1, column: 14 }],
    },
  ],
});
