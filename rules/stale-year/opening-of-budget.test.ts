import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget sets each item's budget against the year before's budget (比上年预算…): a paragraph opening with the year before the
// title's and setting its budget against 上年预算 states the document's own budget, its year kept from last year's text.
// Snippets written for these tests; none is copied from a real disclosure.
const BUDGET = (item: string, heading = '七、“三公”经费预算情况') =>
  `松湾区水利局2026年部门预算公开说明\n\n六、机关运行经费预算情况\n\n2026年本部门机关运行经费预算186.40万元，与上年预算持平。\n\n${heading}\n\n${item}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: BUDGET('2026年“三公”经费预算18.60万元，比上年预算20.10万元减少1.50万元，主要是压减公务接待费。') },
    { why: 'last year’s execution, not set against 上年预算', code: BUDGET('2025年“三公”经费预算18.60万元，实际支出17.20万元，主要是压减公务接待费。') },
    { why: 'under a heading of the year before', code: BUDGET('2025年“三公”经费预算18.60万元，比上年预算20.10万元减少1.50万元。', '七、2025年预算执行情况') },
    { why: 'two years named', code: BUDGET('2025年“三公”经费预算18.60万元，比上年预算20.10万元减少1.50万元，2026年继续压减。') },
  ],
  invalid: [
    {
      why: '“三公”经费预算 set against 上年预算, a year early',
      code: BUDGET('2025年“三公”经费预算18.60万元，比上年预算20.10万元减少1.50万元，主要是压减公务接待费。'),
      errors: [{ message: '标题为2026年部门预算，本年预算应为2026年，此处却写作2025年', line: 9, column: 1 }],
    },
    {
      why: '会议费预算数为, 较上年预算',
      code: BUDGET('2025年本部门会议费预算数为6.20万元，较上年预算增加0.40万元。'),
      errors: [{ message: '标题为2026年部门预算，本年预算应为2026年，此处却写作2025年', line: 9, column: 1 }],
    },
  ],
});
