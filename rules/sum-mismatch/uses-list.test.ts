import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An amount, then the uses it is put to (安排用于以下项目：…, 主要用于：…): the uses are parts of it. The main ones may
// leave some out, so only uses that exceed the amount are a contradiction. Snippets written for these tests; none is
// copied from a real disclosure.
const USES = (opener: string, last: string) =>
  `新增专项债券38,000万元${opener}工业园区标准厂房9,500万元、老旧小区改造8,200万元、城乡供水一体化7,300万元、职教中心建设6,000万元、河道综合治理${last}万元。`;

ruleTester(rule, {
  valid: [
    { why: '9,500 + 8,200 + 7,300 + 6,000 + 7,000 = 38,000', code: USES('安排用于以下项目：', '7,000') },
    { why: 'the main uses only, short of the amount', code: USES('，主要用于：', '5,000') },
    { why: 'the same with 用于如下方面：', code: USES('，用于如下方面：', '7,000') },
  ],
  invalid: [
    {
      why: 'the uses add to 39,000, above 38,000',
      code: USES('安排用于以下项目：', '8,000'),
      errors: [{ message: '新增专项债券合计38,000万元，但其中所列分项之和已达39000万元（9500 + 8200 + 7300 + 6000 + 8000），超出1000万元', line: 1, column: 7 }],
    },
    {
      why: 'the same after 主要用于：',
      code: USES('，主要用于：', '8,000'),
      errors: [{ message: '新增专项债券合计38,000万元，但其中所列分项之和已达39000万元（9500 + 8200 + 7300 + 6000 + 8000），超出1000万元', line: 1, column: 7 }],
    },
  ],
});
