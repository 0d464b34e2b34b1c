import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A rate, then last year's rate named right after it by the comparison alone (较上年（99.8%）, 比上年的99.8%), the direction in
// words only (有所提高): the two rates are this year's and last year's. Snippets written for these tests; none is copied from
// a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '97.2 > 95.6 and 有所提高', code: '全区城市生活垃圾无害化处理率97.2%，较上年（95.6%）有所提高，新建中转站两座已投入运行。\n' },
    { why: 'points stated: read by the points reading', code: '全年群众满意度96.4%，比上年（97.1%）下降0.7个百分点，主要是窗口排队时间偏长。\n' },
  ],
  invalid: [
    {
      why: 'in brackets, 有所提高 while it fell',
      code: '全区城市生活垃圾无害化处理率95.6%，较上年（97.2%）有所提高，新建中转站两座已投入运行。\n',
      errors: [{ message: '城市生活垃圾无害化处理率95.6%小于上年97.2%，却写作“提高”', line: 1, column: 33 }],
    },
    {
      why: '比上年的, 有所下降 while it rose',
      code: '全年义务教育阶段学生体质健康达标率93.8%，比上年的92.5%有所下降，学校体育课时保障仍需加强。\n',
      errors: [{ message: '全年义务教育阶段学生体质健康达标率93.8%大于上年92.5%，却写作“下降”', line: 1, column: 35 }],
    },
    {
      why: '去年同期 in brackets, 略有上升 while it fell',
      code: '一季度重点工程项目开工率84.0%，较去年同期（88.5%）略有上升，部分项目受征地拆迁影响推迟开工。\n',
      errors: [{ message: '一季度重点工程项目开工率84.0%小于上年同期88.5%，却写作“上升”', line: 1, column: 33 }],
    },
  ],
});
