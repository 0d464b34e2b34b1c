import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A rate on last year's outturn with no prior stated (比上年执行数增长2.8%), of a level named with its scope (省级, 市本级): a
// table row naming no scope is of the scope its caption names, and a row of the whole province (全省) is no prior of the
// province's own level (省级), nor the other way round.
// Snippets written for these tests; none is copied from a real disclosure.
const WHOLE = '一、2025年预算执行情况\n全省一般公共预算收支执行情况见表1。\n表1\t2025年全省一般公共预算收支执行情况\t单位：亿元\n项目\t预算数\t执行数\n一般公共预算收入\t412.00\t418.60\n一般公共预算支出\t1,960.00\t1,932.40\n二、2026年预算草案\n';

ruleTester(rule, {
  valid: [
    { why: '省级 spending is not the 全省 row of the table', code: `${WHOLE}2026年省级一般公共预算支出安排586.00亿元，比上年执行数增长3.1%。\n` },
    { why: '省本级 is the province’s own level too', code: `${WHOLE}2026年省本级一般公共预算收入安排136.00亿元，比上年执行数增长2.4%。\n` },
    { why: 'the whole province’s, the rate right: 1,990.00 on 1,932.40 is 2.98%', code: `${WHOLE}2026年全省一般公共预算支出安排1,990.00亿元，比上年执行数增长3.0%。\n` },
  ],
  invalid: [
    {
      why: 'the whole province’s against the whole province’s row: 1,990.00 on 1,932.40 is 2.98%, not 4.0%',
      code: `${WHOLE}2026年全省一般公共预算支出安排1,990.00亿元，比上年执行数增长4.0%。\n`,
      errors: [{ message: '一般公共预算支出安排1,990.00亿元，按增加计，上年执行数为1,932.40亿元，增幅应为2.98%，而非所写的4.0%', line: 8, column: 37 }],
    },
  ],
});
