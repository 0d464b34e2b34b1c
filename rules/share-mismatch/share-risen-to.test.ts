import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 在一般公共预算支出中的比重升至21.6%, 比重提高到…, 占比降至…: the level a share has come to is the part's share now, of the
// base named (what it rose from is last year's, and is not checked). Snippets written for these tests; none is copied from
// a real disclosure.
const OPENING = '（一）总体情况\n\n1-9月，全县一般公共预算支出完成184,260万元，为年度预算的73.1%，同比增长4.2%。\n\n（二）重点支出\n\n';
ruleTester(rule, {
  valid: [
    { why: '36,480 / 184,260 = 19.8%', code: `${OPENING}教育支出36,480万元，在一般公共预算支出中的比重升至19.8%，主要是新建学校投入使用。` },
    {
      why: 'the share it rose from is another year’s: only the level it came to is checked (19.8% right)',
      code: `${OPENING}教育支出36,480万元，在一般公共预算支出中的比重由18.6%升至19.8%。`,
    },
    { why: 'a rate rising to a level is no share: 执行率升至', code: `${OPENING}教育支出36,480万元，执行率升至81.6%。` },
  ],
  invalid: [
    {
      why: '36,480 / 184,260 = 19.80%, stated 21.8%',
      code: `${OPENING}教育支出36,480万元，在一般公共预算支出中的比重升至21.8%，主要是新建学校投入使用。`,
      errors: [{ message: '教育支出36,480万元占一般公共预算支出184,260万元的19.8%，而非所写的21.8%', line: 7, column: 29 }],
    },
    {
      why: 'a fall said with 下降至: 28,410 / 184,260 = 15.42%, stated 16.4%',
      code: `${OPENING}社会保障和就业支出28,410万元，在一般公共预算支出中的比重下降至16.4%。`,
      errors: [{ message: '社会保障和就业支出28,410万元占一般公共预算支出184,260万元的15.4%，而非所写的16.4%', line: 7, column: 35 }],
    },
  ],
});
