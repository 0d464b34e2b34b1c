import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An indicator's weight and score end one sentence; its parts' weights and scores (N分，得M分) make the next, a note may
// follow a part. Weights are no parts: only the scores add up, when the parts' weights make the indicator's. Snippets
// written for these tests; none is copied from a real disclosure.
const PROCESS = (second: string, note = '，主要是个别项目资金支付进度偏慢') =>
  `（二）过程指标\n\n过程指标分值20分，得17.8分。其中资金管理10分，得9.2分${note}；组织实施10分，得${second}分。\n`;

ruleTester(rule, {
  valid: [
    { why: '9.2 + 8.6 = 17.8, the weights 10 + 10 = 20', code: PROCESS('8.6') },
    { why: 'the same without the note', code: PROCESS('8.6', '') },
    { why: 'weights that do not make the indicator’s: the parts may not be all of it', code: PROCESS('7.6').replace('组织实施10分', '组织实施8分') },
  ],
  invalid: [
    {
      why: '9.2 + 7.6 = 16.8, stated 17.8',
      code: PROCESS('7.6'),
      errors: [{ message: '过程指标得分合计17.8分，但分项之和为16.8分（9.2 + 7.6），相差1.0分', line: 3, column: 12 }],
    },
    {
      why: 'three parts: 5.6 + 6.0 + 3.2 = 14.8, stated 15.8',
      code: '（三）产出指标\n\n产出指标分值20分，得15.8分。其中数量指标8分，得5.6分；质量指标8分，得6.0分，主要是部分工程验收滞后；时效指标4分，得3.2分。\n',
      errors: [{ message: '产出指标得分合计15.8分，但分项之和为14.8分（5.6 + 6.0 + 3.2），相差1.0分', line: 3, column: 12 }],
    },
    {
      why: 'the same without the note',
      code: PROCESS('7.6', ''),
      errors: [{ message: '过程指标得分合计17.8分，但分项之和为16.8分（9.2 + 7.6），相差1.0分', line: 3, column: 12 }],
    },
  ],
});
