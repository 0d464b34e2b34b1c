import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence going tax by tax beside a table of taxes (税种 | 累计 | 上年同期 | 增减%): each tax restates its row. The verb a
// level is reported with (完成, 实现, 为) is no part of the tax's name; and the column the sentence restates is the one all
// its other taxes agree with, even where one tax's row holds the same value last year (持平). Snippets written for these tests.
const SPACED =
  '                       表2  2025年1-9月青屿区主要税收收入情况\n                                                    单位：亿元\n税种                        1-9月累计        上年同期          增减%\n增值税                          52.36           49.80            5.1\n企业所得税                      24.18           23.64            2.3\n个人所得税                      12.40           12.40            0.0\n土地增值税                       6.82            7.96          -14.3\n其他税收                        18.26           16.04           13.8\n合计                           114.02          109.84            3.8\n\n';
const MD =
  '表2 2025年1-9月青屿区主要税收收入情况（单位：亿元）\n\n| 税种 | 1-9月累计 | 上年同期 | 增减% |\n| --- | --- | --- | --- |\n| 增值税 | 52.36 | 49.80 | 5.1 |\n| 企业所得税 | 24.18 | 23.64 | 2.3 |\n| 个人所得税 | 12.40 | 12.40 | 0.0 |\n| 土地增值税 | 6.82 | 7.96 | -14.3 |\n\n';
const TITLE = '青屿区2025年1-9月财政收支执行情况\n\n一、一般公共预算收入情况\n\n';

ruleTester(rule, {
  valid: [
    {
      why: 'every tax as its row has it, one of them with 完成',
      code: `${TITLE}    分税种看，增值税52.36亿元，增长5.1%；企业所得税完成24.18亿元，增长2.3%；个人所得税12.40亿元，与上年同期持平；其他税收18.26亿元。\n${SPACED}`,
    },
    {
      why: 'the sentence is of last year’s column: every tax agrees with 上年同期',
      code: `${TITLE}    上年同期，增值税49.80亿元，企业所得税23.64亿元，个人所得税12.40亿元，土地增值税7.96亿元。\n${SPACED}`,
    },
  ],
  invalid: [
    {
      why: 'space-aligned table after the text; the odd tax reported with 完成, a row holding one value in two columns beside it',
      code: `${TITLE}    分税种看（见表2），增值税52.36亿元，增长5.1%；企业所得税完成24.81亿元，主要受制造业利润回升带动；个人所得税12.40亿元，与上年同期持平；其他税收18.26亿元，增长13.8%。\n${SPACED}`,
      errors: [{ message: '企业所得税在表中为24.18亿元，此处却为24.81亿元', line: 5, column: 40 }],
    },
    {
      why: 'Markdown table before the text; 实现 after the name',
      format: 'markdown',
      code: `# 青屿区2025年1-9月财政收支执行情况\n\n${MD}从主要税种看，增值税实现52.36亿元；企业所得税实现24.81亿元；个人所得税实现12.40亿元，与上年同期持平；土地增值税实现6.82亿元。\n`,
      errors: [{ message: '企业所得税在表中为24.18亿元，此处却为24.81亿元', line: 12, column: 28 }],
    },
  ],
});
