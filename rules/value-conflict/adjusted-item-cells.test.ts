import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 预算调整方案 states each item's adjustment once in its own paragraph (城乡社区支出调增3,180万元，主要用于…) beside a table
// 年初预算 | 调整数 | 调整后预算: a verb of adjustment after the row's name restates the row's 调整数 cell (or its 调增数 / 调减数
// cell, as the verb says), whatever sign the table writes it with, even with no other item in the sentence to agree.
const md =
  '\n\n表2 2025年一般公共预算支出调整表（单位：万元）\n\n| 项目 | 年初预算 | 调整数 | 调整后预算 |\n| --- | --- | --- | --- |\n| 城乡社区支出 | 24,360 | 3,180 | 27,540 |\n| 卫生健康支出 | 31,720 | -1,260 | 30,460 |\n| 住房保障支出 | 9,840 | 2,070 | 11,910 |\n| 合计 | 65,920 | 3,990 | 69,910 |\n';
// The same laid out with spaces, as a plain-text draft prints it, with separate 调增数 and 调减数 columns.
const txt = [
  '表3  2025年政府性基金预算支出调整表',
  '                                              单位：万元',
  '项目                      年初预算      调增数      调减数      调整后预算',
  '城乡社区支出                36,500       5,600           0          42,100',
  '农林水支出                   4,280         860           0           5,140',
  '其他政府性基金支出           7,920           0       1,350           6,570',
  '合计                        48,700       6,460       1,350          53,810',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'each adjustment as its row has it; 调减 against a cell written with its minus sign',
      code: `城乡社区支出调增3,180万元，主要用于老旧小区改造配套设施建设。\n\n卫生健康支出调减1,260万元，主要是部分公共卫生项目延至下年实施。${md}`,
      format: 'markdown',
    },
    {
      why: 'the figure is another cell of the row (the level after the adjustment), not a restated adjustment',
      code: `住房保障支出调增后为11,910万元，主要用于保障性租赁住房筹集。${md}`,
      format: 'markdown',
    },
    {
      why: 'a plain 增加 may be against last year, not the 年初预算: no adjustment verb, nothing restated',
      code: `城乡社区支出比上年增加3,810万元，主要是老旧小区改造项目增加。${md}`,
      format: 'markdown',
    },
    {
      why: 'the table’s own 调整数 is the slip (24,360 → 27,540 is 3,180): the text agrees with the row’s two levels',
      code: `城乡社区支出调增3,180万元，主要用于老旧小区改造配套设施建设。\n\n| 项目 | 年初预算 | 调整数 | 调整后预算 |\n| --- | --- | --- | --- |\n| 城乡社区支出 | 24,360 | 3,810 | 27,540 |\n| 卫生健康支出 | 31,720 | -1,260 | 30,460 |\n`,
      format: 'markdown',
    },
    {
      why: 'separate 调增数 / 调减数 columns, each verb restating its own',
      code: `其他政府性基金支出调减1,350万元，农林水支出调增860万元。\n\n${txt}`,
    },
  ],
  invalid: [
    {
      why: '城乡社区支出 调增3,810 against the 调整数 3,180 (24,360 + 3,180 = 27,540), the item alone in its paragraph',
      code: `城乡社区支出调增3,810万元，主要用于老旧小区改造配套设施建设。${md}`,
      format: 'markdown',
      errors: [{ message: '城乡社区支出调整数在表中为3,180万元，此处却为3,810万元', line: 1, column: 9 }],
    },
    {
      why: '调减 1,620 against the signed cell −1,260',
      code: `根据项目实施进度，卫生健康支出调减1,620万元，主要是部分公共卫生项目延至下年实施。${md}`,
      format: 'markdown',
      errors: [{ message: '卫生健康支出调整数在表中为-1,260万元，此处却为1,620万元', line: 1, column: 18 }],
    },
    {
      why: 'a space-aligned table with a 调增数 column: 农林水支出 调增680 against 860',
      code: `农林水支出调增680万元，用于高标准农田建设。\n\n${txt}`,
      errors: [{ message: '农林水支出调增数在表中为860万元，此处却为680万元', line: 1, column: 8 }],
    },
  ],
});
