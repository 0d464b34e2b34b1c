import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A department's final accounts state its year-end carry-over of every fund in the overview of its 收支 and again in its
// 支出 part: one figure of the year. Snippets written for these tests; none is copied from a real disclosure.
const TITLE = '岚江市水利局2025年度部门决算说明';
const OVERVIEW =
  '2025年度收入总计6,842.60万元、支出总计6,842.60万元。本年收入合计6,120.40万元，加上年初结转和结余722.20万元，构成收入总计；本年支出合计6,014.36万元，年末结转和结余828.24万元。';
const DOC = (spending: string, title = TITLE, more = '') =>
  `${title}\n\n一、收入支出决算总体情况说明\n\n${OVERVIEW}\n\n二、支出决算情况说明\n\n本年支出合计6,014.36万元，其中：基本支出2,418.60万元；项目支出3,595.76万元。\n\n${spending}\n${more}`;

ruleTester(rule, {
  valid: [
    { why: 'the carry-over restated with the same figure', code: DOC('收支相抵后，年末结转和结余828.24万元，主要为跨年度实施的水毁修复项目资金。') },
    {
      why: 'the carry-over of 财政拨款 alone is another figure',
      code: DOC('本年财政拨款支出5,210.40万元，年末财政拨款结转和结余882.24万元，主要为水毁修复项目资金。'),
    },
    {
      why: 'a sentence on 财政拨款 that says 年末结转和结余 loosely is of that money, not the whole',
      code: DOC('本年财政拨款支出5,210.40万元，年末结转和结余882.24万元，主要为水毁修复项目资金。'),
    },
    { why: 'a 项目支出 part of the carry-over', code: DOC('项目支出年末结转和结余612.50万元，主要为跨年度实施的水毁修复项目。') },
    { why: 'the year before’s carry-over, said as 年初', code: DOC('年初结转和结余772.20万元，主要为上年未完工的河道整治项目资金。') },
    {
      why: 'a department that reports its units one by one: a unit’s carry-over is its own',
      code: DOC('年末结转和结余828.24万元。', TITLE, '\n三、市水文站决算情况\n\n收支相抵后，年末结转和结余126.40万元。\n'),
    },
    { why: 'a budget names no carry-over of its own year', code: DOC('收支相抵后，年末结转和结余882.24万元。', '岚江市水利局2025年度部门预算说明') },
  ],
  invalid: [
    {
      why: 'after 收支相抵后, two digits swapped',
      code: DOC('收支相抵后，年末结转和结余882.24万元，主要为跨年度实施的水毁修复项目尚未完工结算的资金。'),
      errors: [{ message: '2025年年末结转和结余在前文为828.24万元，此处却为882.24万元', line: 11, column: 14 }],
    },
    {
      why: 'a sentence of its own naming the department and the year',
      code: DOC('2025年度本部门年末结转和结余为838.24万元，将在下年按规定继续使用。'),
      errors: [{ message: '2025年年末结转和结余在前文为828.24万元，此处却为838.24万元', line: 11, column: 18 }],
    },
    {
      why: 'said after the spending of the year in one sentence, in a unit’s final accounts',
      code: DOC('本年支出6,014.36万元，年末结转和结余资金828.42万元，主要为结转项目资金。', '岚江市水文站2025年度单位决算公开说明'),
      errors: [{ message: '2025年年末结转和结余在前文为828.24万元，此处却为828.42万元', line: 11, column: 25 }],
    },
  ],
});
