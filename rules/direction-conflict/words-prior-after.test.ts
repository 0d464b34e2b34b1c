import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A direction in words with no figure (比上年下降, 较上年有所减少), last year's level named right after it, in brackets or in a
// clause of its own (（上年2,486万元）, ，上年为78,960万元): the word against the two levels.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '3,128 is below 3,460: a fall, as written', code: '困难群众救助补助支出3,128万元，比上年下降（上年3,460万元），主要是低保对象动态调整。\n' },
    { why: '52,640 is above 49,180: a rise, as written', code: '交通运输支出52,640万元，比上年有所增加，上年为49,180万元。\n' },
    { why: '同比 and 上年同期 name one base', code: '一至三季度契税收入4.26亿元，同比有所下降，上年同期为4.88亿元。\n' },
    { why: 'the level named after is the opening budget, not last year’s', code: '城乡社区支出12,460万元，比上年减少，年初预算为11,800万元。\n' },
    { why: 'last year’s budget is another measure than the 上年 compared with', code: '城乡社区支出12,460万元，比上年减少，上年预算为11,800万元。\n' },
    { why: 'a bracket that goes on past its figure is a note of something else', code: '城乡社区支出12,460万元，比上年减少（上年11,800万元中含一次性补助2,000万元）。\n' },
  ],
  invalid: [
    {
      why: '2,974 is above 2,518, written as a fall; the prior in brackets after the word',
      code: '残疾人事业支出2,974万元，比上年下降（上年2,518万元），主要是新增康复服务补贴。\n',
      errors: [{ message: '残疾人事业支出2,974万元大于上年2,518万元，却写作“下降”', line: 1, column: 19 }],
    },
    {
      why: '64,180 is above 58,920, written as a fall; the prior in the next clause',
      code: '节能环保支出64,180万元，较上年有所减少，上年为58,920万元。\n',
      errors: [{ message: '节能环保支出64,180万元大于上年58,920万元，却写作“减少”', line: 1, column: 21 }],
    },
    {
      why: '7.84 is below 8.12, written as a rise; 去年同期 as the base’s name',
      code: '1—6月，全市房产税收入7.84亿元，同比有所增长，去年同期为8.12亿元。\n',
      errors: [{ message: '房产税收入7.84亿元小于上年同期8.12亿元，却写作“增长”', line: 1, column: 24 }],
    },
  ],
});
