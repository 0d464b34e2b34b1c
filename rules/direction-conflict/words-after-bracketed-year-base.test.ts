import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A base named by its year and measure, its figure in brackets, the direction in words only after the bracket (较2025年预算
// （X万元）有所压减): the bracketed figure is the prior. Snippets written for these tests; none is copied from a real
// disclosure.
const THREE = (s: string) => `2026年本部门“三公”经费财政拨款预算36.20万元。其中：因公出国（境）费0万元；${s}\n`;

ruleTester(rule, {
  valid: [
    { why: '8.40 < 9.10 and 压减', code: THREE('公务接待费8.40万元，较2025年预算（9.10万元）有所压减；公务用车运行费27.80万元。') },
    { why: '27.80 > 26.50 and 增加', code: THREE('公务用车运行费27.80万元，比2025年预算数（26.50万元）略有增加，主要是车辆维修费用上涨。') },
    { why: 'no direction word after the bracket', code: THREE('公务接待费8.40万元，较2025年预算（9.10万元）的执行情况看，标准未变。') },
  ],
  invalid: [
    {
      why: '有所压减 while it rose',
      code: THREE('公务接待费9.10万元，较2025年预算（8.40万元）有所压减；公务用车运行费27.10万元。'),
      errors: [{ message: '公务接待费9.10万元大于2025年预算8.40万元，却写作“压减”', line: 1, column: 74 }],
    },
    {
      why: '略有增加 while it fell, 预算数',
      code: THREE('公务用车运行费26.50万元，比2025年预算数（27.80万元）略有增加，主要是车辆维修费用上涨。'),
      errors: [{ message: '公务用车运行费26.50万元小于2025年预算数27.80万元，却写作“增加”', line: 1, column: 79 }],
    },
  ],
});
