import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Last year's figure in brackets right after the comparison, the direction in words only: an amount (比上年（586.20万元）有所
// 下降) and a share (占比41.7%，较上年（45.5%）有所上升) are set against that figure as against one stated bare. Snippets
// written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '812.40 > 776.15 and 有所增加', code: '2025年度培训费支出812.40万元，比上年（776.15万元）有所增加，主要是新招录人员岗前培训批次增多。\n' },
    { why: '27.6 < 30.2 and 有所下降', code: '公开招标采购金额占全年采购总额的比重为27.6%，较上年（30.2%）有所下降，主要是小额零星采购增加。\n' },
  ],
  invalid: [
    {
      why: 'an amount above last year’s bracketed figure, written 有所减少',
      code: '2025年度培训费支出812.40万元，比上年（776.15万元）有所减少，主要是新招录人员岗前培训批次增多。\n',
      errors: [{ message: '培训费支出812.40万元大于上年776.15万元，却写作“减少”', line: 1, column: 36 }],
    },
    {
      why: 'an amount below last year’s in brackets, 上年同期, written 略有增长',
      code: '一季度全县非税收入完成1,386.20万元，较上年同期（1,452.70万元）略有增长，主要是国有资源有偿使用收入入库时间推后。\n',
      errors: [{ message: '一季度全县非税收入1,386.20万元小于上年同期1,452.70万元，却写作“增长”', line: 1, column: 42 }],
    },
    {
      why: 'a share (占比) against last year’s share in brackets, written 有所上升 while it fell',
      code: '评价结果为“优”的部门占比28.5%，较上年（33.3%）有所上升，部门整体支出绩效管理水平仍有提升空间。\n',
      errors: [{ message: '评价结果为“优”的部门占比28.5%小于上年33.3%，却写作“上升”', line: 1, column: 32 }],
    },
    {
      why: 'a share after 占…的, the prior share stated bare after 较上年, written 有所下降 while it rose',
      code: '民生支出占一般公共预算支出的比重为78.6%，较上年76.9%有所下降，教育、医疗和社会保障支出保持较快增长。\n',
      errors: [{ message: '民生支出占一般公共预算支出的比重78.6%大于上年76.9%，却写作“下降”', line: 1, column: 34 }],
    },
  ],
});
