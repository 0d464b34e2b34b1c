import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 收支总表 laid out side by side in text (pdftotext -layout): on the row 年初结转和结余 | 3,246.18 | 年末结转和结余 | …,
// the amount is followed, past the column's gap, by the next cell's 年末: that is another cell's word, not a date after
// the number (no year is written 3,246.18), so the amount is read and the 收入 side's 总计 is checked like the 支出 side's.
const table = (opening: string, total: string) =>
  [
    '表1  收入支出决算总表',
    '单位：万元',
    '收入                                      决算数  支出                                    决算数',
    '一、财政拨款收入                        5,318.20  一、卫生健康支出                 38,406.52',
    '二、事业收入                           33,684.70  二、社会保障和就业支出            1,122.66',
    '三、其他收入                              642.80  三、住房保障支出                    806.40',
    '本年收入合计                           39,645.70  本年支出合计                     40,335.58',
    `年初结转和结余                          ${opening}  年末结转和结余                    2,146.90`,
    `总计                                   ${total}  总计                             42,482.48`,
  ].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'both sides add up: 39,645.70 + 2,836.78 = 42,482.48',
      code: table('2,836.78', '42,482.48'),
    },
  ],
  invalid: [
    {
      why: 'the 收入 side: 39,645.70 + 2,818.78 = 42,464.48, not 42,482.48',
      code: table('2,818.78', '42,482.48'),
      errors: [{ message: '表中总计行“决算数”列42,482.48万元，但分项之和为42464.48万元（39645.70 + 2818.78），相差18.00万元', line: 9, column: 38 }],
    },
  ],
});
