import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table typed or pasted with pipes into a plain-text draft (| 指标 | 分值 | 得分 |), with or without the |---| rule a
// Markdown writer puts under its head: its rows are read by their cells as a Markdown table's are.
const table = (rule: boolean, total: string) =>
  ['表1  一级指标得分情况', '| 指标 | 分值 | 得分 |', ...(rule ? ['|---|---:|---:|'] : []), '| 预算执行率 | 10 | 9.72 |', '| 产出指标 | 50 | 46.80 |', '| 效益指标 | 30 | 27.40 |', '| 满意度指标 | 10 | 9.20 |', `| 合计 | 100 | ${total} |`].join('\n');

ruleTester(rule, {
  valid: [
    { why: '9.72 + 46.80 + 27.40 + 9.20 = 93.12', code: `经自评，本项目得分93.12分。\n\n${table(false, '93.12')}\n` },
    { why: 'the same under a rule', code: `经自评，本项目得分93.12分。\n\n${table(true, '93.12')}\n` },
  ],
  invalid: [
    {
      why: 'no rule under the head: 93.12, stated 92.12',
      code: `经自评，本项目得分92.12分。\n\n${table(false, '92.12')}\n`,
      errors: [{ message: '表中合计行“得分”列92.12，但分项之和为93.12（9.72 + 46.80 + 27.40 + 9.20），相差1.00', line: 9, column: 14 }],
    },
    {
      why: 'a rule under the head: the same',
      code: `经自评，本项目得分92.12分。\n\n${table(true, '92.12')}\n`,
      errors: [{ message: '表中合计行“得分”列92.12，但分项之和为93.12（9.72 + 46.80 + 27.40 + 9.20），相差1.00', line: 10, column: 14 }],
    },
  ],
});
