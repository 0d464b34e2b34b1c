import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table by unit (企业, 单位, 子基金) whose rows state last year's and this year's figure, then a sentence naming the unit
// and the measure the table is of (上缴利润, 营业收入) with the row's value and a direction in words: the row's prior is the
// sentence's. Snippets written for these tests; none is copied from a real disclosure.
const TABS = '分企业上缴利润情况如下（单位：万元）：\n\n企业\t上年决算数\t本年执行数\t增减%\n市港务集团\t6,240\t5,860\t-6.1\n市燃气集团\t2,480\t2,730\t10.1\n合计\t8,720\t8,590\t-1.5\n\n';
const MD = '单位：万元\n\n| 单位 | 上年数 | 本年数 | 增减额 |\n|---|---:|---:|---:|\n| 区城市更新公司 | 3,410 | 3,980 | 570 |\n| 区农业发展公司 | 1,260 | 1,120 | -140 |\n\n';
ruleTester(rule, {
  valid: [
    { why: '5,860 below the row’s 6,240, said 有所减少', code: `${TABS}市港务集团上缴利润5,860万元，较上年有所减少，主要是集装箱吞吐量下滑。` },
    { why: '2,730 above 2,480, said 有所增长', code: `${TABS}市燃气集团上缴利润为2,730万元，比上年有所增长。` },
    { why: 'another value: not the row (a part of the group)', code: `${TABS}市港务集团上缴利润中港口装卸板块5,860万元以外的2,100万元，较上年有所增加。` },
    {
      why: 'a longer tail names something else (the group’s subsidiary), even with the row’s value',
      code: `${TABS}市港务集团所属国际集装箱码头公司营业收入5,860万元，较上年有所增加。`,
    },
    { why: 'Markdown rows, 3,980 above 3,410, said 有所增加', format: 'markdown', code: `${MD}区城市更新公司营业收入3,980万元，较上年有所增加。` },
  ],
  invalid: [
    {
      why: '5,860 below the row’s 6,240, said 有所增加',
      code: `${TABS}市港务集团上缴利润5,860万元，较上年有所增加，主要是集装箱吞吐量下滑。`,
      errors: [{ message: '市港务集团上缴利润5,860万元小于上年决算数6,240万元，却写作“增加”', line: 8, column: 23 }],
    },
    {
      why: '2,730 above 2,480, said 有所下降',
      code: `${TABS}市燃气集团上缴利润为2,730万元，比上年有所下降。`,
      errors: [{ message: '市燃气集团上缴利润2,730万元大于上年决算数2,480万元，却写作“下降”', line: 8, column: 24 }],
    },
    {
      why: 'Markdown rows, 1,120 below 1,260, said 略有增长',
      format: 'markdown',
      code: `${MD}区农业发展公司营业收入1,120万元，较上年略有增长。`,
      errors: [{ message: '区农业发展公司营业收入1,120万元小于上年数1,260万元，却写作“增长”', line: 8, column: 25 }],
    },
  ],
});
