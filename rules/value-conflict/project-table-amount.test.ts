import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 项目绩效目标表 opens on a line naming its project and its money (项目名称：X  项目金额：N万元); the prose naming the project by its
// full name with its budget states the same figure. Another year before the name, or other words between the name and the
// figure, say something else. Snippets written for these tests.
const TABLE = (line: string) =>
  `# 青石街道2026年部门预算\n\n表7 2026年项目绩效目标表\n\n${line}\n\n| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| --- | --- | --- | --- |\n| 产出指标 | 数量指标 | 助浴服务人次 | ≥1,260人次 |\n| 满意度指标 | 服务对象满意度 | 服务对象满意度 | ≥90% |\n\n`;

ruleTester(rule, {
  valid: [
    { why: 'the prose agrees with the table', format: 'markdown', code: `${TABLE('项目名称：居家养老助浴服务项目　项目金额：426.80万元')}其中居家养老助浴服务项目预算426.80万元，计划提供助浴服务不少于1,260人次。\n` },
    { why: 'last year’s budget of the project', format: 'markdown', code: `${TABLE('项目名称：居家养老助浴服务项目　项目金额：426.80万元')}2025年居家养老助浴服务项目预算398.60万元，执行情况良好。\n` },
    { why: 'the figure after the name is no budget of it (已支付)', format: 'markdown', code: `${TABLE('项目名称：居家养老助浴服务项目　项目金额：426.80万元')}居家养老助浴服务项目已支付462.80万元。\n` },
  ],
  invalid: [
    {
      why: '项目金额 in the head line, 预算 in the prose',
      format: 'markdown',
      code: `${TABLE('项目名称：居家养老助浴服务项目　项目金额：426.80万元')}2026年共有8个项目编制了绩效目标。其中居家养老助浴服务项目预算462.80万元，计划提供助浴服务不少于1,260人次。\n`,
      errors: [{ message: '居家养老助浴服务项目预算在前文为426.80万元，此处却为462.80万元', line: 12, column: 34 }],
    },
    {
      why: '预算金额 in the head line, the prose before the table with 资金为 (two lines of prose: the later is reported)',
      format: 'markdown',
      code: `# 青石街道2026年部门预算\n\n居家养老助浴服务项目资金为462.80万元，主要用于购买助浴服务。\n\n${TABLE('项目名称：居家养老助浴服务项目，预算金额：426.80万元').replace('# 青石街道2026年部门预算\n\n', '')}`,
      errors: [{ message: '居家养老助浴服务项目预算在前文为462.80万元，此处却为426.80万元', line: 7, column: 22 }],
    },
  ],
});
