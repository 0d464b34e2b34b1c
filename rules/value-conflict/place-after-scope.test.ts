import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence by level (分级次看，市本级…；县（市、区）…) names a place of its own in each clause: what a clause opening on
// another place states is that place's, not the scope an earlier clause named; and a level's own figure (县级…限额) is not
// a cell of a table of the whole area. Snippets written for these tests.
const TABLE = '表1  2025年全市政府债务余额变动表（单位：亿元）\n类别\t限额\t年初余额\t年末余额\n一般债务\t182.40\t160.26\t171.08\n专项债务\t312.60\t268.14\t290.52\n合计\t495.00\t428.40\t461.60\n';

ruleTester(rule, {
  valid: [
    {
      why: '县（市、区） after 市本级: the counties’ balance and limit, not the city level’s',
      code: '截至2025年末，全市政府债务余额461.60亿元。\n\n分级次看，市本级政府债务余额198.40亿元，控制在市本级债务限额206.80亿元以内；县（市、区）政府债务余额263.20亿元，债务限额288.20亿元。\n\n截至2025年末，市本级政府债务余额198.40亿元，债务限额206.80亿元。\n',
    },
    {
      why: '各县 after 州本级, with 其中',
      code: '截至2025年末，州本级政府债务余额86.40亿元；各县政府债务余额合计142.60亿元，其中一般债务余额58.20亿元。\n\n2025年末，州本级政府债务余额86.40亿元。\n',
    },
    {
      why: 'a level’s own limit (县级) beside a table of the whole city by kind',
      code: `分级次看，县（市、区）政府债务余额263.20亿元，其中县级一般债务限额96.80亿元，县级一般债务余额94.60亿元。\n\n${TABLE}`,
    },
  ],
  invalid: [
    {
      why: 'the city level’s balance said again otherwise, the county clause between',
      code: '分级次看，市本级政府债务余额198.40亿元；县（市、区）政府债务余额263.20亿元。\n\n截至2025年末，市本级政府债务余额189.40亿元。\n'.replace('分级次看', '截至2025年末，分级次看'),
      errors: [{ message: '2025年末市本级政府债务余额在前文为198.40亿元，此处却为189.40亿元', line: 3, column: 19 }],
    },
    {
      why: 'the whole city’s limit said in a sentence and restated from the table otherwise',
      code: `全市一般债务限额184.20亿元，控制在省核定额度内。\n\n${TABLE}`,
      errors: [{ message: '一般债务限额在表中为182.40亿元，此处却为184.20亿元', line: 1, column: 9 }],
    },
  ],
});
