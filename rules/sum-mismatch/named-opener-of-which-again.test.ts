import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 机关运行经费支出中，其中：办公费…: a sentence naming an amount stated just before (X中，) and then saying 其中 again. The
// second 其中 opens no list of its own (no amount stands between the two): the parts after it are the named amount's.
// Snippets written for these tests; none is copied from a real disclosure.
const RUNNING = (opener: string, office: string) =>
  `2025年度本单位机关运行经费支出512.60万元，比上年决算数减少21.40万元，下降4.0%。\n${opener}办公费${office}万元、水电费96.20万元、物业管理费238.40万元、差旅费51.60万元、维修（护）费42.00万元。\n`;
ruleTester(rule, {
  valid: [
    { why: '84.40 + 96.20 + 238.40 + 51.60 + 42.00 = 512.60', code: RUNNING('机关运行经费支出中，其中：', '84.40') },
    { why: 'the same with 其中，', code: RUNNING('机关运行经费中，其中，', '84.40') },
    { why: 'the parts add up, the opener said once', code: RUNNING('机关运行经费支出中，', '84.40') },
    { why: 'the parts fall short of the total: a list not said to be whole may leave some out', code: RUNNING('机关运行经费支出中，其中：', '64.40') },
  ],
  invalid: [
    {
      why: '94.40 + 96.20 + 238.40 + 51.60 + 42.00 = 522.60, more than the 512.60 in the line before',
      code: RUNNING('机关运行经费支出中，其中：', '94.40'),
      errors: [{ message: '机关运行经费支出合计512.60万元，但其中所列分项之和已达522.60万元（94.40 + 96.20 + 238.40 + 51.60 + 42.00），超出10.00万元', line: 1, column: 18 }],
    },
    {
      why: 'the same with 其中，',
      code: RUNNING('机关运行经费中，其中，', '94.40'),
      errors: [{ message: '机关运行经费合计512.60万元，但其中所列分项之和已达522.60万元（94.40 + 96.20 + 238.40 + 51.60 + 42.00），超出10.00万元', line: 1, column: 18 }],
    },
  ],
});
