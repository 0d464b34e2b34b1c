import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 项目 | 年初预算 | 调增 | 调减 | 调整后预算: in every row the stage after is the stage before plus what is
// added less what is taken.
const table = (rows: string[], head = '| 项目 | 年初预算 | 调增 | 调减 | 调整后预算 |') =>
  ['单位：万元', '', head, '|---|---|---|---|---|', ...rows].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'a signed 调整数 column that closes every row, a fall with a minus sign',
      code: ['单位：万元', '', '| 项目 | 年初预算数 | 调整数 | 调整后预算数 |', '|---|---|---|---|', '| 教育支出 | 21,460 | 1,280 | 22,740 |', '| 农林水支出 | 18,920 | -650 | 18,270 |'].join('\n'),
      format: 'markdown',
    },
    {
      why: 'every row closes: 18,640 + 1,260 - 0 = 19,900; 42,380 + 2,150 - 480 = 44,050',
      code: table(['| 一般公共服务支出 | 18,640 | 1,260 | 0 | 19,900 |', '| 教育支出 | 42,380 | 2,150 | 480 | 44,050 |', '| 合计 | 61,020 | 3,410 | 480 | 63,950 |']),
      format: 'markdown',
    },
    {
      why: 'a dash for no step, and heads 调增数/调减数/调整后预算数',
      code: table(['| 农林水支出 | 38,450 | 4,620 | — | 43,070 |', '| 卫生健康支出 | 16,920 | 1,850 | 320 | 18,450 |', '| 合计 | 55,370 | 6,470 | 320 | 61,520 |'], '| 项目 | 年初预算数 | 调增数 | 调减数 | 调整后预算数 |'),
      format: 'markdown',
    },
    {
      why: 'no column of what is added or taken: nothing to check between the two stages',
      code: ['单位：万元', '', '| 项目 | 年初预算 | 调整后预算 | 增减% |', '|---|---|---|---|', '| 教育支出 | 42,380 | 44,050 | 3.9 |'].join('\n'),
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'one signed 调整数 column: 18,920 - 650 = 18,270, stated 18,370',
      code: ['单位：万元', '', '| 项目 | 年初预算数 | 调整数 | 调整后预算数 |', '|---|---|---|---|', '| 教育支出 | 21,460 | 1,280 | 22,740 |', '| 农林水支出 | 18,920 | -650 | 18,370 |'].join('\n'),
      format: 'markdown',
      errors: [{ message: '表中“农林水支出”行调整后预算数18,370万元，但分项之和为18270万元（18920 - 650），相差100万元', line: 6, column: 27 }],
    },
    {
      why: '38,450 + 4,620 - 1,200 = 41,870, stated 42,870 (and the 调整后 column no longer adds up)',
      code: table(['| 教育支出 | 42,380 | 2,150 | 480 | 44,050 |', '| 农林水支出 | 38,450 | 4,620 | 1,200 | 42,870 |', '| 合计 | 80,830 | 6,770 | 1,680 | 85,920 |']),
      format: 'markdown',
      errors: [
        { message: '“农林水支出”行调整后预算42,870万元，但按年初预算加调增减调减计算应为41870万元（38450 + 4620 - 1200），相差1000万元', line: 6, column: 36 },
      ],
    },
    {
      why: '亿元, heads with 数: 12.60 + 0.35 - 0.10 = 12.85, stated 12.95',
      code: ['单位：亿元', '', '| 项目 | 年初预算数 | 调增数 | 调减数 | 调整后预算数 |', '|---|---|---|---|---|', '| 上级补助收入 | 12.60 | 0.35 | 0.10 | 12.95 |'].join('\n'),
      format: 'markdown',
      errors: [
        { message: '“上级补助收入”行调整后预算数12.95亿元，但按年初预算数加调增数减调减数计算应为12.85亿元（12.60 + 0.35 - 0.10），相差0.10亿元', line: 5, column: 34 },
      ],
    },
  ],
});
