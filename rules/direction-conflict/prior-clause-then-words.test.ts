import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The level, last year's in a clause of its own (，上年为… or （上年为…）), then the comparison in words alone
// (比上年有所增加, 同比略有下降): both values are stated, so the direction word can be checked.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '3,128 is above 2,864: a rise', code: '全年通过追缴欠费收回资金3,128万元，上年为2,864万元，比上年有所增加。\n' },
    { why: 'the base after 比 is last year’s budget, not the level stated as last year’s', code: '本年度罚没收入1,306万元，上年为1,420万元，比上年预算有所增加，主要是预算编列偏低。\n' },
    { why: '2.39亿元 is above 2,640万元 once the units are read', code: '全年收回沉淀资金2.39亿元，上年为2,640万元，比上年大幅增加。\n' },
    { why: 'a fall written as a fall, the prior in brackets', code: '全区会议费支出86.4万元（上年为112.5万元），比上年明显下降。\n' },
    { why: '上年同期 named and 同比 said: one base', code: '1-9月契税收入7,315万元，上年同期为6,980万元，同比有所增长。\n' },
  ],
  invalid: [
    {
      why: 'the level is below last year’s, written as a rise',
      code: '全年通过追缴欠费收回资金2,386万元，上年为2,640万元，比上年有所增加，主要是加大了清欠力度。\n',
      errors: [{ message: '全年通过追缴欠费收回资金2,386万元小于上年2,640万元，却写作“增加”', line: 1, column: 37 }],
    },
    {
      why: 'last year’s in brackets, the fall written as a rise',
      code: '本部门培训费支出42.6万元（上年为57.3万元），比上年略有增长。\n',
      errors: [{ message: '培训费支出42.6万元小于上年57.3万元，却写作“增长”', line: 1, column: 32 }],
    },
    {
      why: '同比 against 去年同期: the level is above it, written as a fall',
      code: '前三季度非税收入完成5,412万元，去年同期为4,987万元，同比有所下降。\n',
      errors: [{ message: '前三季度非税收入5,412万元大于上年同期4,987万元，却写作“下降”', line: 1, column: 36 }],
    },
  ],
});
