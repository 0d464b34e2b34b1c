import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 与上年…相比有所上升: the comparison opened by 与 and closed by 相比, last year's figure inside it (bare or in brackets), the
// direction in words only after it. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'a rise said 有所增加', code: '全年会议费支出14.60万元，与上年（12.80万元）相比有所增加，主要是召开两次全市业务培训会。\n' },
    { why: 'a fall said 有所下降, the base bare', code: '利息收入5,320万元，与上年执行数5,860万元相比有所下降，主要是存款利率下调。\n' },
    { why: 'a comma after 相比, 减少 right', code: '公务接待费3.10万元，与2024年（3.90万元）相比，有所减少。\n' },
  ],
  invalid: [
    {
      why: 'in brackets, 有所减少 while it rose',
      code: '全年会议费支出14.60万元，与上年（12.80万元）相比有所减少，主要是召开两次全市业务培训会。\n',
      errors: [{ message: '全年会议费支出14.60万元大于上年12.80万元，却写作“减少”', line: 1, column: 32 }],
    },
    {
      why: 'a bare 上年执行数 base, 有所上升 while it fell',
      code: '利息收入5,320万元，与上年执行数5,860万元相比有所上升，主要是存款利率下调。\n',
      errors: [{ message: '利息收入5,320万元小于上年执行数5,860万元，却写作“上升”', line: 1, column: 30 }],
    },
  ],
});
