import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget drafted before its year closes is set against last year's expected outturn: 比2025年预计执行数94,860万元增长
// 6.3%, 较上年预计完成数…增加. The figure after 比…预计执行数 is the base as 上年执行数 would be. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '100,520 on 94,860 is 5.97%, written 6.0%', code: '2026年全县社会保险基金支出预算100,520万元，比2025年预计执行数94,860万元增长6.0%，主要是待遇调整。' },
    { why: '48.62 on 45.30 is 7.33%', code: '2026年全市一般公共预算收入安排48.62亿元，较上年预计完成数45.30亿元增长7.3%。' },
  ],
  invalid: [
    {
      why: '100,520 on 94,860 is 5.97%, not 6.3%',
      code: '2026年全县社会保险基金支出预算100,520万元，比2025年预计执行数94,860万元增长6.3%，主要是待遇调整。',
      errors: [{ message: '社会保险基金支出预算100,520万元，按增加计，2025年预计执行数为94,860万元，增幅应为5.97%，而非所写的6.3%', line: 1, column: 49 }],
    },
    {
      why: '48.62 on 45.30 is 7.33%, not 8.3% (预计完成数)',
      code: '2026年全市一般公共预算收入安排48.62亿元，较上年预计完成数45.30亿元增长8.3%。',
      errors: [{ message: '一般公共预算收入安排48.62亿元，按增加计，上年预计完成数为45.30亿元，增幅应为7.33%，而非所写的8.3%', line: 1, column: 43 }],
    },
    {
      why: 'an amount of change against 预计执行: 3,260 − 3,040 = 220, not 240',
      code: '2026年“三公”经费预算3,260万元，比2025年预计执行3,040万元增加240万元。',
      errors: [{ message: '“三公”经费预算3,260万元比2025年预计执行3,040万元增加240万元，但两者实际相差220万元', line: 1, column: 41 }],
    },
  ],
});
