import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The control figures a finance bureau sets (预算控制数, 支出控制数) are those of the budget it sets them for: a budget saying it
// was drawn up on another year's was kept from last year's text, as with the notice it is drawn up under. Control figures set
// beside this year's, an adjustment, or figures the sentence draws nothing up on say nothing of it. Snippets written for these
// tests; none is copied from a real disclosure.
const BUDGET = (said: string) =>
  `桐川县卫生健康委员会2026年部门预算\n\n一、收支预算总体情况\n\n${said}\n\n二、收入预算情况\n\n2026年收入预算12,486.20万元，比上年预算增加386.40万元。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: BUDGET('本部门预算依据县财政局下达的2026年部门预算控制数编制。') },
    { why: 'set beside the year before', code: BUDGET('本年支出比2025年预算控制数增加386.40万元，已按要求编制。') },
    { why: 'control figures that draw nothing up', code: BUDGET('县财政局于2025年11月下达了控制数，本部门据此开展项目评审。') },
    { why: 'an adjustment of last year’s figures', code: BUDGET('根据调整后的2025年支出控制数编制了追加预算。') },
    {
      why: 'a 决算 names no control figures of its own',
      code: '桐川县卫生健康委员会2025年度部门决算\n\n一、说明\n\n本部门预算依据县财政局下达的2024年部门预算控制数编制。\n',
    },
  ],
  invalid: [
    {
      why: '依据…下达的…控制数编制',
      code: BUDGET('本部门预算依据县财政局下达的2025年部门预算控制数编制，收支全部纳入预算管理。'),
      errors: [{ message: '标题为2026年部门预算，编制所依据的预算控制数应为2026年，此处却写作2025年', line: 5, column: 15 }],
    },
    {
      why: '按照核定的…年度支出控制数进行编制',
      code: BUDGET('本委按照县财政局核定的2025年度支出控制数进行编制。'),
      errors: [{ message: '标题为2026年部门预算，编制所依据的预算控制数应为2026年，此处却写作2025年', line: 5, column: 12 }],
    },
    {
      why: 'the control figures, then the drawing up after a comma',
      code: BUDGET('根据2025年部门预算控制数，本委编制了2026年部门预算。'),
      errors: [{ message: '标题为2026年部门预算，编制所依据的预算控制数应为2026年，此处却写作2025年', line: 5, column: 3 }],
    },
  ],
});
