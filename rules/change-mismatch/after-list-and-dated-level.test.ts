import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two changes that state no level of their own in their clause: one after a 其中 list (the last part's or the
// whole's: when it fits neither, it is wrong whichever was meant, and is read as the last part's), and one in a
// sentence comparing with a named year (与2023年度相比) whose level the sentence before states dated by the year after.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'the change fits the last part: 340 / (1,860 − 340) = 22.4%',
      code: '2025年财政拨款支出预算14,977.34万元，其中：一般公共预算支出13,117.34万元；政府性基金支出1,860.00万元，比2024年预算增加340.00万元，增长22.4%。',
    },
    {
      why: 'the change fits the whole: 620 / (14,977.34 − 620) = 4.3%',
      code: '2025年财政拨款支出预算14,977.34万元，其中：一般公共预算支出13,117.34万元；政府性基金支出1,860.00万元，比2024年预算增加620.00万元，增长4.3%。',
    },
    {
      why: '146.36 / (3,910.36 − 146.36) = 3.9%, the level dated 2024 and the change against 2023',
      code: '2024年度一般公共预算财政拨款支出3,910.36万元，占本年支出合计的86.8%。与2023年度相比，一般公共预算财政拨款支出增加146.36万元，增长3.9%。',
    },
  ],
  invalid: [
    {
      why: 'neither the part (22.4%) nor the whole (2.3%) gives 18.4%: read as the last part’s',
      code: '2025年财政拨款支出预算14,977.34万元，其中：一般公共预算支出13,117.34万元；政府性基金支出1,860.00万元，比2024年预算增加340.00万元，增长18.4%。',
      errors: [{ message: '政府性基金支出1,860.00万元，按增加340.00万元计，2024年预算为1520.00万元，增幅应为22.37%，而非所写的18.4%', line: 1, column: 88 }],
    },
    {
      why: '146.36 / 3,764.00 = 3.89%, stated 4.3%',
      code: '2024年度一般公共预算财政拨款支出3,910.36万元，占本年支出合计的86.8%。与2023年度相比，一般公共预算财政拨款支出增加146.36万元，增长4.3%。',
      errors: [{ message: '一般公共预算财政拨款支出3,910.36万元，按增加146.36万元计，2023年为3764.00万元，增幅应为3.89%，而非所写的4.3%', line: 1, column: 79 }],
    },
  ],
});
