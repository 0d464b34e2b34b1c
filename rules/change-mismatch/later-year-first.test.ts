import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// This year's level first, last year's in the clause after it, then the change: 2025年安排A万元，2024年安排B万元，增加D万元，
// 增长R%; and the prior held in a 与…相比 clause: 与2024年预算总计B万元相比，增加D万元，增长R%. In both the last level
// before the change is last year's: the rate is D / B. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '3.62 / 44.85 = 8.07%, written 8.1% (against 48.47 it would be 8.78%)',
      code: '1. 2012999其他群众团体事务支出：2025年安排48.47万元，2024年安排44.85万元，增加3.62万元，增长8.1%，原因是缴费基数调整。\n',
    },
    {
      why: 'a fall, with 预算数为: 66.51 / 1,511.53 = 4.40%',
      code: '（五）2080208基层政权建设和社区治理：2025年预算数为1,445.02万元，2024年预算数为1,511.53万元，减少66.51万元，下降4.4%。\n',
    },
    {
      why: '今年 and 上年 with the subject named again: 12.00 / 300.00 = 4.0%',
      code: '今年公用经费安排312.00万元，上年公用经费安排300.00万元，增加12.00万元，增长4.0%。\n',
    },
    {
      why: 'the prior inside 与…相比: 5,424.59 / 124,360.45 = 4.36%',
      code: '2025年财政拨款收支预算总计129,785.04万元。与2024年财政拨款收支预算总计124,360.45万元相比，增加5,424.59万元，增长4.36%。\n',
    },
    {
      why: '与…相比 with a fall and 各: 804.42 / 14,197.51 = 5.67%',
      code: '收入预算总计15,001.93万元，支出预算总计15,001.93万元。与2024年预算总计14,197.51万元相比，收、支预算总计各增加804.42万元，增长5.67%。\n',
    },
    {
      why: 'two years apart: which change the rate is of is not said',
      code: '2025年安排48.47万元，2023年安排44.85万元，增加3.62万元，增长8.8%。\n',
    },
  ],
  invalid: [
    {
      why: '3.62 / 44.85 = 8.07%, stated 9.1%',
      code: '2025年安排48.47万元，2024年安排44.85万元，增加3.62万元，增长9.1%，原因是缴费基数调整。\n',
      errors: [{ message: '安排48.47万元，按增加3.62万元计，2024年为44.85万元，增幅应为8.07%，而非所写的9.1%', line: 1, column: 42 }],
    },
    {
      why: '决算数 clauses: 3.02 / 47.07 = 6.42%, stated 5.4%',
      code: '机关服务支出2024年决算数为44.05万元，2023年决算数为47.07万元，减少3.02万元，下降5.4%。\n',
      errors: [{ message: '机关服务支出2024年决算数44.05万元，按减少3.02万元计，2023年为47.07万元，降幅应为6.42%，而非所写的5.4%', line: 1, column: 52 }],
    },
    {
      why: '与…相比: 5,424.59 / 124,360.45 = 4.36%, stated 4.56%',
      code: '与2024年财政拨款收支预算总计124,360.45万元相比，增加5,424.59万元，增长4.56%。\n',
      errors: [{ message: '该项比上年124,360.45万元增加5,424.59万元，增幅应为4.36%，而非所写的4.56%', line: 1, column: 47 }],
    },
  ],
});
