import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 升幅 and 跌幅 name a rate as 增幅 and 降幅 do, after the verb of the move (同比上升…，升幅…; 比上年下降…，跌幅为…).
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '640 / 8,000 = 8.0%', code: '项目支出8,640.00万元，同比上升640.00万元，升幅8.0%，主要是老旧小区改造项目增加。' },
    { why: '120 / 1,500 = 8.0%, 跌幅为', code: '商品和服务支出1,380.00万元，比上年下降120.00万元，跌幅为8.0%。' },
    { why: '升幅 of points is no rate of the amount', code: '项目支出8,640.00万元，同比上升640.00万元，占比升幅1.2个百分点。' },
  ],
  invalid: [
    {
      why: '640 / 8,000 = 8.0%, stated 7.4% (640 / 8,640)',
      code: '项目支出8,640.00万元，同比上升640.00万元，升幅7.4%，主要是老旧小区改造项目增加。',
      errors: [{ message: '项目支出8,640.00万元，按增加640.00万元计，上年同期为8000.00万元，增幅应为8.00%，而非所写的7.4%', line: 1, column: 31 }],
    },
    {
      why: '升幅为, after 增加',
      code: '2026年一般公共预算拨款收入17,280.00万元，比上年增加1,280.00万元，升幅为9.0%。',
      errors: [{ message: '一般公共预算拨款收入17,280.00万元，按增加1,280.00万元计，上年为16000.00万元，增幅应为8.00%，而非所写的9.0%', line: 1, column: 47 }],
    },
    {
      why: '120 / 1,500 = 8.0%, stated 8.7%',
      code: '商品和服务支出1,380.00万元，比上年下降120.00万元，跌幅为8.7%。',
      errors: [{ message: '商品和服务支出1,380.00万元，按减少120.00万元计，上年为1500.00万元，降幅应为8.00%，而非所写的8.7%', line: 1, column: 36 }],
    },
  ],
});
