import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 提升 and 攀升 state a move before a figure in percentage points (满意度较上年提升1.6个百分点), as 提高 does: the rate and last
// year's beside it prove the direction. Before an amount 提升 may name a project (提升改造 | 286.00), so only points are read.
// Snippets written for these tests; none is copied from a real disclosure.
const REPORT = (line: string) => `青溪县2025年度农村供水保障项目绩效评价报告\n\n一、绩效目标实现情况\n\n${line}\n`;

ruleTester(rule, {
  valid: [
    { why: 'a rise said as a rise', code: REPORT('受益农户满意度为94.8%，较上年（93.2%）提升1.6个百分点，主要是新建水厂投入运行。') },
    { why: 'a project named by 提升 before an amount', code: REPORT('供水管网提升改造工程投资286.00万元，较上年（312.00万元）减少26.00万元。') },
    { why: 'no last year’s rate to compare with', code: REPORT('受益农户满意度为91.6%，提升1.6个百分点的目标未能实现。') },
  ],
  invalid: [
    {
      why: '提升 in brackets after last year’s rate',
      code: REPORT('受益农户满意度为91.6%，较上年（93.2%）提升1.6个百分点，主要是部分水厂交付时间晚于汛期。'),
      errors: [{ message: '受益农户满意度91.6%小于上年93.2%，却写作“提升”', line: 5, column: 25 }],
    },
    {
      why: '攀升了, last year’s rate after 比上年的',
      code: REPORT('工程完工率为88.4%，比上年的90.1%攀升了1.7个百分点。'),
      errors: [{ message: '工程完工率88.4%小于上年90.1%，却写作“攀升”', line: 5, column: 22 }],
    },
  ],
});
