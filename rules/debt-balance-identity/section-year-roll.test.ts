import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on one year's execution and the next year's draft names two years in its title, and dates no sentence by it;
// the title of the section a roll stands in does (一、2025年预算执行情况 over （四）政府债务情况): a roll told from the balance's
// subject with the bare 年初 and a closing 年末为 (加…、减…) is that year's. Snippets written for these tests.
const TITLE = '关于松岭县2025年预算执行情况和2026年预算草案的报告\n\n一、2025年预算执行情况\n\n（四）政府债务情况\n\n';
ruleTester(rule, {
  valid: [
    {
      why: '48,200 + 9,600 + 3,400 − 5,800 = 55,400',
      code: `${TITLE}全县政府债务余额年初48,200万元，加新增债券9,600万元、再融资债券3,400万元，减还本5,800万元，年末为55,400万元。\n`,
    },
    {
      why: 'two rolls, each in its own year’s section: neither year’s flows are the other’s',
      code: `${TITLE}全县政府债务余额年初48,200万元，加新增债券9,600万元、再融资债券3,400万元，减还本5,800万元，年末为55,400万元。\n\n二、2026年预算草案\n\n全县政府债务余额年初55,400万元，预计加新增债券8,000万元、再融资债券2,600万元，减还本4,900万元，年末为61,100万元。\n`,
    },
  ],
  invalid: [
    {
      why: '年初 with no 为, 加 and 减 without 上 and 去',
      code: `${TITLE}全县政府债务余额年初48,200万元，加新增债券9,600万元、再融资债券3,400万元，减还本5,800万元，年末为54,500万元。\n`,
      errors: [{ message: '2025年末全县政府债务余额54,500万元，但年初余额48,200万元 + 新增债券9,600万元 + 再融资债券3,400万元 - 还本5,800万元 = 55400万元，相差900万元', line: 7, column: 60 }],
    },
    {
      why: 'a general debt’s roll in 亿元, the section title one level up',
      code: `关于云溪市2025年市级预算执行情况与2026年市级预算草案的报告\n\n一、2025年预算执行情况\n\n（三）政府债务\n\n全市一般债务余额年初为126.40亿元，加上当年新增一般债券18.20亿元、再融资一般债券7.60亿元，减去偿还本金9.40亿元，年末为143.80亿元。\n`,
      errors: [{ message: '2025年末全市一般债务余额143.80亿元，但年初余额126.40亿元 + 新增债券18.20亿元 + 再融资债券7.60亿元 - 还本9.40亿元 = 142.80亿元，相差1.00亿元', line: 7, column: 69 }],
    },
  ],
});
