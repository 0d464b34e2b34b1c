import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A closing line naming the document, then the parts of it the passage told (以上为…2024年度部门决算“三公”经费、政府采购等重要
// 事项的情况说明): the parts do not make it another kind of document, so the closing names the title's 决算 and its year is the
// title's. A closing on another document set beside this one (与…相比) says nothing of it. Snippets written for these tests.
const ACCOUNTS = (title: string, closing: string) =>
  `# ${title}\n\n一、“三公”经费支出情况\n\n本局2025年度“三公”经费财政拨款支出决算12.60万元。\n\n${closing}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ACCOUNTS('松溪县农业农村局2025年度部门决算', '以上为松溪县农业农村局2025年度部门决算“三公”经费、政府采购等重要事项的情况说明。') },
    {
      why: 'last year’s accounts named for a comparison',
      code: ACCOUNTS('松溪县农业农村局2025年度部门决算', '以上为本局2025年度部门决算与2024年度部门决算“三公”经费对比情况的说明。'),
    },
    {
      why: 'a budget’s closing of its own year',
      code: `# 松溪县农业农村局2026年部门预算\n\n一、“三公”经费预算情况\n\n本局2026年“三公”经费预算11.40万元。\n\n以上是本局2026年部门预算“三公”经费和机关运行经费情况的说明。\n`,
    },
  ],
  invalid: [
    {
      why: '以上为 the issuer, the accounts, then their parts',
      code: ACCOUNTS('松溪县农业农村局2025年度部门决算', '以上为松溪县农业农村局2024年度部门决算“三公”经费、政府采购等重要事项的情况说明。'),
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 7, column: 12 }],
    },
    {
      why: '以上是 with no issuer, the title naming parts of its own',
      code: ACCOUNTS('松溪县农业农村局2025年度部门决算“三公”经费、机关运行经费情况说明', '以上是2024年度部门决算机关运行经费和政府采购情况的说明。'),
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 7, column: 4 }],
    },
  ],
});
