import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 预算调整方案 writes an item's new level and its growth on the 年初预算 (X调整后为B，比年初预算增长R%) and leaves the
// 年初预算 itself to the table 年初预算 | 调整数 | 调整后预算: the row of the item whose 调整后 cell is B gives the prior.
const md =
  '\n\n表1 2025年一般公共预算支出调整表（单位：万元）\n\n| 科目 | 年初预算 | 调整数 | 调整后预算 |\n| --- | --- | --- | --- |\n| 科学技术支出 | 8,640 | 1,150 | 9,790 |\n| 文化旅游体育与传媒支出 | 6,320 | -480 | 5,840 |\n| 节能环保支出 | 12,500 | 2,240 | 14,740 |\n';
const txt = [
  '表2  2025年本级一般公共预算支出调整情况表',
  '                                                 单位：万元',
  '科目                      调整前预算      调整数      调整后预算',
  '科学技术支出                    8,640       1,150           9,790',
  '节能环保支出                   12,500       2,240          14,740',
  '合计                           21,140       3,390          24,530',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: '9,790 on 8,640 is +13.31%, as written',
      code: `科学技术支出调整后为9,790万元，比年初预算增长13.3%，主要用于重点实验室建设。${md}`,
      format: 'markdown',
    },
    {
      why: 'against last year, not the 年初预算: the table says nothing of last year',
      code: `科学技术支出调整后为9,790万元，比上年增长8.2%，主要用于重点实验室建设。${md}`,
      format: 'markdown',
    },
    {
      why: 'the level stated is not the row’s 调整后 cell: the text is of another figure, nothing is read',
      code: `科学技术支出调整后为9,970万元，比年初预算增长15.4%。${md}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '9,790 on 8,640 is +13.31%, written 11.3%',
      code: `科学技术支出调整后为9,790万元，比年初预算增长11.3%，主要用于重点实验室建设。${md}`,
      format: 'markdown',
      errors: [{ message: '科学技术支出9,790万元，按增加计，年初预算为8,640万元，增幅应为13.31%，而非所写的11.3%', line: 1, column: 26 }],
    },
    {
      why: '较年初预算数下降: 5,840 on 6,320 is −7.59%, written 8.6%',
      code: `文化旅游体育与传媒支出调整后预算数为5,840万元，较年初预算数下降8.6%，主要是部分赛事活动取消。${md}`,
      format: 'markdown',
      errors: [{ message: '文化旅游体育与传媒支出5,840万元，按减少计，年初预算数为6,320万元，降幅应为7.59%，而非所写的8.6%', line: 1, column: 35 }],
    },
    {
      why: 'a space-aligned table naming the stage 调整前预算; the statement opens with the item, 调整后 after its adjustment',
      code: `节能环保支出调增2,240万元，调整后为14,740万元，比调整前增长19.9%，主要用于大气污染防治。\n\n${txt}`,
      errors: [{ message: '节能环保支出14,740万元，按增加计，调整前为12,500万元，增幅应为17.92%，而非所写的19.9%', line: 1, column: 36 }],
    },
  ],
});
