import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A companion the document says goes out together with a document of its own kind (…自评报告将与2024年度部门决算一并向社会公开)
// is published with this document, so the year named there is the title's. A publication already made (已…), last year's
// (上年), a sentence naming two years, or a document of another kind (a budget's 绩效 going out with the accounts) says
// nothing of it. Snippets written for these tests.
const ACCOUNTS = (line: string) => `# 青岭市水文局2025年度部门决算\n\n十、预算绩效情况说明\n\n${line}\n`;
const BUDGET = (line: string) => `# 青岭市水文局2026年部门预算\n\n六、预算绩效情况说明\n\n${line}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ACCOUNTS('部门整体支出绩效自评报告将与2025年度部门决算一并向社会公开。') },
    { why: 'a publication already made', code: ACCOUNTS('上年度项目绩效自评表已与2024年度部门决算一并公开。') },
    { why: 'two years named', code: ACCOUNTS('2024年度绩效自评报告与2024年度部门决算一并公开。') },
    { why: 'a budget’s evaluation results published with the accounts, another kind', code: BUDGET('本部门绩效自评结果将与2025年度部门决算一并向社会公开。') },
  ],
  invalid: [
    {
      why: '将与…一并向社会公开',
      code: ACCOUNTS('部门整体支出绩效自评报告及重点项目自评表将与2024年度部门决算一并向社会公开。'),
      errors: [{ message: '标题为2025年部门决算，与本文一并公开的部门决算应为2025年，此处却写作2024年', line: 5, column: 23 }],
    },
    {
      why: '随…同步公开',
      code: ACCOUNTS('重点项目绩效评价报告随2024年度部门决算同步公开。'),
      errors: [{ message: '标题为2025年部门决算，与本文一并公开的部门决算应为2025年，此处却写作2024年', line: 5, column: 12 }],
    },
    {
      why: 'a budget’s 绩效目标表 published with last year’s budget',
      code: BUDGET('重点项目绩效目标表将同2025年部门预算一同公开。'),
      errors: [{ message: '标题为2026年部门预算，与本文一并公开的部门预算应为2026年，此处却写作2025年', line: 5, column: 12 }],
    },
  ],
});
